// The development IDE: GraphiQL served from the project's own node_modules (no CDN, so it works
// offline), with the demo tokens in a role picker and the example operations of operations/ in a
// list. Built once at start-up; server.ts only creates it outside production.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { DefinitionNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, TypeNode, visit } from 'graphql';
import { DemoToken, demoTokens } from '../auth/demo-tokens';
import { Role } from '../auth/roles';
import { Logger } from '../logger';

/** The role each client directory of operations/ calls as; loading an example switches to it. */
const CLIENT_ROLES: Record<string, Role> = { storefront: 'customer', cs: 'cs_agent', ops: 'ops_admin', 'order-system': 'service', merchant: 'merchant' };

/** Browser files by fixed path, from packages (devDependencies: production installs may omit them). */
const VENDOR: Record<string, { pkg: string; file: string; type: string }> = {
  '/ide/react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  '/ide/react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  '/ide/graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  '/ide/graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/**
 * Everything the page loads comes from this server; the policy makes the browser refuse anything
 * else. Inline styles: GraphiQL and CodeMirror set them; fonts and icons are data: URLs.
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

export interface Example {
  name: string;
  /** operations/ path, e.g. storefront/me.graphql */
  file: string;
  role: Role | null;
  /** The operation with the fragments it uses, ready to run. */
  query: string;
  /** JSON with a placeholder for each required variable, or '' when it takes none. */
  variables: string;
}

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

export interface Ide {
  /** Answers the request when it is the IDE's (returns true); leaves it alone otherwise. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, path: string): boolean;
}

/** A browser navigating to /graphql (curl and GraphQL clients do not ask for HTML). */
const wantsPage = (req: http.IncomingMessage) => req.method === 'GET' && /\btext\/html\b/.test(req.headers.accept ?? '');

export async function createIde(opts: { endpoint: string; secret: string | null; logger: Logger }): Promise<Ide> {
  const tokens = opts.secret ? await demoTokens(opts.secret) : [];
  const examples = loadExamples(opts.logger);
  const assets = new Map<string, Asset>();
  let missing: string | null = null;
  for (const [urlPath, v] of Object.entries(VENDOR)) {
    try {
      assets.set(urlPath, asset(fs.readFileSync(path.join(path.dirname(require.resolve(`${v.pkg}/package.json`)), v.file)), v.type));
    } catch {
      missing = v.pkg;
    }
  }
  if (missing) opts.logger.warn({ package: missing }, 'IDE: browser files not installed (npm install); the page says so');
  assets.set('/ide/ide.js', asset(Buffer.from(CLIENT_SCRIPT), 'text/javascript'));
  const page = asset(Buffer.from(missing ? missingPage(missing) : pageHtml({ endpoint: opts.endpoint, tokens, examples })), 'text/html');

  return {
    handle(req, res, urlPath) {
      if (urlPath === opts.endpoint && wantsPage(req)) return send(req, res, page, true);
      const file = !missing && req.method === 'GET' ? assets.get(urlPath) : undefined;
      return file ? send(req, res, file, false) : false;
    },
  };
}

function asset(body: Buffer, type: string): Asset {
  return { body, type, etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"` };
}

function send(req: http.IncomingMessage, res: http.ServerResponse, a: Asset, isPage: boolean): true {
  // no-cache: revalidate by ETag, so a new npm install or restart (fresh tokens) is picked up.
  const headers: http.OutgoingHttpHeaders = { 'content-type': `${a.type}; charset=utf-8`, 'cache-control': 'no-cache', etag: a.etag };
  if (isPage) Object.assign(headers, { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  if (req.headers['if-none-match'] === a.etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { ...headers, 'content-length': a.body.length });
  res.end(a.body);
  return true;
}

/** The nearest operations/ above this file (src/http in ts-node and jest, dist/src/http once built). */
function operationsDir(): string | null {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'operations');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? graphqlFiles(full) : e.name.endsWith('.graphql') ? [full] : [];
  }).sort();
}

/** Each operation of operations/**\/*.graphql on its own, with its comments and the fragments it spreads. */
export function loadExamples(logger: Logger): Example[] {
  const root = operationsDir();
  if (!root) return [];
  const fragments = new Map<string, { node: FragmentDefinitionNode; text: string }>();
  const operations: Array<{ node: OperationDefinitionNode; text: string; file: string }> = [];
  for (const full of graphqlFiles(root)) {
    const file = path.relative(root, full).split(path.sep).join('/');
    const body = fs.readFileSync(full, 'utf8');
    let defs: readonly DefinitionNode[];
    try {
      defs = parse(body).definitions;
    } catch (err) {
      logger.warn({ err, file }, 'IDE: example file does not parse; left out');
      continue;
    }
    defs.forEach((def, i) => {
      // From the end of the previous definition, so the comment above an operation comes with it.
      const text = body.slice(i === 0 ? 0 : defs[i - 1].loc!.end, def.loc!.end).trim();
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, { node: def, text });
      else if (def.kind === Kind.OPERATION_DEFINITION && def.name) operations.push({ node: def, text, file });
    });
  }
  return operations.map(({ node, text, file }) => {
    const used = new Set<string>();
    const collect = (n: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(n, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          const fragment = fragments.get(name);
          if (used.has(name) || !fragment) return;
          used.add(name);
          collect(fragment.node);
        },
      });
    collect(node);
    const variables = Object.fromEntries(
      (node.variableDefinitions ?? [])
        .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
        .map((v) => [v.variable.name.value, placeholder(v.type)]),
    );
    return {
      name: node.name!.value,
      file,
      role: CLIENT_ROLES[file.split('/')[0]] ?? null,
      query: [text, ...[...used].map((f) => fragments.get(f)!.text)].join('\n\n') + '\n',
      variables: Object.keys(variables).length ? JSON.stringify(variables, null, 2) : '',
    };
  });
}

/** A value of the right shape for the user to replace. */
function placeholder(type: TypeNode): unknown {
  if (type.kind === Kind.NON_NULL_TYPE) return placeholder(type.type);
  if (type.kind === Kind.LIST_TYPE) return [];
  return ({ Int: 0, Float: 0, Boolean: false, String: '', ID: '', DateTime: new Date(0).toISOString() } as Record<string, unknown>)[type.name.value] ?? {};
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside <script type="application/json">: "<" escaped so no "</script>" can end it early. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

function pageHtml(data: { endpoint: string; tokens: DemoToken[]; examples: Example[] }): string {
  const roles = data.tokens.map((t, i) => `<option value="${i}">${escapeHtml(`${t.role} (${t.sub})`)}</option>`).join('');
  const groups = new Map<string, string[]>();
  data.examples.forEach((e, i) => {
    const group = e.file.split('/')[0];
    groups.set(group, [...(groups.get(group) ?? []), `<option value="${i}">${escapeHtml(`${e.name} — ${e.file}`)}</option>`]);
  });
  const examples = [...groups].map(([g, options]) => `<optgroup label="${escapeHtml(g)}">${options.join('')}</optgroup>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aftercare GraphQL IDE (development)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/ide/graphiql.min.css">
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font: 14px system-ui, sans-serif; }
  #ide-bar { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; padding: 6px 12px; background: #f4f5f7; border-bottom: 1px solid #d8dbe0; }
  #ide-bar label { display: flex; gap: 6px; align-items: center; font-weight: 600; }
  #ide-bar select { font: inherit; max-width: 28em; }
  #ide-hint { color: #444; }
  #ide-hint code { background: #e6e8eb; padding: 0 3px; border-radius: 3px; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="ide-bar">
  <strong>Aftercare · development</strong>
  <label>Role <select id="ide-role">${roles}<option value="">no token</option></select></label>
  <label>Example <select id="ide-example"><option value="">load an operation…</option>${examples}</select></label>
  <span id="ide-hint">The bearer token goes in the <b>Headers</b> tab under the query, as
    <code>{"Authorization": "Bearer &lt;token&gt;"}</code>; the role picker fills it in with a demo token
    (the ones <code>npm start</code> prints). Loading an example switches to the role its client uses.</span>
</div>
<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="ide-data">${scriptJson(data)}</script>
<script src="/ide/react.production.min.js"></script>
<script src="/ide/react-dom.production.min.js"></script>
<script src="/ide/graphiql.min.js"></script>
<script src="/ide/ide.js"></script>
</body>
</html>
`;
}

function missingPage(pkg: string): string {
  return `<!doctype html><meta charset="utf-8"><title>Aftercare IDE</title>
<p>The development IDE needs the package <code>${escapeHtml(pkg)}</code> (a devDependency): run <code>npm install</code>.
GraphQL itself is served here with POST (or GET with <code>?query=</code>).</p>
`;
}

/**
 * The page's script (served as /ide/ide.js: the CSP allows no inline script). Plain ES2017 on the
 * UMD globals React, ReactDOM and GraphiQL. GraphiQL copies its query/variables/headers props into
 * the editors whenever a prop changes, so picking a role or an example re-renders with new props.
 */
const CLIENT_SCRIPT = String.raw`'use strict';
(function () {
  var data = JSON.parse(document.getElementById('ide-data').textContent);
  var roleSelect = document.getElementById('ide-role');
  var exampleSelect = document.getElementById('ide-example');
  var state = {
    query: '# Pick an operation under "Example", or write one; Ctrl-Enter runs it.\n# The schema is under the book icon (docs) on the left.\n{\n  me {\n    id\n    tier { code name }\n  }\n}\n',
    variables: '',
    headers: headersFor(data.tokens.length ? 0 : ''),
  };

  function headersFor(index) {
    var t = data.tokens[index];
    return t ? JSON.stringify({ Authorization: 'Bearer ' + t.token }, null, 2) : '{}';
  }
  // A prop equal to the previous one is not copied again; alternate a trailing newline so that
  // choosing the same role or example twice still resets an edited editor.
  function set(key, value) {
    state[key] = state[key] === value ? value + '\n' : value;
  }

  function fetcher(params, opts) {
    var headers = Object.assign({ 'content-type': 'application/json', accept: 'application/json' }, (opts && opts.headers) || {});
    return fetch(data.endpoint, { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (res) {
      return res.text().then(function (text) {
        try { return JSON.parse(text); } catch (e) { return { errors: [{ message: 'HTTP ' + res.status + ': ' + text }] }; }
      });
    });
  }

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  function render() {
    root.render(React.createElement(GraphiQL, {
      fetcher: fetcher,
      query: state.query,
      variables: state.variables,
      headers: state.headers,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }));
  }

  roleSelect.addEventListener('change', function () {
    set('headers', headersFor(roleSelect.value));
    render();
  });
  exampleSelect.addEventListener('change', function () {
    var e = data.examples[exampleSelect.value];
    if (!e) return;
    set('query', e.query);
    set('variables', e.variables);
    var role = data.tokens.findIndex(function (t) { return t.role === e.role; });
    if (role >= 0 && String(role) !== roleSelect.value) {
      roleSelect.value = String(role);
      set('headers', headersFor(role));
    }
    render();
  });
  render();
})();
`;

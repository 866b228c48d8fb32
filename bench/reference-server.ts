// The ceiling of this stack: a server on the same stack as Aftercare (node:http, Apollo Server 5's
// integration API, graphql-js, HS256 JWT verified by jose on every request, POST /graphql) that
// answers the same query shapes from memory. The schema is Aftercare's own (schema.graphql, with
// the same graphql-scalars scalars); the root fields the bench asks (me, order, user, users,
// consumeEntitlement) return canned answers the parent captured from the real server, so the
// answers have the same size and shape; every other field is graphql-js's default resolver.
// No database, no graphql-armor, no request ids, Apollo's cache-control plugin disabled: the least
// work this stack does for these requests. It verifies the token on every request (jose, HS256),
// as the stack does without a cache; REFERENCE_TOKEN_CACHE=1 remembers verified tokens instead (a
// ceiling for a server that caches them too). REFERENCE_ADMISSION=1 starts requests through the
// real server's admission batches (src/http/admission.ts): the ceiling with that scheduling too.
// Forked by server-processes.ts with an IPC channel: { kind: 'answers', answers } sets the canned
// answers (by root field), { kind: 'stats' } reports CPU and memory; sends { kind: 'ready', url }.
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, GraphQLError, GraphQLObjectType, GraphQLScalarType } from 'graphql';
import { GraphQLDateTime, GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { jwtVerify } from 'jose';
import { Admission } from '../src/http/admission';
import { ParentMessage, serveStats } from './process-stats';

const MAX_BODY_BYTES = 1024 * 1024;
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

interface Actor {
  id: string;
  roles: string[];
}

function referenceSchema(answers: () => Record<string, unknown>) {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
  for (const real of [GraphQLDateTime, GraphQLJSONObject, GraphQLSafeInt]) {
    const { serialize, parseValue, parseLiteral } = real;
    Object.assign(schema.getType(real.name) as GraphQLScalarType, { serialize, parseValue, parseLiteral });
  }
  const roots: Array<[string, string]> = [['Query', 'me'], ['Query', 'order'], ['Query', 'user'], ['Query', 'users'], ['Mutation', 'consumeEntitlement']];
  for (const [type, field] of roots) {
    (schema.getType(type) as GraphQLObjectType).getFields()[field].resolve = (_root, _args, ctx: { actor: Actor | null }) => {
      if (!ctx.actor) throw new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
      return answers()[field] ?? null;
    };
  }
  return schema;
}

/** The real server resolves instants as Date objects: the canned answers do too. */
function revive(value: unknown): unknown {
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? new Date(value) : value;
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  return value;
}

const verified = process.env.REFERENCE_TOKEN_CACHE === '1' ? new Map<string, Actor>() : null;
const admission = process.env.REFERENCE_ADMISSION === '1' ? new Admission() : null;

async function actorFrom(authorization: string | undefined, key: Uint8Array): Promise<Actor | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new Error('not a bearer token');
  const known = verified?.get(match[1]);
  if (known) return known;
  const { payload } = await jwtVerify(match[1], key, { algorithms: ['HS256'] });
  if (typeof payload.sub !== 'string' || !Array.isArray(payload.roles)) throw new Error('token lacks sub or roles');
  const actor = { id: payload.sub, roles: payload.roles as string[] };
  verified?.set(match[1], actor);
  return actor;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function main() {
  const key = new TextEncoder().encode(process.env.AUTH_JWT_SECRET ?? '');
  let answers: Record<string, unknown> = {};
  const apollo = new ApolloServer<{ actor: Actor | null }>({
    schema: referenceSchema(() => answers),
    introspection: false,
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if ((req.url ?? '/').split('?')[0] !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    let actor: Actor | null;
    try {
      actor = await actorFrom(req.headers.authorization, key);
    } catch {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"The bearer token is invalid or expired."}]}');
      return;
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const raw = await readBody(req);
    await admission?.turn();
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: '', body: raw ? JSON.parse(raw) : undefined },
      context: async () => ({ actor }),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return void res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));

  serveStats(() => 0, (msg: ParentMessage) => {
    if (msg.kind === 'answers') answers = revive(msg.answers) as Record<string, unknown>;
    return true;
  });
  const shutdown = () => {
    server.closeAllConnections();
    server.close(() => void apollo.stop().finally(() => process.exit(0)));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  process.once('disconnect', shutdown);
  process.send!({ kind: 'ready', url: `http://localhost:${(server.address() as AddressInfo).port}/graphql` });
}

main().catch((err) => {
  process.stderr.write(`reference-server failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

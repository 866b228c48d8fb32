// Persisted operations (PERSISTED_OPERATIONS): the operations the client teams ship are known in
// advance (operations/<team>/*.graphql); codegen writes each team's manifest, hash → document text
// (clients/<team>/persisted-documents.json). Clients send Apollo's persisted-query extension,
// `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<hex>"}}}`, where the hash is the
// sha256 of the manifest's document text.
//   off    no lookup; Apollo answers a hash with PERSISTED_QUERY_NOT_SUPPORTED.
//   allow  hashes in the manifest run their document; full queries run as before.
//   only   nothing but the manifest's documents runs, sent by hash or as their exact text.
// Apollo's own automatic persisted queries stay disabled (server.ts): with them, any client could
// register any operation, which is what `only` is there to prevent.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HTTPGraphQLRequest } from '@apollo/server';
import { Config } from '../config';

export type PersistedMode = 'off' | 'allow' | 'only';

/** Why a request is not passed to Apollo: the HTTP status and the GraphQL error code to answer with. */
export interface PersistedRefusal {
  status: number;
  code: 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_NOT_ALLOWED' | 'BAD_REQUEST';
  message: string;
}

export const sha256Hex = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** Codegen's keys are `sha256:<hex>` (GraphQL-over-HTTP's document id); Apollo's extension sends bare hex. */
const bareHash = (hash: string) => hash.replace(/^sha256:/i, '').toLowerCase();

/** Reads the manifests once; a key that is not the sha256 of its text fails the start (a hand edit). */
export function loadManifest(files: string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
    } catch (err) {
      throw new Error(`PERSISTED_OPERATIONS_MANIFEST: cannot read ${file} (run \`npm run codegen\`?): ${(err as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file}: not a JSON object of hash → document`);
    for (const [key, text] of Object.entries(parsed)) {
      if (typeof text !== 'string' || bareHash(key) !== sha256Hex(text)) {
        throw new Error(`${file}: "${key}" is not the sha256 of its document; regenerate it with \`npm run codegen\``);
      }
      documents.set(bareHash(key), text);
    }
  }
  return documents;
}

interface Params {
  query?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } & Record<string, unknown>;
}

/** The request's GraphQL parameters: the JSON body of a POST, the search parameters of a GET. */
function paramsOf(request: HTTPGraphQLRequest): Params | null {
  if (request.method.toUpperCase() !== 'GET') {
    return request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Params) : null;
  }
  const search = new URLSearchParams(request.search);
  let extensions: unknown;
  try {
    extensions = search.has('extensions') ? JSON.parse(search.get('extensions')!) : undefined;
  } catch {
    extensions = undefined; // Apollo refuses it itself
  }
  return { query: search.get('query') ?? undefined, extensions: extensions as Params['extensions'] };
}

/** The same request with `query` set and Apollo's extension removed (so Apollo runs it as a plain query). */
function withQuery(request: HTTPGraphQLRequest, params: Params, query: string): HTTPGraphQLRequest {
  const { persistedQuery: _, ...extensions } = params.extensions ?? {};
  if (request.method.toUpperCase() !== 'GET') return { ...request, body: { ...params, query, extensions } };
  const search = new URLSearchParams(request.search);
  search.set('query', query);
  search.set('extensions', JSON.stringify(extensions));
  return { ...request, search: `?${search}` };
}

export interface PersistedOperations {
  mode: PersistedMode;
  /** How many documents the manifest holds (0 when off). */
  size: number;
  /** The request to hand to Apollo, or why not. */
  apply(request: HTTPGraphQLRequest): HTTPGraphQLRequest | PersistedRefusal;
}

export const isRefusal = (r: HTTPGraphQLRequest | PersistedRefusal): r is PersistedRefusal => 'code' in r;

export function persistedOperations(config: Pick<Config, 'persistedOperations' | 'persistedOperationsManifest'>): PersistedOperations {
  const mode = config.persistedOperations;
  if (mode === 'off') return { mode, size: 0, apply: (request) => request };
  const manifest = loadManifest(config.persistedOperationsManifest);
  return {
    mode,
    size: manifest.size,
    apply(request) {
      const params = paramsOf(request);
      if (!params) return request; // not a GraphQL request Apollo can run; it answers that itself
      const pq = params.extensions?.persistedQuery;
      const query = typeof params.query === 'string' ? params.query : undefined;
      if (pq !== undefined) {
        if (pq?.version !== 1 || typeof pq.sha256Hash !== 'string') {
          return { status: 400, code: 'BAD_REQUEST', message: 'extensions.persistedQuery needs version 1 and a sha256Hash.' };
        }
        const hash = bareHash(pq.sha256Hash);
        if (query === undefined) {
          const document = manifest.get(hash);
          // 200, as Apollo answers a cache miss: Apollo Client's persisted-query link reads it from a
          // 200 and retries with the full query (which `only` then refuses unless it is a manifest text).
          if (document === undefined) return { status: 200, code: 'PERSISTED_QUERY_NOT_FOUND', message: `No persisted operation has the hash ${hash}.` };
          return withQuery(request, params, document);
        }
        if (sha256Hex(query) !== hash) return { status: 400, code: 'BAD_REQUEST', message: 'The persistedQuery sha256Hash is not the sha256 of the query sent.' };
      }
      if (query !== undefined && mode === 'only' && !manifest.has(sha256Hex(query))) {
        // 400: a request error no retry fixes, like a parse error.
        return {
          status: 400,
          code: 'PERSISTED_QUERY_NOT_ALLOWED',
          message: 'This server runs only persisted operations: send extensions.persistedQuery.sha256Hash of an operation in the published manifest (clients/<team>/persisted-documents.json).',
        };
      }
      return pq === undefined || query === undefined ? request : withQuery(request, params, query);
    },
  };
}

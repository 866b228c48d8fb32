// Persisted operations (PERSISTED_OPERATIONS, src/http/persisted.ts) over HTTP: by hash in `only` and
// `allow`, full queries refused in `only` unless they are a manifest document's exact text, unknown
// hashes, and the committed manifests checked independently against the documents they hash.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import * as cs from '../../clients/cs/graphql';
import * as ops from '../../clients/ops/graphql';
import * as orderSystem from '../../clients/order-system/graphql';
import * as storefront from '../../clients/storefront/graphql';
import { loadConfig, PERSISTED_MANIFESTS } from '../../src/config';
import { loadManifest } from '../../src/http/persisted';
import { startTestServer, TestServer } from '../support/harness';

const root = path.join(__dirname, '..', '..');
const TEAMS = { storefront, cs, ops, 'order-system': orderSystem } as const;
const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
const manifestOf = (team: string) =>
  JSON.parse(fs.readFileSync(path.join(root, 'clients', team, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
/** The hash a client sends: Apollo's extension carries bare hex; codegen's __meta__ has `sha256:<hex>`. */
const hashOf = (doc: { __meta__?: Record<string, unknown> }) => String(doc.__meta__!.hash).replace(/^sha256:/, '');

const ME_HASH = hashOf(storefront.StorefrontMeDocument as never);
const ME_TEXT = manifestOf('storefront')[`sha256:${ME_HASH}`];
const AD_HOC = '{ me { id } }';

async function post(s: TestServer, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(s.url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
}
const byHash = (hash: string, variables?: Record<string, unknown>) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const code = (r: Awaited<ReturnType<typeof post>>) => r.json.errors?.[0]?.extensions.code;

describe('the committed manifests', () => {
  it.each(Object.keys(TEAMS))('%s: every key is the sha256 of its document text, one per operation, matching the documents', (team) => {
    const manifest = manifestOf(team);
    for (const [key, text] of Object.entries(manifest)) expect(key).toBe(`sha256:${sha256(text)}`);
    // as many entries as the team's .graphql files define operations
    const dir = path.join(root, 'operations', team);
    const operations = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))
      .flatMap((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')).definitions)
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(Object.keys(manifest)).toHaveLength(operations.length);
    // each generated operation document carries a hash that is in its team's manifest, for that operation
    const documents = Object.entries(TEAMS[team as keyof typeof TEAMS]).filter(([name]) => name.endsWith('Document') && !name.endsWith('FragmentDoc'));
    expect(documents).toHaveLength(operations.length);
    for (const [name, doc] of documents) {
      const text = manifest[`sha256:${hashOf(doc as never)}`];
      expect(text).toContain(name.replace(/Document$/, ''));
      expect(parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)).toHaveLength(1);
    }
  });

  it('the server refuses to start on a manifest whose key is not the sha256 of its text', () => {
    const file = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'aftercare-manifest-')), 'm.json');
    fs.writeFileSync(file, JSON.stringify({ [`sha256:${ME_HASH}`]: `${ME_TEXT} ` }));
    expect(() => loadManifest([file])).toThrow(/not the sha256/);
    expect(() => loadManifest([`${file}.missing`])).toThrow(/cannot read/);
    expect(loadManifest(PERSISTED_MANIFESTS).get(ME_HASH)).toBe(ME_TEXT);
  });

  it('config: off by default in development and test, allow in production, anything else refused', () => {
    expect(loadConfig({}).persistedOperations).toBe('off');
    expect(loadConfig({ NODE_ENV: 'test' }).persistedOperations).toBe('off');
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://id.example.test/jwks' }).persistedOperations).toBe('allow');
    expect(loadConfig({ PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: 'a.json, b.json' })).toMatchObject({
      persistedOperations: 'only', persistedOperationsManifest: ['a.json', 'b.json'],
    });
    expect(() => loadConfig({ PERSISTED_OPERATIONS: 'strict' })).toThrow(/off, allow or only/);
  });
});

describe('PERSISTED_OPERATIONS=only', () => {
  let s: TestServer;
  let customer: string;
  beforeAll(async () => {
    s = await startTestServer({ config: { persistedOperations: 'only' } });
    customer = await s.token('customer', 'u-pq');
  });
  afterAll(() => s.stop());

  it('runs a manifest operation sent by hash alone, with its variables', async () => {
    const me = await post(s, byHash(ME_HASH), customer);
    expect(me.status).toBe(200);
    expect(me.json.errors).toBeUndefined();
    expect(me.json.data.me).toMatchObject({ __typename: 'User', id: 'u-pq', entitlements: [] });
    // a mutation with variables, and the `sha256:` form of the hash (what codegen's __meta__ holds)
    const input = { id: 'o-pq', userId: 'u-pq', merchantId: 'm-1', category: 'APPAREL', amount: 100, currency: 'CNY', placedAt: '2026-11-01T00:00:00Z', status: 'PLACED' };
    const recorded = await post(s, byHash(String((orderSystem.RecordOrderDocument as never as { __meta__: { hash: string } }).__meta__.hash), { input }), await s.token('service'));
    expect(recorded.json.data.recordOrder).toMatchObject({ order: { id: 'o-pq', amount: 100 }, userErrors: [] });
    // the role checks still apply: a customer cannot run the order system's mutation by hash either
    expect(code(await post(s, byHash(hashOf(orderSystem.RecordOrderDocument as never), { input }), customer))).toBe('FORBIDDEN');
  });

  it('runs a full query that is exactly a manifest text (its hash is in the manifest)', async () => {
    const r = await post(s, { query: ME_TEXT }, customer);
    expect(r.json.data.me.id).toBe('u-pq');
    expect((await post(s, { query: ME_TEXT, ...byHash(ME_HASH) }, customer)).json.data.me.id).toBe('u-pq');
  });

  it('refuses any other full query with PERSISTED_QUERY_NOT_ALLOWED (HTTP 400), by POST or GET', async () => {
    const r = await post(s, { query: AD_HOC }, customer);
    expect(r.status).toBe(400);
    expect(code(r)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(r.json.errors![0].message).toMatch(/only persisted operations/);
    // the document a client library prints is not the manifest's normalized text: send the hash
    expect(code(await post(s, { query: `${ME_TEXT}\n` }, customer))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const get = await fetch(`${s.url}?query=${encodeURIComponent(AD_HOC)}`, { headers: { authorization: `Bearer ${customer}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const getByHash = await fetch(`${s.url}?extensions=${encodeURIComponent(JSON.stringify(byHash(ME_HASH).extensions))}`, {
      headers: { authorization: `Bearer ${customer}`, 'apollo-require-preflight': 'true' },
    });
    expect(((await getByHash.json()) as { data: { me: { id: string } } }).data.me.id).toBe('u-pq');
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND (HTTP 200, as Apollo does), a hash that is not the query’s with BAD_REQUEST', async () => {
    const unknown = await post(s, byHash(sha256(AD_HOC)), customer);
    expect(unknown.status).toBe(200);
    expect(code(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Apollo Client's link then retries with the query: still refused here
    expect(code(await post(s, { query: AD_HOC, ...byHash(sha256(AD_HOC)) }, customer))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const mismatch = await post(s, { query: AD_HOC, ...byHash(ME_HASH) }, customer);
    expect(mismatch.status).toBe(400);
    expect(code(mismatch)).toBe('BAD_REQUEST');
    expect(code(await post(s, { extensions: { persistedQuery: { version: 2, sha256Hash: ME_HASH } } }, customer))).toBe('BAD_REQUEST');
  });
});

describe('PERSISTED_OPERATIONS=allow', () => {
  let s: TestServer;
  let customer: string;
  beforeAll(async () => {
    s = await startTestServer({ config: { persistedOperations: 'allow' } });
    customer = await s.token('customer', 'u-pq');
  });
  afterAll(() => s.stop());

  it('runs manifest operations by hash and any full query', async () => {
    expect((await post(s, byHash(ME_HASH), customer)).json.data.me.id).toBe('u-pq');
    const adHoc = await post(s, { query: AD_HOC }, customer);
    expect(adHoc.status).toBe(200);
    expect(adHoc.json.data).toEqual({ me: { id: 'u-pq' } });
    // Apollo's retry after a miss (query + its own hash) runs, but registers nothing
    expect((await post(s, { query: AD_HOC, ...byHash(sha256(AD_HOC)) }, customer)).json.data).toEqual({ me: { id: 'u-pq' } });
    expect(code(await post(s, byHash(sha256(AD_HOC)), customer))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const r = await post(s, byHash('0'.repeat(64)), customer);
    expect(r.status).toBe(200);
    expect(code(r)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('PERSISTED_OPERATIONS=off (development default)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.stop());

  it('runs full queries; a hash gets Apollo’s PERSISTED_QUERY_NOT_SUPPORTED (its own cache is off)', async () => {
    const customer = await s.token('customer', 'u-pq');
    expect((await post(s, { query: AD_HOC }, customer)).json.data).toEqual({ me: { id: 'u-pq' } });
    expect(code(await post(s, byHash(ME_HASH), customer))).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(code(await post(s, { query: AD_HOC, ...byHash(sha256(AD_HOC)) }, customer))).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

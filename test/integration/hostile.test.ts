// Hostile queries are refused with clear client errors, never 500s: depth, aliases, cost, token
// count, batching, body size, garbage bodies; production hides introspection and the landing page.
import { startTestServer, TestServer } from '../support/harness';

let s: TestServer;
let prod: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  prod = await startTestServer({ config: { env: 'production', ide: true } }); // ide: asked for, still not served
});
afterAll(async () => {
  await s.stop();
  await prod.stop();
});

const post = async (server: TestServer, body: string, headers: Record<string, string> = {}) => {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.token('ops_admin')}`, ...headers },
    body,
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text };
};
const codeOf = (r: { json: any }) => r.json?.errors?.[0]?.extensions?.code;
// These requests send no Accept header, so the answer is application/json, where GraphQL over
// HTTP has a document that fails to parse or validate answered with 200 (errors in the body);
// application/graphql-response+json gets 400 (tested below).

/** tiers { rules { tier { rules { … } } } }: legal per the schema at any depth. */
function nested(levels: number, leaf = 'code'): string {
  let q = leaf;
  for (let i = 0; i < levels; i++) q = `rules { tier { ${q} } }`;
  return `{ tiers { ${q} } }`;
}

it('refuses a query nested too deep', async () => {
  const r = await post(s, JSON.stringify({ query: nested(7) })); // 15 levels
  expect(r.status).toBe(200);
  expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(r.json.errors[0].message).toMatch(/depth/i);
});

it('refuses too many aliases', async () => {
  const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: tiers { code }`).join(' ')} }`;
  const r = await post(s, JSON.stringify({ query }));
  expect(r.status).toBe(200);
  expect(r.json.errors[0].message).toMatch(/alias/i);
});

it('refuses a query above the cost budget', async () => {
  const leaf = 'code name rank description isDefault archivedAt';
  const query = `{ ${Array.from({ length: 40 }, (_, i) => nested(5, leaf).replace('{ tiers', `{ t${i}: tiers`).slice(1, -1)).join(' ')} }`;
  const r = await post(s, JSON.stringify({ query }));
  expect(r.status).toBe(200);
  expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(r.json.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/cost/i);
});

it('refuses a flood of tokens', async () => {
  const query = `{ tiers { ${Array.from({ length: 6000 }, () => 'code').join(' ')} } }`;
  const r = await post(s, JSON.stringify({ query }));
  expect(r.status).toBe(200);
  expect(r.json.errors[0].message).toMatch(/token/i);
});

it('refuses batched requests', async () => {
  const r = await post(s, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
  expect(r.status).toBe(400);
  expect(r.json?.errors?.[0]?.message ?? r.text).toMatch(/batch/i);
});

it('refuses a body over 1 MiB with 413, and garbage with 400', async () => {
  const big = await post(s, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }));
  expect(big.status).toBe(413);
  expect(codeOf(big)).toBe('BAD_REQUEST');
  const garbage = await post(s, '{"query": ');
  expect(garbage.status).toBe(400);
  expect(codeOf(garbage)).toBe('BAD_REQUEST');
  const noQuery = await post(s, JSON.stringify({ variables: {} }));
  expect(noQuery.status).toBe(400);
});

it('answers syntax errors and unknown fields as client errors', async () => {
  const syntax = await post(s, JSON.stringify({ query: '{ tiers { code ' }));
  expect(syntax.status).toBe(200);
  expect(codeOf(syntax)).toBe('GRAPHQL_PARSE_FAILED');
  const unknown = await post(s, JSON.stringify({ query: '{ tiers { password } }' }));
  expect(codeOf(unknown)).toBe('GRAPHQL_VALIDATION_FAILED');
});

it('answers request errors with 400 for application/graphql-response+json, 200 for application/json', async () => {
  const graphqlResponse = { accept: 'application/graphql-response+json' };
  const cases = [
    ['{ tiers { code ', 'GRAPHQL_PARSE_FAILED'],
    ['{ tiers { password } }', 'GRAPHQL_VALIDATION_FAILED'],
    [nested(7), 'GRAPHQL_VALIDATION_FAILED'],
  ];
  for (const [query, code] of cases) {
    const strict = await post(s, JSON.stringify({ query }), graphqlResponse);
    expect([strict.status, codeOf(strict)]).toEqual([400, code]);
    const json = await post(s, JSON.stringify({ query }), { accept: 'application/json' });
    expect([json.status, codeOf(json)]).toEqual([200, code]);
  }
  const variables = JSON.stringify({ query: 'query($code: String!) { tier(code: $code) { code } }', variables: { code: 1 } });
  expect([(await post(s, variables, graphqlResponse)).status, (await post(s, variables)).status]).toEqual([400, 200]);
  // not GraphQL request errors: a malformed request stays 400 and a bad token 401 for either media type
  expect((await post(s, JSON.stringify({ variables: {} }))).status).toBe(400);
  expect((await post(s, JSON.stringify({ query: '{ __typename }' }), { authorization: 'Bearer nope' })).status).toBe(401);
});

it('legitimate deep and wide queries still pass', async () => {
  const ok = await post(s, JSON.stringify({ query: `{ me { usage(first: 5) { edges { node { rule { tier { rules { benefit { code } } } } } } } } }` }));
  expect(ok.json.errors).toBeUndefined();
  const aliases = await post(s, JSON.stringify({ query: `{ ${Array.from({ length: 50 }, (_, i) => `t${i}: tier(code: "X${i}") { code }`).join(' ')} }` }));
  expect(aliases.json.errors.every((e: { extensions: { code: string } }) => e.extensions.code === 'NOT_FOUND')).toBe(true);
});

describe('in production', () => {
  it('turns introspection off', async () => {
    const r = await post(prod, JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(r.status).toBe(200);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json.errors[0].message).toMatch(/introspection/i);
    const dev = await post(s, JSON.stringify({ query: '{ __schema { queryType { name } } }' }));
    expect(dev.json.data.__schema.queryType.name).toBe('Query');
  });

  it('serves no landing page (the development IDE: ide.test.ts)', async () => {
    const html = { accept: 'text/html' };
    const res = await fetch(prod.url, { headers: html });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('masks internal errors: no stack, no SQL, a request id', async () => {
    // a client error keeps its code and carries no stack trace
    const r = await post(prod, JSON.stringify({ query: '{ tier(code: "NOPE") { code } }' }));
    expect(r.json.errors[0].extensions).toEqual({ code: 'NOT_FOUND', what: 'Tier', id: 'NOPE', requestId: expect.any(String) });
  });
});

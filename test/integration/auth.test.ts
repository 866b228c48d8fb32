// Bearer tokens: missing → UNAUTHENTICATED on protected fields; bad tokens are refused outright.
import { SignJWT } from 'jose';
import { errorCode, JWT_SECRET, startTestServer, TestServer } from '../support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

const sign = (claims: Record<string, unknown>, secret = JWT_SECRET, exp: string | number = '1h') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(exp).sign(new TextEncoder().encode(secret));

it('answers a request without a token with UNAUTHENTICATED for protected fields', async () => {
  const r = await s.gql(`{ tiers { code } }`, {}, null);
  expect(errorCode(r)).toBe('UNAUTHENTICATED');
  expect((await s.gql(`{ __typename }`, {}, null)).data).toEqual({ __typename: 'Query' });
});

it.each([
  ['wrongly signed', () => sign({ sub: 'u-1', roles: ['customer'] }, 'another-secret-another-secret-xx')],
  ['expired', () => sign({ sub: 'u-1', roles: ['customer'] }, JWT_SECRET, Math.floor(Date.now() / 1000) - 60)],
  ['role-less', () => sign({ sub: 'u-1', roles: ['wizard'] })],
  ['subject-less', () => sign({ roles: ['customer'] })],
  ['malformed', async () => 'not.a.jwt'],
])('refuses a %s token with 401 UNAUTHENTICATED', async (_name, make) => {
  const r = await s.gql(`{ __typename }`, {}, { token: await make() });
  expect(r.status).toBe(401);
  expect(errorCode(r)).toBe('UNAUTHENTICATED');
});

it('masks nothing it should not: client errors carry a request id and no stack trace', async () => {
  const r = await s.gql(`{ tier(code: "NOPE") { code } }`);
  expect(r.errors![0].extensions).toEqual({ code: 'NOT_FOUND', what: 'Tier', id: 'NOPE', requestId: expect.any(String) });
});

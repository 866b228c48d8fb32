// Token verification: HS256 with the shared secret, RS256 against a JWKS URL with issuer and
// audience checks; everything else is UNAUTHENTICATED. Production refuses to start unverifiable.
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { loadConfig } from '../../src/config';
import { errorCode, JWT_SECRET, startTestServer, TestServer } from '../support/harness';

let s: TestServer;
let jwksServer: http.Server;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let jwksHits = 0;
const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'aftercare';

beforeAll(async () => {
  keys = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwksServer = http.createServer((_req, res) => {
    jwksHits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwksServer.listen(0, '127.0.0.1', r));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
  s = await startTestServer({ config: { jwksUrl, issuer: ISSUER, audience: AUDIENCE } });
});
afterAll(async () => {
  await s.stop();
  await new Promise((r) => jwksServer.close(r));
});

const rs256 = (claims: Record<string, unknown>, opts: { iss?: string; aud?: string; exp?: string | number; nbf?: number; key?: Parameters<SignJWT['sign']>[0] } = {}) => {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(opts.iss ?? ISSUER).setAudience(opts.aud ?? AUDIENCE).setExpirationTime(opts.exp ?? '5m');
  if (opts.nbf) jwt = jwt.setNotBefore(opts.nbf);
  return jwt.sign(opts.key ?? keys.privateKey);
};
const hs256 = (claims: Record<string, unknown>, iss = ISSUER, aud = AUDIENCE) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(iss).setAudience(aud).setExpirationTime('5m').sign(new TextEncoder().encode(JWT_SECRET));
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const ME = `{ me { id } }`;

it('accepts RS256 tokens from the JWKS, fetching the keys once', async () => {
  for (let i = 0; i < 3; i++) {
    const r = await s.gql(ME, {}, { token: await rs256({ sub: 'u-rs', roles: ['customer'] }) });
    expect(r.data).toEqual({ me: { id: 'u-rs' } });
  }
  expect(jwksHits).toBe(1);
});

it('accepts HS256 tokens signed with the secret (same issuer and audience rules)', async () => {
  expect((await s.gql(ME, {}, { token: await hs256({ sub: 'u-hs', roles: ['customer'] }) })).data).toEqual({ me: { id: 'u-hs' } });
});

it.each([
  ['from another issuer', () => rs256({ sub: 'u-1', roles: ['customer'] }, { iss: 'https://evil.test/' })],
  ['for another audience', () => rs256({ sub: 'u-1', roles: ['customer'] }, { aud: 'someone-else' })],
  ['expired', () => rs256({ sub: 'u-1', roles: ['customer'] }, { exp: Math.floor(Date.now() / 1000) - 120 })],
  ['not yet valid', () => rs256({ sub: 'u-1', roles: ['customer'] }, { nbf: Math.floor(Date.now() / 1000) + 3600 })],
  ['signed by an unknown key', async () => rs256({ sub: 'u-1', roles: ['customer'] }, { key: (await generateKeyPair('RS256')).privateKey })],
  ['with alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u-1', roles: ['ops_admin'], iss: ISSUER, aud: AUDIENCE, exp: 9999999999 })}.`],
  ['with an HS256 signature made with the public key (alg confusion)', async () => new SignJWT({ sub: 'u-1', roles: ['ops_admin'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').sign(new TextEncoder().encode(JSON.stringify(await exportJWK(keys.publicKey))))],
  ['without roles', () => rs256({ sub: 'u-1' })],
  ['with unknown roles only', () => rs256({ sub: 'u-1', roles: ['root'] })],
  ['malformed', async () => 'abc.def'],
])('refuses a token %s with 401 UNAUTHENTICATED', async (_name, make) => {
  const r = await s.gql(ME, {}, { token: await make() });
  expect(r.status).toBe(401);
  expect(errorCode(r)).toBe('UNAUTHENTICATED');
});

it('refuses a non-Bearer Authorization header', async () => {
  const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' }, body: JSON.stringify({ query: ME }) });
  expect(res.status).toBe(401);
  expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

describe('production configuration', () => {
  it('refuses to start without a secret or JWKS, or with a short secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET .*AUTH_JWKS_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://id.example.test/jwks.json' }).jwksUrl).toBe('https://id.example.test/jwks.json');
  });
});

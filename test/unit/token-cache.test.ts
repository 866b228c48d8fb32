import { signToken, TokenVerifier } from '../../src/auth/token';

const SECRET = 'unit-secret-of-at-least-32-characters!!';

describe('verified tokens are remembered only until they expire', () => {
  afterEach(() => jest.useRealTimers());

  it('a cached token is refused from its exp on', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-25T04:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const verifier = new TokenVerifier({ secret: SECRET });
    const bearer = `Bearer ${await signToken(SECRET, 'u-1', ['customer'], '60s')}`;
    expect(await verifier.actorFrom(bearer)).toEqual({ id: 'u-1', roles: ['customer'] });
    jest.setSystemTime(new Date('2026-11-25T04:00:59Z'));
    expect(await verifier.actorFrom(bearer)).toEqual({ id: 'u-1', roles: ['customer'] });
    jest.setSystemTime(new Date('2026-11-25T04:01:00Z'));
    await expect(verifier.actorFrom(bearer)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('a token that failed is never remembered as good, and a bad signature stays bad', async () => {
    const verifier = new TokenVerifier({ secret: SECRET });
    const forged = `Bearer ${await signToken('another-secret-of-at-least-32-chars!!', 'u-1', ['ops_admin'])}`;
    await expect(verifier.actorFrom(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.actorFrom(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

// Verifies bearer tokens and turns their claims into an Actor: HS256 with AUTH_JWT_SECRET, and/or
// RS256 against a JWKS URL (keys cached by jose). alg "none" and any other algorithm are refused.
import { createRemoteJWKSet, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { unauthenticated } from '../errors';
import { Actor, isRole, Role } from './roles';

export interface VerifierOptions {
  secret: string | null;
  jwksUrl?: string | null;
  issuer?: string | null;
  audience?: string | null;
}

/** Verified tokens kept (until their exp) so a client's every request does not pay for a signature check. */
const CACHE_LIMIT = 10_000;
/** A token without exp is re-verified at least this often. */
const NO_EXP_TTL_MS = 60_000;

export class TokenVerifier {
  private readonly key: Uint8Array | null;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;
  private readonly verified = new Map<string, { actor: Actor; until: number }>();

  constructor(private readonly opts: VerifierOptions) {
    this.key = opts.secret ? new TextEncoder().encode(opts.secret) : null;
    this.jwks = opts.jwksUrl ? createRemoteJWKSet(new URL(opts.jwksUrl), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000 }) : null;
  }

  private async verify(token: string): Promise<JWTPayload> {
    const claims = { issuer: this.opts.issuer ?? undefined, audience: this.opts.audience ?? undefined };
    const alg = headerAlg(token);
    if (alg === 'HS256' && this.key) return (await jwtVerify(token, this.key, { ...claims, algorithms: ['HS256'] })).payload;
    if (alg === 'RS256' && this.jwks) return (await jwtVerify(token, this.jwks, { ...claims, algorithms: ['RS256'] })).payload;
    throw new Error(`algorithm ${alg} is not accepted`);
  }

  /** null for a request without Authorization; throws UNAUTHENTICATED for any bad token. */
  async actorFrom(authorization: string | undefined): Promise<Actor | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = match[1];
    const known = this.verified.get(token);
    if (known && Date.now() < known.until) return known.actor;
    this.verified.delete(token);
    try {
      const payload = await this.verify(token);
      const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
      if (typeof payload.sub !== 'string' || payload.sub === '' || roles.length === 0) throw new Error('token lacks sub or roles');
      const actor: Actor = { id: payload.sub, roles };
      if (roles.includes('merchant')) {
        if (typeof payload.merchantId !== 'string' || payload.merchantId === '') throw new Error('a merchant token names its merchantId');
        actor.merchantId = payload.merchantId;
      }
      this.remember(token, actor, payload.exp);
      return actor;
    } catch {
      throw unauthenticated('The bearer token is invalid or expired.');
    }
  }

  private remember(token: string, actor: Actor, exp: number | undefined) {
    if (this.verified.size >= CACHE_LIMIT) this.verified.delete(this.verified.keys().next().value!); // the oldest
    this.verified.set(token, { actor, until: exp === undefined ? Date.now() + NO_EXP_TTL_MS : exp * 1000 });
  }
}

function headerAlg(token: string): string {
  try {
    return String(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).alg);
  } catch {
    return 'unreadable';
  }
}

export async function signToken(secret: string, sub: string, roles: Role[], expiresIn = '30d', claims: { merchantId?: string } = {}): Promise<string> {
  return new SignJWT({ roles, ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

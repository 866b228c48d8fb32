// Verifies bearer tokens (HS256 with AUTH_JWT_SECRET) and turns their claims into an Actor.
import { jwtVerify, SignJWT } from 'jose';
import { unauthenticated } from '../errors';
import { Actor, isRole, Role } from './roles';

export class TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  /** null for a request without Authorization; throws UNAUTHENTICATED for any bad token. */
  async actorFrom(authorization: string | undefined): Promise<Actor | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    try {
      const { payload } = await jwtVerify(match[1], this.key, { algorithms: ['HS256'] });
      const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
      if (typeof payload.sub !== 'string' || payload.sub === '' || roles.length === 0) {
        throw new Error('token lacks sub or roles');
      }
      return { id: payload.sub, roles };
    } catch {
      throw unauthenticated('The bearer token is invalid or expired.');
    }
  }
}

export async function signToken(secret: string, sub: string, roles: Role[], expiresIn = '30d'): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

// Configuration comes from the environment only; defaults give a zero-config development start.
import { IANAZone } from 'luxon';

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  databaseUrl: string;
  jwtSecret: string | null;
  /** RS256 keys for production identity providers; tokens are checked against issuer/audience when set. */
  jwksUrl: string | null;
  issuer: string | null;
  audience: string | null;
  businessTimeZone: string;
  holdTtlSeconds: number;
  /** Where development keeps its generated secret and SQLite file. */
  dataDir: string;
}

function intFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const businessTimeZone = env.BUSINESS_TIMEZONE || 'Asia/Shanghai';
  if (!IANAZone.isValidZone(businessTimeZone)) {
    throw new Error(`BUSINESS_TIMEZONE "${businessTimeZone}" is not an IANA time zone`);
  }
  if (nodeEnv === 'production') {
    if (!env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL) {
      throw new Error('In production set AUTH_JWT_SECRET (HS256) or AUTH_JWKS_URL (RS256); refusing to start without a way to verify tokens');
    }
    if (env.AUTH_JWT_SECRET && env.AUTH_JWT_SECRET.length < 32) {
      throw new Error('AUTH_JWT_SECRET must be at least 32 characters in production');
    }
  }
  return {
    env: nodeEnv,
    port: intFrom('PORT', env.PORT, 4000),
    databaseUrl: env.DATABASE_URL || 'sqlite:./data/aftercare.sqlite',
    jwtSecret: env.AUTH_JWT_SECRET || null,
    jwksUrl: env.AUTH_JWKS_URL || null,
    issuer: env.AUTH_ISSUER || null,
    audience: env.AUTH_AUDIENCE || null,
    businessTimeZone,
    holdTtlSeconds: intFrom('HOLD_TTL_SECONDS', env.HOLD_TTL_SECONDS, 48 * 3600),
    dataDir: env.DATA_DIR || './data',
  };
}

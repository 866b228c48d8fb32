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
  /** ISO 4217 currency of rules' unit costs when a rule names none (COUNT and ACCESS uses). */
  costCurrency: string;
  /** How often the sweep runs (0: never): expired holds → EXPIRED (reads stop counting them anyway), old idempotency keys purged. */
  holdSweepSeconds: number;
  /** A request not answered within this time gets SERVICE_UNAVAILABLE (retryable); 0: no limit. */
  requestTimeoutMs: number;
  /** The most a long analysis (simulateRuleChange, tierHealth) may run while it keeps making progress. */
  analysisTimeoutMs: number;
  /** How long a write's idempotency key (and stored answer) is kept; a repeat after that runs afresh. */
  idempotencyKeyRetentionDays: number;
  /** How often each process checks for catalog changes made by other processes (0: never). */
  catalogRefreshMs: number;
  /** Where development keeps its generated secret and SQLite file. */
  dataDir: string;
  /**
   * Serve the offline GraphiQL page (with demo tokens and the example operations) on browser GETs
   * of /graphql. On in development unless IDE=off; tests opt in; never served in production.
   */
  ide: boolean;
  /** When set, GET /metrics needs `Authorization: Bearer <metricsToken>`; else it is open. */
  metricsToken: string | null;
  /** off | allow (hashes from the manifest as well as full queries) | only (the manifest's operations alone); see src/http/persisted.ts. */
  persistedOperations: 'off' | 'allow' | 'only';
  /** The manifests (hash → document) codegen writes, one per client team; read once at start-up. */
  persistedOperationsManifest: string[];
}

/** Codegen's outputs (codegen.yml), relative to the working directory like ./data. */
export const PERSISTED_MANIFESTS = ['storefront', 'cs', 'ops', 'order-system', 'merchant'].map((team) => `clients/${team}/persisted-documents.json`);

function persistedModeFrom(raw: string | undefined, nodeEnv: Config['env']): Config['persistedOperations'] {
  // Production serves hashes out of the box (allow); `only` is a deliberate choice per deployment.
  if (raw === undefined || raw === '') return nodeEnv === 'production' ? 'allow' : 'off';
  if (raw === 'off' || raw === 'allow' || raw === 'only') return raw;
  throw new Error(`PERSISTED_OPERATIONS must be off, allow or only, got "${raw}"`);
}

function nonNegativeFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return n;
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
    costCurrency: currencyFrom(env.COST_CURRENCY),
    holdSweepSeconds: nonNegativeFrom('HOLD_SWEEP_SECONDS', env.HOLD_SWEEP_SECONDS, 60),
    catalogRefreshMs: nonNegativeFrom('CATALOG_REFRESH_MS', env.CATALOG_REFRESH_MS, 500),
    requestTimeoutMs: nonNegativeFrom('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 3000),
    analysisTimeoutMs: nonNegativeFrom('ANALYSIS_TIMEOUT_MS', env.ANALYSIS_TIMEOUT_MS, 120_000),
    idempotencyKeyRetentionDays: intFrom('IDEMPOTENCY_KEY_RETENTION_DAYS', env.IDEMPOTENCY_KEY_RETENTION_DAYS, 30),
    dataDir: env.DATA_DIR || './data',
    ide: nodeEnv === 'development' && env.IDE !== 'off',
    metricsToken: env.METRICS_TOKEN || null,
    persistedOperations: persistedModeFrom(env.PERSISTED_OPERATIONS, nodeEnv),
    persistedOperationsManifest: env.PERSISTED_OPERATIONS_MANIFEST
      ? env.PERSISTED_OPERATIONS_MANIFEST.split(',').map((f) => f.trim()).filter(Boolean)
      : PERSISTED_MANIFESTS,
  };
}

function currencyFrom(raw: string | undefined): string {
  const v = raw || 'CNY';
  if (!/^[A-Z]{3}$/.test(v)) throw new Error(`COST_CURRENCY must be an ISO 4217 code such as CNY, got "${v}"`);
  return v;
}

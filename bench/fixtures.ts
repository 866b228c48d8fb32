// Shared helpers for the bench's fixtures: a service context like the demo seed's, raw bulk
// INSERTs (multi-row, in batches) and a seeded random source so runs generate the same data.
import { DataSource, EntityManager } from 'typeorm';
import { Config } from '../src/config';
import { createRequestContext, RequestContext } from '../src/context';
import { CatalogCache } from '../src/services/catalog';
import { assignMembership } from '../src/services/membership.service';
import { Outcome } from '../src/services/outcome';

export const DAY_MS = 86_400_000;

/** A context for calling services directly, as an ops admin, at a fixed instant. */
export function seedContext(db: DataSource, config: Config, now: Date): RequestContext {
  return createRequestContext({
    requestId: 'bench-seed', actor: { id: 'bench-seed', roles: ['ops_admin'] }, clock: () => now, db, config, catalog: new CatalogCache(db),
  });
}

export function must<T>(what: string, outcome: Outcome<T>): T {
  if (!outcome.value) throw new Error(`bench fixture ${what} failed: ${JSON.stringify(outcome.userErrors)}`);
  return outcome.value;
}

export async function holdTier(ctx: RequestContext, userId: string, tierCode: string, startsAt: Date): Promise<void> {
  must(`membership ${userId}`, await assignMembership(ctx, { userId, tierCode, startsAt, source: 'PURCHASE' }));
}

type Runner = DataSource | EntityManager;
const isSqlite = (r: Runner) => (r instanceof DataSource ? r : r.dataSource).options.type === 'better-sqlite3';

/** SQLite keeps instants as 'YYYY-MM-DD HH:mm:ss.SSS' (UTC); mysql2 formats a Date in the connection's zone (UTC). */
const param = (sqlite: boolean, v: unknown) => (sqlite && v instanceof Date ? v.toISOString().replace('T', ' ').replace('Z', '') : v);

/** INSERT INTO table (columns) VALUES (…), (…) … in batches of `batch` rows; returns the row count. */
export async function insertRows(r: Runner, table: string, columns: string[], rows: unknown[][], batch = 500): Promise<number> {
  const sqlite = isSqlite(r);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    await r.query(head + chunk.map(() => tuple).join(', '), chunk.flatMap((row) => row.map((v) => param(sqlite, v))));
  }
  return rows.length;
}

/** What a configuration write does in its transaction: other processes' caches reload. */
export async function bumpCatalogVersion(r: Runner, now: Date): Promise<void> {
  await r.query('UPDATE catalog_version SET version = version + 1, updated_at = ? WHERE id = 1', [param(isSqlite(r), now)]);
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

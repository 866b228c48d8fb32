// The MySQL/MariaDB connection pool (TypeORM's mysql2 pool): how busy it is, for the metrics, and
// how long a request may wait for one of its connections. mysql2 has no public API for either:
// the usage is read from its internal queues, the wait is bounded around its getConnection.
// SQLite has no pool (one connection): what can queue there is write transactions
// (transaction.ts), so those are reported.
import { DataSource } from 'typeorm';
import { serviceUnavailable } from '../errors';
import { sqliteWriteQueue } from './transaction';

export interface PoolUsage {
  /** Connections handed out (SQLite: the write transaction running, 0 or 1). */
  inUse: number;
  /** Requests waiting for a connection (SQLite: write transactions queued behind the running one). */
  waiting: number;
}

type Connection = { release(): void };
type Callback = (err: Error | null, connection?: Connection) => void;

interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  getConnection(cb: Callback): void;
}

const mysql2Pool = (db: DataSource) => (db.driver as unknown as { pool?: Mysql2Pool }).pool;

export function poolUsage(db: DataSource): PoolUsage {
  if (!db.isInitialized) return { inUse: 0, waiting: 0 };
  if (db.options.type === 'better-sqlite3') {
    const q = sqliteWriteQueue(db);
    return { inUse: q.running, waiting: q.waiting };
  }
  const pool = mysql2Pool(db);
  const all = pool?._allConnections?.length ?? 0;
  const free = pool?._freeConnections?.length ?? 0;
  const queued = (pool?._connectionQueue?.length ?? 0) - (pool ? (gaveUp.get(pool) ?? 0) : 0);
  return { inUse: Math.max(all - free, 0), waiting: Math.max(queued, 0) };
}

/** Per bounded pool: waiters that gave up and still hold their place in mysql2's queue. */
const gaveUp = new WeakMap<object, number>();

/**
 * A wait for a pooled connection ends after `ms` with a retryable SERVICE_UNAVAILABLE. mysql2
 * queues waiters without limit, and a request answered at its deadline (server.ts) still waits
 * there: while the database is slower than the requests come (a hung database, an overloaded
 * host), the queue held every abandoned request whole — its GraphQL execution, loaders, query
 * runner — until a connection came free (seen in the soak: 3,630 waiters, ~90 MiB of heap). A
 * waiter that gave up keeps only its place in mysql2's queue; given a connection later, it hands
 * it straight to the next one. `ms` 0: no bound.
 */
export function boundConnectionWaits(db: DataSource, ms: number): void {
  const pool = db.options.type === 'better-sqlite3' ? undefined : mysql2Pool(db);
  if (!pool || ms <= 0 || gaveUp.has(pool)) return;
  gaveUp.set(pool, 0);
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (cb: Callback) => {
    let waiter: Callback | null = cb;
    let queued = false;
    const timer = setTimeout(() => {
      const late = waiter;
      waiter = null;
      if (queued) gaveUp.set(pool, gaveUp.get(pool)! + 1);
      late?.(serviceUnavailable(`No database connection came free within ${ms} ms; nothing was written. Retry; for writes use the same idempotencyKey.`));
    }, ms);
    timer.unref();
    const before = pool._connectionQueue?.length ?? 0;
    getConnection((err, connection) => {
      clearTimeout(timer);
      const waiting = waiter;
      waiter = null;
      if (waiting) return waiting(err, connection);
      if (queued) gaveUp.set(pool, gaveUp.get(pool)! - 1);
      connection?.release();
    });
    // Queued (all connections in use) rather than handed one or connecting a new one.
    queued = (pool._connectionQueue?.length ?? 0) > before;
  };
}

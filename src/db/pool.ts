// How busy the database connections are, for the metrics. MySQL/MariaDB: TypeORM's mysql2 pool,
// read from its internal queues (mysql2 has no public API for them). SQLite has no pool (one
// connection): what can queue there is write transactions (transaction.ts), so those are reported.
import { DataSource } from 'typeorm';
import { sqliteWriteQueue } from './transaction';

export interface PoolUsage {
  /** Connections handed out (SQLite: the write transaction running, 0 or 1). */
  inUse: number;
  /** Requests waiting for a connection (SQLite: write transactions queued behind the running one). */
  waiting: number;
}

interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

export function poolUsage(db: DataSource): PoolUsage {
  if (!db.isInitialized) return { inUse: 0, waiting: 0 };
  if (db.options.type === 'better-sqlite3') {
    const q = sqliteWriteQueue(db);
    return { inUse: q.running, waiting: q.waiting };
  }
  const pool = (db.driver as unknown as { pool?: Mysql2Pool }).pool;
  const all = pool?._allConnections?.length ?? 0;
  const free = pool?._freeConnections?.length ?? 0;
  return { inUse: Math.max(all - free, 0), waiting: pool?._connectionQueue?.length ?? 0 };
}

// One place that opens write transactions, so every service gets the same isolation and locking.
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM a single connection: two transactions started concurrently in
 * one process would interleave on it. SQLite allows one writer at a time anyway, so writes are
 * queued here. MySQL/MariaDB transactions run on pooled connections, in parallel, at READ
 * COMMITTED (set once per connection, so a transaction costs only START TRANSACTION and COMMIT),
 * with explicit row locks (see lockRow) where a decision must hold until commit.
 */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();
/** SQLite write transactions of a process running or queued (for the pool metrics). */
const sqliteQueued = new WeakMap<DataSource, number>();
const readCommitted = new WeakSet<object>();

export async function inTransaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type === 'better-sqlite3') {
    const previous = sqliteQueues.get(db) ?? Promise.resolve();
    sqliteQueued.set(db, (sqliteQueued.get(db) ?? 0) + 1);
    const run = previous.catch(() => undefined).then(() => db.transaction(work))
      .finally(() => sqliteQueued.set(db, (sqliteQueued.get(db) ?? 1) - 1));
    sqliteQueues.set(db, run.catch(() => undefined));
    return run;
  }
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
    const connection = (runner as unknown as { databaseConnection: object }).databaseConnection;
    if (!readCommitted.has(connection)) {
      await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
      readCommitted.add(connection);
    }
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    }
  } finally {
    await runner.release();
  }
}

/**
 * Locks one row until the transaction ends (SELECT … FOR UPDATE on MySQL/MariaDB). On SQLite the
 * write queue above already makes the transaction exclusive in this process, and SQLite's file
 * lock does so across processes.
 */
export async function lockRow<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  where: Partial<E>,
): Promise<E | null> {
  const qb = em.getRepository(entity).createQueryBuilder('t').where(where);
  if (em.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
  return qb.getOne();
}

/** SQLite's write queue: the transaction running (0 or 1) and those waiting behind it. */
export function sqliteWriteQueue(db: DataSource): { running: number; waiting: number } {
  const n = sqliteQueued.get(db) ?? 0;
  return { running: Math.min(n, 1), waiting: Math.max(n - 1, 0) };
}

// Hot-path reads as prepared statements. On MySQL/MariaDB TypeORM sends every query as text, which
// the server parses and plans afresh each time; the member-facts read is one long UNION, so it
// goes through mysql2's `execute` instead: prepared once per pooled connection (mysql2 keeps an
// LRU of them, closing evicted ones on the server), then only the parameters travel. SQLite needs
// nothing: TypeORM's better-sqlite3 runner already keeps prepared statements.
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

interface Executor {
  execute(sql: string, values: unknown[], cb: (err: Error | null, rows: unknown) => void): void;
}

/**
 * Rows of one read through the handle in scope: a transaction's connection when `runner` is a
 * transaction's manager, else the pool. Logged as TypeORM logs its own queries (so statement
 * counts see it); failures are QueryFailedErrors as TypeORM's are.
 */
export async function preparedRows<T>(runner: DataSource | EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const db = runner instanceof DataSource ? runner : runner.connection;
  if (db.options.type === 'better-sqlite3') return runner.query(sql, params);
  const queryRunner = runner instanceof DataSource ? undefined : runner.queryRunner;
  const executor: Executor = queryRunner ? await queryRunner.connect() : (db.driver as unknown as { pool: Executor }).pool;
  db.logger.logQuery(sql, params, queryRunner);
  try {
    return await new Promise<T[]>((resolve, reject) => executor.execute(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  } catch (err) {
    db.logger.logQueryError(err as Error, sql, params, queryRunner);
    throw new QueryFailedError(sql, params, err as Error);
  }
}

// INSERT texts for the hot write path (a use's counters, ledger entry and idempotency key), built
// from the entities' metadata and converted by the driver's own preparePersistentValue, so rows
// are stored exactly as TypeORM stores them, without a query builder per write.
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Statement } from './batch';

/** INSERT of `rows` (every column of the entity); with `upsert`, rows whose key exists are updated. */
export function insertStatement<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  rows: E[],
  upsert?: { conflict: string[]; update: string[] },
): Statement {
  const db = em.connection;
  const meta = db.getMetadata(entity);
  const q = (name: string) => db.driver.escape(name);
  const columns = meta.columns;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let sql = `INSERT INTO ${q(meta.tableName)} (${columns.map((c) => q(c.databaseName)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  if (upsert) {
    sql += db.options.type === 'better-sqlite3'
      ? ` ON CONFLICT (${upsert.conflict.map(q).join(', ')}) DO UPDATE SET ${upsert.update.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`
      : ` ON DUPLICATE KEY UPDATE ${upsert.update.map((c) => `${q(c)} = VALUES(${q(c)})`).join(', ')}`;
  }
  const params = rows.flatMap((row) => columns.map((c) => {
    const value = db.driver.preparePersistentValue(c.getEntityValue(row), c);
    return value === undefined ? null : value;
  }));
  return { sql, params };
}

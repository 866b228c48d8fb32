// Statements sent together. MariaDB runs an anonymous compound statement (BEGIN NOT ATOMIC … END)
// as one round trip; each statement in it is still a statement of its own (its own READ COMMITTED
// snapshot, taken when it starts), so a SELECT after a SELECT … FOR UPDATE reads what was committed
// once the lock was granted. A write transaction uses this while it holds a member's lock: the
// lock and the facts read in one round trip, the booking's inserts and the idempotency key in
// another. A compound statement is not atomic by itself: it runs inside the transaction, which
// rolls back whole on any error. MySQL has no anonymous blocks and SQLite runs in-process: there
// the statements run one after another.
import { EntityManager } from 'typeorm';

export interface Statement {
  sql: string;
  params: unknown[];
}

/** Whether `together` sends several statements in one round trip on this connection. */
export const sendsTogether = (em: EntityManager) => em.connection.options.type === 'mariadb';

/** Runs the statements in order; the rows of each one that returns rows, in order. */
export async function together<T = Record<string, unknown>>(em: EntityManager, statements: Statement[]): Promise<T[][]> {
  if (statements.length > 1 && sendsTogether(em)) {
    const raw: unknown = await em.query(`BEGIN NOT ATOMIC\n${statements.map((s) => `${s.sql};`).join('\n')}\nEND`, statements.flatMap((s) => s.params));
    // mysql2: one array of rows per statement that returned rows, then the block's own OK packet.
    return Array.isArray(raw) ? (raw.filter((r) => Array.isArray(r)) as T[][]) : [];
  }
  const rows: T[][] = [];
  for (const s of statements) {
    const r: unknown = await em.query(s.sql, s.params);
    if (Array.isArray(r)) rows.push(r as T[]);
  }
  return rows;
}

/** Inserts a write leaves for its end, sent together with its idempotency key (idempotency.ts). */
export class WriteBatch {
  private readonly statements: Statement[] = [];

  add(statement: Statement): void {
    this.statements.push(statement);
  }

  /** Sends every statement added so far through `em` (the transaction's), and forgets them. */
  async flush(em: EntityManager): Promise<void> {
    await together(em, this.statements.splice(0));
  }
}

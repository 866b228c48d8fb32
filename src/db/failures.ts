// Database failures the services handle: contention (retried), duplicate keys (idempotency races)
// and lost connections (reported as retryable).
import { serviceUnavailable } from '../errors';

/**
 * graphql-js wraps a thrown value that is not `instanceof Error` in NonErrorThrown and keeps it as
 * `thrownValue`. mysql2 rejects pool.getConnection() with Node's own socket error; where that comes
 * from another realm (jest's vm sandbox) it is not `instanceof Error` there, so look through it.
 */
const unwrap = (err: unknown): unknown =>
  err && typeof err === 'object' && 'thrownValue' in err ? (err as { thrownValue: unknown }).thrownValue : err;

const codeOf = (err: unknown): string => {
  const e = unwrap(err) as { code?: unknown; driverError?: { code?: unknown } };
  return String(e?.driverError?.code ?? e?.code ?? '');
};

/** Deadlock, lock wait timeout or a busy SQLite file: the whole transaction may simply be retried. */
export const isContention = (err: unknown) =>
  ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED'].includes(codeOf(err));

export const isDuplicateKey = (err: unknown) =>
  ['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE'].includes(codeOf(err));

export const isConnectionLoss = (err: unknown) =>
  ['ECONNREFUSED', 'ECONNRESET', 'PROTOCOL_CONNECTION_LOST', 'ETIMEDOUT', 'EPIPE', 'ER_CON_COUNT_ERROR', 'PROTOCOL_SEQUENCE_TIMEOUT'].includes(codeOf(err)) ||
  /Connection lost|connect ECONNREFUSED|Pool is closed|Can't add new command when connection is in closed state/.test(String((unwrap(err) as Error)?.message));

/** Thrown by a write that found its premise changed after it took its lock; it is run again. */
export class StaleDecision extends Error {}

/**
 * Runs a whole transaction again on contention, a bounded number of times with jittered backoff;
 * then gives up with a clear retryable error. Nothing is half written: each try is one transaction.
 */
export async function withRetry<T>(attempt: () => Promise<T>, tries = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      const retryable = isContention(err) || err instanceof StaleDecision;
      if (!retryable) throw err;
      if (i >= tries) throw serviceUnavailable('The ledger is busy; nothing was written. Retry with the same idempotencyKey.');
      await new Promise((r) => setTimeout(r, 5 * 2 ** i + Math.random() * 20 * i));
    }
  }
}

// Database failures the services handle: contention (retried), duplicate keys (idempotency races)
// and lost connections (reported as retryable).
import { GraphQLError } from 'graphql';

const codeOf = (err: unknown): string => {
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  return String(e?.driverError?.code ?? e?.code ?? '');
};

/** Deadlock, lock wait timeout or a busy SQLite file: the whole transaction may simply be retried. */
export const isContention = (err: unknown) =>
  ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY', 'SQLITE_LOCKED'].includes(codeOf(err));

export const isDuplicateKey = (err: unknown) =>
  ['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE'].includes(codeOf(err));

export const isConnectionLoss = (err: unknown) =>
  ['ECONNREFUSED', 'ECONNRESET', 'PROTOCOL_CONNECTION_LOST', 'ETIMEDOUT', 'EPIPE', 'ER_CON_COUNT_ERROR'].includes(codeOf(err)) ||
  /Connection lost|connect ECONNREFUSED|Pool is closed|Can't add new command when connection is in closed state/.test(String((err as Error)?.message));

export const serviceUnavailable = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } });

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

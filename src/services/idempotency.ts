// Idempotency keys: a key is claimed only by a committed write (the row is inserted inside the
// write's own transaction), so a refusal or a failure leaves it free. Racing repeats collide on
// the primary key: the loser waits for the winner's commit, fails, and replays its stored answer.
import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IdempotencyKey } from '../../entities';
import { actorOf, RequestContext } from '../context';
import { isDuplicateKey, StaleDecision, withRetry } from '../db/failures';
import { inTransaction } from '../db/transaction';
import { Outcome, Refusal, write } from './outcome';
import { revive } from './snapshot';

/** Same operation and input (keys sorted, idempotencyKey left out) → same fingerprint. */
export function fingerprint(operation: string, input: object): string {
  const canonical = (v: unknown): unknown =>
    v instanceof Date ? v.toISOString()
      : Array.isArray(v) ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.keys(v).filter((k) => k !== 'idempotencyKey' && (v as Record<string, unknown>)[k] !== undefined).sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
        : v;
  return crypto.createHash('sha256').update(JSON.stringify([operation, canonical(input)])).digest('hex');
}

const reused = (key: string) =>
  new Refusal([{ code: 'IDEMPOTENCY_KEY_REUSED', field: 'input.idempotencyKey', message: `Key "${key}" was already used for a different request; use a new key.` }]);

async function stored<R>(em: EntityManager, key: string, operation: string, print: string): Promise<R | null> {
  const row = await em.findOneBy(IdempotencyKey, { key });
  if (!row) return null;
  if (row.operation !== operation || row.fingerprint !== print) throw reused(key);
  // An empty answer is a write still in flight: only SQLite's single connection can show it
  // (MySQL reads committed rows only). Wait for it to commit or roll back.
  if (row.response === '') throw new StaleDecision();
  return JSON.parse(row.response) as R;
}

/**
 * Runs `work` at most once per key. It returns a JSON-able response that is stored with the key
 * and handed back, as stored, to every repeat; `restore` turns it into the API's result.
 * `prepare` runs only for a request that is not a repeat, just before its transaction.
 */
export async function once<R, T>(
  ctx: RequestContext,
  operation: string,
  input: { idempotencyKey: string },
  work: (em: EntityManager) => Promise<R>,
  restore: (response: R) => Promise<T>,
  prepare?: () => Promise<void>,
): Promise<Outcome<T>> {
  const key = input.idempotencyKey;
  const print = fingerprint(operation, input);
  try {
    const prior = await withRetry(() => stored<R>(ctx.db.manager, key, operation, print));
    if (prior) return { value: await restore(prior), userErrors: [] };
    await prepare?.();
    const response = await withRetry(() =>
      inTransaction(ctx.db, async (em) => {
        await em.insert(IdempotencyKey, { key, operation, fingerprint: print, response: '', actorId: actorOf(ctx).id, createdAt: ctx.now });
        const result = await work(em);
        await em.update(IdempotencyKey, { key }, { response: JSON.stringify(result) });
        return result;
      }),
    );
    return { value: await restore(response), userErrors: [] };
  } catch (err) {
    if (err instanceof Refusal) return { value: null, userErrors: err.userErrors };
    if (isDuplicateKey(err)) {
      const prior = await withRetry(() => stored<R>(ctx.db.manager, key, operation, print)).catch((e) => {
        if (e instanceof Refusal) return e;
        throw e;
      });
      if (prior instanceof Refusal) return { value: null, userErrors: prior.userErrors };
      if (prior) return { value: await restore(prior), userErrors: [] };
    }
    throw err;
  }
}

/**
 * A configuration write that may carry an idempotencyKey: with one, a repeat returns the first
 * result (e.g. a retried createTier does not fail with CODE_TAKEN); without one, a plain write.
 */
export function writeOnce<T extends object>(
  ctx: RequestContext,
  operation: string,
  input: { idempotencyKey?: string | null },
  work: (em: EntityManager) => Promise<T>,
): Promise<Outcome<T>> {
  if (!input.idempotencyKey) return write(ctx, work);
  return once<T, T>(ctx, operation, { ...input, idempotencyKey: input.idempotencyKey }, work, async (r) => revive<T>(r));
}

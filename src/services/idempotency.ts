// Idempotency keys: a key is claimed only by a committed write (the row, with the answer, is the
// last insert of the write's own transaction), so a refusal or a failure leaves it free. A repeat
// of a committed write finds the key and gets the stored answer back. Racing repeats collide on
// the primary key: the loser waits for the winner's commit, fails, rolls back and replays; a loser
// that was refused because the winner spent the quota looks for the key before answering.
import crypto from 'node:crypto';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { IdempotencyKey } from '../../entities';
import { actorOf, RequestContext } from '../context';
import { isDuplicateKey, withRetry } from '../db/failures';
import { preparedRows } from '../db/prepared';
import { WriteBatch } from '../db/batch';
import { insertStatement } from '../db/insert';
import { serviceUnavailable } from '../errors';
import { Outcome, Refusal, write } from './outcome';
import { decodeAnswer, encodeAnswer } from './snapshot';

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
  // Every write asks this first: a prepared statement, no entity hydration.
  const [row] = await preparedRows<Pick<IdempotencyKey, 'operation' | 'fingerprint' | 'response'>>(
    em, `SELECT operation, fingerprint, response FROM idempotency_keys WHERE ${em.connection.driver.escape('key')} = ?`, [key]);
  if (!row) return null;
  if (row.operation !== operation || row.fingerprint !== print) throw reused(key);
  return decodeAnswer<R>(row.response);
}

/**
 * Runs `work` at most once per key. It returns a JSON-able response that is stored with the key
 * and handed back, as stored, to every repeat; `restore` turns it into the API's result. Inserts
 * it adds to `writes` are sent with the key's, after it returns (nothing may read them before).
 * `precheck` runs outside the transaction for a request that is not a repeat: a refusal it
 * throws costs no transaction. A precheck `readingKey` learns in its own statement whether the
 * key is stored, and returns true if it is (deciding nothing): the key is then looked up only then.
 */
export async function once<R, T>(
  ctx: RequestContext,
  operation: string,
  input: { idempotencyKey: string },
  work: (tx: RequestContext, writes: WriteBatch) => Promise<R>,
  restore: (response: R) => Promise<T>,
  precheck?: (() => Promise<void>) | { readingKey: () => Promise<boolean> },
): Promise<Outcome<T>> {
  const key = input.idempotencyKey;
  const print = fingerprint(operation, input);
  const replay = async (): Promise<Outcome<T> | null> => {
    const prior = await withRetry(() => stored<R>(ctx.em, key, operation, print));
    if (!prior) return null;
    const value = await restore(prior);
    ctx.telemetry.replayed(operation);
    return { value, userErrors: [], replayed: true };
  };
  try {
    if (typeof precheck === 'object') {
      // A key seen here but gone by now was purged meanwhile: the write runs (and decides under its lock).
      const prior = (await precheck.readingKey()) ? await replay() : null;
      if (prior) return prior;
    } else {
      const prior = await replay();
      if (prior) return prior;
      await precheck?.();
    }
    const value = await ctx.transaction(async (tx) => {
      // Writes `work` left for the end go in one batch with the key (write-batch.ts).
      const writes = new WriteBatch();
      const answer = encodeAnswer(await work(tx, writes));
      // Shaped before COMMIT from exactly what is stored: a failure here rolls the write back,
      // and a repeat gets back just what this request answers.
      const shaped = await restore(decodeAnswer<R>(answer));
      writes.add(insertStatement(tx.em, IdempotencyKey, [{ key, operation, fingerprint: print, response: answer, actorId: actorOf(ctx).id, createdAt: ctx.now }]));
      await writes.flush(tx.em);
      return shaped;
    });
    try {
      await ctx.checkpoint('after-commit');
    } catch {
      // Committed but not answered: never report that as a failure the client could retry with a new key.
      throw serviceUnavailable('The write was recorded but its answer was lost; repeat the request with the same idempotencyKey to get it.');
    }
    return { value, userErrors: [] };
  } catch (err) {
    if (err instanceof Refusal) {
      // Refused, perhaps because a racing repeat of this very request spent what was left.
      return (await replay().catch((e) => (e instanceof Refusal ? null : Promise.reject(e)))) ?? { value: null, userErrors: err.userErrors };
    }
    if (isDuplicateKey(err)) {
      try {
        const prior = await replay();
        if (prior) return prior;
      } catch (e) {
        if (e instanceof Refusal) return { value: null, userErrors: e.userErrors };
        throw e;
      }
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
  work: (tx: RequestContext) => Promise<T>,
): Promise<Outcome<T>> {
  if (!input.idempotencyKey) return write(ctx, work);
  return once<T, T>(ctx, operation, { ...input, idempotencyKey: input.idempotencyKey }, work, async (r) => r);
}

/**
 * Forgets keys older than `before` (at most `limit` per call): a retry after the retention period
 * runs afresh. Run by the same periodic sweep that expires holds.
 */
export async function purgeIdempotencyKeys(db: DataSource, before: Date, limit = 1000): Promise<number> {
  const old = await db.getRepository(IdempotencyKey).find({ select: { key: true }, where: { createdAt: LessThan(before) }, take: limit });
  if (old.length) await db.getRepository(IdempotencyKey).delete({ key: In(old.map((k) => k.key)) });
  return old.length;
}

// usage_counters: one row per user × benefit × period, kept equal to the ledger's totals in the
// same transaction, and the row concurrent writers of that period lock.
import { EntityManager } from 'typeorm';
import { UsageCounter } from '../../entities';
import { isDuplicateKey, StaleDecision } from '../db/failures';
import { lockRow } from '../db/transaction';

/** ISO start of the period; rolling windows and lifetime quotas have one counter each. */
export function periodKeyOf(rule: { period: string | null; periodDays: number | null }, periodStart: Date | null): string {
  if (rule.period === 'ROLLING_DAYS') return `ROLLING_${rule.periodDays}D`;
  return periodStart ? periodStart.toISOString() : 'LIFETIME';
}

type CounterKey = Pick<UsageCounter, 'userId' | 'benefitId' | 'periodKey'>;

/**
 * Creates the counter row if it is missing, in its own short statement before the write's
 * transaction (creating it inside would make concurrent first writers of a period contend on the
 * insert). Called only for a use that looks allowed, so a refusal leaves no row behind.
 */
export async function ensureCounter(em: EntityManager, key: CounterKey, now: Date): Promise<void> {
  await em.createQueryBuilder().insert().into(UsageCounter)
    .values({ ...key, held: 0, captured: 0, version: 0, updatedAt: now })
    .orIgnore()
    .execute();
}

/** SELECT … FOR UPDATE: until commit, no other writer can book on this period. */
export async function lockCounter(em: EntityManager, key: CounterKey): Promise<UsageCounter | null> {
  return lockRow(em, UsageCounter, { userId: key.userId, benefitId: key.benefitId, periodKey: key.periodKey });
}

/**
 * Inside a write: the locked counter, created first if this is the period's first use. A racer
 * creating it at the same moment makes our insert fail; the whole write is then run again.
 */
export async function lockOrCreateCounter(em: EntityManager, key: CounterKey, now: Date): Promise<UsageCounter> {
  const existing = await lockCounter(em, key);
  if (existing) return existing;
  try {
    await em.insert(UsageCounter, { ...key, held: 0, captured: 0, version: 0, updatedAt: now });
  } catch (err) {
    if (isDuplicateKey(err)) throw new StaleDecision();
    throw err;
  }
  return (await lockCounter(em, key))!;
}

export async function moveCounter(em: EntityManager, c: UsageCounter, delta: { held?: number; captured?: number }, now: Date) {
  await em.update(UsageCounter, { userId: c.userId, benefitId: c.benefitId, periodKey: c.periodKey }, {
    held: c.held + (delta.held ?? 0),
    captured: c.captured + (delta.captured ?? 0),
    version: c.version + 1,
    updatedAt: now,
  });
}

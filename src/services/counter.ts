// usage_counters: one row per user × benefit × period, kept equal to the ledger's totals in the
// same transaction, and the row concurrent writers of that period lock.
import { DataSource, EntityManager } from 'typeorm';
import { UsageCounter } from '../../entities';
import { lockRow } from '../db/transaction';

/** ISO start of the period; rolling windows and lifetime quotas have one counter each. */
export function periodKeyOf(rule: { period: string | null; periodDays: number | null }, periodStart: Date | null): string {
  if (rule.period === 'ROLLING_DAYS') return `ROLLING_${rule.periodDays}D`;
  return periodStart ? periodStart.toISOString() : 'LIFETIME';
}

type CounterKey = Pick<UsageCounter, 'userId' | 'benefitId' | 'periodKey'>;

/**
 * Makes sure the counter row exists, in its own short statement before the write's transaction:
 * creating it inside would make concurrent first writers deadlock on the insert's shared lock.
 */
export async function ensureCounter(db: DataSource, key: CounterKey, now: Date): Promise<void> {
  await db.createQueryBuilder().insert().into(UsageCounter)
    .values({ ...key, held: 0, captured: 0, version: 0, updatedAt: now })
    .orIgnore()
    .execute();
}

/** SELECT … FOR UPDATE: until commit, no other writer can book on this period. */
export async function lockCounter(em: EntityManager, key: CounterKey): Promise<UsageCounter | null> {
  return lockRow(em, UsageCounter, { userId: key.userId, benefitId: key.benefitId, periodKey: key.periodKey });
}

export async function moveCounter(em: EntityManager, c: UsageCounter, delta: { held?: number; captured?: number }, now: Date) {
  await em.update(UsageCounter, { userId: c.userId, benefitId: c.benefitId, periodKey: c.periodKey }, {
    held: c.held + (delta.held ?? 0),
    captured: c.captured + (delta.captured ?? 0),
    version: c.version + 1,
    updatedAt: now,
  });
}

// usage_counters (see entities/usage-counter.entity.ts): every writer of a member's benefit locks
// its TOTAL row first, then reads and writes that member's counters of the benefit. Because every
// writer holds that lock, the day and order rows it writes cannot be changed under it, so it
// writes their new values outright; only the TOTAL row's own creation can race (first use ever),
// and that insert fails on the primary key and the write runs again.
import { EntityManager } from 'typeorm';
import { UsageCounter } from '../../entities';
import { BenefitSpend, Spend } from '../domain/types';
import { isDuplicateKey, StaleDecision } from '../db/failures';
import { lockRow } from '../db/transaction';
import { dayCounterKey, orderCounterKey, TOTAL_KEY } from './member-facts';

/** SELECT … FOR UPDATE of the member's TOTAL row: until commit no other writer touches the benefit's counters. */
export async function lockMemberBenefit(em: EntityManager, userId: string, benefitId: string): Promise<boolean> {
  return (await lockRow(em, UsageCounter, { userId, benefitId, periodKey: TOTAL_KEY })) !== null;
}

/** A change of one use's amounts on its day and order (and so on the total). */
export interface CounterChange {
  day: string;
  orderId: string | null;
  held: number;
  captured: number;
}

/** The counter rows a set of changes touches, with their new values. */
export function countersAfter(userId: string, benefitId: string, spend: BenefitSpend | undefined, changes: CounterChange[], now: Date): UsageCounter[] {
  const rows = new Map<string, UsageCounter>();
  const apply = (periodKey: string, before: Spend | undefined, c: CounterChange) => {
    const row = rows.get(periodKey) ?? { userId, benefitId, periodKey, held: before?.held ?? 0, captured: before?.captured ?? 0, updatedAt: now };
    row.held += c.held;
    row.captured += c.captured;
    rows.set(periodKey, row);
  };
  for (const c of changes) {
    apply(TOTAL_KEY, spend?.total, c);
    apply(dayCounterKey(c.day), spend?.days.get(c.day), c);
    if (c.orderId !== null) apply(orderCounterKey(c.orderId), spend?.orders.get(c.orderId), c);
  }
  return [...rows.values()];
}

/**
 * Writes the rows in one statement. `locked`: the caller holds the TOTAL lock, so rows are
 * upserted with their new values; otherwise this is the member's first use of the benefit and
 * the rows are inserted, failing (and retried) if a racing first use created them.
 */
export async function writeCounters(em: EntityManager, rows: UsageCounter[], locked: boolean): Promise<void> {
  const insert = em.createQueryBuilder().insert().into(UsageCounter).values(rows).updateEntity(false);
  if (locked) {
    await insert.orUpdate(['held', 'captured', 'updated_at'], ['user_id', 'benefit_id', 'period_key']).execute();
    return;
  }
  try {
    await insert.execute();
  } catch (err) {
    if (isDuplicateKey(err)) throw new StaleDecision();
    throw err;
  }
}

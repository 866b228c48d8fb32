// usage_counters (see entities/usage-counter.entity.ts): every writer of a member's benefit locks
// its TOTAL row first, then reads and writes that member's counters of the benefit. Because every
// writer holds that lock, the day and order rows it writes cannot be changed under it, so it
// writes their new values outright; only the TOTAL row's own creation can race (first use ever),
// and that insert fails on the primary key and the write runs again.
import { EntityManager, In } from 'typeorm';
import { UsageCounter } from '../../entities';
import { monthOf } from '../domain/quota';
import { BenefitSpend, Spend } from '../domain/types';
import { isDuplicateKey, StaleDecision } from '../db/failures';
import { preparedRows } from '../db/prepared';
import { Statement, WriteBatch } from '../db/batch';
import { insertStatement } from '../db/insert';
import { dayCounterKey, EXEMPT_PREFIX, monthCounterKey, orderCounterKey, TOTAL_KEY } from './member-facts';

/**
 * SELECT … FOR UPDATE of the member's TOTAL row: until commit no other writer touches the benefit's
 * counters. On SQLite the write queue (db/transaction.ts) already makes the transaction exclusive.
 * A prepared statement that hydrates nothing: it runs on every booking, under the lock's clock.
 */
export async function lockMemberBenefit(em: EntityManager, userId: string, benefitId: string): Promise<boolean> {
  const { sql, params } = lockStatement(em, userId, benefitId);
  return (await preparedRows(em, sql, params)).length > 0;
}

/** The statement of lockMemberBenefit: one row when the TOTAL row exists (and is now locked). */
export function lockStatement(em: EntityManager, userId: string, benefitId: string): Statement {
  const forUpdate = em.connection.options.type === 'better-sqlite3' ? '' : ' FOR UPDATE';
  return { sql: `SELECT 1 AS locked FROM usage_counters WHERE user_id = ? AND benefit_id = ? AND period_key = '${TOTAL_KEY}'${forUpdate}`, params: [userId, benefitId] };
}

/** A change of one use's amounts on its day and order (and so on its month and the total). */
export interface CounterChange {
  day: string;
  orderId: string | null;
  held: number;
  captured: number;
  /** false: an exempt use (its cause did not spend quota), counted on the X-prefixed keys only. */
  spendsQuota?: boolean;
}

/** The counters one use is booked on: an exempt use on its exempt total, day and month (no order cap applies to it). */
export function counterKeys(c: Pick<CounterChange, 'day' | 'orderId' | 'spendsQuota'>): string[] {
  if (c.spendsQuota === false) return [TOTAL_KEY, dayCounterKey(c.day), monthCounterKey(monthOf(c.day))].map((k) => EXEMPT_PREFIX + k);
  return [TOTAL_KEY, dayCounterKey(c.day), monthCounterKey(monthOf(c.day)), ...(c.orderId === null ? [] : [orderCounterKey(c.orderId)])];
}

/**
 * Moves an existing use's amounts on all its counters by the same delta, in one statement that
 * needs no read: the caller holds the TOTAL lock, and the rows exist since the use was booked.
 */
export async function moveCounters(em: EntityManager, userId: string, benefitId: string, c: CounterChange, now: Date): Promise<void> {
  const keys = counterKeys(c);
  const moved = await em.createQueryBuilder().update(UsageCounter)
    .set({ held: () => 'held + :held', captured: () => 'captured + :captured', updatedAt: now })
    .where({ userId, benefitId, periodKey: In(keys) })
    .setParameters({ held: c.held, captured: c.captured })
    .updateEntity(false)
    .execute();
  if (moved.affected !== undefined && moved.affected !== keys.length) {
    throw new Error(`counters ${keys.join(', ')} of ${userId}/${benefitId}: ${moved.affected} of ${keys.length} found`);
  }
}

/** The counter rows a new use touches, with their new values (all of them read under the lock). */
export function countersAfter(userId: string, benefitId: string, spend: BenefitSpend | undefined, changes: CounterChange[], now: Date): UsageCounter[] {
  const rows = new Map<string, UsageCounter>();
  const apply = (periodKey: string, before: Spend | undefined, c: CounterChange) => {
    const row = rows.get(periodKey) ?? { userId, benefitId, periodKey, held: before?.held ?? 0, captured: before?.captured ?? 0, updatedAt: now };
    row.held += c.held;
    row.captured += c.captured;
    rows.set(periodKey, row);
  };
  for (const c of changes) {
    // The TOTAL row is the member's lock on the benefit: an exempt first use creates it too, unchanged.
    apply(TOTAL_KEY, spend?.total, { ...c, held: 0, captured: 0 });
    if (c.spendsQuota === false) {
      const [total, day, month] = counterKeys(c);
      apply(total, spend?.exempt?.total, c);
      apply(day, spend?.exempt?.days.get(c.day), c);
      apply(month, spend?.exempt?.months.get(monthOf(c.day)), c);
      continue;
    }
    const [total, day, month, order] = counterKeys(c);
    apply(total, spend?.total, c);
    apply(day, spend?.days.get(c.day), c);
    apply(month, spend?.months.get(monthOf(c.day)), c);
    if (order) apply(order, spend?.orders.get(c.orderId!), c);
  }
  return [...rows.values()];
}

/**
 * Writes the rows in one statement. `locked`: the caller holds the TOTAL lock, so rows are
 * upserted with their new values, added to `writes` when given (sent with the write's other
 * inserts); otherwise this is the member's first use of the benefit and the rows are inserted now,
 * failing (and retried) if a racing first use created them.
 */
export async function writeCounters(em: EntityManager, rows: UsageCounter[], locked: boolean, writes?: WriteBatch): Promise<void> {
  if (locked) {
    const upsert = insertStatement(em, UsageCounter, rows, { conflict: ['user_id', 'benefit_id', 'period_key'], update: ['held', 'captured', 'updated_at'] });
    if (writes) writes.add(upsert);
    else await em.query(upsert.sql, upsert.params);
    return;
  }
  try {
    const insert = insertStatement(em, UsageCounter, rows);
    await em.query(insert.sql, insert.params);
  } catch (err) {
    if (isDuplicateKey(err)) throw new StaleDecision();
    throw err;
  }
}

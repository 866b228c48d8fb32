// Moves holds past their expiresAt from HELD to EXPIRED and gives their quota back on the
// counters. Reads already stop counting a hold at its expiresAt (withoutExpiredHolds); the sweep
// makes the stored state say so too. Safe with any number of processes: each member's benefit is
// swept under its TOTAL lock, and one that another process holds is skipped (SKIP LOCKED) and
// left for the next round.
import crypto from 'node:crypto';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { UsageEntry, UsageTransition } from '../../entities';
import { withRetry } from '../db/failures';
import { inTransaction } from '../db/transaction';
import { moveCounters } from './counter';
import { TOTAL_KEY } from './member-facts';

export const SWEEP_ACTOR = 'system:hold-sweep';

/** Expires due holds (at most `limit` per round); returns how many it expired. */
export async function sweepExpiredHolds(db: DataSource, now: Date, limit = 500): Promise<number> {
  const due = await db.getRepository(UsageEntry).find({
    select: { userId: true, benefitId: true },
    where: { state: 'HELD', expiresAt: LessThanOrEqual(now) },
    take: limit,
  });
  const members = new Map(due.map((u) => [`${u.userId}\u0000${u.benefitId}`, u]));
  let expired = 0;
  for (const { userId, benefitId } of members.values()) {
    expired += await withRetry(() => inTransaction(db, (em) => expireMemberHolds(em, userId, benefitId, now)));
  }
  return expired;
}

async function lockOrSkip(em: EntityManager, userId: string, benefitId: string): Promise<boolean> {
  const sqlite = em.connection.options.type === 'better-sqlite3';
  const rows: unknown[] = await em.query(
    `SELECT held FROM usage_counters WHERE user_id = ? AND benefit_id = ? AND period_key = ?${sqlite ? '' : ' FOR UPDATE SKIP LOCKED'}`,
    [userId, benefitId, TOTAL_KEY],
  );
  return rows.length > 0;
}

async function expireMemberHolds(em: EntityManager, userId: string, benefitId: string, now: Date): Promise<number> {
  if (!(await lockOrSkip(em, userId, benefitId))) return 0;
  const holds = await em.getRepository(UsageEntry).findBy({ userId, benefitId, state: 'HELD', expiresAt: LessThanOrEqual(now) });
  if (holds.length === 0) return 0;
  await em.createQueryBuilder().update(UsageEntry).set({ state: 'EXPIRED', updatedAt: now })
    .where({ id: In(holds.map((h) => h.id)), state: 'HELD' }).updateEntity(false).execute();
  await em.createQueryBuilder().insert().into(UsageTransition).updateEntity(false).values(holds.map((h) => ({
    id: crypto.randomUUID(), usageId: h.id, fromState: 'HELD', toState: 'EXPIRED', actorId: SWEEP_ACTOR,
    reason: `hold expired at ${h.expiresAt!.toISOString()}`, createdAt: now,
  }))).execute();
  for (const h of holds) await moveCounters(em, userId, benefitId, { day: h.periodKey.slice(2), orderId: h.orderId, held: -h.amount, captured: 0, spendsQuota: h.spendsQuota }, now);
  return holds.length;
}

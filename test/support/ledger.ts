// Writes ledger rows the way the consumption service books them (entry + its day, order and total
// counters), for read-side tests that need usage, e.g. in the past, without the write API.
import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { Benefit, TierBenefitRule, UsageEntry } from '../../entities';
import { dayKey } from '../../src/domain/period';
import { monthOf } from '../../src/domain/quota';
import { countersAfter, writeCounters } from '../../src/services/counter';
import { dayCounterKey, readMemberFacts } from '../../src/services/member-facts';

export async function bookUsage(
  db: DataSource,
  u: { userId: string; benefitCode: string; amount?: number; orderId?: string | null; state?: 'HELD' | 'CAPTURED' | 'RELEASED' | 'REVERSED'; at: Date; expiresAt?: Date | null },
  timeZone = 'Asia/Shanghai',
): Promise<UsageEntry> {
  const benefit = await db.getRepository(Benefit).findOneByOrFail({ code: u.benefitCode });
  const rule = await db.getRepository(TierBenefitRule).findOneByOrFail({ benefitId: benefit.id });
  const day = dayKey(u.at, timeZone);
  const state = u.state ?? 'CAPTURED';
  const amount = u.amount ?? 1;
  const entry = db.getRepository(UsageEntry).create({
    id: crypto.randomUUID(), userId: u.userId, benefitId: benefit.id, ruleId: rule.id, orderId: u.orderId ?? null,
    amount, periodKey: dayCounterKey(day), periodStart: null, periodEnd: null, state,
    expiresAt: u.expiresAt ?? null, actorId: 'fixture', reason: 'test fixture', createdAt: u.at, updatedAt: u.at,
  });
  await db.transaction(async (em) => {
    const facts = (await readMemberFacts(em, { userIds: [u.userId], orderIds: entry.orderId ? [entry.orderId] : [], fromDay: day, fromMonth: monthOf(day) })).members.get(u.userId)!;
    const change = { day, orderId: entry.orderId, held: state === 'HELD' ? amount : 0, captured: state === 'CAPTURED' ? amount : 0 };
    await writeCounters(em, countersAfter(u.userId, benefit.id, facts.spend.get(benefit.id), [change], u.at), facts.booked.has(benefit.id));
    await em.getRepository(UsageEntry).insert(entry);
  });
  return entry;
}

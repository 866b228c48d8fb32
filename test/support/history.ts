// A long past for a member with no usage yet: `count` ledger entries spread evenly over [from, to), written in
// bulk with their counters as the service would have left them (mostly captured, every 7th
// released, every 11th reversed), for tests that show cost does not grow with history.
import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { Benefit, TierBenefitRule, UsageEntry } from '../../entities';
import { dayKey } from '../../src/domain/period';
import { CounterChange, countersAfter, writeCounters } from '../../src/services/counter';
import { dayCounterKey } from '../../src/services/member-facts';

const BATCH = 400;

export async function bookHistory(
  db: DataSource,
  h: { userId: string; benefitCode: string; count: number; from: Date; to: Date; timeZone?: string },
): Promise<void> {
  const timeZone = h.timeZone ?? 'Asia/Shanghai';
  const benefit = await db.getRepository(Benefit).findOneByOrFail({ code: h.benefitCode });
  const rule = await db.getRepository(TierBenefitRule).findOneByOrFail({ benefitId: benefit.id });
  const step = (h.to.getTime() - h.from.getTime()) / h.count;
  const entries: UsageEntry[] = [];
  const changes: CounterChange[] = [];
  for (let i = 0; i < h.count; i++) {
    const at = new Date(h.from.getTime() + Math.floor(i * step));
    const day = dayKey(at, timeZone);
    const state = i % 7 === 3 ? 'RELEASED' : i % 11 === 5 ? 'REVERSED' : 'CAPTURED';
    entries.push({
      id: crypto.randomUUID(), userId: h.userId, benefitId: benefit.id, ruleId: rule.id, orderId: null, amount: 1,
      periodKey: dayCounterKey(day), periodStart: null, periodEnd: null, state, expiresAt: null,
      actorId: 'history', reason: 'generated history', createdAt: at, updatedAt: at,
      cause: 'CUSTOMER_PREFERENCE', spendsQuota: true, funder: 'PLATFORM', merchantShareBp: 0, merchantId: null, cost: 0, costCurrency: null,
    });
    changes.push({ day, orderId: null, held: 0, captured: state === 'CAPTURED' ? 1 : 0 });
  }
  await db.transaction(async (em) => {
    for (let i = 0; i < entries.length; i += BATCH) {
      await em.createQueryBuilder().insert().into(UsageEntry).values(entries.slice(i, i + BATCH)).updateEntity(false).execute();
    }
    const counters = countersAfter(h.userId, benefit.id, undefined, changes, h.to);
    for (let i = 0; i < counters.length; i += BATCH) await writeCounters(em, counters.slice(i, i + BATCH), false);
  });
}

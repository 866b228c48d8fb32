// Writes ledger rows the way the consumption service books them (entry + counter), for read-side
// tests that need usage before the write API exists in a test's scenario.
import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { Benefit, TierBenefitRule, UsageEntry } from '../../entities';

export async function bookUsage(
  db: DataSource,
  u: { userId: string; benefitCode: string; amount?: number; orderId?: string | null; state?: 'HELD' | 'CAPTURED' | 'RELEASED' | 'REVERSED'; at: Date; expiresAt?: Date | null },
): Promise<UsageEntry> {
  const benefit = await db.getRepository(Benefit).findOneByOrFail({ code: u.benefitCode });
  const rule = await db.getRepository(TierBenefitRule).findOneByOrFail({ benefitId: benefit.id });
  const entry = db.getRepository(UsageEntry).create({
    id: crypto.randomUUID(), userId: u.userId, benefitId: benefit.id, ruleId: rule.id, orderId: u.orderId ?? null,
    amount: u.amount ?? 1, periodKey: 'fixture', periodStart: null, periodEnd: null, state: u.state ?? 'CAPTURED',
    expiresAt: u.expiresAt ?? null, actorId: 'fixture', reason: 'test fixture', createdAt: u.at, updatedAt: u.at,
  });
  await db.getRepository(UsageEntry).insert(entry);
  return entry;
}

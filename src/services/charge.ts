// The charge ledger (usage_charges): append-only rows that say who pays what for a use. A capture
// charges the split the use recorded when it was made; a reversal books the negative of all it
// was charged so far; an upheld appeal moves the merchant's part to the platform. Every writer
// holds the member's lock on the benefit (its TOTAL counter), so the sums these rows are computed
// from cannot change under them.
import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { UsageCharge, UsageEntry } from '../../entities';
import { merchantShare } from '../domain/funding';
import { ChargeKind } from '../domain/types';
import { Statement } from '../db/batch';
import { rawInstant as bound } from '../db/instant';


/** The use was really given: the row that charges its recorded split ('XXX': a use made before costs were recorded). */
export function chargeRow(use: UsageEntry, actorId: string, now: Date): UsageCharge {
  const merchantAmount = merchantShare(use.cost, use.merchantShareBp);
  return {
    id: crypto.randomUUID(), usageId: use.id, userId: use.userId, benefitId: use.benefitId, merchantId: use.merchantId,
    kind: 'CHARGE', merchantAmount, platformAmount: use.cost - merchantAmount, currency: use.costCurrency ?? 'XXX', actorId, createdAt: now,
  };
}


/**
 * One row computed from the use's rows so far, in one statement: REVERSAL takes back all of it;
 * APPEAL_UPHELD moves the merchant's net part to the platform. Nothing is written for a use that
 * was never charged (made before charges were recorded).
 */
function compensation(em: EntityManager, usageId: string, kind: ChargeKind, actorId: string, now: Date): Statement {
  const [merchant, platform] = kind === 'REVERSAL'
    ? ['-SUM(merchant_amount)', '-SUM(platform_amount)']
    : ['-SUM(merchant_amount)', 'SUM(merchant_amount)'];
  return {
    sql: `INSERT INTO usage_charges (id, usage_id, user_id, benefit_id, merchant_id, kind, merchant_amount, platform_amount, currency, actor_id, created_at)
     SELECT ?, usage_id, user_id, benefit_id, merchant_id, ?, ${merchant}, ${platform}, currency, ?, ?
     FROM usage_charges WHERE usage_id = ? GROUP BY usage_id, user_id, benefit_id, merchant_id, currency`,
    params: [crypto.randomUUID(), kind, actorId, bound(em, now), usageId],
  };
}

/** The reversal's row, for the write's batch (sent with its idempotency key). */
export const reversalStatement = (em: EntityManager, usageId: string, actorId: string, now: Date) => compensation(em, usageId, 'REVERSAL', actorId, now);
export async function moveMerchantShareToPlatform(em: EntityManager, usageId: string, actorId: string, now: Date): Promise<void> {
  const { sql, params } = compensation(em, usageId, 'APPEAL_UPHELD', actorId, now);
  await em.query(sql, params);
}

/** Net charge of each use, by usage id (absent: never charged). */
export async function netCharges(em: EntityManager, usageIds: readonly string[]): Promise<Map<string, { merchant: number; platform: number; currency: string }>> {
  if (usageIds.length === 0) return new Map();
  const rows: Array<{ usage_id: string; merchant: string | number; platform: string | number; currency: string }> = await em.query(
    `SELECT usage_id, SUM(merchant_amount) AS merchant, SUM(platform_amount) AS platform, MAX(currency) AS currency
     FROM usage_charges WHERE usage_id IN (${usageIds.map(() => '?').join(', ')}) GROUP BY usage_id`,
    [...usageIds],
  );
  return new Map(rows.map((r) => [r.usage_id, { merchant: Number(r.merchant), platform: Number(r.platform), currency: r.currency }]));
}

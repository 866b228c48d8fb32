// One DataLoader set per request: every batchable read goes through here so that resolving
// many users, orders or rules costs a bounded number of statements.
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Benefit, Membership, Order, QuotaGrant, Tier, TierBenefitRule, UsageEntry, UsageTransition } from '../../entities';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r] as const));
  return keys.map((k) => map.get(k) ?? null);
}

function groupedBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

export function createLoaders(db: DataSource) {
  /** The whole catalog of tiers, read once per request (it is small and every decision needs it). */
  let allTiers: Promise<Tier[]> | null = null;
  let allBenefits: Promise<Benefit[]> | null = null;
  let allRules: Promise<TierBenefitRule[]> | null = null;
  return {
    tiers: () => (allTiers ??= db.getRepository(Tier).find({ order: { rank: 'ASC' } })),
    benefits: () => (allBenefits ??= db.getRepository(Benefit).find({ order: { code: 'ASC' } })),
    /** Every rule version of the catalog: resolution needs several tiers' rules at once. */
    rules: () => (allRules ??= db.getRepository(TierBenefitRule).find({ order: { effectiveFrom: 'ASC', id: 'ASC' } })),
    membershipsByUser: new DataLoader<string, Membership[]>(async (userIds) =>
      groupedBy(
        userIds,
        await db.getRepository(Membership).find({ where: { userId: In([...userIds]) }, order: { startsAt: 'ASC', id: 'ASC' } }),
        (m) => m.userId,
      ),
    ),
    /**
     * Ledger entries that can still count (HELD or CAPTURED), all periods: a user's after-sales
     * ledger is small, and LIFETIME and rolling rules need history a fixed window would cut.
     */
    countingUsageByUser: new DataLoader<string, UsageEntry[]>(async (userIds) =>
      groupedBy(
        userIds,
        await db.getRepository(UsageEntry).find({ where: { userId: In([...userIds]), state: In(['HELD', 'CAPTURED']) } }),
        (u) => u.userId,
      ),
    ),
    grantsByUser: new DataLoader<string, QuotaGrant[]>(async (userIds) =>
      groupedBy(userIds, await db.getRepository(QuotaGrant).findBy({ userId: In([...userIds]) }), (g) => g.userId),
    ),
    usageByOrder: new DataLoader<string, UsageEntry[]>(async (orderIds) =>
      groupedBy(
        orderIds,
        await db.getRepository(UsageEntry).find({ where: { orderId: In([...orderIds]) }, order: { createdAt: 'DESC', id: 'DESC' } }),
        (u) => u.orderId!,
      ),
    ),
    transitionsByUsage: new DataLoader<string, UsageTransition[]>(async (usageIds) =>
      groupedBy(
        usageIds,
        await db.getRepository(UsageTransition).find({ where: { usageId: In([...usageIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (t) => t.usageId,
      ),
    ),
    orderById: new DataLoader<string, Order | null>(async (ids) =>
      byKey(ids, await db.getRepository(Order).findBy({ id: In([...ids]) }), (o) => o.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

// One DataLoader set per request: every batchable read goes through here so that resolving
// many users, orders or rules costs a bounded number of statements. The catalog comes from the
// process-wide cache (no statement), read once per request so one request sees one catalog.
import DataLoader from 'dataloader';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { Appeal, Membership, Order, UsageEntry, UsageTransition } from '../../entities';
import { netCharges } from '../services/charge';
import { Catalog, CatalogCache } from '../services/catalog';
import { counterWindow, MemberFacts, MemberFactsQuery, MemberFactsRead } from '../services/member-facts';
import { readMemberFactsTogether } from '../services/member-facts-batch';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r] as const));
  return keys.map((k) => map.get(k) ?? null);
}

function groupedBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

/** A member and (optionally) one of their orders whose counter is wanted too. */
export interface MemberKey {
  userId: string;
  orderId: string | null;
}

export interface LedgerKey {
  userId: string;
  at: Date;
}

export function createLoaders(db: DataSource, cache: CatalogCache, now: Date, timeZone: string) {
  let catalog: Promise<Catalog> | null = null;
  const catalogOnce = () => (catalog ??= cache.get());
  const readFacts = async (q: Pick<MemberFactsQuery, 'userIds' | 'ownersOf' | 'orderIds'>): Promise<MemberFactsRead> => {
    // Sent with other requests' reads on MySQL/MariaDB (member-facts-batch.ts).
    const read = await readMemberFactsTogether(db, { ...q, ...counterWindow(await catalogOnce(), now, timeZone) });
    for (const [id, o] of read.orders) orderById.prime(id, o);
    return read;
  };
  const memberFacts = new DataLoader<MemberKey, MemberFacts & { catalogVersion: number }, string>(
    async (keys) => {
      const read = await readFacts({
        userIds: [...new Set(keys.map((k) => k.userId))],
        orderIds: [...new Set(keys.flatMap((k) => (k.orderId ? [k.orderId] : [])))],
      });
      return keys.map((k) => ({ ...read.members.get(k.userId)!, catalogVersion: read.catalogVersion }));
    },
    { cacheKeyFn: (k) => `${k.userId}\u0000${k.orderId ?? ''}` },
  );
  const orderById = new DataLoader<string, Order | null>(async (ids) =>
    byKey(ids, await db.getRepository(Order).findBy({ id: In([...ids]) }), (o) => o.id),
  );
  return {
    catalog: catalogOnce,
    tiers: async () => (await catalogOnce()).tiers,
    benefits: async () => (await catalogOnce()).benefits,
    rules: async () => (await catalogOnce()).rules,
    /** Members' facts and counters, with the catalog version seen in the same statement. */
    memberFacts,
    /**
     * Orders with their owners' facts and the orders' counters in one statement (`order(id) {
     * entitlements }`): the facts are primed into memberFacts, the orders into orderById.
     */
    orderWithOwnerFacts: new DataLoader<string, Order | null>(async (orderIds) => {
      const read = await readFacts({ userIds: [], ownersOf: orderIds, orderIds: [] });
      for (const o of read.orders.values()) memberFacts.prime({ userId: o.userId, orderId: o.id }, { ...read.members.get(o.userId)!, catalogVersion: read.catalogVersion });
      return orderIds.map((id) => read.orders.get(id) ?? null);
    }),
    /** Members' ledger entries made by `at` with all their moves, for questions about the past. */
    ledgerAsOf: new DataLoader<LedgerKey, Array<{ entry: UsageEntry; moves: UsageTransition[] }>, string>(
      async (keys) => {
        const latest = new Date(Math.max(...keys.map((k) => k.at.getTime())));
        const entries = await db.getRepository(UsageEntry).findBy({ userId: In([...new Set(keys.map((k) => k.userId))]), createdAt: LessThanOrEqual(latest) });
        // Every move, later ones too: an entry's first state is the earliest move's fromState.
        const moves = entries.length ? await db.getRepository(UsageTransition).findBy({ usageId: In(entries.map((e) => e.id)) }) : [];
        const movesOf = new Map<string, UsageTransition[]>();
        for (const m of moves) movesOf.set(m.usageId, [...(movesOf.get(m.usageId) ?? []), m]);
        return keys.map((k) => entries
          .filter((e) => e.userId === k.userId && e.createdAt.getTime() <= k.at.getTime())
          .map((entry) => ({ entry, moves: movesOf.get(entry.id) ?? [] })));
      },
      { cacheKeyFn: (k) => `${k.userId}\u0000${k.at.toISOString()}` },
    ),
    membershipsByUser: new DataLoader<string, Membership[]>(async (userIds) =>
      groupedBy(
        userIds,
        await db.getRepository(Membership).find({ where: { userId: In([...userIds]) }, order: { startsAt: 'ASC', id: 'ASC' } }),
        (m) => m.userId,
      ),
    ),
    /** A use's net charge (absent: never charged). */
    netChargeByUsage: new DataLoader<string, { merchant: number; platform: number; currency: string } | null>(async (ids) => {
      const nets = await netCharges(db.manager, ids);
      return ids.map((id) => nets.get(id) ?? null);
    }),
    appealByUsage: new DataLoader<string, Appeal | null>(async (ids) =>
      byKey(ids, await db.getRepository(Appeal).findBy({ usageId: In([...ids]) }), (a) => a.usageId)),
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
    orderById,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

// The window's members, streamed in chunks for the what-if replay and tier health: each chunk is
// four plain SELECTs (memberships, grants, orders, uses of its members), never a locking read, so
// a simulation over months of orders never holds up a booking. Memory is one chunk's rows.
import { In, LessThan } from 'typeorm';
import { Membership, Order, QuotaGrant, UsageEntry } from '../../entities';
import { RequestContext } from '../context';
import { rawInstant } from '../db/instant';
import type { MemberHistory, ReplayRequest } from '../domain/replay';
import type { OrderFacts } from '../domain/types';
import { grantFacts, orderFacts, usageFacts } from './facts';

export interface HistoryWindow {
  from: Date;
  to: Date;
  /**
   * Benefit ids a returned order (status REFUNDED, placed in the window) asks one unit of when it
   * has no use of them: refused requests are not recorded, so this is how a replay counts the
   * returns the rules in force turned down. The request is made when the order was last updated.
   */
  returnsAsk: readonly string[];
}

export interface MemberChunk {
  members: MemberHistory[];
  /** Orders placed in the window, by member (tier health resolves each at its placement). */
  windowOrders: ReadonlyMap<string, OrderFacts[]>;
}

const CHUNK = 500;

const inWindow = (d: Date, w: HistoryWindow) => d >= w.from && d < w.to;

/** Members with an order placed or a use made in the window, by user id. */
async function windowMembers(ctx: RequestContext, w: HistoryWindow): Promise<string[]> {
  const bind = (d: Date) => rawInstant(ctx.em, d);
  const rows: { user_id: string }[] = await ctx.em.query(
    `SELECT user_id FROM orders WHERE placed_at >= ? AND placed_at < ?
     UNION SELECT user_id FROM usage_entries WHERE state = 'CAPTURED' AND created_at >= ? AND created_at < ?
     ORDER BY user_id`,
    [bind(w.from), bind(w.to), bind(w.from), bind(w.to)],
  );
  return rows.map((r) => r.user_id);
}

export async function* memberChunks(ctx: RequestContext, w: HistoryWindow): AsyncGenerator<MemberChunk> {
  const ids = await windowMembers(ctx, w);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const userIds = ids.slice(i, i + CHUNK);
    const [memberships, grants, orders, uses] = await Promise.all([
      ctx.em.find(Membership, { where: { userId: In(userIds) } }),
      ctx.em.find(QuotaGrant, { where: { userId: In(userIds) } }),
      ctx.em.find(Order, { where: { userId: In(userIds), placedAt: LessThan(w.to) } }),
      // Given uses only: a reversed one gave its quota back, a released or expired hold gave nothing.
      ctx.em.find(UsageEntry, { where: { userId: In(userIds), state: In(['CAPTURED', 'REVERSED']), createdAt: LessThan(w.to) } }),
    ]);
    yield assemble(userIds, w, { memberships, grants, orders, uses });
  }
}

function assemble(
  userIds: string[], w: HistoryWindow,
  rows: { memberships: Membership[]; grants: QuotaGrant[]; orders: Order[]; uses: UsageEntry[] },
): MemberChunk {
  const group = <T extends { userId: string }>(list: T[]) => {
    const by = new Map<string, T[]>();
    for (const x of list) {
      const own = by.get(x.userId);
      if (own) own.push(x);
      else by.set(x.userId, [x]);
    }
    return by;
  };
  const memberships = group(rows.memberships);
  const grants = group(rows.grants);
  const orders = group(rows.orders);
  const uses = group(rows.uses);
  const windowOrders = new Map<string, OrderFacts[]>();
  const members = userIds.map((userId): MemberHistory => {
    const own = orders.get(userId) ?? [];
    const given = (uses.get(userId) ?? []).filter((u) => u.state === 'CAPTURED');
    const placed = own.filter((o) => inWindow(o.placedAt, w)).sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime() || (a.id < b.id ? -1 : 1));
    windowOrders.set(userId, placed.map(orderFacts));
    const used = new Set((uses.get(userId) ?? []).map((u) => `${u.orderId}\u0000${u.benefitId}`));
    const requests: ReplayRequest[] = [
      ...given.filter((u) => inWindow(u.createdAt, w)).map((u) => ({
        id: u.id, recorded: true, benefitId: u.benefitId, orderId: u.orderId, amount: u.amount, cause: u.cause, at: u.createdAt, spendsQuota: u.spendsQuota,
      })),
      ...placed.filter((o) => o.status === 'REFUNDED').flatMap((o) => w.returnsAsk
        .filter((benefitId) => !used.has(`${o.id}\u0000${benefitId}`))
        .map((benefitId) => ({
          id: `return:${o.id}:${benefitId}`, recorded: false, benefitId, orderId: o.id, amount: 1, cause: 'CUSTOMER_PREFERENCE' as const, at: o.updatedAt,
        }))),
    ];
    return {
      userId,
      memberships: (memberships.get(userId) ?? []).map((m) => ({ id: m.id, userId, tierId: m.tierId, startsAt: m.startsAt, endsAt: m.endsAt, source: m.source })),
      grants: (grants.get(userId) ?? []).map(grantFacts),
      orders: new Map(own.map((o) => [o.id, orderFacts(o)])),
      prior: given.filter((u) => u.createdAt < w.from).map(usageFacts),
      requests,
    };
  });
  return { members, windowOrders };
}

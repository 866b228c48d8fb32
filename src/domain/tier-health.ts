// Tier health: per tier, who ordered and used what in a window, and why benefits the tier offers
// did not apply to its members' orders. Each order placed in the window is resolved at its
// placement on the uses recorded before it, with the live resolution (refused writes are not
// recorded, so this is how "members cannot reach it" shows). Pure: the service streams members in.
import { membershipAt } from './membership';
import { givenUse, resolveAt, type MemberHistory, type ReplayCatalog } from './replay';
import { ruleAt, type RuleBook } from './rules';
import type { ReasonCode } from './codes';
import type { OrderFacts, UsageFacts } from './types';

export interface ReasonCount {
  code: ReasonCode;
  orders: number;
  /** The wording of one such answer. */
  example: string;
}

export interface BenefitHealth {
  benefitId: string;
  /** Window orders placed while the tier offered the benefit. */
  ordersOffered: number;
  /** Of them, orders it applied to (AVAILABLE at placement). */
  ordersApplied: number;
  /** Members of the tier with a use of the benefit given in the window. */
  membersUsed: number;
  /** membersUsed / the tier's members. */
  usedShare: number;
  /** Why it did not apply, most frequent first (an answer may give several reasons). */
  topReasons: ReasonCount[];
}

export interface TierHealth {
  tierId: string;
  /** Members who placed an order or used a benefit in the window while holding the tier. */
  members: number;
  orders: number;
  benefits: BenefitHealth[];
}

interface BenefitTally {
  offered: number;
  applied: number;
  used: Set<string>;
  reasons: Map<ReasonCode, ReasonCount>;
}

export class TierHealthTally {
  private tiers = new Map<string, { members: Set<string>; orders: number; benefits: Map<string, BenefitTally> }>();

  constructor(private readonly catalog: ReplayCatalog, private readonly rules: RuleBook, private readonly topReasons = 3) {}

  addMember(member: MemberHistory, windowOrders: readonly OrderFacts[]): void {
    const given: UsageFacts[] = [
      ...member.prior,
      ...member.requests.filter((r) => r.recorded).map((r) => givenUse(member.userId, r, r.spendsQuota ?? true)),
    ];
    const benefits = [...this.catalog.benefitById.values()];
    for (const r of member.requests) {
      if (!r.recorded) continue;
      const tierId = this.tierAt(member, r.at);
      if (tierId) this.benefit(tierId, r.benefitId).used.add(member.userId);
    }
    for (const order of windowOrders) {
      const tierId = this.tierAt(member, order.placedAt);
      if (!tierId) continue;
      this.tier(tierId).orders++;
      const offered = benefits.filter((b) => ruleAt(this.rules, tierId, b.id, order.placedAt));
      if (!offered.length) continue;
      for (const ent of resolveAt(this.catalog, this.rules, member, offered, order, given, order.placedAt)) {
        const t = this.benefit(tierId, ent.benefit.id);
        t.offered++;
        if (ent.status === 'AVAILABLE') {
          t.applied++;
          continue;
        }
        for (const code of new Set(ent.reasons.map((r) => r.code))) {
          const c = t.reasons.get(code) ?? { code, orders: 0, example: ent.reasons.find((r) => r.code === code)!.message };
          c.orders++;
          t.reasons.set(code, c);
        }
      }
    }
  }

  private tierAt(member: MemberHistory, at: Date): string | null {
    const tierId = membershipAt(member.memberships, this.catalog.tiers, member.userId, at)?.tier.id ?? null;
    if (tierId) this.tier(tierId).members.add(member.userId);
    return tierId;
  }

  private tier(tierId: string) {
    let t = this.tiers.get(tierId);
    if (!t) this.tiers.set(tierId, (t = { members: new Set(), orders: 0, benefits: new Map() }));
    return t;
  }

  private benefit(tierId: string, benefitId: string): BenefitTally {
    const benefits = this.tier(tierId).benefits;
    let b = benefits.get(benefitId);
    if (!b) benefits.set(benefitId, (b = { offered: 0, applied: 0, used: new Set(), reasons: new Map() }));
    return b;
  }

  /** Tiers by id, their benefits by id; reasons most frequent first, then by code. */
  result(): TierHealth[] {
    return [...this.tiers.entries()].sort(([a], [b]) => cmp(a, b)).map(([tierId, t]) => ({
      tierId,
      members: t.members.size,
      orders: t.orders,
      benefits: [...t.benefits.entries()].sort(([a], [b]) => cmp(a, b)).map(([benefitId, b]) => ({
        benefitId,
        ordersOffered: b.offered,
        ordersApplied: b.applied,
        membersUsed: b.used.size,
        usedShare: t.members.size ? b.used.size / t.members.size : 0,
        topReasons: [...b.reasons.values()].sort((x, y) => y.orders - x.orders || cmp(x.code, y.code)).slice(0, this.topReasons),
      })),
    }));
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Which tier a user holds at an instant.
import type { MembershipFacts, TierFacts } from './types';

export interface MembershipDecision {
  tier: TierFacts;
  /** The covering membership that decided; null when the default tier applies. */
  membership: MembershipFacts | null;
}

export function covers(m: MembershipFacts, at: Date): boolean {
  return m.startsAt.getTime() <= at.getTime() && (m.endsAt === null || at.getTime() < m.endsAt.getTime());
}

/**
 * Highest-ranked tier among the user's memberships covering `at` ([startsAt, endsAt)), else the
 * lowest-ranked default tier, else null. Memberships of unknown tiers are ignored. Ties are
 * broken so the answer never depends on input order: among memberships of the winning tier the
 * earliest-started one decides (its anniversary anchors MEMBERSHIP_YEAR), then the smallest id.
 */
export function membershipAt(
  memberships: readonly MembershipFacts[],
  tiers: readonly TierFacts[],
  userId: string,
  at: Date,
): MembershipDecision | null {
  const tierById = new Map(tiers.map((t) => [t.id, t]));
  let best: MembershipDecision | null = null;
  for (const m of memberships) {
    const tier = tierById.get(m.tierId);
    if (m.userId !== userId || !tier || !covers(m, at)) continue;
    if (!best || better(tier, m, best.tier, best.membership!)) best = { tier, membership: m };
  }
  if (best) return best;

  let base: TierFacts | null = null;
  for (const t of tiers) {
    if (t.isDefault && (!base || t.rank < base.rank || (t.rank === base.rank && t.id < base.id))) base = t;
  }
  return base ? { tier: base, membership: null } : null;
}

function better(t: TierFacts, m: MembershipFacts, bt: TierFacts, bm: MembershipFacts): boolean {
  if (t.rank !== bt.rank) return t.rank > bt.rank;
  if (t.id !== bt.id) return t.id < bt.id;
  if (m.startsAt.getTime() !== bm.startsAt.getTime()) return m.startsAt.getTime() < bm.startsAt.getTime();
  return m.id < bm.id;
}

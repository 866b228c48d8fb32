// Whether a use of `amount` may be booked on an entitlement as resolved now. The write path and
// the what-if replay (./replay.ts) decide with this one function, so a simulation refuses exactly
// what a consume would have refused.
import { reasons } from './reasons';
import type { BenefitFacts, Entitlement, Reason } from './types';

const QUOTA_REASONS = new Set(['QUOTA_EXHAUSTED', 'ORDER_LIMIT_REACHED']);

export type UseRefusal = Reason & {
  /** 'amount' when the asked amount is what is short (the rest is about the member or the order). */
  field: 'amount' | null;
};

/**
 * Why the use cannot be booked, in the entitlement's own reason codes and words; [] when it can.
 * A use that does not spend quota (its cause is not one the rule counts) needs only the member to
 * be eligible: no quota or order cap stops it.
 */
export function useRefusal(
  ent: Pick<Entitlement, 'status' | 'reasons' | 'remaining' | 'orderRemaining'>,
  benefit: BenefitFacts,
  amount: number,
  spends: boolean,
): UseRefusal[] {
  const all = (rs: Reason[]) => rs.map((r) => ({ ...r, field: null }));
  if (!spends) {
    if (ent.status === 'AVAILABLE' || ent.status === 'EXHAUSTED') return [];
    return all(ent.reasons.filter((r) => !QUOTA_REASONS.has(r.code)));
  }
  if (ent.status !== 'AVAILABLE') return all(ent.reasons);
  const short =
    ent.remaining !== null && amount > ent.remaining ? reasons.notEnoughLeft(benefit, ent.remaining, amount)
      : ent.orderRemaining !== null && amount > ent.orderRemaining ? reasons.notEnoughLeftOnOrder(benefit, ent.orderRemaining, amount)
        : null;
  return short ? [{ ...short, field: 'amount' }] : [];
}

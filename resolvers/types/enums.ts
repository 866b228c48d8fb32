import { registerEnumType } from 'type-graphql';

const values = <T extends string>(...names: T[]) => Object.fromEntries(names.map((n) => [n, n])) as { [K in T]: K };

export const BenefitKind = values('ACCESS', 'COUNT', 'AMOUNT');
export const FundedBy = values('PLATFORM', 'MERCHANT');
export const PeriodKind = values('CALENDAR_MONTH', 'CALENDAR_QUARTER', 'CALENDAR_YEAR', 'MEMBERSHIP_YEAR', 'ROLLING_DAYS', 'LIFETIME');
export const TierBasis = values('ORDER_TIME', 'CURRENT', 'BEST_OF');
export const MembershipSource = values('PURCHASE', 'QUALIFIED', 'MANUAL', 'PROMOTION');
export const EntitlementStatus = values('AVAILABLE', 'EXHAUSTED', 'NOT_ELIGIBLE', 'NOT_IN_TIER');
export const UsageState = values('HELD', 'CAPTURED', 'RELEASED', 'REVERSED', 'EXPIRED');

registerEnumType(BenefitKind, { name: 'BenefitKind', description: 'ACCESS: an on/off right; COUNT: uses per period; AMOUNT: a money budget per period.' });
registerEnumType(FundedBy, { name: 'FundedBy', description: 'Who pays for the benefit, for cost reports.' });
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'How a quota resets, in whole local days of the business time zone: calendar month/quarter/year; MEMBERSHIP_YEAR from local midnight of the membership anniversary date; ROLLING_DAYS: the last periodDays local days, today included (a use frees up at the local midnight periodDays days after the day it was made); LIFETIME never resets.',
});
registerEnumType(TierBasis, { name: 'TierBasis', description: "Which membership decides: at the order's placement, now, or the better of the two." });
registerEnumType(MembershipSource, { name: 'MembershipSource' });
registerEnumType(EntitlementStatus, {
  name: 'EntitlementStatus',
  description: 'AVAILABLE: can be used now; EXHAUSTED: quota or per-order cap used up; NOT_ELIGIBLE: this order fails a condition; NOT_IN_TIER: the deciding tier does not include it.',
});
registerEnumType(UsageState, {
  name: 'UsageState',
  description: 'HELD (reserved while a case is open) → CAPTURED, RELEASED, or EXPIRED (its expiresAt passed uncaptured; it stops counting at that instant); CAPTURED → REVERSED.',
});

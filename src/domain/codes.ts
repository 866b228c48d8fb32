// Every code a client switches on, listed once. The GraphQL enums ReasonCode and UserErrorCode
// (resolvers/types/enums.ts) are built from these arrays and must describe every value; a code
// that is not listed here cannot reach a client (GraphQL refuses to serialise it), and a code
// listed here is produced somewhere (test/unit/codes.test.ts checks both against the sources).

/** Why an entitlement is not AVAILABLE (Reason.code); see ./reasons.ts for the words. */
export const REASON_CODES = [
  'NO_MEMBERSHIP',
  'TIER_LACKS_BENEFIT',
  'RULE_NOT_EFFECTIVE',
  'ORDER_BELOW_MINIMUM',
  'CATEGORY_EXCLUDED',
  'CATEGORY_NOT_INCLUDED',
  'MERCHANT_EXCLUDED',
  'CLAIM_WINDOW_CLOSED',
  'QUOTA_EXHAUSTED',
  'ORDER_LIMIT_REACHED',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Why a write was refused, besides the reason codes a refused use repeats. */
export const REFUSAL_CODES = [
  // catalog
  'CODE_TAKEN',
  'RANK_TAKEN',
  'TIER_ARCHIVED',
  'TIER_IS_DEFAULT',
  'BENEFIT_ARCHIVED',
  'CURRENCY_REQUIRED',
  'CURRENCY_FIXED',
  'RULE_SHAPE',
  'RULE_IN_PAST',
  'RULE_OVERLAP',
  'RULE_NOT_FOUND',
  'FUNDING_SHAPE',
  // memberships and orders
  'ALREADY_ENDED',
  'ORDER_OWNER_CHANGED',
  // usage and grants
  'INVALID_STATE',
  'HOLD_EXPIRED',
  'NOT_A_QUOTA',
  'EXPIRY_REQUIRED',
  'AMOUNT_TOO_LARGE',
  // merchants' appeals
  'NOT_CHARGED',
  'APPEAL_WINDOW_CLOSED',
  'APPEAL_EXISTS',
  'APPEAL_DECIDED',
  // any write
  'INVALID_RANGE',
  'IDEMPOTENCY_KEY_REUSED',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * UserError.code: a refused use gives the reasons its entitlement is not available (or
 * QUOTA_EXHAUSTED / ORDER_LIMIT_REACHED when less is left than it asks for); other writes give a
 * refusal code.
 */
export const USER_ERROR_CODES = [...REASON_CODES, ...REFUSAL_CODES] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

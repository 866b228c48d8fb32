// The GraphQL enums. Their values are the domain's lists (src/domain/types.ts, src/domain/codes.ts);
// here each gets a GraphQL name and a description per value. `Described<T>` is a record over the
// domain union, so a value added in the domain does not compile until it is described here.
import { registerEnumType } from 'type-graphql';
import { REASON_CODES, ReasonCode, USER_ERROR_CODES, UserErrorCode } from '../../src/domain/codes';
import { REPORT_DIMENSIONS, ReportDimension } from '../../src/domain/report';
import {
  APPEAL_DECISIONS, APPEAL_STATES, AppealDecision, AppealState, BENEFIT_KINDS, BenefitKind, ENTITLEMENT_STATUSES, EntitlementStatus,
  FUNDED_BY, FundedBy, Funder, FUNDERS, MEMBERSHIP_SOURCES, MembershipSource, ORDER_STATUSES, OrderStatus, PERIOD_KINDS, PeriodKind,
  TIER_BASES, TierBasis, USAGE_CAUSES, USAGE_STATES, UsageCause, UsageState,
} from '../../src/domain/types';

type Described<T extends string> = { [K in T]: string };

/** Registers a domain list as a GraphQL enum; returns the enum object to name in `@Field(() => …)`. */
function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string, valueDescriptions: Described<T>) {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: valueDescriptions[v] }])) as { [K in T]: { description: string } },
  });
  return enumObject;
}

export const BenefitKindEnum = graphqlEnum<BenefitKind>(BENEFIT_KINDS, 'BenefitKind', 'What a benefit gives: a right, a number of uses, or a money budget.', {
  ACCESS: 'An on/off right (a support channel, priority handling); no quota.',
  COUNT: 'A number of uses per period; `unit` names one use.',
  AMOUNT: 'A money budget per period, in minor units of the currency named by `unit`.',
});

export const FundedByEnum = graphqlEnum<FundedBy>(FUNDED_BY, 'FundedBy', 'Who pays for the benefit, for cost reports.', {
  PLATFORM: 'The platform pays.',
  MERCHANT: 'The merchant of the order pays.',
});

export const FunderEnum = graphqlEnum<Funder>(FUNDERS, 'Funder', "Who pays for a rule version's uses.", {
  PLATFORM: 'The platform pays all.',
  MERCHANT: "The order's merchant pays all.",
  SPLIT: "The order's merchant pays merchantShareBp basis points of the cost, the platform the rest.",
});

export const UsageCauseEnum = graphqlEnum<UsageCause>(USAGE_CAUSES, 'UsageCause', "Why a benefit was used. The rule version's quotaCauses say which causes spend the member's quota; SELLER_FAULT charges the order's merchant and LOGISTICS the platform, whatever the rule's funder.", {
  CUSTOMER_PREFERENCE: 'The customer changed their mind.',
  SELLER_FAULT: 'Wrong, defective or not as described: the merchant is at fault (needs the order).',
  LOGISTICS: 'Damaged or lost in transit.',
  QUALITY_ISSUE: 'A quality problem not clearly the seller’s fault.',
  STATUTORY: 'A right the law grants anyway, such as a no-reason return within 7 days of receipt.',
});

export const AppealStateEnum = graphqlEnum<AppealState>(APPEAL_STATES, 'AppealState', "Where a merchant's appeal is.", {
  OPEN: 'Filed, awaiting an ops decision.',
  UPHELD: "Ops agreed: the merchant's part of the charge moved to the platform.",
  REJECTED: 'Ops disagreed: the charge stands. A use takes one appeal.',
});

export const AppealFilterEnum = graphqlEnum<AppealState | 'NONE'>(['NONE', ...APPEAL_STATES], 'AppealFilter', 'Charged uses by where their appeal is.', {
  NONE: 'Not appealed.',
  OPEN: 'Appealed, awaiting a decision.',
  UPHELD: 'Appealed and upheld.',
  REJECTED: 'Appealed and rejected.',
});

export const AppealDecisionEnum = graphqlEnum<AppealDecision>(APPEAL_DECISIONS, 'AppealDecision', 'What ops decide on an open appeal.', {
  UPHELD: "The merchant is right: its part of the charge moves to the platform (a compensating ledger row; the member's quota is untouched).",
  REJECTED: 'The charge stands.',
});

export const UsageReportDimensionEnum = graphqlEnum<ReportDimension>(REPORT_DIMENSIONS, 'UsageReportDimension', 'What usageReport groups uses by; rows are sorted by the dimensions in the order given.', {
  TIER: "The tier whose rule allowed the use (the rule's tier), by code.",
  BENEFIT: 'The benefit used, by code.',
  MERCHANT: "The order's merchant (null: a use without an order).",
  FUNDER: 'Who pays for the use, as decided when it was made.',
  CAUSE: 'Why the benefit was used.',
  DAY: 'The local day (business time zone) the use was first made, YYYY-MM-DD.',
  WEEK: 'The ISO week of that local day, YYYY-Www (2026-W48).',
  MONTH: 'The local month of that day, YYYY-MM.',
});

export const OrderStatusEnum = graphqlEnum<OrderStatus>(ORDER_STATUSES, 'OrderStatus', "Where an order is in its life, as the order system last recorded it. Rules decide on placedAt and deliveredAt; the status is kept for clients and reports.", {
  PLACED: 'Placed, not yet paid.',
  PAID: 'Paid, not yet shipped.',
  SHIPPED: 'Handed to the carrier.',
  DELIVERED: 'Delivered to the customer (deliveredAt is set).',
  COMPLETED: 'Closed normally after delivery.',
  CANCELLED: 'Cancelled before delivery.',
  REFUNDED: 'Refunded in full (returned or cancelled after payment).',
});

export const PeriodKindEnum = graphqlEnum<PeriodKind>(
  PERIOD_KINDS,
  'PeriodKind',
  'How a quota resets, in whole local days of the business time zone.',
  {
    CALENDAR_MONTH: 'The local calendar month.',
    CALENDAR_QUARTER: 'The local calendar quarter.',
    CALENDAR_YEAR: 'The local calendar year.',
    MEMBERSHIP_YEAR: 'A year from local midnight of the membership anniversary date.',
    ROLLING_DAYS:
      'The last periodDays local days, today included: a use frees up at the local midnight periodDays days after the day it was made.',
    LIFETIME: 'Never resets.',
  },
);

export const TierBasisEnum = graphqlEnum<TierBasis>(TIER_BASES, 'TierBasis', 'Which membership decides an order-related entitlement.', {
  ORDER_TIME: 'The tier held when the order was placed.',
  CURRENT: 'The tier held at the instant decided at (default now).',
  BEST_OF: 'The better-ranked of the two.',
});

export const MembershipSourceEnum = graphqlEnum<MembershipSource>(MEMBERSHIP_SOURCES, 'MembershipSource', 'How a membership came about.', {
  PURCHASE: 'The customer bought it.',
  QUALIFIED: 'The customer earned it (spending or activity thresholds).',
  MANUAL: 'An operator assigned it by hand.',
  PROMOTION: 'A campaign gave it.',
});

export const EntitlementStatusEnum = graphqlEnum<EntitlementStatus>(
  ENTITLEMENT_STATUSES,
  'EntitlementStatus',
  'Whether a benefit can be used now; `reasons` says why not.',
  {
    AVAILABLE: 'Can be used now.',
    EXHAUSTED: 'The quota or the per-order cap is used up.',
    NOT_ELIGIBLE: 'This order fails a condition of the rule.',
    NOT_IN_TIER: 'The deciding tier does not include the benefit (or no rule is in force).',
  },
);

export const UsageStateEnum = graphqlEnum<UsageState>(
  USAGE_STATES,
  'UsageState',
  'Where a use is in its life: HELD → CAPTURED, RELEASED or EXPIRED; CAPTURED → REVERSED.',
  {
    HELD: 'Reserved while a case is open; counts until captured, released or past its expiresAt.',
    CAPTURED: 'The benefit was given; counts against the period of the day it was first made.',
    RELEASED: 'The hold was given back without using the benefit; does not count.',
    REVERSED: "A captured use was undone; its quota came back to the use's own period.",
    EXPIRED: 'A hold neither captured nor released by its expiresAt; it stopped counting at that instant.',
  },
);

const reasonDescriptions: Described<ReasonCode> = {
  NO_MEMBERSHIP: 'No tier decides: the user held no membership then (and no tier is the default).',
  TIER_LACKS_BENEFIT: 'The deciding tier does not include the benefit; the message names a tier that does, if any.',
  RULE_NOT_EFFECTIVE: "The tier's rule for the benefit is not in force at the instant: it starts later or has ended.",
  ORDER_BELOW_MINIMUM: "The order total is below the rule's minOrderAmount.",
  CATEGORY_EXCLUDED: "The order's category is one the rule excludes.",
  CATEGORY_NOT_INCLUDED: "The rule covers only some categories, and the order's is not among them.",
  MERCHANT_EXCLUDED: "The order's merchant is one the rule excludes.",
  CLAIM_WINDOW_CLOSED: "The rule's claim window after delivery (else placement) has passed.",
  QUOTA_EXHAUSTED: "The period's allowance (limit plus grants) is used or held; as a userError, less is left than the use asks for.",
  ORDER_LIMIT_REACHED: "The rule's per-order cap is used or held on this order; as a userError, less is left on it than the use asks for.",
};

export const ReasonCodeEnum = graphqlEnum<ReasonCode>(
  REASON_CODES,
  'ReasonCode',
  'Why an entitlement is what it is. Clients may switch on it; the message says it in words.',
  reasonDescriptions,
);

export const UserErrorCodeEnum = graphqlEnum<UserErrorCode>(
  USER_ERROR_CODES,
  'UserErrorCode',
  'Why a write was refused (nothing was written). A refused use repeats the ReasonCodes of its entitlement.',
  {
    ...reasonDescriptions,
    CODE_TAKEN: 'A tier or benefit with this code already exists.',
    RANK_TAKEN: 'Another tier holds this rank; ranks are unique.',
    TIER_ARCHIVED: 'The tier is archived: it takes no new rules or memberships, cannot become the default, and is archived only once.',
    TIER_IS_DEFAULT: 'The default tier cannot be archived; make another tier the default first.',
    BENEFIT_ARCHIVED: 'The benefit is archived: it takes no new rules or uses.',
    CURRENCY_REQUIRED: 'An AMOUNT benefit needs its ISO 4217 currency as unit.',
    CURRENCY_FIXED: "An AMOUNT benefit's currency never changes; define a new benefit instead.",
    RULE_SHAPE: "The rule does not fit the benefit's kind: ACCESS takes config; COUNT and AMOUNT need limit and period; periodDays goes with ROLLING_DAYS only.",
    RULE_IN_PAST: 'Rules change from now on: an effectiveFrom or effectiveTo in the past would rewrite history.',
    RULE_OVERLAP: 'A later version of the same tier and benefit is already scheduled inside the new version; end the new one before it.',
    RULE_NOT_FOUND: 'The tier grants the benefit by no version in force at or after effectiveTo.',
    FUNDING_SHAPE: "The rule's economics do not fit: SPLIT needs merchantShareBp (1-9999) and the other funders take none; an AMOUNT benefit costs its amount (no unitCost); quotaCauses needs at least one cause.",
    ALREADY_ENDED: 'The membership already ends at or before the asked endsAt.',
    ORDER_OWNER_CHANGED: 'An order never changes owner: it was recorded for another user.',
    INVALID_STATE: 'The use is not in the state the move starts from: capture and release need HELD, reverse needs CAPTURED.',
    HOLD_EXPIRED: 'The hold passed its expiresAt and no longer counts; place a new hold.',
    NOT_A_QUOTA: 'The benefit is an ACCESS right; only COUNT and AMOUNT benefits take extra quota.',
    EXPIRY_REQUIRED: 'The benefit does not reset for this user, so the grant needs an expiresAt.',
    AMOUNT_TOO_LARGE:
      "A figure would pass 2^53−1 (9007199254740991), the largest exact integer: a limit above 2^52−1, one user's grants of one benefit totalling more than 2^52 (expired ones included), or one user's uses of one benefit counting more than 2^53−1 in all (held plus captured, every period).",
    NOT_CHARGED: 'The use charges this merchant nothing (the platform pays it, or it is not captured or was reversed): there is nothing to appeal.',
    APPEAL_WINDOW_CLOSED: "The rule's appeal window (appealWindowDays after the use, default 14) has passed.",
    APPEAL_EXISTS: 'The use already has an appeal; a use takes one.',
    APPEAL_DECIDED: 'The appeal was already decided; a decision is final.',
    INVALID_RANGE: 'An interval ends before it starts, or an expiry is not in the future.',
    IDEMPOTENCY_KEY_REUSED: 'The idempotencyKey was already used for a different request; use a new key.',
  },
);

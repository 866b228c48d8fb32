import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { ReasonCode } from '../../src/domain/codes';
import { EntitlementStatus } from '../../src/domain/types';
import { BenefitType, RuleType, TierType } from './catalog.types';
import { EntitlementStatusEnum, ReasonCodeEnum } from './enums';

/** What `entitlements(at:)` reproduces; shared by User.entitlements and Order.entitlements. */
export const AT_DESCRIPTION =
  'The instant to decide at (default now). A past instant reproduces what was true then: the ledger is replayed, so a use released, ' +
  'reversed or expired later still counts at an instant when it was held or captured, under the rules, memberships and grants in force ' +
  'then. A future instant previews scheduled rules against the usage booked so far. The catalog a process answers from is at most 1 s ' +
  'older than the last configuration change (member reads and writes see it at once).';

export const BENEFIT_CODES_DESCRIPTION =
  'Only these benefits, in this order (default: every benefit of the catalog, by code), e.g. the few an order page shows. An unknown code is BAD_USER_INPUT.';

@ObjectType('Reason', { description: 'Why an entitlement is what it is, in words a CS agent can read to a customer.' })
export class ReasonType {
  @Field(() => ReasonCodeEnum, { description: 'Stable machine code to switch on.' }) code: ReasonCode;
  @Field({ description: 'The reason in words, with the figures and dates (business time zone) that matter.' }) message: string;
}

@ObjectType('Entitlement', { description: 'What one benefit gives a user (and an order) at an instant, why, and how much is left.' })
export class EntitlementType {
  @Field(() => BenefitType, { description: 'The benefit this is about.' }) benefit: BenefitType;
  @Field(() => EntitlementStatusEnum, { description: 'Whether it can be used now.' }) status: EntitlementStatus;
  @Field(() => TierType, { nullable: true, description: 'The tier that decided.' }) tier: TierType | null;
  @Field(() => RuleType, { nullable: true, description: 'The rule version that decided.' }) rule: RuleType | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: "The rule's limit for the period (COUNT uses or AMOUNT minor units); null for ACCESS or unlimited." })
  limit: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Live goodwill grants on top of the limit.' }) granted: number;
  @Field(() => GraphQLSafeInt, { description: 'Captured this period (uses count against the local day they were first made on, so against that day\'s period).' }) used: number;
  @Field(() => GraphQLSafeInt, { description: 'Held now: reserved this period, not captured or released, and not past its expiresAt (a hold stops counting at that instant).' }) held: number;
  @Field(() => GraphQLSafeInt, { description: "Captured this period by uses whose cause does not spend quota under the rule (a seller's fault, say): recorded and charged, not counted in used or remaining." }) exemptUsed: number;
  @Field(() => GraphQLSafeInt, { description: 'Held now by such uses; not counted in held or remaining.' }) exemptHeld: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'max(0, limit + granted − used − held); null when unlimited or ACCESS.' })
  remaining: number | null;
  @Field(() => Date, { nullable: true, description: 'Start of the current period; null for ACCESS and LIFETIME.' }) periodStart: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the quota next resets (exact, business time zone). ROLLING_DAYS: the local midnight at which the oldest counted use leaves the window; null when nothing is counted.' }) resetsAt: Date | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'What the per-order cap still allows on this order.' }) orderRemaining: number | null;
  @Field(() => Date, { nullable: true, description: 'Last instant a claim on this order is accepted (exclusive).' }) claimDeadline: Date | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'ACCESS parameters of the deciding rule.' }) config: Record<string, unknown> | null;
  @Field(() => [ReasonType], { description: 'Every reason that applies, not only the first.' }) reasons: ReasonType[];
}

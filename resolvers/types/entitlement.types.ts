import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { BenefitType, RuleType, TierType } from './catalog.types';
import { EntitlementStatus } from './enums';

@ObjectType('Reason', { description: 'Why an entitlement is what it is, in words a CS agent can read to a customer.' })
export class ReasonType {
  @Field({ description: 'NO_MEMBERSHIP, TIER_LACKS_BENEFIT, RULE_NOT_EFFECTIVE, ORDER_BELOW_MINIMUM, CATEGORY_EXCLUDED, CATEGORY_NOT_INCLUDED, MERCHANT_EXCLUDED, CLAIM_WINDOW_CLOSED, QUOTA_EXHAUSTED, ORDER_LIMIT_REACHED.' })
  code: string;
  @Field() message: string;
}

@ObjectType('Entitlement', { description: 'What one benefit gives a user (and an order) at an instant, why, and how much is left.' })
export class EntitlementType {
  @Field(() => BenefitType) benefit: BenefitType;
  @Field(() => EntitlementStatus) status: keyof typeof EntitlementStatus;
  @Field(() => TierType, { nullable: true, description: 'The tier that decided.' }) tier: TierType | null;
  @Field(() => RuleType, { nullable: true, description: 'The rule version that decided.' }) rule: RuleType | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: "The rule's limit for the period (COUNT uses or AMOUNT minor units); null for ACCESS or unlimited." })
  limit: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Live goodwill grants on top of the limit.' }) granted: number;
  @Field(() => GraphQLSafeInt, { description: 'Captured this period.' }) used: number;
  @Field(() => GraphQLSafeInt, { description: 'Held (reserved, not yet captured or expired) this period.' }) held: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'max(0, limit + granted − used − held); null when unlimited or ACCESS.' })
  remaining: number | null;
  @Field(() => Date, { nullable: true }) periodStart: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the quota next resets (exact, business time zone).' }) resetsAt: Date | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'What the per-order cap still allows on this order.' }) orderRemaining: number | null;
  @Field(() => Date, { nullable: true, description: 'Last instant a claim on this order is accepted (exclusive).' }) claimDeadline: Date | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'ACCESS parameters of the deciding rule.' }) config: Record<string, unknown> | null;
  @Field(() => [ReasonType], { description: 'Every reason that applies, not only the first.' }) reasons: ReasonType[];
}

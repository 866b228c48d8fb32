import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Funder, UsageCause, UsageState } from '../../src/domain/types';
import { itsOwner, ReadableBy, staffOnly } from '../access';
import { Connection } from './connection';
import { FunderEnum, UsageCauseEnum, UsageStateEnum } from './enums';
import { EntitlementType } from './entitlement.types';
import { UserError } from './user-error';

@ObjectType('UsageTransition', { description: 'One state change of a use: who, when and why.' })
export class UsageTransitionType {
  @Field(() => UsageStateEnum, { nullable: true, description: 'The state before; null on the first, which made the use.' }) fromState: UsageState | null;
  @Field(() => UsageStateEnum, { description: 'The state after.' }) toState: UsageState;
  @Field({ description: 'Who made the change (the sweep for an expired hold).' }) actorId: string;
  @Field({ description: 'Why, as given with the request.' }) reason: string;
  @Field(() => Date, { description: 'When the change was committed.' }) createdAt: Date;
}

@ObjectType('Usage', { description: 'One use of a benefit in the append-only ledger. Readable by its user and by staff.' })
@ReadableBy(itsOwner)
export class UsageType {
  @Field(() => ID, { description: 'Stable id, for captureUsage, releaseUsage and reverseUsage.' }) id: string;
  @Field(() => ID, { description: 'Whose use it is.' }) userId: string;
  @Field(() => String, { nullable: true, description: 'The order it was made on, if any.' }) orderId: string | null;
  @Field(() => GraphQLSafeInt, { description: 'COUNT: uses; AMOUNT: minor units of the benefit currency.' }) amount: number;
  @Field(() => UsageStateEnum, { description: 'Where the use is in its life.' }) state: UsageState;
  @Field(() => Date, { nullable: true, description: 'Start of the period this use counts against (when it was first made).' }) periodStart: Date | null;
  @Field(() => Date, { nullable: true, description: 'End of that period (exclusive); null when it does not reset.' }) periodEnd: Date | null;
  @Field(() => Date, { nullable: true, description: 'Holds only: after this instant an uncaptured hold no longer counts.' }) expiresAt: Date | null;
  @Field({ description: 'Who made the use.' }) actorId: string;
  @Field({ description: 'Why, as given with the request.' }) reason: string;
  @Field(() => Date, { description: 'When the use was first made (the hold, or the consumption).' }) createdAt: Date;
  @Field(() => Date, { description: 'When its state last changed.' }) updatedAt: Date;
  @Field(() => UsageCauseEnum, { description: 'Why the benefit was used.' }) cause: UsageCause;
  @Field({ description: "Whether it spent the member's quota (its cause is one the rule counts); else it shows as exemptUsed/exemptHeld." }) spendsQuota: boolean;
  @ReadableBy(staffOnly)
  @Field(() => FunderEnum, { description: 'Who pays, as decided when the use was made (the cause can override the rule). Staff only.' }) funder: Funder;
  @ReadableBy(staffOnly)
  @Field(() => Int, { description: "The charged merchant's share of the cost in basis points (0-10000). Staff only." }) merchantShareBp: number;
  @ReadableBy(staffOnly)
  @Field(() => String, { nullable: true, description: "The merchant charged its share: the order's; null without an order. Staff only." }) merchantId: string | null;
  @ReadableBy(staffOnly)
  @Field(() => GraphQLSafeInt, { description: 'What the use costs, in minor units of costCurrency (0: unknown, as for uses made before costs were recorded). Charged on capture. Staff only.' }) cost: number;
  @ReadableBy(staffOnly)
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of cost. Staff only.' }) costCurrency: string | null;
  benefitId: string;
  ruleId: string;
}

export const UsageConnection = Connection(UsageType, 'Usage', 'uses');

@ObjectType('Grant', { description: 'Extra quota for one user and benefit, live over [startsAt, expiresAt).' })
@ReadableBy(itsOwner)
export class GrantType {
  @Field(() => ID, { description: 'Stable id.' }) id: string;
  @Field(() => ID, { description: 'Who receives the quota.' }) userId: string;
  @Field(() => GraphQLSafeInt, { description: 'COUNT: extra uses; AMOUNT: extra minor units.' }) amount: number;
  @Field(() => Date, { description: 'First instant the grant counts.' }) startsAt: Date;
  @Field(() => Date, { nullable: true, description: 'First instant it no longer counts; null when it never expires.' }) expiresAt: Date | null;
  @Field({ description: 'Why it was granted.' }) reason: string;
  @Field({ description: 'Who granted it.' }) actorId: string;
  @Field(() => Date, { description: 'When it was granted.' }) createdAt: Date;
  benefitId: string;
}

@ObjectType({ description: 'The result of a use or a move of one: the use and the entitlement after it, or why nothing was written.' })
export class UsagePayload {
  @Field(() => UsageType, { nullable: true, description: 'The use as written; null when refused.' }) usage: UsageType | null;
  @Field(() => EntitlementType, { nullable: true, description: 'The entitlement after the change.' }) entitlement: EntitlementType | null;
  @Field(() => [UserError], { description: 'Why the write was refused; empty when it was made.' }) userErrors: UserError[];
}

@ObjectType({ description: 'The result of grantQuota: the grant and the entitlement after it, or why nothing was written.' })
export class GrantPayload {
  @Field(() => GrantType, { nullable: true, description: 'The grant as written; null when refused.' }) grant: GrantType | null;
  @Field(() => EntitlementType, { nullable: true, description: 'The entitlement after the grant.' }) entitlement: EntitlementType | null;
  @Field(() => [UserError], { description: 'Why the write was refused; empty when it was made.' }) userErrors: UserError[];
}

@ObjectType('CounterDrift', { description: 'One usage counter that disagrees with the ledger.' })
@ReadableBy(itsOwner)
export class CounterDriftType {
  @Field(() => ID, { description: 'Whose counter it is.' }) userId: string;
  @Field({ description: 'The benefit it counts (internal id).' }) benefitId: string;
  @Field({ description: 'Which counter: TOTAL, O:<order id>, M:<local month YYYY-MM> or D:<local day YYYY-MM-DD>.' }) periodKey: string;
  @Field(() => GraphQLSafeInt, { description: 'Held, as the counter says.' }) counterHeld: number;
  @Field(() => GraphQLSafeInt, { description: 'Captured, as the counter says.' }) counterCaptured: number;
  @Field(() => GraphQLSafeInt, { description: 'Held, recomputed from the ledger.' }) ledgerHeld: number;
  @Field(() => GraphQLSafeInt, { description: 'Captured, recomputed from the ledger.' }) ledgerCaptured: number;
}

@ObjectType('ChargeDrift', { description: "A use whose charge ledger rows do not add up to what it owes." })
@ReadableBy(itsOwner)
export class ChargeDriftType {
  @Field(() => ID, { description: 'The use.' }) usageId: string;
  @Field(() => ID, { description: 'Whose use it is.' }) userId: string;
  @Field(() => UsageStateEnum, { description: 'Its state (only a CAPTURED use owes anything).' }) state: UsageState;
  @Field(() => GraphQLSafeInt, { description: "The merchant's part it owes: its recorded share, 0 once an appeal is upheld." }) expectedMerchant: number;
  @Field(() => GraphQLSafeInt, { description: "The platform's part it owes." }) expectedPlatform: number;
  @Field(() => GraphQLSafeInt, { description: "The merchant's part its charge rows add up to." }) chargedMerchant: number;
  @Field(() => GraphQLSafeInt, { description: "The platform's part its charge rows add up to." }) chargedPlatform: number;
}

@ObjectType('LedgerReport', { description: 'Counters recomputed from the ledger, and charges from the uses; drift and chargeDrift are empty when they agree.' })
export class LedgerReportType {
  @Field(() => Int, { description: 'How many counter rows were compared.' }) countersChecked: number;
  @Field(() => Int, { description: 'How many ledger entries were replayed.' }) entriesChecked: number;
  @Field(() => [CounterDriftType], { description: 'Every counter that disagrees; empty when all agree.' }) drift: CounterDriftType[];
  @Field(() => [ChargeDriftType], { description: 'Every use whose charges disagree with what it owes; empty when all agree.' }) chargeDrift: ChargeDriftType[];
}

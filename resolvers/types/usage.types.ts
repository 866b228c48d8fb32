import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Connection } from './connection';
import { UsageState } from './enums';
import { EntitlementType } from './entitlement.types';
import { UserError } from './user-error';


@ObjectType('UsageTransition', { description: 'One state change of a use: who, when and why.' })
export class UsageTransitionType {
  @Field(() => UsageState, { nullable: true }) fromState: keyof typeof UsageState | null;
  @Field(() => UsageState) toState: keyof typeof UsageState;
  @Field() actorId: string;
  @Field() reason: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('Usage', { description: 'One use of a benefit in the append-only ledger.' })
export class UsageType {
  @Field(() => ID) id: string;
  @Field() userId: string;
  @Field(() => String, { nullable: true }) orderId: string | null;
  @Field(() => GraphQLSafeInt, { description: 'COUNT: uses; AMOUNT: minor units of the benefit currency.' }) amount: number;
  @Field(() => UsageState) state: keyof typeof UsageState;
  @Field(() => Date, { nullable: true, description: 'Start of the period this use counts against (when it was first made).' }) periodStart: Date | null;
  @Field(() => Date, { nullable: true }) periodEnd: Date | null;
  @Field(() => Date, { nullable: true, description: 'Holds only: after this instant an uncaptured hold no longer counts.' }) expiresAt: Date | null;
  @Field({ description: 'Who made the use.' }) actorId: string;
  @Field() reason: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  benefitId: string;
  ruleId: string;
}

export const UsageConnection = Connection(UsageType, 'Usage');

@ObjectType('Grant', { description: 'Extra quota for one user and benefit, live over [startsAt, expiresAt).' })
export class GrantType {
  @Field(() => ID) id: string;
  @Field() userId: string;
  @Field(() => GraphQLSafeInt) amount: number;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field() reason: string;
  @Field() actorId: string;
  @Field(() => Date) createdAt: Date;
  benefitId: string;
}

@ObjectType()
export class UsagePayload {
  @Field(() => UsageType, { nullable: true }) usage: UsageType | null;
  @Field(() => EntitlementType, { nullable: true, description: 'The entitlement after the change.' }) entitlement: EntitlementType | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class GrantPayload {
  @Field(() => GrantType, { nullable: true }) grant: GrantType | null;
  @Field(() => EntitlementType, { nullable: true, description: 'The entitlement after the grant.' }) entitlement: EntitlementType | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class CounterDriftType {
  @Field() userId: string;
  @Field() benefitId: string;
  @Field() periodKey: string;
  @Field(() => GraphQLSafeInt) counterHeld: number;
  @Field(() => GraphQLSafeInt) counterCaptured: number;
  @Field(() => GraphQLSafeInt) ledgerHeld: number;
  @Field(() => GraphQLSafeInt) ledgerCaptured: number;
}

@ObjectType('LedgerReport', { description: 'Counters recomputed from the ledger; drift is empty when they agree.' })
export class LedgerReportType {
  @Field(() => Int) countersChecked: number;
  @Field(() => Int) entriesChecked: number;
  @Field(() => [CounterDriftType]) drift: CounterDriftType[];
}

// What a merchant sees of the uses it is charged for: the use's facts and money, never the
// member's tier or other benefits (no field leads to a User, a Tier or a Rule).
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { AppealState, UsageCause, UsageState } from '../../src/domain/types';
import { theChargedMerchant, ReadableBy } from '../access';
import { Connection } from './connection';
import { AppealStateEnum, UsageCauseEnum, UsageStateEnum } from './enums';
import { UserError } from './user-error';

@ObjectType('Appeal', { description: "A merchant's appeal against the charge of one use. Readable by that merchant and staff." })
@ReadableBy(theChargedMerchant)
export class AppealType {
  @Field(() => ID, { description: 'Stable id, for decideAppeal.' }) id: string;
  @Field(() => ID, { description: 'The use appealed against.' }) usageId: string;
  @Field(() => ID, { description: 'The merchant that filed it.' }) merchantId: string;
  @Field({ description: "The merchant's reason." }) reason: string;
  @Field(() => [String], { description: 'References to the evidence (links, document ids).' }) evidence: string[];
  @Field(() => AppealStateEnum, { description: 'OPEN until ops decide it.' }) state: AppealState;
  @Field({ description: 'Who filed it.' }) openedBy: string;
  @Field(() => Date, { description: 'When it was filed.' }) openedAt: Date;
  @Field(() => String, { nullable: true, description: 'Who decided it.' }) decidedBy: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was decided.' }) decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: "Ops' note with the decision." }) decisionNote: string | null;
}

@ObjectType('MerchantCharge', { description: 'One use charged (in whole or in part) to a merchant. Readable by that merchant and staff.' })
@ReadableBy(theChargedMerchant)
export class MerchantChargeType {
  @Field(() => ID, { description: 'The use, for appealUsage.' }) id: string;
  @Field(() => ID, { description: 'The merchant charged (the order\'s).' }) merchantId: string;
  @Field(() => String, { nullable: true, description: 'The order it was made on.' }) orderId: string | null;
  @Field(() => UsageCauseEnum, { description: 'Why the benefit was used.' }) cause: UsageCause;
  @Field(() => UsageStateEnum, { description: 'CAPTURED, or REVERSED when the charge was taken back.' }) state: UsageState;
  @Field(() => GraphQLSafeInt, { description: 'COUNT: uses; AMOUNT: minor units of the benefit currency.' }) amount: number;
  @Field(() => GraphQLSafeInt, { description: 'What the use costs, in minor units of currency (0: unknown).' }) cost: number;
  @Field(() => Int, { description: "The merchant's share of the cost, in basis points, as decided when the use was made." }) merchantShareBp: number;
  @Field(() => Date, { description: 'When the use was made.' }) createdAt: Date;
  benefitId: string;
  ruleId: string;
  costCurrency: string | null;
  userId: string;
}

export const MerchantChargeConnection = Connection(MerchantChargeType, 'MerchantCharge', 'charged uses');
export const AppealConnection = Connection(AppealType, 'Appeal', 'appeals');

@ObjectType('MerchantMoney', { description: "A merchant's charges in one currency over a window (minor units)." })
export class MerchantMoneyType {
  @Field({ description: 'ISO 4217 currency.' }) currency: string;
  @Field(() => GraphQLSafeInt, { description: 'Charged on capture.' }) charged: number;
  @Field(() => GraphQLSafeInt, { description: 'Taken back by reversals (0 or negative).' }) reversed: number;
  @Field(() => GraphQLSafeInt, { description: 'Moved to the platform by upheld appeals (0 or negative).' }) movedByAppeals: number;
  @Field(() => GraphQLSafeInt, { description: 'What the merchant pays: the sum of the three.' }) net: number;
}

@ObjectType('MerchantSummary', { description: "A merchant's figures over [from, to): charge rows booked and appeals filed in the window." })
@ReadableBy(theChargedMerchant)
export class MerchantSummaryType {
  @Field(() => ID, { description: 'The merchant.' }) merchantId: string;
  @Field(() => Date, { description: 'Start of the window.' }) from: Date;
  @Field(() => Date, { description: 'End of the window (exclusive).' }) to: Date;
  @Field(() => Int, { description: 'Uses made in the window that charged the merchant a share (captured, or captured then reversed).' }) chargedUses: number;
  @Field(() => [MerchantMoneyType], { description: 'Money by currency.' }) money: MerchantMoneyType[];
  @Field(() => Int, { description: 'Appeals filed in the window.' }) appeals: number;
  @Field(() => Int, { description: 'Of those, still open.' }) openAppeals: number;
  @Field(() => Int, { description: 'Of those, upheld.' }) upheldAppeals: number;
  @Field(() => Int, { description: 'Of those, rejected.' }) rejectedAppeals: number;
  @Field(() => Float, { nullable: true, description: 'Upheld among decided (0-1); null before any decision.' }) upheldShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean hours from filing to decision; null before any decision.' }) meanHoursToDecision: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hours from filing to decision; null before any decision.' }) medianHoursToDecision: number | null;
}

@ObjectType({ description: 'The result of appealUsage or decideAppeal: the appeal as written, or why nothing was written.' })
export class AppealPayload {
  @Field(() => AppealType, { nullable: true, description: 'The appeal as written (or as the first request with the same idempotencyKey wrote it); null when refused.' }) appeal: AppealType | null;
  @Field(() => [UserError], { description: 'Why the write was refused; empty when it was made.' }) userErrors: UserError[];
}

// What simulateRuleChange and tierHealth answer. Tiers and benefits are named by code; money is in
// minor units per currency, as the charge ledger keeps it.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ReasonCode } from '../../src/domain/codes';
import { ReasonCodeEnum } from './enums';
import { ReasonType } from './entitlement.types';
import { ReadableBy, staffOnly } from '../access';

@ObjectType('SimulationCost', { description: 'What the allowed requests of a row cost in one currency, under the rules in force and as proposed.' })
export class SimulationCostType {
  @Field({ description: 'ISO 4217 currency.' }) currency: string;
  @Field(() => GraphQLSafeInt, { description: 'The platform pays, rules in force.' }) platformBefore: number;
  @Field(() => GraphQLSafeInt, { description: 'Merchants pay, rules in force.' }) merchantBefore: number;
  @Field(() => GraphQLSafeInt, { description: 'The platform pays, as proposed.' }) platformAfter: number;
  @Field(() => GraphQLSafeInt, { description: 'Merchants pay, as proposed.' }) merchantAfter: number;
  @Field(() => GraphQLSafeInt, { description: 'platformAfter − platformBefore.' }) platformChange: number;
  @Field(() => GraphQLSafeInt, { description: 'merchantAfter − merchantBefore.' }) merchantChange: number;
}

@ObjectType('SimulationRow', { description: "One tier × benefit: the window's requests by members holding the tier, decided under the rules in force and as proposed." })
export class SimulationRowType {
  @Field(() => String, { nullable: true, description: 'The tier the members held when they asked (null: no tier at all).' }) tier: string | null;
  @Field({ description: 'The benefit code.' }) benefit: string;
  @Field(() => Int, { description: 'Requests replayed: recorded uses plus returned orders asking (see returnsAsk).' }) requests: number;
  @Field(() => Int, { description: 'Of them, recorded uses.' }) recorded: number;
  @Field(() => Int, { description: 'Allowed under the rules in force.' }) allowedBefore: number;
  @Field(() => Int, { description: 'Allowed as proposed.' }) allowedAfter: number;
  @Field(() => Int, { description: 'Refused under the rules in force.' }) refusedBefore: number;
  @Field(() => Int, { description: 'Refused as proposed.' }) refusedAfter: number;
  @Field(() => Int, { description: 'Refused before, allowed as proposed: the refusals the change would have let pass.' }) gained: number;
  @Field(() => Int, { description: 'Allowed before, refused as proposed.' }) lost: number;
  @Field(() => GraphQLSafeInt, { description: 'Units given (uses, or AMOUNT minor units), rules in force.' }) unitsBefore: number;
  @Field(() => GraphQLSafeInt, { description: 'Units given, as proposed.' }) unitsAfter: number;
  @Field(() => Int, { description: 'Members with a request whose answer changes.' }) membersAffected: number;
  @Field(() => [SimulationCostType], { description: 'By currency, ascending.' }) cost: SimulationCostType[];
}

@ObjectType('SimulationAnswer', { description: 'A request decided under one set of rules.' })
export class SimulationAnswerType {
  @Field({ description: 'Whether the use would have been booked.' }) allowed: boolean;
  @Field(() => [ReasonType], { description: 'Why it was refused, in the words a consume would have answered; [] when allowed.' }) reasons: ReasonType[];
}

@ObjectType('SimulationSample', { description: 'A member whose answer changes, with the reasons before and after.' })
@ReadableBy(staffOnly)
export class SimulationSampleType {
  @Field(() => ID, { description: 'The member.' }) userId: string;
  @Field({ description: 'The benefit code.' }) benefit: string;
  @Field(() => String, { nullable: true, description: 'The order the request was about.' }) orderId: string | null;
  @Field(() => Date, { description: 'When the request was made.' }) at: Date;
  @Field(() => String, { nullable: true, description: 'The tier the member held then.' }) tier: string | null;
  @Field(() => SimulationAnswerType, { description: 'Under the rules in force.' }) before: SimulationAnswerType;
  @Field(() => SimulationAnswerType, { description: 'As proposed.' }) after: SimulationAnswerType;
}

@ObjectType('SimulationResult', { description: 'What the proposed rules would have done over the window. Nothing was written.' })
export class SimulationResultType {
  @Field(() => Int, { description: 'Members with an order or a use in the window.' }) members: number;
  @Field(() => Int, { description: 'Requests replayed, over all rows.' }) requests: number;
  @Field(() => [SimulationRowType], { description: 'By tier code, then benefit code.' }) rows: SimulationRowType[];
  @Field(() => [SimulationSampleType], { description: 'Changed answers, first members by user id.' }) samples: SimulationSampleType[];
  @Field(() => Int, { description: 'How long the replay took.' }) elapsedMs: number;
}

@ObjectType('ReasonCount', { description: 'How many orders a benefit did not apply to for one reason.' })
export class ReasonCountType {
  @Field(() => ReasonCodeEnum, { description: 'The reason code.' }) code: ReasonCode;
  @Field(() => Int, { description: 'Orders it was given for.' }) orders: number;
  @Field({ description: 'The wording of one such answer.' }) example: string;
}

@ObjectType('BenefitHealth', { description: "How one benefit of a tier reached the tier's members in the window." })
export class BenefitHealthType {
  @Field({ description: 'The benefit code.' }) benefit: string;
  @Field(() => Int, { description: 'Orders placed while the tier offered the benefit.' }) ordersOffered: number;
  @Field(() => Int, { description: 'Of them, orders it applied to at placement (AVAILABLE).' }) ordersApplied: number;
  @Field(() => Int, { description: "Members of the tier with a use given in the window." }) membersUsed: number;
  @Field(() => Float, { description: "membersUsed / the tier's members (0-1)." }) usedShare: number;
  @Field(() => [ReasonCountType], { description: 'The top 3 reasons it did not apply, most frequent first.' }) topReasons: ReasonCountType[];
}

@ObjectType('TierHealth', { description: 'One tier over the window.' })
export class TierHealthType {
  @Field({ description: 'The tier code.' }) tier: string;
  @Field(() => Int, { description: 'Members who ordered or used a benefit while holding the tier.' }) members: number;
  @Field(() => Int, { description: 'Orders they placed while holding it.' }) orders: number;
  @Field(() => [BenefitHealthType], { description: 'By benefit code.' }) benefits: BenefitHealthType[];
}

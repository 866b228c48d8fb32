// A usage report's rows, for ops. A row names its group by the dimensions it was grouped by (the
// others are null); money is in minor units per currency, as the charge ledger holds it.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Funder, UsageCause } from '../../src/domain/types';
import { Connection } from './connection';
import { FunderEnum, UsageCauseEnum } from './enums';

@ObjectType('UsageReportCost', { description: "What a group's uses cost in one currency: their net charges now (charged, less reversals; upheld appeals moved to the platform)." })
export class UsageReportCostType {
  @Field({ description: 'ISO 4217 currency.' }) currency: string;
  @Field(() => GraphQLSafeInt, { description: 'The platform pays (minor units).' }) platform: number;
  @Field(() => GraphQLSafeInt, { description: 'Merchants pay (minor units).' }) merchant: number;
  @Field(() => GraphQLSafeInt, { description: 'platform + merchant.' }) total: number;
  @Field(() => Float, { nullable: true, description: 'total / members: the cost per active member (minor units); null when no use of the group stands.' }) perMember: number | null;
}

@ObjectType('UsageReportRow', { description: 'One group of the uses made in the window (captured, or captured and then reversed).' })
export class UsageReportRowType {
  @Field(() => String, { nullable: true, description: 'TIER: the code of the tier whose rule allowed the uses.' }) tier: string | null;
  @Field(() => String, { nullable: true, description: 'BENEFIT: the benefit code.' }) benefit: string | null;
  @Field(() => String, { nullable: true, description: "MERCHANT: the order's merchant (also null for uses without an order)." }) merchant: string | null;
  @Field(() => FunderEnum, { nullable: true, description: 'FUNDER: who pays, as decided when the use was made.' }) funder: Funder | null;
  @Field(() => UsageCauseEnum, { nullable: true, description: 'CAUSE: why the benefit was used.' }) cause: UsageCause | null;
  @Field(() => String, { nullable: true, description: 'DAY: the local day the uses were first made, YYYY-MM-DD.' }) day: string | null;
  @Field(() => String, { nullable: true, description: 'WEEK: the ISO week of that local day, YYYY-Www.' }) week: string | null;
  @Field(() => String, { nullable: true, description: 'MONTH: the local month, YYYY-MM.' }) month: string | null;
  @Field(() => Int, { description: 'Uses that stand (CAPTURED).' }) uses: number;
  @Field(() => Int, { description: 'Uses captured and later reversed (not in uses).' }) reversed: number;
  @Field(() => GraphQLSafeInt, { description: 'Sum of the amounts of the uses that stand: COUNT uses, or AMOUNT minor units.' }) units: number;
  @Field(() => Int, { description: 'Distinct members with a use that stands: the active members.' }) members: number;
  @Field(() => [UsageReportCostType], { description: 'Net cost by currency, ascending; empty when nothing was charged.' }) cost: UsageReportCostType[];
  @Field(() => Int, { description: "Merchants' appeals against these uses, in any state." }) appeals: number;
  @Field(() => Int, { description: 'Of those, upheld.' }) upheldAppeals: number;
  @Field(() => Int, { description: 'Of those, rejected.' }) rejectedAppeals: number;
  @Field(() => Float, { nullable: true, description: 'Upheld among decided appeals (0-1); null before any decision.' }) upheldShare: number | null;
}

export const UsageReportConnection = Connection(UsageReportRowType, 'UsageReportRow', 'report rows');

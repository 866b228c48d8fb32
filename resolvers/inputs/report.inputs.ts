import { ArrayMaxSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ReportDimension } from '../../src/domain/report';
import { UsageCause } from '../../src/domain/types';
import { MAX_PAGE } from '../types/connection';
import { UsageCauseEnum, UsageReportDimensionEnum } from '../types/enums';

@InputType({ description: 'Narrows the uses a report counts; every list is optional, an empty or missing one keeps all.' })
export class UsageReportFilter {
  @Field(() => [String], { nullable: true, description: 'Only uses allowed by these tiers (codes, up to 100).' })
  @IsOptional() @ArrayMaxSize(100) @Length(1, 64, { each: true }) tierCodes?: string[];
  @Field(() => [String], { nullable: true, description: 'Only uses of these benefits (codes, up to 100).' })
  @IsOptional() @ArrayMaxSize(100) @Length(1, 64, { each: true }) benefitCodes?: string[];
  @Field(() => [String], { nullable: true, description: "Only uses on these merchants' orders (up to 100)." })
  @IsOptional() @ArrayMaxSize(100) @Length(1, 64, { each: true }) merchantIds?: string[];
  @Field(() => [UsageCauseEnum], { nullable: true, description: 'Only uses with these causes.' })
  @IsOptional() causes?: UsageCause[];
}

@InputType({ description: 'A usage report: the window, how to group, what to keep, and the page.' })
export class UsageReportInput {
  @Field(() => Date, { description: 'Uses first made at or after this instant.' }) from: Date;
  @Field(() => Date, { description: 'Uses first made before this instant (after from).' }) to: Date;
  @Field(() => [UsageReportDimensionEnum], { description: 'One row per distinct combination of these, sorted by them in this order; [] gives one row for the whole window.' })
  @ArrayMaxSize(8) groupBy: ReportDimension[];
  @Field(() => UsageReportFilter, { nullable: true, description: 'Narrows the uses counted.' }) @IsOptional() @ValidateNested() filter?: UsageReportFilter;
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE}.` }) @Min(1) @Max(MAX_PAGE) first: number;
  @Field(() => String, { nullable: true, description: 'The endCursor (or an edge cursor) of the previous page; omit for the first page.' })
  @IsOptional() after?: string;
}

import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AppealDecision, AppealState, UsageCause } from '../../src/domain/types';
import { AppealDecisionEnum, AppealFilterEnum, UsageCauseEnum } from '../types/enums';
import { IsExternalId, IsIdempotencyKey, KEY_DESCRIPTION } from './patterns';

@InputType({ description: 'Narrows the charged uses; every filter is optional.' })
export class MerchantChargeFilter {
  @Field(() => Date, { nullable: true, description: 'Uses made at or after this instant.' }) @IsOptional() from?: Date;
  @Field(() => Date, { nullable: true, description: 'Uses made before this instant.' }) @IsOptional() to?: Date;
  @Field({ nullable: true, description: 'Only uses of this benefit.' }) @IsOptional() @Length(1, 64) benefitCode?: string;
  @Field(() => UsageCauseEnum, { nullable: true, description: 'Only uses with this cause.' }) @IsOptional() cause?: UsageCause;
  @Field(() => AppealFilterEnum, { nullable: true, description: 'Only uses whose appeal is in this state (NONE: not appealed).' })
  @IsOptional() appealState?: AppealState | 'NONE';
}

@InputType({ description: 'An appeal against the charge of one use, by the charged merchant.' })
export class AppealUsageInput {
  @Field(() => ID, { description: 'The use (a MerchantCharge id).' }) @IsExternalId() usageId: string;
  @Field({ description: 'Why the charge is wrong (3-1000 characters).' }) @Length(3, 1000) reason: string;
  @Field(() => [String], { nullable: true, description: 'References to evidence: links or document ids (up to 20, each up to 500 characters).' })
  @IsOptional() @ArrayMaxSize(20) @Length(1, 500, { each: true }) evidence?: string[];
  @Field({ description: KEY_DESCRIPTION }) @IsIdempotencyKey() idempotencyKey: string;
}

@InputType({ description: 'The decision on an open appeal.' })
export class DecideAppealInput {
  @Field(() => ID, { description: 'The appeal.' }) @IsExternalId() appealId: string;
  @Field(() => AppealDecisionEnum, { description: "UPHELD moves the merchant's part of the charge to the platform; REJECTED leaves it." }) decision: AppealDecision;
  @Field({ description: 'Why, for the merchant and the audit log (3-1000 characters).' }) @Length(3, 1000) note: string;
  @Field({ description: KEY_DESCRIPTION }) @IsIdempotencyKey() idempotencyKey: string;
}

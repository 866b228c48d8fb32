import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SetTierBenefitInput } from './catalog.inputs';

@InputType({ description: 'A what-if: proposed rule versions and the window of recorded history to replay them over.' })
export class SimulateRuleChangeInput {
  @Field(() => [SetTierBenefitInput], {
    description: 'Rule versions as setTierBenefit takes them (1-50; idempotencyKey is ignored). Each is in force from its effectiveFrom (default: from) to its effectiveTo (default: open), replacing what the tier × benefit had then; effectiveFrom may be in the past, nothing is written.',
  })
  @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) proposals: SetTierBenefitInput[];
  @Field(() => Date, { description: 'Replay requests made at or after this instant.' }) from: Date;
  @Field(() => Date, { description: 'Replay requests made before this instant (after from).' }) to: Date;
  @Field(() => [String], {
    nullable: true,
    description: "COUNT benefit codes a returned order (status REFUNDED, placed in the window) asked one unit of when it has no use of them. Refused requests are not recorded, so this is how a replay counts the returns the rules in force turned down (at the order's last update). Default none: only recorded uses are replayed.",
  })
  @IsOptional() @ArrayMaxSize(20) @Length(1, 64, { each: true }) returnsAsk?: string[];
  @Field(() => Int, { defaultValue: 20, description: 'How many changed answers to show (0-200).' }) @Min(0) @Max(200) sampleSize: number;
}

@InputType({ description: 'The window a tier health report looks at.' })
export class TierHealthInput {
  @Field(() => Date, { description: 'Orders placed and uses made at or after this instant.' }) from: Date;
  @Field(() => Date, { description: 'Before this instant (after from).' }) to: Date;
}

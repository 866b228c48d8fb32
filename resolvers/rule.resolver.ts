import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../src/context';
import * as rules from '../src/services/rule.service';
import { EndTierBenefitInput, SetTierBenefitInput } from './inputs/catalog.inputs';
import { payload } from './payload';
import { BenefitType, RuleConditionsType, RuleFundingType, RuleType, TierType } from './types/catalog.types';
import { UsageCauseEnum } from './types/enums';
import { DEFAULT_APPEAL_WINDOW_DAYS, DEFAULT_QUOTA_CAUSES, fundingInForce } from '../src/domain/funding';
import { benefitFacts, ruleFacts } from '../src/services/facts';
import { TierBenefitRule } from '../entities';
import { UsageCause } from '../src/domain/types';
import { RulePayload } from './types/payloads';

@Resolver(() => RuleType)
export class RuleResolver {
  @FieldResolver(() => TierType, { description: 'The tier that grants the benefit.' })
  async tier(@Ctx() ctx: RequestContext, @Root() rule: RuleType) {
    return (await ctx.loaders.tiers()).find((t) => t.id === rule.tierId);
  }

  @FieldResolver(() => BenefitType, { description: 'The benefit granted.' })
  async benefit(@Ctx() ctx: RequestContext, @Root() rule: RuleType) {
    return (await ctx.loaders.benefits()).find((b) => b.id === rule.benefitId);
  }

  @FieldResolver(() => RuleConditionsType, { description: 'Conditions an order must meet; every field null when there are none.' })
  conditions(@Root() rule: RuleType): RuleConditionsType {
    return rule.conditions ?? {};
  }

  @FieldResolver(() => RuleFundingType, { description: "Who pays for this version's uses and what one costs." })
  async funding(@Ctx() ctx: RequestContext, @Root() rule: RuleType): Promise<RuleFundingType> {
    const benefit = (await ctx.loaders.benefits()).find((b) => b.id === rule.benefitId)!;
    return fundingInForce(benefitFacts(benefit), ruleFacts(rule as unknown as TierBenefitRule), ctx.config.costCurrency);
  }

  @FieldResolver(() => [UsageCauseEnum], { description: "The causes whose uses spend the member's quota (default CUSTOMER_PREFERENCE only)." })
  quotaCauses(@Root() rule: RuleType): UsageCause[] {
    return rule.quotaCauses ?? [...DEFAULT_QUOTA_CAUSES];
  }

  @FieldResolver(() => Int, { description: 'Days after a use during which its charged merchant may appeal (default 14).' })
  appealWindowDays(@Root() rule: RuleType): number {
    return rule.appealWindowDays ?? DEFAULT_APPEAL_WINDOW_DAYS;
  }

  @Authorized('ops_admin')
  @Mutation(() => RulePayload, { description: 'Closes the version in force at effectiveFrom and opens a new one; a future effectiveFrom schedules it.' })
  async setTierBenefit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new version.' }) input: SetTierBenefitInput) {
    return payload('rule', await rules.setTierBenefit(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => RulePayload, { description: 'The tier stops granting the benefit at effectiveTo (default now).' })
  async endTierBenefit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Which rule ends, and when.' }) input: EndTierBenefitInput) {
    return payload('rule', await rules.endTierBenefit(ctx, input));
  }
}

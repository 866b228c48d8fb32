import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../src/context';
import * as rules from '../src/services/rule.service';
import { EndTierBenefitInput, SetTierBenefitInput } from './inputs/catalog.inputs';
import { payload } from './payload';
import { BenefitType, RuleConditionsType, RuleType, TierType } from './types/catalog.types';
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

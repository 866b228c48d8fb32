import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../src/context';
import * as benefits from '../src/services/benefit.service';
import { DefineBenefitInput, UpdateBenefitInput } from './inputs/catalog.inputs';
import { payload } from './payload';
import { BenefitType } from './types/catalog.types';
import { BenefitPayload } from './types/payloads';

@Resolver(() => BenefitType)
export class BenefitResolver {
  @Authorized()
  @Query(() => [BenefitType], { description: 'The benefit catalog, by code.' })
  async benefits(@Ctx() ctx: RequestContext, @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean) {
    const all = await ctx.loaders.benefits();
    return includeArchived ? all : all.filter((b) => !b.archivedAt);
  }

  @Authorized('ops_admin')
  @Mutation(() => BenefitPayload)
  async defineBenefit(@Ctx() ctx: RequestContext, @Arg('input') input: DefineBenefitInput) {
    return payload('benefit', await benefits.defineBenefit(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => BenefitPayload)
  async updateBenefit(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateBenefitInput) {
    return payload('benefit', await benefits.updateBenefit(ctx, input));
  }
}

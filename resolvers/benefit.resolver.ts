import { PLATFORM_ROLES } from '../src/auth/roles';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../src/context';
import * as benefits from '../src/services/benefit.service';
import { ArchiveBenefitInput, DefineBenefitInput, UpdateBenefitInput } from './inputs/catalog.inputs';
import { payload } from './payload';
import { BenefitType } from './types/catalog.types';
import { BenefitPayload } from './types/payloads';

@Resolver(() => BenefitType)
export class BenefitResolver {
  @Authorized(...PLATFORM_ROLES)
  @Query(() => [BenefitType], { description: 'The benefit catalog, by code.' })
  async benefits(@Ctx() ctx: RequestContext, @Arg('includeArchived', { defaultValue: false, description: 'Also list archived benefits.' }) includeArchived: boolean) {
    const all = await ctx.loaders.benefits();
    return includeArchived ? all : all.filter((b) => !b.archivedAt);
  }

  @Authorized('ops_admin')
  @Mutation(() => BenefitPayload, { description: 'Adds a benefit to the catalog; no tier grants it until setTierBenefit.' })
  async defineBenefit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new benefit.' }) input: DefineBenefitInput) {
    return payload('benefit', await benefits.defineBenefit(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => BenefitPayload, { description: 'Changes the name, unit, funding or description of a benefit; audited.' })
  async updateBenefit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'What changes.' }) input: UpdateBenefitInput) {
    return payload('benefit', await benefits.updateBenefit(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => BenefitPayload, {
    description: 'Stops offering a benefit: every tier stops granting it now (rule versions ended or cancelled, audited), entitlements no longer list it and new uses are refused with BENEFIT_ARCHIVED. Its history stays.',
  })
  async archiveBenefit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The benefit to archive.' }) input: ArchiveBenefitInput) {
    return payload('benefit', await benefits.archiveBenefit(ctx, input));
  }
}

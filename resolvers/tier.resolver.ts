import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../src/context';
import { notFound } from '../src/errors';
import { rulesOfTier } from '../src/services/rule.service';
import * as tiers from '../src/services/tier.service';
import { ArchiveTierInput, CreateTierInput, UpdateTierInput } from './inputs/catalog.inputs';
import { payload } from './payload';
import { RuleType, TierType } from './types/catalog.types';
import { TierPayload } from './types/payloads';

@Resolver(() => TierType)
export class TierResolver {
  @Authorized()
  @Query(() => [TierType], { description: 'Tiers by rank, lowest first.' })
  tiers(@Ctx() ctx: RequestContext, @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean) {
    return tiers.listTiers(ctx, includeArchived);
  }

  @Authorized()
  @Query(() => TierType)
  async tier(@Ctx() ctx: RequestContext, @Arg('code') code: string) {
    const tier = await tiers.findTier(ctx, code);
    if (!tier) throw notFound('Tier', code);
    return tier;
  }

  @FieldResolver(() => [RuleType], { description: 'The rule versions in force at `at` (default now); a future `at` shows scheduled changes.' })
  rules(@Ctx() ctx: RequestContext, @Root() tier: TierType, @Arg('at', () => Date, { nullable: true }) at?: Date) {
    return rulesOfTier(ctx, tier.id, at ?? ctx.now);
  }

  @Authorized('ops_admin')
  @Mutation(() => TierPayload)
  async createTier(@Ctx() ctx: RequestContext, @Arg('input') input: CreateTierInput) {
    return payload('tier', await tiers.createTier(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => TierPayload)
  async updateTier(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateTierInput) {
    return payload('tier', await tiers.updateTier(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => TierPayload)
  async archiveTier(@Ctx() ctx: RequestContext, @Arg('input') input: ArchiveTierInput) {
    return payload('tier', await tiers.archiveTier(ctx, input.code));
  }
}

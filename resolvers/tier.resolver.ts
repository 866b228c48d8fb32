import { PLATFORM_ROLES } from '../src/auth/roles';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../src/context';
import { notFound } from '../src/errors';
import { membersOfTier } from '../src/services/membership.service';
import { rulesOfTier } from '../src/services/rule.service';
import * as tiers from '../src/services/tier.service';
import { ArchiveTierInput, CreateTierInput, UpdateTierInput } from './inputs/catalog.inputs';
import { payload } from './payload';
import { RuleType, TierType } from './types/catalog.types';
import { AFTER_DESCRIPTION, checkFirst, decodeTimeCursor, FIRST_DESCRIPTION, timeCursor, toConnection } from './types/connection';
import { TierPayload } from './types/payloads';
import { MembershipConnection } from './types/user.types';

@Resolver(() => TierType)
export class TierResolver {
  @Authorized(...PLATFORM_ROLES)
  @Query(() => [TierType], { description: 'Tiers by rank, lowest first.' })
  tiers(@Ctx() ctx: RequestContext, @Arg('includeArchived', { defaultValue: false, description: 'Also list archived tiers.' }) includeArchived: boolean) {
    return tiers.listTiers(ctx, includeArchived);
  }

  @Authorized(...PLATFORM_ROLES)
  @Query(() => TierType, { description: 'One tier by code, archived or not.' })
  async tier(@Ctx() ctx: RequestContext, @Arg('code', { description: 'The tier code, e.g. GOLD.' }) code: string) {
    const tier = await tiers.findTier(ctx, code);
    if (!tier) throw notFound('Tier', code);
    return tier;
  }

  @FieldResolver(() => [RuleType], { description: 'The rule versions in force at `at` (default now); a future `at` shows scheduled changes.' })
  rules(
    @Ctx() ctx: RequestContext,
    @Root() tier: TierType,
    @Arg('at', () => Date, { nullable: true, description: 'The instant to answer for (default now).' }) at?: Date,
  ) {
    return rulesOfTier(ctx, tier.id, at ?? ctx.now);
  }

  @Authorized('cs_agent', 'ops_admin')
  @FieldResolver(() => MembershipConnection, {
    description: 'Memberships of this tier covering `at` (default now), newest start first. A member who also holds a higher tier then is listed too.',
  })
  async members(
    @Ctx() ctx: RequestContext,
    @Root() tier: TierType,
    @Arg('at', () => Date, { nullable: true, description: 'The instant to answer for (default now).' }) at?: Date,
    @Arg('first', () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first = 20,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after?: string,
  ) {
    const cursor = decodeTimeCursor(after);
    const rows = await membersOfTier(ctx, tier.id, { at: at ?? ctx.now, first: checkFirst(first), after: cursor && { startsAt: cursor.at, id: cursor.id } });
    return toConnection(rows, first, (m) => timeCursor(m.startsAt, m.id));
  }

  @Authorized('ops_admin')
  @Mutation(() => TierPayload, { description: 'Adds a tier; audited.' })
  async createTier(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new tier.' }) input: CreateTierInput) {
    return payload('tier', await tiers.createTier(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => TierPayload, { description: 'Changes the name, rank, description or default flag of a tier; audited.' })
  async updateTier(@Ctx() ctx: RequestContext, @Arg('input', { description: 'What changes.' }) input: UpdateTierInput) {
    return payload('tier', await tiers.updateTier(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => TierPayload, { description: 'Archives a tier: its history stays, it takes no new memberships or rules. Not the default tier.' })
  async archiveTier(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The tier to archive.' }) input: ArchiveTierInput) {
    return payload('tier', await tiers.archiveTier(ctx, input));
  }
}

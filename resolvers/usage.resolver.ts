import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UsageEntry } from '../entities';
import { RequestContext } from '../src/context';
import { grantQuota } from '../src/services/grant.service';
import { verifyLedger } from '../src/services/ledger.service';
import * as usage from '../src/services/usage.service';
import { ConsumeEntitlementInput, GrantQuotaInput, HoldEntitlementInput, UsageActionInput } from './inputs/usage.inputs';
import { itsOwner, ReadableBy } from './access';
import { spreadPayload } from './payload';
import { BenefitType, RuleType } from './types/catalog.types';
import { AFTER_DESCRIPTION, checkFirst, decodeTimeCursor, FIRST_DESCRIPTION, timeCursor, toConnection } from './types/connection';
import { GrantPayload, LedgerReportType, UsageConnection, UsagePayload, UsageTransitionType, UsageType } from './types/usage.types';
import { OrderType, UserType } from './types/user.types';

@Resolver(() => UsageType)
export class UsageResolver {
  @FieldResolver(() => BenefitType, { description: 'The benefit used.' })
  async benefit(@Ctx() ctx: RequestContext, @Root() u: UsageType) {
    return (await ctx.loaders.benefits()).find((b) => b.id === u.benefitId);
  }

  @FieldResolver(() => RuleType, { description: 'The rule version that allowed this use.' })
  async rule(@Ctx() ctx: RequestContext, @Root() u: UsageType) {
    return (await ctx.loaders.rules()).find((r) => r.id === u.ruleId);
  }

  @FieldResolver(() => [UsageTransitionType], { description: 'Every state change, oldest first, starting with the one that made the use.' })
  transitions(@Ctx() ctx: RequestContext, @Root() u: UsageType) {
    return usage.transitionsOf(ctx, u as unknown as UsageEntry);
  }

  @Authorized('cs_agent', 'ops_admin')
  @Mutation(() => UsagePayload, { description: 'Reserves quota while a case is open; it expires unless captured.' })
  async holdEntitlement(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The use to reserve.' }) input: HoldEntitlementInput) {
    return spreadPayload(await usage.holdEntitlement(ctx, input));
  }

  @Authorized('cs_agent', 'ops_admin')
  @Mutation(() => UsagePayload, { description: 'Hold and capture in one step: the benefit was given.' })
  async consumeEntitlement(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The use.' }) input: ConsumeEntitlementInput) {
    return spreadPayload(await usage.consumeEntitlement(ctx, input));
  }

  @Authorized('cs_agent', 'ops_admin')
  @Mutation(() => UsagePayload, { description: 'The benefit was really given: a live hold becomes a use.' })
  async captureUsage(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The hold to capture.' }) input: UsageActionInput) {
    return spreadPayload(await usage.captureUsage(ctx, input));
  }

  @Authorized('cs_agent', 'ops_admin')
  @Mutation(() => UsagePayload, { description: 'The case closed without using the benefit: the hold gives its quota back.' })
  async releaseUsage(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The hold to release.' }) input: UsageActionInput) {
    return spreadPayload(await usage.releaseUsage(ctx, input));
  }

  @Authorized('cs_agent', 'ops_admin')
  @Mutation(() => UsagePayload, { description: "A captured use is undone (e.g. the return was cancelled): quota comes back to the use's own period." })
  async reverseUsage(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The captured use to reverse.' }) input: UsageActionInput) {
    return spreadPayload(await usage.reverseUsage(ctx, input));
  }

  @Authorized('cs_agent', 'ops_admin')
  @Mutation(() => GrantPayload, { description: 'Extra quota for one user and benefit (goodwill, promotion); audited.' })
  async grantQuota(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The grant.' }) input: GrantQuotaInput) {
    return spreadPayload(await grantQuota(ctx, input));
  }

  @Authorized('ops_admin')
  @Query(() => LedgerReportType, { description: "Recomputes every usage counter from the ledger, and every use's charges from the use, and reports any drift." })
  async verifyLedger(@Ctx() ctx: RequestContext) {
    const report = await verifyLedger(ctx.em);
    return {
      ...report,
      drift: report.drift.map((d) => ({
        ...d, counterHeld: d.counter.held, counterCaptured: d.counter.captured, ledgerHeld: d.ledger.held, ledgerCaptured: d.ledger.captured,
      })),
      chargeDrift: report.chargeDrift.map((d) => ({
        ...d, expectedMerchant: d.expected.merchant, expectedPlatform: d.expected.platform, chargedMerchant: d.charged.merchant, chargedPlatform: d.charged.platform,
      })),
    };
  }
}

@Resolver(() => UserType)
export class UserUsageResolver {
  @FieldResolver(() => UsageConnection, { description: "The user's benefit uses, newest first." })
  async usage(
    @Ctx() ctx: RequestContext,
    @Root() user: UserType,
    @Arg('first', () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after?: string,
    @Arg('benefitCode', () => String, { nullable: true, description: 'Only uses of this benefit.' }) benefitCode?: string,
  ) {
    const cursor = decodeTimeCursor(after);
    const position = cursor && { createdAt: cursor.at, id: cursor.id };
    const rows = await usage.usageOfUser(ctx, user.id, { first: checkFirst(first), after: position, benefitCode });
    return toConnection(rows, first, (u) => timeCursor(u.createdAt, u.id));
  }
}

@Resolver(() => OrderType)
export class OrderUsageResolver {
  @ReadableBy(itsOwner)
  @FieldResolver(() => [UsageType], { description: 'Every benefit use recorded on this order, newest first (not for the order system).' })
  usage(@Ctx() ctx: RequestContext, @Root() order: OrderType) {
    return usage.usageOfOrder(ctx, order.id);
  }
}

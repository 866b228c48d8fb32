import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { RequestContext } from '../src/context';
import { actorOf } from '../src/context';
import { merchantInScope } from '../src/auth/access';
import { appealDeadline } from '../src/domain/funding';
import { AppealState } from '../src/domain/types';
import * as appeals from '../src/services/appeal.service';
import { ruleFacts } from '../src/services/facts';
import * as merchants from '../src/services/merchant.service';
import { AppealUsageInput, DecideAppealInput, MerchantChargeFilter } from './inputs/merchant.inputs';
import { payload } from './payload';
import { AFTER_DESCRIPTION, checkFirst, decodeTimeCursor, FIRST_DESCRIPTION, timeCursor, toConnection } from './types/connection';
import { AppealStateEnum } from './types/enums';
import { AppealConnection, AppealPayload, AppealType, MerchantChargeConnection, MerchantChargeType, MerchantSummaryType } from './types/merchant.types';

const MERCHANT_ID = 'The merchant: a merchant token reads its own (and may omit it); staff name one.';

@Resolver(() => MerchantChargeType)
export class MerchantChargeResolver {
  @FieldResolver(() => String, { description: 'The benefit used (its code).' })
  async benefitCode(@Ctx() ctx: RequestContext, @Root() u: MerchantChargeType) {
    return (await ctx.loaders.catalog()).benefitById.get(u.benefitId)!.code;
  }

  @FieldResolver(() => String, { description: 'The benefit used (its display name).' })
  async benefitName(@Ctx() ctx: RequestContext, @Root() u: MerchantChargeType) {
    return (await ctx.loaders.catalog()).benefitById.get(u.benefitId)!.name;
  }

  @FieldResolver(() => String, { description: 'ISO 4217 currency of cost and charged.' })
  currency(@Root() u: MerchantChargeType) {
    return u.costCurrency ?? 'XXX';
  }

  @FieldResolver(() => GraphQLSafeInt, { description: 'What the merchant pays for this use now: its share, less what a reversal or an upheld appeal took back.' })
  async charged(@Ctx() ctx: RequestContext, @Root() u: MerchantChargeType) {
    return (await ctx.loaders.netChargeByUsage.load(u.id))?.merchant ?? 0;
  }

  @FieldResolver(() => Date, { description: "The last instant to appeal (the rule's appeal window after the use)." })
  async appealDeadline(@Ctx() ctx: RequestContext, @Root() u: MerchantChargeType) {
    return appealDeadline(u.createdAt, ruleFacts((await ctx.loaders.catalog()).ruleById.get(u.ruleId)!));
  }

  @FieldResolver(() => AppealType, { nullable: true, description: 'Its appeal, if one was filed.' })
  appeal(@Ctx() ctx: RequestContext, @Root() u: MerchantChargeType) {
    return ctx.loaders.appealByUsage.load(u.id);
  }
}

@Resolver()
export class MerchantResolver {
  @Authorized('merchant', 'ops_admin', 'cs_agent')
  @Query(() => MerchantChargeConnection, { description: 'The uses charged to a merchant, newest first.' })
  async merchantCharges(
    @Ctx() ctx: RequestContext,
    @Arg('merchantId', () => ID, { nullable: true, description: MERCHANT_ID }) merchantId: string | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | undefined,
    @Arg('filter', () => MerchantChargeFilter, { nullable: true, description: 'Narrows the list.' }) filter: MerchantChargeFilter | undefined,
  ) {
    const cursor = decodeTimeCursor(after);
    const rows = await merchants.chargesOfMerchant(ctx, merchantInScope(ctx, merchantId), {
      first: checkFirst(first), after: cursor && { createdAt: cursor.at, id: cursor.id }, filter: filter ?? {},
    });
    return toConnection(rows, first, (u) => timeCursor(u.createdAt, u.id));
  }

  @Authorized('merchant', 'ops_admin', 'cs_agent')
  @Query(() => MerchantSummaryType, { description: "A merchant's charges and appeals over [from, to)." })
  merchantSummary(
    @Ctx() ctx: RequestContext,
    @Arg('merchantId', () => ID, { nullable: true, description: MERCHANT_ID }) merchantId: string | undefined,
    @Arg('from', () => Date, { nullable: true, description: 'Start of the window; default: from the first use.' }) from: Date | undefined,
    @Arg('to', () => Date, { nullable: true, description: 'End of the window (exclusive); default: now.' }) to: Date | undefined,
  ) {
    return merchants.merchantFigures(ctx, merchantInScope(ctx, merchantId), from ?? new Date(0), to ?? ctx.now);
  }

  @Authorized('ops_admin')
  @Query(() => AppealConnection, { description: 'Appeals, oldest first: the queue ops decide from.' })
  async appeals(
    @Ctx() ctx: RequestContext,
    @Arg('state', () => AppealStateEnum, { nullable: true, description: 'Only appeals in this state (e.g. OPEN).' }) state: AppealState | undefined,
    @Arg('merchantId', () => ID, { nullable: true, description: "Only this merchant's." }) merchantId: string | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | undefined,
  ) {
    const cursor = decodeTimeCursor(after);
    const rows = await appeals.listAppeals(ctx, { state, merchantId, first: checkFirst(first), after: cursor && { openedAt: cursor.at, id: cursor.id } });
    return toConnection(rows, first, (a) => timeCursor(a.openedAt, a.id));
  }

  @Authorized('merchant')
  @Mutation(() => AppealPayload, { description: "Appeals the charge of one use, within the rule's appeal window (default 14 days). One appeal per use." })
  async appealUsage(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The appeal.' }) input: AppealUsageInput) {
    return payload('appeal', await appeals.appealUsage(ctx, merchantInScope(ctx, actorOf(ctx).merchantId), input));
  }

  @Authorized('ops_admin')
  @Mutation(() => AppealPayload, { description: "Decides an open appeal, once. UPHELD moves the merchant's part of the charge to the platform; the member's quota is never touched." })
  async decideAppeal(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The decision.' }) input: DecideAppealInput) {
    return payload('appeal', await appeals.decideAppeal(ctx, input));
  }
}

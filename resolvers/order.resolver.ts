import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanReadOrder, assertCanReadUser } from '../src/auth/access';
import { RequestContext } from '../src/context';
import { notFound } from '../src/errors';
import { entitlementsOf } from '../src/services/entitlement.service';
import * as orders from '../src/services/order.service';
import { AT_DESCRIPTION, BENEFIT_CODES_DESCRIPTION, EntitlementType } from './types/entitlement.types';
import { RecordOrderInput } from './inputs/membership.inputs';
import { payload } from './payload';
import { OrderPayload } from './types/payloads';
import { OrderType, UserType } from './types/user.types';

@Resolver(() => OrderType)
export class OrderResolver {
  @Authorized()
  @Query(() => OrderType)
  async order(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    const order = await orders.findOrder(ctx, id);
    if (!order) throw notFound('Order', id);
    assertCanReadOrder(ctx, order);
    return order;
  }

  // An order's facts are readable by the order system too; its owner's data is not.
  @FieldResolver(() => UserType)
  user(@Ctx() ctx: RequestContext, @Root() order: OrderType): UserType {
    assertCanReadUser(ctx, order.userId);
    return { id: order.userId };
  }

  @FieldResolver(() => [EntitlementType], { description: "Which after-sales options apply to this order, decided by the owner's memberships." })
  entitlements(
    @Ctx() ctx: RequestContext,
    @Root() order: OrderType,
    @Arg('at', () => Date, { nullable: true, description: AT_DESCRIPTION }) at?: Date,
    @Arg('benefitCodes', () => [String], { nullable: true, description: BENEFIT_CODES_DESCRIPTION }) benefitCodes?: string[],
  ) {
    assertCanReadUser(ctx, order.userId);
    return entitlementsOf(ctx, order.userId, { order, at, benefitCodes });
  }

  @Authorized('service')
  @Mutation(() => OrderPayload, { description: "Upserts the order by the platform's order id." })
  async recordOrder(@Ctx() ctx: RequestContext, @Arg('input') input: RecordOrderInput) {
    return payload('order', await orders.recordOrder(ctx, input));
  }
}

import { PLATFORM_ROLES } from '../src/auth/roles';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanReadOrder } from '../src/auth/access';
import { RequestContext } from '../src/context';
import { notFound } from '../src/errors';
import { entitlementsOf } from '../src/services/entitlement.service';
import * as orders from '../src/services/order.service';
import { itsOwner, ReadableBy } from './access';
import { AT_DESCRIPTION, BENEFIT_CODES_DESCRIPTION, EntitlementType } from './types/entitlement.types';
import { RecordOrderInput } from './inputs/membership.inputs';
import { payload } from './payload';
import { selects } from './selection';
import { OrderPayload } from './types/payloads';
import { OrderType, UserType } from './types/user.types';

// Every field of Order checks that the actor may read the order (@ReadableBy on OrderType): its
// owner, staff and the order system. The owner's data on it (user, entitlements, usage in
// usage.resolver.ts) also checks that the actor may read the owner, which the order system may not.
@Resolver(() => OrderType)
export class OrderResolver {
  @Authorized(...PLATFORM_ROLES)
  @Query(() => OrderType, { description: 'An order by id: for its owner, staff and the order system.' })
  async order(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The platform's order id." }) id: string, @Info() info: GraphQLResolveInfo) {
    // Asked for its entitlements: the order and its owner's facts in one statement.
    const order = await orders.findOrder(ctx, id, selects(info, 'entitlements'));
    if (!order) throw notFound('Order', id);
    assertCanReadOrder(ctx, order);
    return order;
  }

  @ReadableBy(itsOwner)
  @FieldResolver(() => UserType, { description: 'The customer who placed the order (not for the order system).' })
  user(@Root() order: OrderType): UserType {
    return { id: order.userId };
  }

  @ReadableBy(itsOwner)
  @FieldResolver(() => [EntitlementType], { description: "Which after-sales options apply to this order, decided by the owner's memberships (not for the order system)." })
  entitlements(
    @Ctx() ctx: RequestContext,
    @Root() order: OrderType,
    @Arg('at', () => Date, { nullable: true, description: AT_DESCRIPTION }) at?: Date,
    @Arg('benefitCodes', () => [String], { nullable: true, description: BENEFIT_CODES_DESCRIPTION }) benefitCodes?: string[],
  ) {
    return entitlementsOf(ctx, order.userId, { order, at, benefitCodes });
  }

  @Authorized('service')
  @Mutation(() => OrderPayload, { description: "Upserts the order by the platform's order id." })
  async recordOrder(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The order facts.' }) input: RecordOrderInput) {
    return payload('order', await orders.recordOrder(ctx, input));
  }
}

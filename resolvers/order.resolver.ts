import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanReadOrder } from '../src/auth/access';
import { RequestContext } from '../src/context';
import { notFound } from '../src/errors';
import * as orders from '../src/services/order.service';
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

  @FieldResolver(() => UserType)
  user(@Root() order: OrderType): UserType {
    return { id: order.userId };
  }

  @Authorized('service')
  @Mutation(() => OrderPayload, { description: "Upserts the order by the platform's order id." })
  async recordOrder(@Ctx() ctx: RequestContext, @Arg('input') input: RecordOrderInput) {
    return payload('order', await orders.recordOrder(ctx, input));
  }
}

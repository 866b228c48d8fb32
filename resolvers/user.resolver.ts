import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertCanReadUser } from '../src/auth/access';
import { actorOf, RequestContext } from '../src/context';
import { badInput } from '../src/errors';
import { entitlementsOf, orderOfUser } from '../src/services/entitlement.service';
import { membershipsOf, tierOfUser } from '../src/services/membership.service';
import { AT_DESCRIPTION, BENEFIT_CODES_DESCRIPTION, EntitlementType } from './types/entitlement.types';
import { TierType } from './types/catalog.types';
import { MembershipType, UserType } from './types/user.types';

// Every field of User checks that the actor may read that user (@ReadableBy on UserType), however
// the User was reached; the roots below also check once up front, so a refused read fails early.
@Resolver(() => UserType)
export class UserResolver {
  @Authorized('customer', 'cs_agent', 'ops_admin')
  @Query(() => UserType, { description: 'The signed-in user (the token subject), for customers and staff.' })
  me(@Ctx() ctx: RequestContext): UserType {
    return { id: actorOf(ctx).id };
  }

  @Authorized('customer', 'cs_agent', 'ops_admin')
  @Query(() => UserType, { description: "Any user for staff; a customer only their own. Users are the platform's, so any id resolves (with the default tier when it has no membership)." })
  user(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The platform's user id." }) id: string): UserType {
    assertCanReadUser(ctx, id);
    return { id };
  }

  @Authorized('cs_agent', 'ops_admin')
  @Query(() => [UserType], { description: 'Several users at once (at most 100), in the order asked, for CS dashboards.' })
  users(@Arg('ids', () => [ID], { description: "The platform's user ids, at most 100." }) ids: string[]): UserType[] {
    if (ids.length > 100) throw badInput([{ field: 'ids', message: 'at most 100 ids per request' }]);
    return ids.map((id) => ({ id }));
  }

  @FieldResolver(() => [EntitlementType], { description: 'One entitlement per benefit of the catalog; with orderId, for that order of this user.' })
  async entitlements(
    @Ctx() ctx: RequestContext,
    @Root() user: UserType,
    @Arg('orderId', () => ID, { nullable: true, description: "One of this user's orders: decide for it (conditions, per-order cap, order-time tier)." }) orderId?: string,
    @Arg('at', () => Date, { nullable: true, description: AT_DESCRIPTION }) at?: Date,
    @Arg('benefitCodes', () => [String], { nullable: true, description: BENEFIT_CODES_DESCRIPTION }) benefitCodes?: string[],
  ) {
    const order = orderId ? await orderOfUser(ctx, user.id, orderId) : null;
    return entitlementsOf(ctx, user.id, { order, at, benefitCodes });
  }

  @FieldResolver(() => TierType, { nullable: true, description: 'The tier held at `at` (default now): highest-ranked covering membership, else the default tier.' })
  tier(
    @Ctx() ctx: RequestContext,
    @Root() user: UserType,
    @Arg('at', () => Date, { nullable: true, description: 'The instant to answer for (default now).' }) at?: Date,
  ) {
    return tierOfUser(ctx, user.id, at ?? ctx.now);
  }

  @FieldResolver(() => [MembershipType], { description: 'Every membership, past, current and future, oldest first.' })
  memberships(@Ctx() ctx: RequestContext, @Root() user: UserType) {
    return membershipsOf(ctx, user.id);
  }
}

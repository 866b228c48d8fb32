import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertCanReadUser } from '../src/auth/access';
import { actorOf, RequestContext } from '../src/context';
import { membershipsOf, tierOfUser } from '../src/services/membership.service';
import { TierType } from './types/catalog.types';
import { MembershipType, UserType } from './types/user.types';

@Resolver(() => UserType)
export class UserResolver {
  @Authorized()
  @Query(() => UserType, { description: 'The signed-in user (the token subject).' })
  me(@Ctx() ctx: RequestContext): UserType {
    return { id: actorOf(ctx).id };
  }

  @Authorized('customer', 'cs_agent', 'ops_admin')
  @Query(() => UserType, { description: "Any user for staff; a customer only their own. Users are the platform's, so any id resolves (with the default tier when it has no membership)." })
  user(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): UserType {
    assertCanReadUser(ctx, id);
    return { id };
  }

  @FieldResolver(() => TierType, { nullable: true, description: 'The tier held at `at` (default now): highest-ranked covering membership, else the default tier.' })
  tier(@Ctx() ctx: RequestContext, @Root() user: UserType, @Arg('at', () => Date, { nullable: true }) at?: Date) {
    return tierOfUser(ctx, user.id, at ?? ctx.now);
  }

  @FieldResolver(() => [MembershipType], { description: 'Every membership, past, current and future, oldest first.' })
  memberships(@Ctx() ctx: RequestContext, @Root() user: UserType) {
    return membershipsOf(ctx, user.id);
  }
}

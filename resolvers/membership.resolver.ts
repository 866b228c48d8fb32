import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../src/context';
import * as memberships from '../src/services/membership.service';
import { AssignMembershipInput, EndMembershipInput } from './inputs/membership.inputs';
import { payload } from './payload';
import { TierType } from './types/catalog.types';
import { MembershipPayload } from './types/payloads';
import { MembershipType } from './types/user.types';

@Resolver(() => MembershipType)
export class MembershipResolver {
  @FieldResolver(() => TierType, { description: 'The tier held.' })
  async tier(@Ctx() ctx: RequestContext, @Root() membership: MembershipType) {
    return (await ctx.loaders.tiers()).find((t) => t.id === membership.tierId);
  }

  @Authorized('ops_admin')
  @Mutation(() => MembershipPayload, { description: 'Memberships may overlap; the highest-ranked covering one decides the tier.' })
  async assignMembership(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Who holds which tier, over when.' }) input: AssignMembershipInput) {
    return payload('membership', await memberships.assignMembership(ctx, input));
  }

  @Authorized('ops_admin')
  @Mutation(() => MembershipPayload, { description: 'Sets endsAt (default now); nothing is deleted.' })
  async endMembership(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Which membership ends, and when.' }) input: EndMembershipInput) {
    return payload('membership', await memberships.endMembership(ctx, input));
  }
}

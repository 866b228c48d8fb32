import crypto from 'node:crypto';
import { Membership, Tier } from '../../entities';
import { RequestContext } from '../context';
import { membershipAt } from '../domain/membership';
import { MembershipSource } from '../domain/types';
import { notFound } from '../errors';
import { recordAudit } from './audit.service';
import { writeOnce } from './idempotency';
import { Outcome, refuse } from './outcome';
import { tierForWrite } from './tier.service';

export interface AssignMembershipInput {
  idempotencyKey?: string | null;
  userId: string;
  tierCode: string;
  startsAt?: Date | null;
  endsAt?: Date | null;
  source: MembershipSource;
}

export interface EndMembershipInput {
  idempotencyKey?: string | null;
  membershipId: string;
  endsAt?: Date | null;
}

export function membershipsOf(ctx: RequestContext, userId: string): Promise<Membership[]> {
  return ctx.loaders.membershipsByUser.load(userId);
}

/** The tier a user holds at `at`: highest-ranked covering membership, else the default tier. */
export async function tierOfUser(ctx: RequestContext, userId: string, at: Date): Promise<Tier | null> {
  // The member's facts are read with their entitlements (one statement for both fields).
  const facts = await ctx.loaders.memberFacts.load({ userId, orderId: null });
  const catalog = await ctx.catalog.atLeast(facts.catalogVersion);
  const decision = membershipAt(facts.memberships, catalog.tierFacts, userId, at);
  return decision ? catalog.tierById.get(decision.tier.id) ?? null : null;
}

/** Memberships of a tier covering `at`, newest start first; the cursor is the last row's (startsAt, id). */
export function membersOfTier(
  ctx: RequestContext,
  tierId: string,
  opts: { at: Date; first: number; after: { startsAt: Date; id: string } | null },
): Promise<Membership[]> {
  const qb = ctx.em.getRepository(Membership).createQueryBuilder('m')
    .where('m.tierId = :tierId', { tierId })
    .andWhere('m.startsAt <= :at', { at: opts.at })
    .andWhere('(m.endsAt IS NULL OR m.endsAt > :at)', { at: opts.at });
  if (opts.after) {
    qb.andWhere('(m.startsAt < :s OR (m.startsAt = :s AND m.id < :id))', { s: opts.after.startsAt, id: opts.after.id });
  }
  return qb.orderBy('m.startsAt', 'DESC').addOrderBy('m.id', 'DESC').take(opts.first + 1).getMany();
}

export function assignMembership(ctx: RequestContext, input: AssignMembershipInput): Promise<Outcome<Membership>> {
  return writeOnce(ctx, 'assignMembership', input, async (tx) => {
    const startsAt = input.startsAt ?? ctx.now;
    const endsAt = input.endsAt ?? null;
    if (endsAt !== null && endsAt <= startsAt) refuse('INVALID_RANGE', 'input.endsAt', 'endsAt must be after startsAt.');
    const tier = await tierForWrite(tx, input.tierCode);
    if (tier.archivedAt) refuse('TIER_ARCHIVED', 'input.tierCode', `Tier ${tier.code} is archived and takes no new memberships.`);
    const membership = tx.em.create(Membership, {
      id: crypto.randomUUID(),
      userId: input.userId,
      tierId: tier.id,
      startsAt,
      endsAt,
      source: input.source,
      createdBy: ctx.actor?.id ?? 'system',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await tx.em.insert(Membership, membership);
    await recordAudit(tx, {
      action: 'membership.assign', entityType: 'membership', entityId: membership.id, before: null,
      after: { ...membership, tierCode: tier.code },
    });
    return membership;
  });
}

/** Ending sets endsAt (default now); a membership can be ended earlier, never extended this way. */
export function endMembership(ctx: RequestContext, input: EndMembershipInput): Promise<Outcome<Membership>> {
  return writeOnce(ctx, 'endMembership', input, async (tx) => {
    const membership = await tx.em.findOneBy(Membership, { id: input.membershipId });
    if (!membership) throw notFound('Membership', input.membershipId);
    const endsAt = input.endsAt ?? ctx.now;
    if (membership.endsAt !== null && membership.endsAt <= endsAt) {
      refuse('ALREADY_ENDED', 'input.endsAt', `This membership already ends at ${membership.endsAt.toISOString()}.`);
    }
    if (endsAt < membership.startsAt) {
      refuse('INVALID_RANGE', 'input.endsAt', `endsAt must not be before the membership starts (${membership.startsAt.toISOString()}).`);
    }
    const before = { ...membership };
    membership.endsAt = endsAt;
    membership.updatedAt = ctx.now;
    await tx.em.save(membership);
    await recordAudit(tx, { action: 'membership.end', entityType: 'membership', entityId: membership.id, before, after: membership });
    return membership;
  });
}

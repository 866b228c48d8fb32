import crypto from 'node:crypto';
import { Not } from 'typeorm';
import { Tier } from '../../entities';
import { RequestContext } from '../context';
import { notFound } from '../errors';
import { recordAudit } from './audit.service';
import { archiveAudited, changeCatalog } from './catalog-write';
import { Outcome, refuse } from './outcome';

export interface CreateTierInput {
  idempotencyKey?: string | null;
  code: string;
  name: string;
  rank: number;
  description?: string | null;
  isDefault?: boolean | null;
}

export interface UpdateTierInput {
  idempotencyKey?: string | null;
  code: string;
  name?: string | null;
  rank?: number | null;
  description?: string | null;
  isDefault?: boolean | null;
}

export async function listTiers(ctx: RequestContext, includeArchived: boolean): Promise<Tier[]> {
  const tiers = await ctx.loaders.tiers();
  return includeArchived ? tiers : tiers.filter((t) => !t.archivedAt);
}

export async function findTier(ctx: RequestContext, code: string): Promise<Tier | null> {
  return (await ctx.loaders.tiers()).find((t) => t.code === code) ?? null;
}

/** For writes: the tier row as the transaction sees it, or a NOT_FOUND error. */
export async function tierForWrite(tx: RequestContext, code: string): Promise<Tier> {
  const tier = await tx.em.findOneBy(Tier, { code });
  if (!tier) throw notFound('Tier', code);
  return tier;
}

async function assertRankFree(tx: RequestContext, rank: number, exceptId?: string) {
  const holder = await tx.em.findOneBy(Tier, exceptId ? { rank, id: Not(exceptId) } : { rank });
  if (holder) refuse('RANK_TAKEN', 'input.rank', `Rank ${rank} is already held by tier ${holder.code}; ranks are unique.`);
}

/** Only one tier is the default; making one the default unmarks the previous one (audited). */
async function takeDefault(tx: RequestContext, tier: Tier) {
  const previous = await tx.em.findBy(Tier, { isDefault: true, id: Not(tier.id) });
  for (const p of previous) {
    const before = { ...p };
    p.isDefault = false;
    p.updatedAt = tx.now;
    await tx.em.save(p);
    await recordAudit(tx, { action: 'tier.update', entityType: 'tier', entityId: p.code, before, after: p });
  }
}

export function createTier(ctx: RequestContext, input: CreateTierInput): Promise<Outcome<Tier>> {
  return changeCatalog(ctx, 'createTier', input, async (tx) => {
    if (await tx.em.findOneBy(Tier, { code: input.code })) {
      refuse('CODE_TAKEN', 'input.code', `A tier with code ${input.code} already exists.`);
    }
    await assertRankFree(tx, input.rank);
    const tier = tx.em.create(Tier, {
      id: crypto.randomUUID(),
      code: input.code,
      name: input.name,
      rank: input.rank,
      description: input.description ?? '',
      isDefault: input.isDefault ?? false,
      archivedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (tier.isDefault) await takeDefault(tx, tier);
    await tx.em.insert(Tier, tier);
    await recordAudit(tx, { action: 'tier.create', entityType: 'tier', entityId: tier.code, before: null, after: tier });
    return tier;
  });
}

export function updateTier(ctx: RequestContext, input: UpdateTierInput): Promise<Outcome<Tier>> {
  return changeCatalog(ctx, 'updateTier', input, async (tx) => {
    const tier = await tierForWrite(tx, input.code);
    const before = { ...tier };
    if (input.rank != null && input.rank !== tier.rank) await assertRankFree(tx, input.rank, tier.id);
    if (input.isDefault && tier.archivedAt) {
      refuse('TIER_ARCHIVED', 'input.isDefault', `Tier ${tier.code} is archived and cannot be the default.`);
    }
    if (input.name != null) tier.name = input.name;
    if (input.rank != null) tier.rank = input.rank;
    if (input.description != null) tier.description = input.description;
    if (input.isDefault != null) tier.isDefault = input.isDefault;
    tier.updatedAt = ctx.now;
    if (input.isDefault) await takeDefault(tx, tier);
    await tx.em.save(tier);
    await recordAudit(tx, { action: 'tier.update', entityType: 'tier', entityId: tier.code, before, after: tier });
    return tier;
  });
}

/** Archived tiers keep their history but take no new memberships or rules. */
export function archiveTier(ctx: RequestContext, input: { code: string; idempotencyKey?: string | null }): Promise<Outcome<Tier>> {
  const { code } = input;
  return changeCatalog(ctx, 'archiveTier', input, async (tx) => {
    const tier = await tierForWrite(tx, code);
    if (tier.archivedAt) refuse('TIER_ARCHIVED', 'input.code', `Tier ${code} is already archived.`);
    if (tier.isDefault) {
      refuse('TIER_IS_DEFAULT', 'input.code', `Tier ${code} is the default tier; make another tier the default first.`);
    }
    return archiveAudited(tx, tier, { type: 'tier', id: tier.code });
  });
}

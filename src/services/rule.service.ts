// Versioned tier-benefit rules: a change closes the version in force and opens a new one, so
// history is never rewritten and any past decision can be reproduced with `at`.
import crypto from 'node:crypto';
import { Benefit, Tier, TierBenefitRule } from '../../entities';
import { RequestContext } from '../context';
import { inForce } from '../domain/rules';
import { lockRow } from '../db/transaction';
import { Funder, PeriodKind, RuleConditions, TierBasis, UsageCause } from '../domain/types';
import { notFound } from '../errors';
import { recordAudit } from './audit.service';
import { changeCatalog } from './catalog-write';
import { Outcome, refuse } from './outcome';

export interface SetTierBenefitInput {
  idempotencyKey?: string | null;
  tierCode: string;
  benefitCode: string;
  limit?: number | null;
  period?: PeriodKind | null;
  periodDays?: number | null;
  perOrderLimit?: number | null;
  tierBasis?: TierBasis | null;
  conditions?: RuleConditions | null;
  config?: Record<string, unknown> | null;
  effectiveFrom?: Date | null;
  effectiveTo?: Date | null;
  funding?: RuleFundingInput | null;
  quotaCauses?: UsageCause[] | null;
  appealWindowDays?: number | null;
}

export interface RuleFundingInput {
  funder: Funder;
  merchantShareBp?: number | null;
  unitCost?: number | null;
  costCurrency?: string | null;
}

export interface EndTierBenefitInput {
  idempotencyKey?: string | null;
  tierCode: string;
  benefitCode: string;
  effectiveTo?: Date | null;
}

/**
 * The largest limit a rule takes. With a user's grants of the benefit capped at 2^52
 * (grant.service.ts MAX_GRANTED), limit + granted stays within 2^53−1, so every figure of an
 * entitlement is an exact integer whatever is stored; the two caps need no check against each other.
 */
export const MAX_LIMIT = 2 ** 52 - 1;

const isEmpty = (r: TierBenefitRule) => r.effectiveTo !== null && r.effectiveTo <= r.effectiveFrom;

/** Versions of a tier in force at `at` (each tier × benefit has at most one). */
export async function rulesOfTier(ctx: RequestContext, tierId: string, at: Date): Promise<TierBenefitRule[]> {
  return (await ctx.loaders.rules()).filter((r) => r.tierId === tierId && inForce(r, at));
}

async function writeTarget(tx: RequestContext, tierCode: string, benefitCode: string) {
  // Locking the tier row serialises rule changes of one tier across processes, so two
  // concurrent changes cannot both pass the overlap check.
  const tier = await lockRow(tx.em, Tier, { code: tierCode });
  if (!tier) throw notFound('Tier', tierCode);
  const benefit = await tx.em.findOneBy(Benefit, { code: benefitCode });
  if (!benefit) throw notFound('Benefit', benefitCode);
  const versions = (
    await tx.em.find(TierBenefitRule, { where: { tierId: tier.id, benefitId: benefit.id }, order: { effectiveFrom: 'ASC' } })
  ).filter((r) => !isEmpty(r));
  return { tier, benefit, versions };
}

function checkShape(benefit: Benefit, input: SetTierBenefitInput) {
  if (benefit.kind === 'ACCESS') {
    if (input.limit != null || input.period != null || input.perOrderLimit != null) {
      refuse('RULE_SHAPE', 'input.limit', `${benefit.code} is an ACCESS benefit: it takes config, not limit, period or perOrderLimit.`);
    }
    return;
  }
  if (input.limit == null) refuse('RULE_SHAPE', 'input.limit', `${benefit.code} is a ${benefit.kind} benefit: limit is required.`);
  if (input.period == null) refuse('RULE_SHAPE', 'input.period', `${benefit.code} is a ${benefit.kind} benefit: period is required.`);
  if (input.period === 'ROLLING_DAYS' && input.periodDays == null) {
    refuse('RULE_SHAPE', 'input.periodDays', 'A ROLLING_DAYS period needs periodDays.');
  }
  if (input.period !== 'ROLLING_DAYS' && input.periodDays != null) {
    refuse('RULE_SHAPE', 'input.periodDays', 'periodDays applies only to a ROLLING_DAYS period.');
  }
}

function checkFunding(benefit: Benefit, input: SetTierBenefitInput) {
  const f = input.funding;
  if (f) {
    if (f.funder === 'SPLIT' && f.merchantShareBp == null) refuse('FUNDING_SHAPE', 'input.funding.merchantShareBp', 'A SPLIT funding needs merchantShareBp (1-9999).');
    if (f.funder !== 'SPLIT' && f.merchantShareBp != null) refuse('FUNDING_SHAPE', 'input.funding.merchantShareBp', `merchantShareBp goes with SPLIT only; ${f.funder} pays all.`);
    if (benefit.kind === 'AMOUNT' && (f.unitCost != null || f.costCurrency != null)) {
      refuse('FUNDING_SHAPE', 'input.funding.unitCost', `${benefit.code} is a money budget: a use costs its amount, in ${benefit.unit}.`);
    }
  }
  if (input.quotaCauses && input.quotaCauses.length === 0) refuse('FUNDING_SHAPE', 'input.quotaCauses', 'quotaCauses needs at least one cause (omit it for CUSTOMER_PREFERENCE only).');
}

/** Ends or cancels every version of a benefit that is in force at `at` or scheduled after it (audited). */
export async function endAllVersions(tx: RequestContext, benefitId: string, at: Date): Promise<number> {
  const versions = await tx.em.findBy(TierBenefitRule, { benefitId });
  let ended = 0;
  for (const v of versions) {
    if (inForce(v, at)) await closeVersion(tx, v, at, 'rule.end');
    else if (v.effectiveFrom > at && !isEmpty(v)) await closeVersion(tx, v, v.effectiveFrom, 'rule.cancel');
    else continue;
    ended++;
  }
  return ended;
}

async function closeVersion(tx: RequestContext, v: TierBenefitRule, at: Date, action: string) {
  const before = { ...v };
  v.effectiveTo = at;
  await tx.em.save(v);
  await recordAudit(tx, { action, entityType: 'rule', entityId: v.id, before, after: v });
}

export function setTierBenefit(ctx: RequestContext, input: SetTierBenefitInput): Promise<Outcome<TierBenefitRule>> {
  return changeCatalog(ctx, 'setTierBenefit', input, async (tx) => {
    const from = input.effectiveFrom ?? ctx.now;
    const to = input.effectiveTo ?? null;
    if (from < ctx.now) {
      refuse('RULE_IN_PAST', 'input.effectiveFrom', 'effectiveFrom is in the past; rules change from now on, history is never rewritten.');
    }
    if (to !== null && to <= from) refuse('INVALID_RANGE', 'input.effectiveTo', 'effectiveTo must be after effectiveFrom.');
    const { tier, benefit, versions } = await writeTarget(tx, input.tierCode, input.benefitCode);
    if (tier.archivedAt) refuse('TIER_ARCHIVED', 'input.tierCode', `Tier ${tier.code} is archived.`);
    if (benefit.archivedAt) refuse('BENEFIT_ARCHIVED', 'input.benefitCode', `Benefit ${benefit.code} is archived.`);
    checkRuleInput(benefit, input);

    const later = versions.find((v) => v.effectiveFrom > from && (to === null || v.effectiveFrom < to));
    if (later) {
      refuse('RULE_OVERLAP', 'input.effectiveTo',
        `A version of ${tier.code} × ${benefit.code} is scheduled from ${later.effectiveFrom.toISOString()}; ` +
        `set effectiveTo to that instant or earlier, or end that version first.`);
    }
    for (const v of versions) {
      // A version scheduled for the same instant is replaced (it never took effect);
      // the version in force at `from` is closed there.
      if (v.effectiveFrom.getTime() === from.getTime()) await closeVersion(tx, v, v.effectiveFrom, 'rule.cancel');
      else if (inForce(v, from)) await closeVersion(tx, v, from, 'rule.close');
    }
    const rule = tx.em.create(TierBenefitRule, {
      id: crypto.randomUUID(),
      tierId: tier.id,
      benefitId: benefit.id,
      ...ruleVersionFields(input),
      effectiveFrom: from,
      effectiveTo: to,
      createdBy: ctx.actor?.id ?? 'system',
      createdAt: ctx.now,
    });
    await tx.em.insert(TierBenefitRule, rule);
    await recordAudit(tx, { action: 'rule.set', entityType: 'rule', entityId: rule.id, before: null, after: rule });
    return rule;
  });
}

/** What a version grants, as setTierBenefit stores it (simulateRuleChange replays the same). */
export function ruleVersionFields(input: SetTierBenefitInput) {
  return {
    limit: input.limit ?? null,
    period: input.period ?? null,
    periodDays: input.periodDays ?? null,
    perOrderLimit: input.perOrderLimit ?? null,
    tierBasis: input.tierBasis ?? 'BEST_OF',
    conditions: compactConditions(input.conditions),
    config: input.config ?? null,
    funder: input.funding?.funder ?? null,
    merchantShareBp: input.funding?.merchantShareBp ?? null,
    unitCost: input.funding?.unitCost ?? null,
    costCurrency: input.funding?.costCurrency ?? null,
    quotaCauses: input.quotaCauses ? [...new Set(input.quotaCauses)] : null,
    appealWindowDays: input.appealWindowDays ?? null,
  } satisfies Partial<TierBenefitRule>;
}

/** Refuses a version the benefit cannot take (shape, funding, size); fields named from `input.`. */
export function checkRuleInput(benefit: Benefit, input: SetTierBenefitInput): void {
  if (input.limit != null && input.limit > MAX_LIMIT) {
    refuse('AMOUNT_TOO_LARGE', 'input.limit', `limit is at most ${MAX_LIMIT} (2^52−1), so that the limit plus a user's grants stays an exact integer.`);
  }
  checkShape(benefit, input);
  checkFunding(benefit, input);
}

/** Drops absent conditions so stored rules say only what they restrict. */
function compactConditions(c: RuleConditions | null | undefined): Record<string, unknown> | null {
  if (!c) return null;
  const entries = Object.entries(c).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
  return entries.length ? Object.fromEntries(entries) : null;
}

/** The tier stops granting the benefit at effectiveTo (default now); scheduled versions after it are cancelled. */
export function endTierBenefit(ctx: RequestContext, input: EndTierBenefitInput): Promise<Outcome<TierBenefitRule>> {
  return changeCatalog(ctx, 'endTierBenefit', input, async (tx) => {
    const at = input.effectiveTo ?? ctx.now;
    if (at < ctx.now) refuse('RULE_IN_PAST', 'input.effectiveTo', 'effectiveTo is in the past; history is never rewritten.');
    const { tier, benefit, versions } = await writeTarget(tx, input.tierCode, input.benefitCode);
    const current = versions.find((v) => inForce(v, at));
    const scheduled = versions.filter((v) => v.effectiveFrom > at);
    if (!current && scheduled.length === 0) {
      return refuse('RULE_NOT_FOUND', 'input.benefitCode', `Tier ${tier.code} does not grant ${benefit.code} at or after ${at.toISOString()}.`);
    }
    if (current) await closeVersion(tx, current, at, 'rule.end');
    for (const v of scheduled) await closeVersion(tx, v, v.effectiveFrom, 'rule.cancel');
    return current ?? scheduled[0];
  });
}

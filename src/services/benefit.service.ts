import crypto from 'node:crypto';
import { Benefit } from '../../entities';
import { RequestContext } from '../context';
import { BenefitKind, FundedBy } from '../domain/types';
import { notFound } from '../errors';
import { recordAudit } from './audit.service';
import { archiveAudited, changeCatalog } from './catalog-write';
import { Outcome, refuse } from './outcome';
import { endAllVersions } from './rule.service';

export interface DefineBenefitInput {
  idempotencyKey?: string | null;
  code: string;
  name: string;
  kind: BenefitKind;
  /** COUNT: the name of one use; AMOUNT: the ISO 4217 currency of the budget. */
  unit?: string | null;
  fundedBy: FundedBy;
  description?: string | null;
}

export interface UpdateBenefitInput {
  idempotencyKey?: string | null;
  code: string;
  name?: string | null;
  unit?: string | null;
  fundedBy?: FundedBy | null;
  description?: string | null;
}

function checkUnit(kind: string, unit: string | null | undefined) {
  if (kind === 'AMOUNT' && !/^[A-Z]{3}$/.test(unit ?? '')) {
    refuse('CURRENCY_REQUIRED', 'input.unit', 'An AMOUNT benefit needs its ISO 4217 currency as unit, e.g. "CNY".');
  }
}

export function defineBenefit(ctx: RequestContext, input: DefineBenefitInput): Promise<Outcome<Benefit>> {
  return changeCatalog(ctx, 'defineBenefit', input, async (tx) => {
    if (await tx.em.findOneBy(Benefit, { code: input.code })) {
      refuse('CODE_TAKEN', 'input.code', `A benefit with code ${input.code} already exists.`);
    }
    checkUnit(input.kind, input.unit);
    const benefit = tx.em.create(Benefit, {
      id: crypto.randomUUID(),
      code: input.code,
      name: input.name,
      kind: input.kind,
      unit: input.unit ?? null,
      fundedBy: input.fundedBy,
      description: input.description ?? '',
      archivedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await tx.em.insert(Benefit, benefit);
    await recordAudit(tx, { action: 'benefit.define', entityType: 'benefit', entityId: benefit.code, before: null, after: benefit });
    return benefit;
  });
}

/** The kind never changes: past usage was counted in its units. */
export function updateBenefit(ctx: RequestContext, input: UpdateBenefitInput): Promise<Outcome<Benefit>> {
  return changeCatalog(ctx, 'updateBenefit', input, async (tx) => {
    const benefit = await tx.em.findOneBy(Benefit, { code: input.code });
    if (!benefit) throw notFound('Benefit', input.code);
    const before = { ...benefit };
    if (input.unit !== undefined && input.unit !== null) {
      if (benefit.kind === 'AMOUNT' && input.unit !== benefit.unit) {
        refuse('CURRENCY_FIXED', 'input.unit', `The currency of ${benefit.code} is ${benefit.unit} and cannot change; define a new benefit instead.`);
      }
      benefit.unit = input.unit;
    }
    if (input.name != null) benefit.name = input.name;
    if (input.fundedBy != null) benefit.fundedBy = input.fundedBy;
    if (input.description != null) benefit.description = input.description;
    benefit.updatedAt = ctx.now;
    await tx.em.save(benefit);
    await recordAudit(tx, { action: 'benefit.update', entityType: 'benefit', entityId: benefit.code, before, after: benefit });
    return benefit;
  });
}

/**
 * Archives a benefit: from now on no tier grants it (its rule versions in force end now, scheduled
 * ones are cancelled, all audited), entitlements no longer list it and new uses are refused with
 * BENEFIT_ARCHIVED. Its ledger and history stay.
 */
export function archiveBenefit(ctx: RequestContext, input: { code: string; idempotencyKey?: string | null }): Promise<Outcome<Benefit>> {
  return changeCatalog(ctx, 'archiveBenefit', input, async (tx) => {
    const benefit = await tx.em.findOneBy(Benefit, { code: input.code });
    if (!benefit) throw notFound('Benefit', input.code);
    if (benefit.archivedAt) refuse('BENEFIT_ARCHIVED', 'input.code', `${benefit.name} is already archived.`);
    await endAllVersions(tx, benefit.id, tx.now);
    return archiveAudited(tx, benefit, { type: 'benefit', id: benefit.code });
  });
}

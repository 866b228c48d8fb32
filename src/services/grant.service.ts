// Goodwill and promotion quota for one user and benefit, on top of the tier's limit. Audited.
import crypto from 'node:crypto';
import { QuotaGrant } from '../../entities';
import { actorOf, RequestContext } from '../context';
import { notFound } from '../errors';
import { benefitByCode } from './catalog';
import { lockMemberBenefit, writeCounters } from './counter';
import { TOTAL_KEY } from './member-facts';
import { recordAudit } from './audit.service';
import { EntitlementView, entitlementOfBenefit, factsForWrite } from './entitlement.service';
import { grantFacts } from './facts';
import { once } from './idempotency';
import { Outcome, refuse } from './outcome';
import { MAX_LIMIT } from './rule.service';
import { EntitlementSnapshot, restoreEntitlement, snapshotEntitlement } from './snapshot';

export interface GrantQuotaInput {
  userId: string;
  benefitCode: string;
  amount: number;
  reason: string;
  /** Default: when the user's current period of this benefit resets, so a grant never spills over. */
  expiresAt?: Date | null;
  idempotencyKey: string;
}

export interface GrantResult {
  grant: QuotaGrant;
  entitlement: EntitlementView;
}

/**
 * What one user's grants of one benefit may total, expired ones included: with a limit of at most
 * MAX_LIMIT, limit + granted stays within 2^53−1 at any instant, so reads never meet an inexact figure.
 */
export const MAX_GRANTED = Number.MAX_SAFE_INTEGER - MAX_LIMIT; // 2^52

/**
 * A grant takes the member's lock on the benefit (its TOTAL counter row, created at zero when the
 * member has never used it): two grants racing must not both pass the MAX_GRANTED check, and the
 * lock orders them. A use racing a grant decides under the same lock, on the grants it then sees.
 */
export async function grantQuota(ctx: RequestContext, input: GrantQuotaInput): Promise<Outcome<GrantResult>> {
  const benefit = await benefitByCode(ctx.catalog, input.benefitCode);
  if (!benefit) throw notFound('Benefit', input.benefitCode);
  const precheck = async () => {
    if (benefit.kind === 'ACCESS') {
      refuse('NOT_A_QUOTA', 'input.benefitCode', `${benefit.name} is an on/off right; only COUNT and AMOUNT benefits take extra quota.`);
    }
  };
  return once<{ grant: QuotaGrant; entitlement: EntitlementSnapshot }, GrantResult>(ctx, 'grantQuota', input, async (tx) => {
    if (!(await lockMemberBenefit(tx.em, input.userId, benefit.id))) {
      // A racing first grant or use that created the row first sends this one round again, locking.
      await writeCounters(tx.em, [{ userId: input.userId, benefitId: benefit.id, periodKey: TOTAL_KEY, held: 0, captured: 0, updatedAt: ctx.now }], false);
    }
    const { facts, catalog } = await factsForWrite(tx, input.userId, null);
    const before = entitlementOfBenefit(ctx, catalog, facts, benefit, null);
    const expiresAt = input.expiresAt ?? before.resetsAt;
    if (!expiresAt) {
      refuse('EXPIRY_REQUIRED', 'input.expiresAt', `${benefit.name} does not reset for this user; say when the grant expires.`);
    } else if (expiresAt <= ctx.now) {
      refuse('INVALID_RANGE', 'input.expiresAt', 'expiresAt must be in the future.');
    }
    const granted = facts.grants.reduce((sum, g) => (g.benefitId === benefit.id ? sum + g.amount : sum), 0);
    if (granted + input.amount > MAX_GRANTED) {
      refuse('AMOUNT_TOO_LARGE', 'input.amount',
        `Grants of ${benefit.name} to this user may total at most ${MAX_GRANTED} (2^52); ${granted} is granted already, so at most ${MAX_GRANTED - granted} more.`);
    }
    const grant: QuotaGrant = {
      id: crypto.randomUUID(),
      userId: input.userId,
      benefitId: benefit.id,
      amount: input.amount,
      startsAt: ctx.now,
      expiresAt,
      reason: input.reason,
      actorId: actorOf(ctx).id,
      createdAt: ctx.now,
    };
    await tx.em.createQueryBuilder().insert().into(QuotaGrant).values(grant).updateEntity(false).execute();
    await recordAudit(tx, { action: 'grant.create', entityType: 'grant', entityId: grant.id, before: null, after: { ...grant, benefitCode: benefit.code } });
    const after = entitlementOfBenefit(ctx, catalog, { ...facts, grants: [...facts.grants, grantFacts(grant)] }, benefit, null);
    return { grant, entitlement: snapshotEntitlement(after) };
  }, async (r) => ({ grant: r.grant, entitlement: await restoreEntitlement(ctx, r.entitlement) }), precheck);
}

// Goodwill and promotion quota for one user and benefit, on top of the tier's limit. Audited.
import crypto from 'node:crypto';
import { Benefit, QuotaGrant } from '../../entities';
import { actorOf, RequestContext } from '../context';
import { notFound } from '../errors';
import { recordAudit } from './audit.service';
import { decide, EntitlementView, factsForWrite } from './entitlement.service';
import { once } from './idempotency';
import { Outcome, refuse } from './outcome';
import { EntitlementSnapshot, restoreEntitlement, revive, snapshotEntitlement } from './snapshot';

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

export async function grantQuota(ctx: RequestContext, input: GrantQuotaInput): Promise<Outcome<GrantResult>> {
  const benefit = await ctx.db.manager.findOneBy(Benefit, { code: input.benefitCode });
  if (!benefit) throw notFound('Benefit', input.benefitCode);
  return once<{ grant: object; entitlement: EntitlementSnapshot }, GrantResult>(ctx, 'grantQuota', input, async (em) => {
    if (benefit.kind === 'ACCESS') {
      refuse('NOT_A_QUOTA', 'input.benefitCode', `${benefit.name} is an on/off right; only COUNT and AMOUNT benefits take extra quota.`);
    }
    const facts = await factsForWrite(em, input.userId, benefit);
    const now = decide(ctx, input.userId, facts, null, ctx.now)[0];
    const expiresAt = input.expiresAt ?? now.resetsAt;
    if (!expiresAt) {
      refuse('EXPIRY_REQUIRED', 'input.expiresAt', `${benefit.name} does not reset for this user; say when the grant expires.`);
    } else if (expiresAt <= ctx.now) {
      refuse('INVALID_RANGE', 'input.expiresAt', 'expiresAt must be in the future.');
    }
    const grant = em.create(QuotaGrant, {
      id: crypto.randomUUID(),
      userId: input.userId,
      benefitId: benefit.id,
      amount: input.amount,
      startsAt: ctx.now,
      expiresAt,
      reason: input.reason,
      actorId: actorOf(ctx).id,
      createdAt: ctx.now,
    });
    await em.insert(QuotaGrant, grant);
    await recordAudit(ctx, em, { action: 'grant.create', entityType: 'grant', entityId: grant.id, before: null, after: { ...grant, benefitCode: benefit.code } });
    const after = decide(ctx, input.userId, { ...facts, grants: [...facts.grants, grant] }, null, ctx.now)[0];
    return { grant, entitlement: snapshotEntitlement(after) };
  }, async (r) => ({ grant: revive<QuotaGrant>(r.grant), entitlement: await restoreEntitlement(ctx, r.entitlement) }));
}

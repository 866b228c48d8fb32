// Merchants' appeals against what a use charged them. One appeal per use (the unique usage_id
// backs the check made under the member's lock); ops decide it once. An upheld appeal moves the
// merchant's part of the charge to the platform by a compensating charge row: the member's quota
// and the use itself are never touched. Every step is audited.
import crypto from 'node:crypto';
import { Brackets } from 'typeorm';
import { Appeal, UsageEntry } from '../../entities';
import { actorOf, RequestContext } from '../context';
import { appealDeadline } from '../domain/funding';
import { AppealDecision, AppealState } from '../domain/types';
import { isDuplicateKey } from '../db/failures';
import { notFound } from '../errors';
import { recordAudit } from './audit.service';
import { moveMerchantShareToPlatform } from './charge';
import { lockMemberBenefit } from './counter';
import { ruleFacts } from './facts';
import { once } from './idempotency';
import { Outcome, refuse } from './outcome';

export interface AppealUsageInput {
  usageId: string;
  reason: string;
  evidence?: string[] | null;
  idempotencyKey: string;
}

export interface DecideAppealInput {
  appealId: string;
  decision: AppealDecision;
  note: string;
  idempotencyKey: string;
}

/** The use as the merchant may see it: another merchant's use does not exist for it. */
async function chargedUse(ctx: RequestContext, usageId: string, merchantId: string): Promise<UsageEntry> {
  const use = await ctx.em.findOneBy(UsageEntry, { id: usageId });
  if (!use || use.merchantId !== merchantId) throw notFound('Usage', usageId);
  return use;
}

/** Filed by the charged merchant (`merchantId`, from its token) within the rule's appeal window. */
export async function appealUsage(ctx: RequestContext, merchantId: string, input: AppealUsageInput): Promise<Outcome<Appeal>> {
  const use = await chargedUse(ctx, input.usageId, merchantId);
  const rule = (await ctx.loaders.catalog()).ruleById.get(use.ruleId)!;
  const deadline = appealDeadline(use.createdAt, ruleFacts(rule));
  const precheck = async () => {
    if (ctx.now.getTime() >= deadline.getTime()) {
      refuse('APPEAL_WINDOW_CLOSED', 'input.usageId', `Appeals against this use closed at ${deadline.toISOString()} (${Math.round((deadline.getTime() - use.createdAt.getTime()) / 86_400_000)} days after it was made).`);
    }
  };
  return once<Appeal, Appeal>(ctx, 'appealUsage', input, async (tx) => {
    // The member's lock on the benefit orders this with a reversal or a decision of the same use.
    await lockMemberBenefit(tx.em, use.userId, use.benefitId);
    // Read again under the lock: a reversal may have committed since.
    const now = (await tx.em.findOneBy(UsageEntry, { id: use.id }))!;
    if (now.merchantShareBp === 0 || now.state !== 'CAPTURED') {
      refuse('NOT_CHARGED', 'input.usageId', `This use charges you nothing (${now.state === 'CAPTURED' ? 'the platform pays it' : `it is ${now.state}`}): there is nothing to appeal.`);
    }
    if (await tx.em.findOneBy(Appeal, { usageId: use.id })) refuse('APPEAL_EXISTS', 'input.usageId', 'This use already has an appeal; a use takes one.');
    const appeal: Appeal = {
      id: crypto.randomUUID(), usageId: use.id, userId: use.userId, merchantId, reason: input.reason, evidence: input.evidence ?? [],
      state: 'OPEN', openedBy: actorOf(ctx).id, openedAt: ctx.now, decidedBy: null, decidedAt: null, decisionNote: null,
    };
    try {
      await tx.em.createQueryBuilder().insert().into(Appeal).values(appeal).updateEntity(false).execute();
    } catch (err) {
      if (isDuplicateKey(err)) refuse('APPEAL_EXISTS', 'input.usageId', 'This use already has an appeal; a use takes one.');
      throw err;
    }
    await recordAudit(tx, { action: 'appeal.open', entityType: 'appeal', entityId: appeal.id, before: null, after: appeal });
    return appeal;
  }, async (a) => a, precheck);
}

/** Ops decide an open appeal, once. */
export async function decideAppeal(ctx: RequestContext, input: DecideAppealInput): Promise<Outcome<Appeal>> {
  const appeal = await ctx.em.findOneBy(Appeal, { id: input.appealId });
  if (!appeal) throw notFound('Appeal', input.appealId);
  const use = (await ctx.em.findOneBy(UsageEntry, { id: appeal.usageId }))!;
  const decided = () => refuse('APPEAL_DECIDED', 'input.appealId', `This appeal was already decided (${appeal.state}); a decision is final.`);
  return once<Appeal, Appeal>(ctx, 'decideAppeal', input, async (tx) => {
    await lockMemberBenefit(tx.em, use.userId, use.benefitId);
    const after: Appeal = { ...appeal, state: input.decision, decidedBy: actorOf(ctx).id, decidedAt: ctx.now, decisionNote: input.note };
    // Only from OPEN: a racing decision of the same appeal has committed otherwise.
    const moved = await tx.em.createQueryBuilder().update(Appeal)
      .set({ state: after.state, decidedBy: after.decidedBy, decidedAt: after.decidedAt, decisionNote: after.decisionNote })
      .where('id = :id AND state = :open', { id: appeal.id, open: 'OPEN' }).updateEntity(false).execute();
    if (!moved.affected) decided();
    if (input.decision === 'UPHELD') await moveMerchantShareToPlatform(tx.em, use.id, actorOf(ctx).id, ctx.now);
    await recordAudit(tx, { action: 'appeal.decide', entityType: 'appeal', entityId: appeal.id, before: appeal, after });
    return after;
  }, async (a) => a, async () => {
    if (appeal.state !== 'OPEN') decided();
  });
}

/** Appeals oldest first (the decision queue); the cursor is the last one's (openedAt, id). */
export function listAppeals(
  ctx: RequestContext,
  opts: { state?: AppealState | null; merchantId?: string | null; first: number; after: { openedAt: Date; id: string } | null },
): Promise<Appeal[]> {
  const qb = ctx.em.getRepository(Appeal).createQueryBuilder('a');
  if (opts.state) qb.andWhere('a.state = :state', { state: opts.state });
  if (opts.merchantId) qb.andWhere('a.merchantId = :merchantId', { merchantId: opts.merchantId });
  if (opts.after) {
    const { openedAt, id } = opts.after;
    qb.andWhere(new Brackets((w) => w.where('a.openedAt > :at', { at: openedAt }).orWhere('a.openedAt = :at AND a.id > :id', { at: openedAt, id })));
  }
  return qb.orderBy('a.openedAt', 'ASC').addOrderBy('a.id', 'ASC').take(opts.first + 1).getMany();
}

// What a merchant is charged: the uses whose recorded split gives it a share (captured, or
// captured and later reversed), newest first, and its figures over a window. A merchant reads
// only its own; nothing here names a member's tier or other benefits.
import { Brackets } from 'typeorm';
import { Appeal, UsageCharge, UsageEntry } from '../../entities';
import { RequestContext } from '../context';
import { AppealState, UsageCause } from '../domain/types';

export interface ChargeFilter {
  from?: Date | null;
  to?: Date | null;
  benefitCode?: string | null;
  cause?: UsageCause | null;
  /** An appeal state, or NONE: not appealed. */
  appealState?: AppealState | 'NONE' | null;
}

/** One page (first + 1 rows) of the uses charged to `merchantId`; the cursor is the last use's (createdAt, id). */
export async function chargesOfMerchant(
  ctx: RequestContext,
  merchantId: string,
  opts: { first: number; after: { createdAt: Date; id: string } | null; filter: ChargeFilter },
): Promise<UsageEntry[]> {
  const f = opts.filter;
  const qb = ctx.em.getRepository(UsageEntry).createQueryBuilder('u')
    .where('u.merchantId = :merchantId AND u.merchantShareBp > 0', { merchantId })
    .andWhere('u.state IN (:...states)', { states: ['CAPTURED', 'REVERSED'] });
  if (f.from) qb.andWhere('u.createdAt >= :from', { from: f.from });
  if (f.to) qb.andWhere('u.createdAt < :to', { to: f.to });
  if (f.cause) qb.andWhere('u.cause = :cause', { cause: f.cause });
  if (f.benefitCode) {
    const benefit = (await ctx.loaders.catalog()).benefitByCode.get(f.benefitCode);
    if (!benefit) return [];
    qb.andWhere('u.benefitId = :benefitId', { benefitId: benefit.id });
  }
  if (f.appealState) {
    qb.leftJoin(Appeal, 'a', 'a.usageId = u.id');
    if (f.appealState === 'NONE') qb.andWhere('a.id IS NULL');
    else qb.andWhere('a.state = :appealState', { appealState: f.appealState });
  }
  if (opts.after) {
    const { createdAt, id } = opts.after;
    qb.andWhere(new Brackets((w) => w.where('u.createdAt < :at', { at: createdAt }).orWhere('u.createdAt = :at AND u.id < :id', { at: createdAt, id })));
  }
  return qb.orderBy('u.createdAt', 'DESC').addOrderBy('u.id', 'DESC').take(opts.first + 1).getMany();
}

export interface MoneyFigures {
  currency: string;
  /** Charged on capture. */
  charged: number;
  /** Taken back by reversals (negative or 0). */
  reversed: number;
  /** Moved to the platform by upheld appeals (negative or 0). */
  movedByAppeals: number;
  net: number;
}

export interface MerchantFigures {
  merchantId: string;
  from: Date;
  to: Date;
  chargedUses: number;
  money: MoneyFigures[];
  appeals: number;
  openAppeals: number;
  upheldAppeals: number;
  rejectedAppeals: number;
  /** Upheld among decided; null before any decision. */
  upheldShare: number | null;
  /** Hours from filing to decision over the decided appeals; null before any decision. */
  meanHoursToDecision: number | null;
  medianHoursToDecision: number | null;
}

/** A merchant's figures over [from, to): charge rows booked in the window, appeals filed in it. Three statements. */
export async function merchantFigures(ctx: RequestContext, merchantId: string, from: Date, to: Date): Promise<MerchantFigures> {
  const uses = await ctx.em.getRepository(UsageEntry).createQueryBuilder('u')
    .where('u.merchantId = :merchantId AND u.merchantShareBp > 0 AND u.state IN (:...states)', { merchantId, states: ['CAPTURED', 'REVERSED'] })
    .andWhere('u.createdAt >= :from AND u.createdAt < :to', { from, to })
    .getCount();
  const rows: Array<{ currency: string; kind: string; amount: string | number }> = await ctx.em.getRepository(UsageCharge).createQueryBuilder('c')
    .select('c.currency', 'currency').addSelect('c.kind', 'kind').addSelect('SUM(c.merchantAmount)', 'amount')
    .where('c.merchantId = :merchantId AND c.createdAt >= :from AND c.createdAt < :to', { merchantId, from, to })
    .groupBy('c.currency').addGroupBy('c.kind')
    .getRawMany();
  const money = new Map<string, MoneyFigures>();
  for (const r of rows) {
    const m = money.get(r.currency) ?? { currency: r.currency, charged: 0, reversed: 0, movedByAppeals: 0, net: 0 };
    const amount = Number(r.amount);
    if (r.kind === 'CHARGE') m.charged += amount;
    else if (r.kind === 'REVERSAL') m.reversed += amount;
    else m.movedByAppeals += amount;
    m.net += amount;
    money.set(r.currency, m);
  }
  const appeals = await ctx.em.getRepository(Appeal).createQueryBuilder('a')
    .select(['a.state', 'a.openedAt', 'a.decidedAt'])
    .where('a.merchantId = :merchantId AND a.openedAt >= :from AND a.openedAt < :to', { merchantId, from, to })
    .getMany();
  const decided = appeals.filter((a) => a.decidedAt !== null);
  const hours = decided.map((a) => (a.decidedAt!.getTime() - a.openedAt.getTime()) / 3_600_000).sort((x, y) => x - y);
  const upheld = appeals.filter((a) => a.state === 'UPHELD').length;
  return {
    merchantId, from, to, chargedUses: uses,
    money: [...money.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
    appeals: appeals.length,
    openAppeals: appeals.filter((a) => a.state === 'OPEN').length,
    upheldAppeals: upheld,
    rejectedAppeals: appeals.filter((a) => a.state === 'REJECTED').length,
    upheldShare: decided.length ? upheld / decided.length : null,
    meanHoursToDecision: hours.length ? hours.reduce((s, h) => s + h, 0) / hours.length : null,
    medianHoursToDecision: hours.length ? (hours[(hours.length - 1) >> 1] + hours[hours.length >> 1]) / 2 : null,
  };
}

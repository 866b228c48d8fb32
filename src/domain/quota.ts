// Quota arithmetic for COUNT/AMOUNT benefits. Spend is kept per user × benefit (by local day, by
// order and in total), not per tier: the deciding rule only sets the limit and the period, so an
// upgrade keeps what was used, whatever period kind the new tier's rule has.
import { addDays, dayKey, dayStart, periodAt } from './period';
import type {
  BenefitFacts, BenefitSpend, Entitlement, ExemptSpend, GrantFacts, HoldFacts, OrderFacts, PeriodKind, RuleFacts, Spend, SpendBook, UsageFacts,
} from './types';

/** The quota figures of an Entitlement (limit null = unlimited), plus what this order used. */
export type QuotaFigures = Pick<Entitlement, 'limit' | 'granted' | 'used' | 'held' | 'exemptUsed' | 'exemptHeld' | 'remaining' | 'periodStart' | 'resetsAt' | 'orderRemaining'> & {
  /** Only with an order and a perOrderLimit. */
  orderUsed: number | null;
};

/** An uncaptured hold counts until it expires; RELEASED/REVERSED/EXPIRED never count. */
export function isLiveHold(u: Pick<UsageFacts, 'state' | 'expiresAt'>, at: Date): boolean {
  return u.state === 'HELD' && (u.expiresAt === null || u.expiresAt.getTime() > at.getTime());
}

export function countsAt(u: Pick<UsageFacts, 'state' | 'expiresAt'>, at: Date): boolean {
  return u.state === 'CAPTURED' || isLiveHold(u, at);
}

export function grantLive(g: GrantFacts, at: Date): boolean {
  const t = at.getTime();
  return g.startsAt.getTime() <= t && (g.expiresAt === null || t < g.expiresAt.getTime());
}

const NONE: Spend = Object.freeze({ held: 0, captured: 0 });

/** A mutable BenefitSpend being added up. */
interface Tally {
  total: Spend;
  days: Map<string, Spend>;
  months: Map<string, Spend>;
  orders: Map<string, Spend>;
  exempt?: ExemptSpend;
}

const emptyTally = (): Tally => ({ total: { held: 0, captured: 0 }, days: new Map(), months: new Map(), orders: new Map() });

const copyTally = (spend: BenefitSpend | ExemptSpend | undefined): Tally =>
  spend
    ? { total: { ...spend.total }, days: new Map(spend.days), months: new Map((spend as BenefitSpend).months), orders: new Map((spend as BenefitSpend).orders ?? []), exempt: (spend as BenefitSpend).exempt }
    : emptyTally();

/** 'YYYY-MM' of a day key. */
export const monthOf = (day: string) => day.slice(0, 7);

function add(map: Map<string, Spend>, key: string, held: number, captured: number) {
  const s = map.get(key);
  if (s) {
    s.held += held;
    s.captured += captured;
  } else {
    map.set(key, { held, captured });
  }
}

/** Books `held`/`captured` on the total, the day, the month and the order of one use. */
function charge(t: Tally, day: string, orderId: string | null, held: number, captured: number) {
  t.total.held += held;
  t.total.captured += captured;
  add(t.days, day, held, captured);
  add(t.months, monthOf(day), held, captured);
  if (orderId !== null) add(t.orders, orderId, held, captured);
}

/**
 * Spend rebuilt from ledger entries as they stood at `at` (their state then): uses made later are
 * not seen, holds count until they expire. This is what the counters hold, computed the slow way;
 * `at` in the past reproduces the spend of that instant.
 */
export function tallyEntries(entries: readonly UsageFacts[], at: Date, timeZone: string): SpendBook {
  const tallies = new Map<string, Tally>();
  for (const u of entries) {
    if (u.createdAt.getTime() > at.getTime() || !countsAt(u, at)) continue;
    let t = tallies.get(u.benefitId);
    if (!t) tallies.set(u.benefitId, (t = emptyTally()));
    const captured = u.state === 'CAPTURED';
    const [held, cap] = captured ? [0, u.amount] : [u.amount, 0];
    const day = dayKey(u.createdAt, timeZone);
    if (u.spendsQuota === false) {
      const x = (t.exempt ??= emptyTally()) as Tally;
      charge(x, day, null, held, cap);
    } else {
      charge(t, day, u.orderId, held, cap);
    }
  }
  return tallies;
}

/**
 * Counters include holds until the sweep expires them; from its expiresAt on a hold no longer
 * counts. Subtracts every hold that has expired by `at` from its day, order and total.
 */
export function withoutExpiredHolds(spend: SpendBook, holds: readonly HoldFacts[], at: Date): SpendBook {
  const expired = holds.filter((h) => !isLiveHold({ state: 'HELD', expiresAt: h.expiresAt }, at));
  if (expired.length === 0) return spend;
  const out = new Map<string, BenefitSpend>(spend);
  for (const h of expired) {
    const s = out.get(h.benefitId);
    if (s) out.set(h.benefitId, h.spendsQuota === false ? exemptSpendWith(s, h.day, -h.amount, 0) : spendWith(s, h.day, h.orderId, -h.amount, 0));
  }
  return out;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** `spend` with one more change booked on its day, month, order and total (`spend` is not changed). */
export function spendWith(spend: BenefitSpend | undefined, day: string, orderId: string | null, held: number, captured: number): BenefitSpend {
  const t = copyTally(spend);
  t.days.set(day, { ...(t.days.get(day) ?? NONE) });
  t.months.set(monthOf(day), { ...(t.months.get(monthOf(day)) ?? NONE) });
  if (orderId !== null) t.orders.set(orderId, { ...(t.orders.get(orderId) ?? NONE) });
  charge(t, day, orderId, held, captured);
  return t;
}

/** `spend` with one more exempt change booked on its day, month and total (`spend` is not changed). */
export function exemptSpendWith(spend: BenefitSpend | undefined, day: string, held: number, captured: number): BenefitSpend {
  const t = copyTally(spend);
  t.exempt = spendWith(spend?.exempt as BenefitSpend | undefined, day, null, held, captured);
  return t;
}

/** Held and captured in the period [from, to) (local day keys), from whole months where they fit, and the oldest counted day. */
function sumPeriod(spend: ExemptSpend | undefined, kind: PeriodKind, from: string | null, to: string | null) {
  let used = 0;
  let held = 0;
  let oldestDay: string | null = null;
  if (spend && (kind === 'LIFETIME' || from === null || to === null)) {
    return { used: spend.total.captured, held: spend.total.held, oldestDay };
  }
  if (spend) {
    // Day keys are ISO dates, so string order is date order.
    // A rolling window is added up by day: it needs its oldest counted day.
    const whole = kind === 'ROLLING_DAYS' ? () => false : (month: string) => `${month}-01` >= from! && `${nextMonth(month)}-01` <= to!;
    for (const [month, s] of spend.months) {
      if (!whole(month)) continue;
      used += s.captured;
      held += s.held;
    }
    for (const [day, s] of spend.days) {
      if (day < from! || day >= to! || whole(monthOf(day)) || s.held + s.captured <= 0) continue;
      used += s.captured;
      held += s.held;
      if (oldestDay === null || day < oldestDay) oldestDay = day;
    }
  }
  return { used, held, oldestDay };
}

export interface QuotaInput {
  benefit: BenefitFacts;
  rule: RuleFacts;
  at: Date;
  timeZone: string;
  /** Deciding membership's startsAt, for MEMBERSHIP_YEAR. */
  anchor: Date | null;
  /** This member's spend of the benefit (undefined: nothing spent). */
  spend: BenefitSpend | undefined;
  grants: readonly GrantFacts[];
  order: OrderFacts | null;
}

export function computeQuota(q: QuotaInput): QuotaFigures {
  const { benefit, rule, at, timeZone } = q;
  // A COUNT/AMOUNT rule without a period is a one-off allowance.
  const kind = rule.period ?? 'LIFETIME';
  const period = periodAt(kind, at, { timeZone, periodDays: rule.periodDays, anchor: q.anchor });
  const spend = q.spend;
  const from = kind === 'LIFETIME' ? null : dayKey(period.start!, timeZone);
  const to = kind === 'LIFETIME' ? null : dayKey(period.end!, timeZone);
  const { used, held, oldestDay } = sumPeriod(spend, kind, from, to);
  const exempt = sumPeriod(spend?.exempt, kind, from, to);

  let granted = 0;
  for (const g of q.grants) if (g.benefitId === benefit.id && grantLive(g, at)) granted += g.amount;

  // A rolling window frees units as its oldest counted day leaves it, N local days later.
  const resetsAt =
    kind === 'ROLLING_DAYS'
      ? oldestDay === null ? null : dayStart(addDays(oldestDay, rule.periodDays!), timeZone)
      : period.end;
  const perOrder = q.order && rule.perOrderLimit != null ? rule.perOrderLimit : null;
  const onOrder = perOrder === null ? NONE : spend?.orders.get(q.order!.id) ?? NONE;
  const orderUsed = onOrder.held + onOrder.captured;
  return {
    limit: rule.limit,
    granted,
    used,
    held,
    exemptUsed: exempt.used,
    exemptHeld: exempt.held,
    remaining: rule.limit === null ? null : Math.max(0, rule.limit + granted - used - held),
    periodStart: period.start,
    resetsAt,
    orderUsed: perOrder === null ? null : orderUsed,
    orderRemaining: perOrder === null ? null : Math.max(0, perOrder - orderUsed),
  };
}

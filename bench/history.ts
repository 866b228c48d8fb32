// A member's long past, written fast: `entries` usage entries of the member's tier spread over the
// previous ~2 years (`recent` of them in the current local month), mostly CAPTURED, some
// RELEASED or REVERSED, with the transitions those moves wrote and the usage_counters rows the
// service would have left (TOTAL, each local day, each order; only HELD and CAPTURED count), so
// verifyLedger finds no drift. Raw multi-row INSERTs in one transaction.
import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { Benefit, Tier, TierBenefitRule } from '../entities';
import { dayKey, periodAt } from '../src/domain/period';
import { PeriodKind } from '../src/domain/types';
import { counterKeys } from '../src/services/counter';
import { dayCounterKey } from '../src/services/member-facts';
import { DAY_MS, insertRows, seededRandom } from './fixtures';

/** Which benefits the member used, how often, and how much per use. */
const MIX: Array<{ code: string; share: number; amount: (rnd: () => number) => number }> = [
  { code: 'FREE_RETURN_SHIPPING', share: 0.5, amount: () => 1 },
  { code: 'PRICE_PROTECTION', share: 0.3, amount: () => 1 },
  // Small amounts: the current quarter's budget (20000) stays open for the bench's own consumes.
  { code: 'COMPENSATION_BUDGET', share: 0.2, amount: (rnd) => 1 + Math.floor(rnd() * 3) },
];

const ENTRY_COLUMNS = [
  'id', 'user_id', 'benefit_id', 'rule_id', 'order_id', 'amount', 'period_key', 'period_start', 'period_end',
  'state', 'expires_at', 'actor_id', 'reason', 'created_at', 'updated_at',
];
const TRANSITION_COLUMNS = ['id', 'usage_id', 'from_state', 'to_state', 'actor_id', 'reason', 'created_at'];
const COUNTER_COLUMNS = ['user_id', 'benefit_id', 'period_key', 'held', 'captured', 'updated_at'];

export interface HistoryOptions {
  userId: string;
  tierCode: string;
  entries: number;
  /** How many of them fall in the current local month. */
  recent: number;
  now: Date;
  timeZone: string;
  /** The member's membership start (anchor of MEMBERSHIP_YEAR periods). */
  memberSince: Date;
  holdTtlSeconds: number;
}

export interface HistoryStats {
  entries: number;
  transitions: number;
  counters: number;
  byState: Record<string, number>;
  ms: number;
}

export async function writeHistory(db: DataSource, o: HistoryOptions): Promise<HistoryStats> {
  const started = Date.now();
  const rnd = seededRandom(20261125);
  const tier = await db.getRepository(Tier).findOneByOrFail({ code: o.tierCode });
  const rules = await db.getRepository(TierBenefitRule).findBy({ tierId: tier.id });
  const mix = await Promise.all(MIX.map(async (m) => {
    const benefit = await db.getRepository(Benefit).findOneByOrFail({ code: m.code });
    const rule = rules.find((r) => r.benefitId === benefit.id && r.effectiveTo === null);
    if (!rule?.period) throw new Error(`${o.tierCode} has no quota rule for ${m.code}`);
    return { ...m, benefit, rule };
  }));

  const monthStart = periodAt('CALENDAR_MONTH', o.now, { timeZone: o.timeZone }).start!.getTime();
  const oldest = o.now.getTime() - 730 * DAY_MS;
  const latest = o.now.getTime() - 60_000;
  // Every period is whole local days, so a use's period follows from its benefit and day.
  const periods = new Map<string, { start: Date | null; end: Date | null }>();
  const entries: unknown[][] = [];
  const transitions: unknown[][] = [];
  const counters = new Map<string, unknown[]>();
  const byState: Record<string, number> = {};
  const count = (benefitId: string, periodKey: string, held: number, captured: number, at: Date) => {
    const k = `${benefitId}\u0000${periodKey}`;
    const row = counters.get(k) ?? [o.userId, benefitId, periodKey, 0, 0, at];
    row[3] = (row[3] as number) + held;
    row[4] = (row[4] as number) + captured;
    if ((row[5] as Date) < at) row[5] = at;
    counters.set(k, row);
  };

  for (let i = 0; i < o.entries; i++) {
    const createdAt = new Date(i < o.recent ? monthStart + rnd() * (latest - monthStart) : oldest + rnd() * (monthStart - oldest));
    let pick = rnd();
    const m = mix.find((x) => (pick -= x.share) < 0) ?? mix[0];
    const s = rnd();
    const state = s < 0.88 ? 'CAPTURED' : s < 0.96 ? 'RELEASED' : 'REVERSED';
    byState[state] = (byState[state] ?? 0) + 1;
    const orderId = rnd() < 0.6 ? `o-hist-${o.userId}-${i}` : null;
    const amount = m.amount(rnd);
    const day = dayKey(createdAt, o.timeZone);
    const pk = `${m.benefit.id}|${day}`;
    let period = periods.get(pk);
    if (!period) {
      period = periodAt(m.rule.period as PeriodKind, createdAt, { timeZone: o.timeZone, periodDays: m.rule.periodDays, anchor: o.memberSince });
      periods.set(pk, period);
    }
    // A release comes within the hold's life; a reversal days later. Never after now.
    const movedAt = state === 'CAPTURED' ? createdAt
      : new Date(Math.min(latest, createdAt.getTime() + rnd() * (state === 'RELEASED' ? DAY_MS : 10 * DAY_MS)));
    const id = crypto.randomUUID();
    entries.push([
      id, o.userId, m.benefit.id, m.rule.id, orderId, amount, dayCounterKey(day), period.start, period.end, state,
      state === 'RELEASED' ? new Date(createdAt.getTime() + o.holdTtlSeconds * 1000) : null,
      'cs-bench', 'bench history', createdAt, movedAt,
    ]);
    if (state !== 'CAPTURED') {
      transitions.push([crypto.randomUUID(), id, state === 'RELEASED' ? 'HELD' : 'CAPTURED', state, 'cs-bench', 'bench history', movedAt]);
    }
    const captured = state === 'CAPTURED' ? amount : 0; // no HELD entries: released and reversed count nothing
    for (const key of counterKeys({ day, orderId })) count(m.benefit.id, key, 0, captured, movedAt);
  }

  await db.transaction(async (em) => {
    await insertRows(em, 'usage_entries', ENTRY_COLUMNS, entries);
    await insertRows(em, 'usage_transitions', TRANSITION_COLUMNS, transitions);
    await insertRows(em, 'usage_counters', COUNTER_COLUMNS, [...counters.values()]);
  });
  return { entries: entries.length, transitions: transitions.length, counters: counters.size, byState, ms: Date.now() - started };
}

import fc from 'fast-check';
import { addDays, DAY_MS, dayKey, dayLookback, dayStart, firstCountedMonth, localStamp, periodAt, toLocal } from '../../src/domain/period';
import { computeQuota, tallyEntries } from '../../src/domain/quota';
import { resolveEntitlements, type ResolutionInput } from '../../src/domain/resolution';
import type { Entitlement, HoldFacts, PeriodKind, RuleFacts, TierBasis, UsageState } from '../../src/domain/types';
import { BENEFITS, CHANNEL, COMPENSATION, input, rule, SHIPPING, TIERS, use } from './fixtures';

// Zones with ordinary DST, 30-minute DST, DST at midnight (midnight skipped or repeated), none.
const ZONES = [
  'Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe',
  'America/Santiago', 'America/Havana', 'America/Sao_Paulo', 'Asia/Kolkata', 'UTC',
];
const BOUNDED: PeriodKind[] = ['CALENDAR_MONTH', 'CALENDAR_QUARTER', 'CALENDAR_YEAR', 'MEMBERSHIP_YEAR'];
const KINDS: PeriodKind[] = [...BOUNDED, 'ROLLING_DAYS', 'LIFETIME'];

const wide = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });
// Instants within ±20h of a UTC month start: every zone's local month boundary is in there.
const nearMonthStart = fc
  .record({ y: fc.integer({ min: 1990, max: 2040 }), m: fc.integer({ min: 0, max: 11 }), off: fc.integer({ min: -20 * 3_600_000, max: 20 * 3_600_000 }) })
  .map(({ y, m, off }) => new Date(Date.UTC(y, m, 1) + off));
const instant = fc.oneof(wide, nearMonthStart);

describe('period properties', () => {
  it('every instant lies in exactly one period: start <= at < resetsAt, and periods tile', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOUNDED), instant, wide, fc.constantFrom(...ZONES), (kind, at, anchor, timeZone) => {
        const p = (t: Date) => periodAt(kind, t, { timeZone, anchor });
        const { start, end } = p(at);
        expect(start!.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime()).toBeLessThan(end!.getTime());
        // Same period from its first and last millisecond; the next one starts exactly at the reset.
        expect(p(start!)).toEqual({ start, end });
        expect(p(new Date(end!.getTime() - 1))).toEqual({ start, end });
        expect(p(end!).start).toEqual(end);
        if (kind !== 'MEMBERSHIP_YEAR') {
          // The start is the first instant of its local month: a millisecond earlier is another month.
          const first = toLocal(start!, timeZone);
          const before = toLocal(new Date(start!.getTime() - 1), timeZone);
          expect(first.day).toBe(1);
          expect(before.month).not.toBe(first.month);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a rolling window is the last N local days: from the start of day −(N−1) to the start of tomorrow', () => {
    fc.assert(
      fc.property(wide, fc.integer({ min: 1, max: 400 }), fc.constantFrom(...ZONES), (at, n, timeZone) => {
        const { start, end } = periodAt('ROLLING_DAYS', at, { timeZone, periodDays: n });
        const today = dayKey(at, timeZone);
        expect(dayKey(start!, timeZone)).toBe(addDays(today, 1 - n));
        expect(dayKey(end!, timeZone)).toBe(addDays(today, 1));
        // both are the first instant of their local day
        expect(dayKey(new Date(start!.getTime() - 1), timeZone)).toBe(addDays(today, -n));
        expect(start!.getTime() <= at.getTime() && at.getTime() < end!.getTime()).toBe(true);
      }),
    );
  });
});

// ---- random scenarios for the resolver ----

const near = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
/** Offsets (ms) from `at`, mostly in the past, so generated facts are usually relevant at `at`. */
const past = fc.integer({ min: -400 * DAY_MS, max: 30 * DAY_MS });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 2 }); // null half the time
const QUOTA_BENEFITS = [SHIPPING, COMPENSATION];

const ruleArb = fc.record({
  tier: fc.constantFrom(...TIERS),
  benefit: fc.constantFrom(SHIPPING, COMPENSATION, CHANNEL),
  limit: maybe(fc.integer({ min: 0, max: 6 })),
  period: fc.constantFrom(...KINDS),
  periodDays: fc.integer({ min: 1, max: 60 }),
  perOrderLimit: maybe(fc.integer({ min: 0, max: 3 })),
  tierBasis: fc.constantFrom<TierBasis>('ORDER_TIME', 'CURRENT', 'BEST_OF'),
  minOrderAmount: maybe(fc.integer({ min: 0, max: 20000 })),
  claimWindowDays: maybe(fc.integer({ min: 0, max: 30 })),
  from: past,
  spanDays: maybe(fc.integer({ min: 1, max: 500 })),
  excludeFood: fc.boolean(),
});
const membershipArb = fc.record({ tier: fc.constantFrom(...TIERS), startsAt: past, spanDays: maybe(fc.integer({ min: 1, max: 500 })) });
const usageArb = fc.record({
  benefit: fc.constantFrom(...QUOTA_BENEFITS),
  createdAt: past,
  amount: fc.integer({ min: 1, max: 3 }),
  state: fc.constantFrom<UsageState>('HELD', 'CAPTURED', 'RELEASED', 'REVERSED'),
  expiresAt: maybe(past),
  orderId: maybe(fc.constantFrom('o-1', 'o-2')),
});
const grantArb = fc.record({ benefit: fc.constantFrom(...QUOTA_BENEFITS), amount: fc.integer({ min: 1, max: 3 }), startsAt: past, expiresAt: maybe(past) });
const orderArb = maybe(fc.record({
  placedAt: past, deliveredAt: maybe(past), amount: fc.integer({ min: 0, max: 20000 }),
  category: fc.constantFrom('APPAREL', 'FOOD'),
}));

const plusDays = (d: Date, n: number | null) => (n === null ? null : new Date(d.getTime() + n * DAY_MS));

const scenarioArb: fc.Arbitrary<ResolutionInput> = fc
  .record({
    at: near,
    timeZone: fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/Berlin'),
    rules: fc.array(ruleArb, { minLength: 4, maxLength: 24 }),
    memberships: fc.array(membershipArb, { maxLength: 4 }),
    usage: fc.array(usageArb, { maxLength: 15 }),
    grants: fc.array(grantArb, { maxLength: 4 }),
    order: orderArb,
    withDefault: fc.boolean(),
  })
  .map((s) => {
    const t = (offset: number) => new Date(s.at.getTime() + offset);
    const tn = (offset: number | null) => (offset === null ? null : t(offset));
    return input({
      at: s.at,
      timeZone: s.timeZone,
      tiers: s.withDefault ? TIERS : TIERS.map((t) => ({ ...t, isDefault: false })),
      rules: s.rules.map((r, i): RuleFacts => ({
        id: `r${i}`, tierId: r.tier.id, benefitId: r.benefit.id,
        limit: r.benefit.kind === 'ACCESS' ? null : r.limit,
        period: r.benefit.kind === 'ACCESS' ? null : r.period,
        periodDays: r.period === 'ROLLING_DAYS' ? r.periodDays : null,
        perOrderLimit: r.perOrderLimit, tierBasis: r.tierBasis,
        conditions: { minOrderAmount: r.minOrderAmount, claimWindowDays: r.claimWindowDays, categoriesExclude: r.excludeFood ? ['FOOD'] : null },
        config: null, effectiveFrom: t(r.from), effectiveTo: plusDays(t(r.from), r.spanDays),
      })),
      memberships: s.memberships.map((m, i) => ({
        id: `m${i}`, userId: 'u1', tierId: m.tier.id, startsAt: t(m.startsAt), endsAt: plusDays(t(m.startsAt), m.spanDays), source: 'PURCHASE' as const,
      })),
      usage: s.usage.map((u, i) => ({
        id: `u${i}`, userId: 'u1', benefitId: u.benefit.id, orderId: u.orderId,
        amount: u.benefit.kind === 'AMOUNT' ? u.amount * 1000 : u.amount,
        state: u.state, createdAt: t(u.createdAt), expiresAt: u.state === 'HELD' ? tn(u.expiresAt) : null,
      })),
      grants: s.grants.map((g, i) => ({ id: `g${i}`, userId: 'u1', benefitId: g.benefit.id, amount: g.amount, startsAt: t(g.startsAt), expiresAt: tn(g.expiresAt) })),
      order: s.order && {
        id: 'o-1', userId: 'u1', merchantId: 'm-1', category: s.order.category, amount: s.order.amount, currency: 'CNY',
        placedAt: t(s.order.placedAt), deliveredAt: tn(s.order.deliveredAt), status: 'DELIVERED',
      },
    });
  });

const permutation = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });

/** Figures recomputed straight from the definitions, for the rule the resolver chose. */
function expectedFigures(i: ResolutionInput, e: Entitlement) {
  const r = e.rule!;
  const t = i.at.getTime();
  // Uses made after `at` are not seen; a rolling window runs from its first local day up to `at`.
  const inWindow = (c: number) =>
    c <= t && (r.period === 'LIFETIME' ||
      (c >= e.periodStart!.getTime() && (r.period === 'ROLLING_DAYS' || c < e.resetsAt!.getTime())));
  const mine = i.usage!.filter((u) => u.benefitId === e.benefit.id && inWindow(u.createdAt.getTime()));
  const sum = (xs: { amount: number }[]) => xs.reduce((a, x) => a + x.amount, 0);
  return {
    used: sum(mine.filter((u) => u.state === 'CAPTURED')),
    held: sum(mine.filter((u) => u.state === 'HELD' && (u.expiresAt === null || u.expiresAt.getTime() > t))),
    granted: sum(i.grants.filter((g) => g.benefitId === e.benefit.id && g.startsAt.getTime() <= t && (g.expiresAt === null || t < g.expiresAt.getTime()))),
  };
}

describe('resolution properties', () => {
  it('remaining = max(0, limit + grants − used − held), with figures from the definitions', () => {
    fc.assert(
      fc.property(scenarioArb, (i) => {
        for (const e of resolveEntitlements(i)) {
          if (!e.rule || e.benefit.kind === 'ACCESS') continue;
          const f = expectedFigures(i, e);
          expect({ used: e.used, held: e.held, granted: e.granted }).toEqual(f);
          expect(e.remaining).toBe(e.limit === null ? null : Math.max(0, e.limit + f.granted - f.used - f.held));
          if (e.rule.period !== 'ROLLING_DAYS' && e.rule.period !== 'LIFETIME' && e.rule.period !== 'MEMBERSHIP_YEAR') {
            expect({ start: e.periodStart, end: e.resetsAt }).toEqual(periodAt(e.rule.period!, i.at, { timeZone: i.timeZone }));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('status agrees with figures and reasons', () => {
    fc.assert(
      fc.property(scenarioArb, (i) => {
        const out = resolveEntitlements(i);
        expect(out.map((e) => e.benefit.code)).toEqual(BENEFITS.map((b) => b.code).sort());
        for (const e of out) {
          expect(e.reasons.length === 0).toBe(e.status === 'AVAILABLE');
          if (e.status === 'AVAILABLE') expect(e.remaining !== 0 && e.orderRemaining !== 0).toBe(true);
          if (e.status === 'EXHAUSTED') expect(e.remaining === 0 || e.orderRemaining === 0).toBe(true);
          if (e.status === 'NOT_IN_TIER') expect(e.rule).toBeNull();
          else expect(e.rule).not.toBeNull();
          for (const r of e.reasons) expect(r.message).toMatch(/^\S.*\.$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('deciding on counters (holds counted until swept, expired ones subtracted) equals deciding on the ledger', () => {
    fc.assert(
      fc.property(scenarioArb, (i) => {
        const made = i.usage!.filter((u) => u.createdAt.getTime() <= i.at.getTime());
        // What the counters hold at `at`: every HELD or CAPTURED use made by then, expired or not.
        const counters = tallyEntries(made.map((u) => ({ ...u, expiresAt: null })), i.at, i.timeZone);
        const holds: HoldFacts[] = made.filter((u) => u.state === 'HELD').map((u) => ({
          id: u.id, userId: u.userId, benefitId: u.benefitId, orderId: u.orderId, amount: u.amount, expiresAt: u.expiresAt, day: dayKey(u.createdAt, i.timeZone),
        }));
        expect(resolveEntitlements({ ...i, usage: undefined, spend: counters, holds })).toEqual(resolveEntitlements(i));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of rules, memberships, usage, grants, tiers or benefits', () => {
    const shuffled = scenarioArb.chain((i) =>
      fc.record({
        original: fc.constant(i),
        rules: permutation(i.rules as RuleFacts[]), memberships: permutation(i.memberships), usage: permutation(i.usage!),
        grants: permutation(i.grants), tiers: permutation(i.tiers), benefits: permutation(i.benefits),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ original, ...perm }) => {
        expect(resolveEntitlements({ ...original, ...perm })).toEqual(resolveEntitlements(original));
      }),
      { numRuns: 500 },
    );
  });
});

describe('counter window', () => {
  // member-facts.ts reads day counters from `today − dayLookback` and month counters from
  // firstCountedMonth on, not the member's whole history: the quota a decision at that day or
  // later computes must not change when the older counters are left out.
  it('leaving out counters before the window never changes a quota computed at or after its day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS, 'MEMBERSHIP_YEAR', 'CALENDAR_YEAR'), fc.integer({ min: 1, max: 400 }), instant, fc.integer({ min: 0, max: 800 * DAY_MS }),
        fc.integer({ min: 0, max: 40 * DAY_MS }), fc.constantFrom(...ZONES),
        fc.array(fc.record({ ago: fc.oneof(fc.integer({ min: 0, max: 430 * DAY_MS }), fc.integer({ min: 0, max: 800 * DAY_MS })), amount: fc.integer({ min: 1, max: 3 }), held: fc.boolean() }), { maxLength: 60 }),
        (kind, periodDays, now, memberFor, later, timeZone, uses) => {
          const r = rule(TIERS[2], SHIPPING, { period: kind, periodDays: kind === 'ROLLING_DAYS' ? periodDays : null, limit: 50 });
          const entries = uses.map((u) => use(SHIPPING, new Date(now.getTime() - u.ago), { amount: u.amount, state: u.held ? 'HELD' : 'CAPTURED' }));
          const spend = tallyEntries(entries, now, timeZone).get(SHIPPING.id);
          const today = dayKey(now, timeZone);
          const fromDay = addDays(today, -dayLookback([r]));
          const fromMonth = firstCountedMonth([kind], today);
          const trimmed = spend && {
            ...spend,
            days: new Map([...spend.days].filter(([day]) => day >= fromDay)),
            months: new Map([...spend.months].filter(([month]) => month >= fromMonth)),
          };
          const at = new Date(now.getTime() + later);
          const quota = (s: typeof spend) =>
            computeQuota({ benefit: SHIPPING, rule: r, at, timeZone, anchor: new Date(now.getTime() - memberFor), spend: s, grants: [], order: null });
          expect(quota(trimmed)).toEqual(quota(spend));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reaches back to the first month of the widest calendar period', () => {
    expect(firstCountedMonth(['CALENDAR_MONTH', 'LIFETIME', 'ROLLING_DAYS'], '2026-11-26')).toBe('2026-11');
    expect(firstCountedMonth(['CALENDAR_QUARTER'], '2026-11-26')).toBe('2026-10');
    expect(firstCountedMonth(['CALENDAR_QUARTER', 'CALENDAR_YEAR'], '2026-11-26')).toBe('2026-01');
    expect(firstCountedMonth(['MEMBERSHIP_YEAR'], '2026-02-03')).toBe('2025-03');
    expect(firstCountedMonth([], '2026-01-31')).toBe('2026-01');
  });
});

describe('local stamps in reasons', () => {
  // localStamp is memoised zone arithmetic; luxon says what it must print.
  const byLuxon = (at: Date, timeZone: string) => {
    const local = toLocal(at, timeZone);
    return local.toFormat(+local === +local.startOf('day') ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm');
  };
  it('prints what luxon prints: the local date at the start of a local day, else date and time', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.boolean(), (at, timeZone, dayStartOf) => {
        const t = dayStartOf ? dayStart(dayKey(at, timeZone), timeZone) : at;
        expect(localStamp(t, timeZone)).toBe(byLuxon(t, timeZone));
      }),
      { numRuns: 2000 },
    );
  });
});

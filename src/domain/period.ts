// Quota periods in the business time zone. Pure: the instant is always passed in.
import { DateTime, IANAZone } from 'luxon';
import type { PeriodKind } from './types';

export interface PeriodOptions {
  timeZone: string;
  /** ROLLING_DAYS only: window length in local days, today included. */
  periodDays?: number | null;
  /** MEMBERSHIP_YEAR only: the deciding membership's startsAt (the anniversary). */
  anchor?: Date | null;
}

/** [start, end): `end` is the exact instant the quota resets (resetsAt). */
export interface Period {
  start: Date | null;
  end: Date | null;
}

export const DAY_MS = 86_400_000;

/** `at` as a local DateTime; throws on an unknown IANA zone instead of silently using UTC. */
export function toLocal(at: Date, timeZone: string): DateTime {
  const dt = DateTime.fromJSDate(at, { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`Invalid time zone "${timeZone}": ${dt.invalidExplanation ?? dt.invalidReason}`);
  return dt;
}

/**
 * The first instant of a local calendar day (month/day may overflow, Date.UTC normalises them).
 * Usually local midnight; where DST repeats midnight it is the first midnight, where DST skips it
 * it is the transition instant. Derived from (year, month, day) alone, so a boundary is the same
 * instant whichever period asks for it and consecutive periods always tile.
 */
export function localDayStart(year: number, month: number, day: number, timeZone: string): DateTime {
  return DateTime.fromMillis(dayStartMs(Date.UTC(year, month - 1, day), timeZone), { zone: timeZone });
}

// Zone arithmetic through Intl is slow and every decision needs several boundaries, so answers
// are memoised per zone: day starts by local date, offsets by quarter hour (zone transitions fall
// on quarter hours), date keys by local day number. Keyed by numbers in a map per zone (a string
// key per call showed in profiles of wide reads). Bounded: cleared when large.
const MEMO_LIMIT = 100_000;
type Memo<V> = Map<number, V>;
const dayStarts = new Map<string, Memo<number>>();
const offsets = new Map<string, Memo<number>>();
const dayKeys: Memo<string> = new Map();
const QUARTER_HOUR = 900_000;

function memoOf<V>(byZone: Map<string, Memo<V>>, timeZone: string): Memo<V> {
  let memo = byZone.get(timeZone);
  if (!memo) byZone.set(timeZone, (memo = new Map()));
  return memo;
}

function remember<V>(memo: Memo<V>, key: number, compute: () => V): V {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (v = compute()));
  }
  return v;
}

function zoneOf(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Invalid time zone "${timeZone}"`);
  return zone;
}

/** `wall`: the local midnight read as if it were UTC. */
function dayStartMs(wall: number, timeZone: string): number {
  return remember(memoOf(dayStarts, timeZone), wall, () => {
    const zone = zoneOf(timeZone);
    // Offsets in force around that midnight; each gives one instant that might read as midnight.
    const guesses = [...new Set([zone.offset(wall - 1.5 * DAY_MS), zone.offset(wall + 1.5 * DAY_MS)])].map((o) => wall - o * 60_000);
    const exact = guesses.filter((ts) => ts + zone.offset(ts) * 60_000 === wall);
    // No instant reads exactly midnight when DST skips it: the day starts at the jump, which is
    // the later guess (old offset); otherwise take the earliest midnight.
    return exact.length ? Math.min(...exact) : Math.max(...guesses);
  });
}

/** Minutes the zone is ahead of UTC at `ts`. */
function offsetAt(ts: number, timeZone: string): number {
  const bucket = Math.floor(ts / QUARTER_HOUR);
  return remember(memoOf(offsets, timeZone), bucket, () => zoneOf(timeZone).offset(bucket * QUARTER_HOUR));
}

/** The local calendar date of an instant, 'YYYY-MM-DD': the day bucket a use is counted in. */
export function dayKey(at: Date, timeZone: string): string {
  const ts = at.getTime();
  const localDay = Math.floor((ts + offsetAt(ts, timeZone) * 60_000) / DAY_MS);
  return remember(dayKeys, localDay, () => new Date(localDay * DAY_MS).toISOString().slice(0, 10));
}

/** The first instant of local day `key` (see localDayStart). */
export function dayStart(key: string, timeZone: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(dayStartMs(Date.UTC(y, m - 1, d), timeZone));
}

/** `key` moved by `days` calendar days. */
export function addDays(key: string, days: number): string {
  let memo = shiftedDays.get(key);
  if (!memo) {
    if (shiftedDays.size >= MEMO_LIMIT) shiftedDays.clear();
    shiftedDays.set(key, (memo = new Map()));
  }
  let out = memo.get(days);
  if (out === undefined) {
    const [y, m, d] = key.split('-').map(Number);
    memo.set(days, (out = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)));
  }
  return out;
}
const shiftedDays = new Map<string, Map<number, string>>();

/**
 * How many local days of day counters a decision under these rules can need: periods are added
 * up from whole months where they can be, so only rolling windows (their length) and membership
 * years (a partial first month, up to a year back) need days.
 */
export function dayLookback(rules: Iterable<{ period: PeriodKind | null; periodDays: number | null }>): number {
  let days = 0;
  for (const r of rules) days = Math.max(days, r.period === 'ROLLING_DAYS' ? r.periodDays ?? 0 : r.period === 'MEMBERSHIP_YEAR' ? 367 : 0);
  return days;
}

/**
 * The first month ('YYYY-MM') whose month total a period of one of `kinds` can add up when it
 * contains local day `today` or a later one: quota.ts takes whole months from month counters and
 * the rest by day, so older month counters need not be read. A calendar period reaches back to
 * its first month; a membership year started less than a year ago, and its first (partial) month
 * is added up by day, so its whole months reach at most 11 back; rolling windows and lifetime
 * totals use no month counter (this month is returned).
 */
export function firstCountedMonth(kinds: Iterable<PeriodKind>, today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  let back = 0;
  for (const kind of kinds) {
    const reach =
      kind === 'CALENDAR_QUARTER' ? (month - 1) % 3
        : kind === 'CALENDAR_YEAR' ? month - 1
          : kind === 'MEMBERSHIP_YEAR' ? 11
            : 0;
    back = Math.max(back, reach);
  }
  const first = new Date(Date.UTC(year, month - 1 - back, 1));
  return first.toISOString().slice(0, 7);
}

/** "2026-12-01" when `at` is where its local day starts, else the local "2026-12-01 14:30". */
export function localStamp(at: Date, timeZone: string): string {
  const ts = at.getTime();
  const wall = new Date(ts + offsetAt(ts, timeZone) * 60_000).toISOString();
  const day = wall.slice(0, 10);
  return ts === dayStart(day, timeZone).getTime() ? day : `${day} ${wall.slice(11, 16)}`;
}

/**
 * Every period is a run of whole local days, [start, end), so usage counted per local day adds
 * up exactly to any period's usage whatever its kind (see quota.ts).
 */
export function periodAt(kind: PeriodKind, at: Date, opts: PeriodOptions): Period {
  switch (kind) {
    case 'LIFETIME':
      return { start: null, end: null };
    case 'ROLLING_DAYS': {
      // The last N local days, today included. The window moves at each local midnight; the
      // quota frees up when the oldest counted day leaves it (quota.ts computes that resetsAt).
      const today = dayKey(at, opts.timeZone);
      const days = requirePeriodDays(opts.periodDays);
      return { start: dayStart(addDays(today, 1 - days), opts.timeZone), end: dayStart(addDays(today, 1), opts.timeZone) };
    }
    case 'CALENDAR_MONTH':
      return calendar(at, opts.timeZone, 1);
    case 'CALENDAR_QUARTER':
      return calendar(at, opts.timeZone, 3);
    case 'CALENDAR_YEAR':
      return calendar(at, opts.timeZone, 12);
    case 'MEMBERSHIP_YEAR':
      // The default tier is held without a membership row, so it has no anniversary:
      // its membership year is the calendar year.
      return opts.anchor ? membershipYear(at, opts.anchor, opts.timeZone) : calendar(at, opts.timeZone, 12);
  }
}

function requirePeriodDays(days: number | null | undefined): number {
  if (days == null || !Number.isInteger(days) || days <= 0) {
    throw new RangeError(`ROLLING_DAYS needs a positive integer periodDays, got ${days}`);
  }
  return days;
}

/** Periods of `months` months aligned to January (1 = month, 3 = quarter, 12 = year). */
function calendar(at: Date, timeZone: string, months: number): Period {
  const key = dayKey(at, timeZone);
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7));
  const firstMonth = month - ((month - 1) % months);
  // Bounds by number (Date.UTC of the first day): the Date objects are made here, per call, so no
  // caller can change another's.
  return {
    start: new Date(dayStartMs(Date.UTC(year, firstMonth - 1, 1), timeZone)),
    end: new Date(dayStartMs(Date.UTC(year, firstMonth - 1 + months, 1), timeZone)),
  };
}

/**
 * Years from the start of the local day the membership started on. Each anniversary date is the
 * anchor date plus n years (never repeated addition), so a Feb 29 anchor gives Feb 28 in common
 * years and Feb 29 again in leap years without drifting.
 */
function membershipYear(at: Date, anchor: Date, timeZone: string): Period {
  const a = toLocal(anchor, timeZone);
  const date = DateTime.fromObject({ year: a.year, month: a.month, day: a.day }, { zone: 'UTC' });
  const anniversary = (n: number) => {
    const d = date.plus({ years: n });
    return dayStartMs(Date.UTC(d.year, d.month - 1, d.day), timeZone);
  };
  const t = at.getTime();
  let n = Number(dayKey(at, timeZone).slice(0, 4)) - a.year;
  while (anniversary(n) > t) n--;
  while (anniversary(n + 1) <= t) n++;
  return { start: new Date(anniversary(n)), end: new Date(anniversary(n + 1)) };
}

import { DAY_MS, localDayStart, periodAt } from '../../src/domain/period';
import type { PeriodKind } from '../../src/domain/types';
import { local, ms, TZ } from './fixtures';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const HOUR = 3_600_000;

function iso(p: { start: Date | null; end: Date | null }) {
  return { start: p.start?.toISOString() ?? null, end: p.end?.toISOString() ?? null };
}
const at = (kind: PeriodKind, when: Date, timeZone = TZ, anchor: Date | null = null) =>
  iso(periodAt(kind, when, { timeZone, anchor }));

describe('periodAt: calendar periods in Asia/Shanghai (UTC+8, the default)', () => {
  it('a month runs from local midnight on the 1st to local midnight on the next 1st', () => {
    expect(at('CALENDAR_MONTH', local('2026-11-20T12:00'))).toEqual({
      start: '2026-10-31T16:00:00.000Z',
      end: '2026-11-30T16:00:00.000Z',
    });
  });

  it('one millisecond before the reset is still the old month; the reset instant starts the new one', () => {
    const reset = local('2026-12-01T00:00');
    expect(at('CALENDAR_MONTH', ms(reset, -1)).end).toBe(reset.toISOString());
    expect(at('CALENDAR_MONTH', reset).start).toBe(reset.toISOString());
    expect(at('CALENDAR_MONTH', reset).end).toBe(local('2027-01-01T00:00').toISOString());
  });

  it('month ends: Jan 31 → Feb, Feb in common and leap years', () => {
    expect(at('CALENDAR_MONTH', local('2026-01-31T23:59:59.999'))).toEqual(iso({ start: local('2026-01-01T00:00'), end: local('2026-02-01T00:00') }));
    expect(at('CALENDAR_MONTH', local('2026-02-01T00:00'))).toEqual(iso({ start: local('2026-02-01T00:00'), end: local('2026-03-01T00:00') }));
    expect(at('CALENDAR_MONTH', local('2028-02-29T23:59:59.999'))).toEqual(iso({ start: local('2028-02-01T00:00'), end: local('2028-03-01T00:00') }));
    expect(at('CALENDAR_MONTH', local('2026-12-31T23:59:59.999')).end).toBe(local('2027-01-01T00:00').toISOString());
  });

  it('the local date decides, not the UTC date', () => {
    // 2026-11-30T16:30Z is already Dec 1 in Shanghai.
    expect(at('CALENDAR_MONTH', new Date('2026-11-30T16:30:00Z')).start).toBe('2026-11-30T16:00:00.000Z');
  });

  it.each([
    ['2026-02-15T08:00', '2026-01-01T00:00', '2026-04-01T00:00'],
    ['2026-03-31T23:59:59.999', '2026-01-01T00:00', '2026-04-01T00:00'],
    ['2026-04-01T00:00', '2026-04-01T00:00', '2026-07-01T00:00'],
    ['2026-07-01T00:00', '2026-07-01T00:00', '2026-10-01T00:00'],
    ['2026-12-31T23:59:59.999', '2026-10-01T00:00', '2027-01-01T00:00'],
  ])('quarter containing %s is [%s, %s)', (when, start, end) => {
    expect(at('CALENDAR_QUARTER', local(when))).toEqual(iso({ start: local(start), end: local(end) }));
  });

  it('a year runs Jan 1 to Jan 1, leap or not', () => {
    expect(at('CALENDAR_YEAR', local('2028-12-31T23:59:59.999'))).toEqual(iso({ start: local('2028-01-01T00:00'), end: local('2029-01-01T00:00') }));
    expect(at('CALENDAR_YEAR', local('2029-01-01T00:00')).start).toBe(local('2029-01-01T00:00').toISOString());
  });

  it('LIFETIME has no bounds', () => {
    expect(at('LIFETIME', local('2026-11-20T12:00'))).toEqual({ start: null, end: null });
  });
});

describe('periodAt: DST', () => {
  it('America/New_York March: starts at EST midnight, resets at EDT midnight (one hour short)', () => {
    const p = periodAt('CALENDAR_MONTH', local('2026-03-08T03:30', NY), { timeZone: NY });
    expect(iso(p)).toEqual({ start: '2026-03-01T05:00:00.000Z', end: '2026-04-01T04:00:00.000Z' });
    expect(p.end!.getTime() - p.start!.getTime()).toBe(31 * DAY_MS - HOUR);
  });

  it('America/New_York November: the fall-back month is one hour long extra', () => {
    const oct = periodAt('CALENDAR_MONTH', new Date('2026-11-01T03:59:59.999Z'), { timeZone: NY });
    const nov = periodAt('CALENDAR_MONTH', new Date('2026-11-01T04:00:00.000Z'), { timeZone: NY });
    expect(oct.end!.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(nov.start!.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(nov.end!.toISOString()).toBe('2026-12-01T05:00:00.000Z');
    expect(nov.end!.getTime() - nov.start!.getTime()).toBe(30 * DAY_MS + HOUR);
  });

  it('America/New_York quarters change offset between start and reset', () => {
    expect(at('CALENDAR_QUARTER', local('2026-02-01T00:00', NY), NY)).toEqual({ start: '2026-01-01T05:00:00.000Z', end: '2026-04-01T04:00:00.000Z' });
    expect(at('CALENDAR_QUARTER', local('2026-11-15T00:00', NY), NY)).toEqual({ start: '2026-10-01T04:00:00.000Z', end: '2027-01-01T05:00:00.000Z' });
  });

  it('Europe/Berlin March (spring forward Mar 29) and October (fall back Oct 25)', () => {
    expect(at('CALENDAR_MONTH', local('2026-03-29T02:30', BERLIN), BERLIN)).toEqual({ start: '2026-02-28T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z' });
    expect(at('CALENDAR_MONTH', new Date('2026-10-25T01:30:00Z'), BERLIN)).toEqual({ start: '2026-09-30T22:00:00.000Z', end: '2026-10-31T23:00:00.000Z' });
    expect(at('CALENDAR_YEAR', local('2026-07-01T00:00', BERLIN), BERLIN)).toEqual({ start: '2025-12-31T23:00:00.000Z', end: '2026-12-31T23:00:00.000Z' });
  });

  it('the reset is exact around DST: 1 ms before is the old period, the reset instant the new one', () => {
    const reset = new Date('2026-03-31T22:00:00.000Z'); // Berlin, Apr 1 00:00 CEST
    expect(at('CALENDAR_MONTH', ms(reset, -1), BERLIN).end).toBe(reset.toISOString());
    expect(at('CALENDAR_MONTH', reset, BERLIN).start).toBe(reset.toISOString());
  });

  it('a membership year starts at local midnight of the anniversary date, across DST', () => {
    const anchor = local('2026-03-01T09:00', NY); // EST
    expect(at('MEMBERSHIP_YEAR', local('2026-08-01T00:00', NY), NY, anchor)).toEqual({
      start: '2026-03-01T05:00:00.000Z',
      end: '2027-03-01T05:00:00.000Z',
    });
    const summer = local('2026-07-01T09:00', NY); // EDT
    expect(at('MEMBERSHIP_YEAR', local('2026-12-01T00:00', NY), NY, summer).end).toBe('2027-07-01T04:00:00.000Z');
  });

  it('where DST repeats midnight (Havana, Nov 1 2026) the month starts at the first midnight', () => {
    const HAVANA = 'America/Havana';
    expect(at('CALENDAR_MONTH', new Date('2026-11-01T04:30:00Z'), HAVANA).start).toBe('2026-11-01T04:00:00.000Z');
    expect(at('CALENDAR_MONTH', new Date('2026-11-01T03:59:59.999Z'), HAVANA).end).toBe('2026-11-01T04:00:00.000Z');
  });

  it('where DST skips midnight (Santiago, Sep 6 2026) the day starts at the jump to 01:00', () => {
    const SANTIAGO = 'America/Santiago';
    const start = localDayStart(2026, 9, 6, SANTIAGO);
    expect(start.toUTC().toISO()).toBe('2026-09-06T04:00:00.000Z');
    expect(start.toFormat('yyyy-MM-dd HH:mm')).toBe('2026-09-06 01:00');
  });

  it('ROLLING_DAYS counts whole local days, so a window spanning DST is 7 local days, not 7×24h', () => {
    const when = local('2026-03-10T12:00', NY); // DST began Mar 8
    expect(periodAt('ROLLING_DAYS', when, { timeZone: NY, periodDays: 7 })).toEqual({
      start: local('2026-03-04T00:00', NY), end: local('2026-03-11T00:00', NY),
    });
    expect(local('2026-03-11T00:00', NY).getTime() - local('2026-03-04T00:00', NY).getTime()).toBe(7 * DAY_MS - 3_600_000);
  });
});

describe('periodAt: MEMBERSHIP_YEAR', () => {
  const anchor = local('2025-06-15T10:30');

  it('runs from anniversary to anniversary, each starting at local midnight of the date', () => {
    expect(at('MEMBERSHIP_YEAR', local('2026-11-20T12:00'), TZ, anchor)).toEqual(iso({ start: local('2026-06-15T00:00'), end: local('2027-06-15T00:00') }));
    expect(at('MEMBERSHIP_YEAR', anchor, TZ, anchor)).toEqual(iso({ start: local('2025-06-15T00:00'), end: local('2026-06-15T00:00') }));
  });

  it('one millisecond before the anniversary is the old year; the anniversary starts the new one', () => {
    const ann = local('2026-06-15T00:00');
    expect(at('MEMBERSHIP_YEAR', ms(ann, -1), TZ, anchor)).toEqual(iso({ start: local('2025-06-15T00:00'), end: ann }));
    expect(at('MEMBERSHIP_YEAR', ann, TZ, anchor).start).toBe(ann.toISOString());
  });

  it('a Feb 29 anchor falls on Feb 28 in common years and Feb 29 in leap years, without drift', () => {
    const leap = local('2024-02-29T10:00');
    expect(at('MEMBERSHIP_YEAR', local('2025-03-01T00:00'), TZ, leap)).toEqual(iso({ start: local('2025-02-28T00:00'), end: local('2026-02-28T00:00') }));
    expect(at('MEMBERSHIP_YEAR', local('2025-02-27T23:59:59.999'), TZ, leap)).toEqual(iso({ start: local('2024-02-29T00:00'), end: local('2025-02-28T00:00') }));
    expect(at('MEMBERSHIP_YEAR', local('2028-03-01T00:00'), TZ, leap)).toEqual(iso({ start: local('2028-02-29T00:00'), end: local('2029-02-28T00:00') }));
    expect(at('MEMBERSHIP_YEAR', local('2028-02-28T23:59'), TZ, leap).start).toBe(local('2027-02-28T00:00').toISOString());
  });

  it('falls back to the calendar year without an anchor (default tier, no membership row)', () => {
    expect(at('MEMBERSHIP_YEAR', local('2026-11-20T12:00'))).toEqual(at('CALENDAR_YEAR', local('2026-11-20T12:00')));
  });
});

describe('periodAt: ROLLING_DAYS and bad input', () => {
  it('is the last N local days, today included: from local midnight N−1 days ago to the next midnight', () => {
    const when = local('2026-11-20T12:34:56.789');
    expect(periodAt('ROLLING_DAYS', when, { timeZone: TZ, periodDays: 30 })).toEqual({ start: local('2026-10-22T00:00'), end: local('2026-11-21T00:00') });
  });

  it.each([null, undefined, 0, -1, 1.5])('rejects periodDays %p', (periodDays) => {
    expect(() => periodAt('ROLLING_DAYS', new Date(), { timeZone: TZ, periodDays })).toThrow(RangeError);
  });

  it('rejects an unknown time zone instead of silently using UTC', () => {
    expect(() => periodAt('CALENDAR_MONTH', new Date(), { timeZone: 'Mars/Olympus' })).toThrow(/Invalid time zone/);
  });
});

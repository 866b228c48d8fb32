// The report's pure parts: what a window and grouping may be, how a page's rows are put together,
// and the CSV record format (RFC 4180).
import { assembleRows, reportProblems } from '../../src/domain/report';
import { csvLine } from '../../src/http/usage-csv';

const at = (iso: string) => new Date(iso);

describe('reportProblems', () => {
  it('wants the window to end after it starts, and each known dimension once', () => {
    expect(reportProblems({ from: at('2026-11-01T00:00:00Z'), to: at('2026-12-01T00:00:00Z'), groupBy: ['TIER', 'WEEK'] })).toEqual([]);
    expect(reportProblems({ from: at('2026-11-01T00:00:00Z'), to: at('2026-11-01T00:00:00Z'), groupBy: [] })).toEqual([{ field: 'to', message: 'must be after from' }]);
    expect(reportProblems({ from: at('2026-11-01T00:00:00Z'), to: at('2026-12-01T00:00:00Z'), groupBy: ['DAY', 'PLANET', 'DAY'] }).map((p) => p.field)).toEqual(['groupBy', 'groupBy']);
  });
});

describe('assembleRows', () => {
  const figures = { uses: 3, reversed: 1, units: 3, members: 2, appeals: 3, upheldAppeals: 1, rejectedAppeals: 1 };
  it('puts each group with its costs by currency, per active member, and the upheld share among decided appeals', () => {
    const rows = assembleRows(
      [{ key: ['GOLD'], ...figures }, { key: ['SILVER'], ...figures, members: 0, uses: 0, appeals: 1, upheldAppeals: 0, rejectedAppeals: 0 }],
      [
        { key: ['GOLD'], currency: 'USD', platform: 100, merchant: 0 },
        { key: ['GOLD'], currency: 'CNY', platform: 900, merchant: 300 },
        { key: ['SILVER'], currency: 'CNY', platform: 0, merchant: 0 },
      ],
    );
    expect(rows[0]).toMatchObject({
      key: ['GOLD'], upheldShare: 0.5,
      cost: [{ currency: 'CNY', platform: 900, merchant: 300, total: 1200, perMember: 600 }, { currency: 'USD', total: 100, perMember: 50 }],
    });
    expect(rows[1]).toMatchObject({ key: ['SILVER'], upheldShare: null, cost: [{ currency: 'CNY', total: 0, perMember: null }] });
  });
});

describe('csvLine', () => {
  it('quotes fields with a comma, a quote or a line break, doubles quotes, and ends with CRLF', () => {
    expect(csvLine(['GOLD', 3, null, 0.5, undefined])).toBe('GOLD,3,,0.5,\r\n');
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 'cr\r'])).toBe('"a,b","say ""hi""","two\nlines","cr\r"\r\n');
  });
});

// Reading usageReport the way ops do: every page through GraphQL, and the CSV export parsed on its
// own (RFC 4180), so tests can hold one against the other.
import { UsageReportDocument, UsageReportInput, UsageReportQuery } from '../../clients/ops/graphql';
import { GqlResult, TestServer } from './harness';

export type Row = UsageReportQuery['usageReport']['edges'][number]['node'];
export const FIELDS: Record<string, string> = {
  TIER: 'tier', BENEFIT: 'benefit', MERCHANT: 'merchant', FUNDER: 'funder', CAUSE: 'cause', DAY: 'day', WEEK: 'week', MONTH: 'month',
};

/** The row as the ledger computation gives it (codegen's documents also ask for __typename). */
export const withoutTypename = (row: Row): Row => {
  const { __typename, cost, ...rest } = row as Row & { __typename?: string };
  return { ...rest, cost: cost.map(({ __typename: _, ...c }) => c) } as Row;
};

/** Every row of a report, page by page; also the number of pages. */
export async function allRows(s: TestServer, input: Omit<UsageReportInput, 'first' | 'after'>, first = 7): Promise<{ rows: Row[]; pages: number }> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const r: GqlResult<UsageReportQuery> = await s.op(UsageReportDocument, { input: { ...input, first, after } });
    if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
    const { edges, pageInfo } = r.data.usageReport;
    rows.push(...edges.map((e) => withoutTypename(e.node)));
    if (!pageInfo.hasNextPage) return { rows, pages };
    expect(edges.length).toBe(first);
    after = pageInfo.endCursor;
  }
}

/** RFC 4180, read independently of the writer. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      (record = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
/** The CSV lines a report's rows must give: one per currency, at least one per row. */
export const csvOf = (groupBy: string[], rows: Row[]) => rows.flatMap((r) => (r.cost.length ? r.cost : [null]).map((c) => [
  ...groupBy.map((d) => cell((r as Record<string, unknown>)[FIELDS[d]])),
  ...[r.uses, r.reversed, r.units, r.members, r.appeals, r.upheldAppeals, r.rejectedAppeals, r.upheldShare].map(cell),
  ...[c?.currency, c?.platform, c?.merchant, c?.total, c?.perMember].map(cell),
]));

export async function getCsv(s: TestServer, query: string, token: string | null = null) {
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
  return fetch(`${s.url.replace('/graphql', '')}/reports/usage.csv?${query}`, { headers });
}


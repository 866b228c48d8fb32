// GET /reports/usage.csv?from=…&to=…&groupBy=TIER,BENEFIT[&tierCodes=…&benefitCodes=…&merchantIds=…&causes=…]
// The usage report as CSV (RFC 4180: CRLF lines, fields with a comma, quote or line break
// quoted), streamed: each page of the GraphQL usageReport is written as soon as it is read, so
// the rows are exactly the report's and pass the same checks (ops_admin, instants, dimensions).
// A group with costs in several currencies takes one line per currency (its counts repeated);
// one without charges takes one line with empty money cells.
import http from 'node:http';

/** The page query the export runs; its variables are the query string's. */
export const USAGE_CSV_QUERY = `query UsageReportCsv($input: UsageReportInput!) {
  usageReport(input: $input) {
    edges { node { tier benefit merchant funder cause day week month uses reversed units members appeals upheldAppeals rejectedAppeals upheldShare
      cost { currency platform merchant total perMember } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PAGE = 100;
const LISTS = ['groupBy', 'tierCodes', 'benefitCodes', 'merchantIds', 'causes'] as const;
const FILTERS = ['tierCodes', 'benefitCodes', 'merchantIds', 'causes'] as const;
const FIELD_OF: Record<string, string> = {
  TIER: 'tier', BENEFIT: 'benefit', MERCHANT: 'merchant', FUNDER: 'funder', CAUSE: 'cause', DAY: 'day', WEEK: 'week', MONTH: 'month',
};
export const CSV_FIGURES = [
  'uses', 'reversed', 'units', 'members', 'appeals', 'upheld_appeals', 'rejected_appeals', 'upheld_share',
  'currency', 'platform_cost', 'merchant_cost', 'total_cost', 'cost_per_member',
];

type Cell = string | number | null | undefined;
interface Cost { currency: string; platform: number; merchant: number; total: number; perMember: number | null }
type Row = Record<string, Cell> & { cost: Cost[] };
export interface PageResult {
  data?: { usageReport: { edges: Array<{ node: Row }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Runs USAGE_CSV_QUERY as the request's actor (server.ts: through Apollo, with the request's context). */
export type RunPage = (variables: Record<string, unknown>) => Promise<PageResult>;

const field = (c: Cell) => {
  const s = c === null || c === undefined ? '' : String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** One CSV record with its CRLF. */
export const csvLine = (cells: Cell[]) => `${cells.map(field).join(',')}\r\n`;

/** The report's lines for one row: one per currency, at least one. */
function rowLines(groupBy: string[], row: Row): string {
  const key = groupBy.map((d) => row[FIELD_OF[d]]);
  const counts = [row.uses, row.reversed, row.units, row.members, row.appeals, row.upheldAppeals, row.rejectedAppeals, row.upheldShare];
  const costs: Array<Cost | null> = row.cost.length ? row.cost : [null];
  return costs.map((c) => csvLine([...key, ...counts, c?.currency, c?.platform, c?.merchant, c?.total, c?.perMember])).join('');
}

/** The report input a query string asks for; the report itself checks the values. */
function inputOf(url: URL): { input: Record<string, unknown> } | { problem: string } {
  const unknown = [...url.searchParams.keys()].filter((k) => !['from', 'to', ...LISTS].includes(k));
  if (unknown.length) return { problem: `Unknown parameter ${unknown.join(', ')}; use from, to, ${LISTS.join(', ')}.` };
  const list = (name: string) => {
    const v = url.searchParams.get(name);
    return v === null || v === '' ? [] : v.split(',').map((s) => s.trim());
  };
  const filter = Object.fromEntries(FILTERS.filter((f) => url.searchParams.has(f)).map((f) => [f, list(f)]));
  return { input: { from: url.searchParams.get('from'), to: url.searchParams.get('to'), groupBy: list('groupBy'), filter, first: PAGE } };
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, SERVICE_UNAVAILABLE: 503 };

/**
 * Answers the export. Problems found before the first line (a bad query, no token, not ops) are
 * JSON errors with their status; one after it cuts the response off, so a partial file never
 * passes for a whole one.
 */
export async function serveUsageCsv(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, runPage: RunPage): Promise<void> {
  const fail = (status: number, code: string, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] }));
  };
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    return fail(405, 'BAD_REQUEST', 'The usage report is read with GET.');
  }
  const asked = inputOf(new URL(req.url ?? '/', 'http://localhost'));
  if ('problem' in asked) return fail(400, 'BAD_USER_INPUT', asked.problem);
  const groupBy = asked.input.groupBy as string[];
  let after: string | null = null;
  let started = false;
  try {
    for (;;) {
      const page = await runPage({ input: { ...asked.input, after } });
      const error = page.errors?.[0];
      if (error || !page.data) {
        const code = String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        if (started) throw new Error(`usage report export failed after its first page: ${code} ${error?.message ?? ''}`);
        return fail(STATUS[code] ?? 500, code, error?.message ?? 'Internal server error.');
      }
      if (!started) {
        started = true;
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="usage-report.csv"',
          'x-request-id': requestId,
        });
        res.write(csvLine([...groupBy.map((d) => d.toLowerCase()), ...CSV_FIGURES]));
      }
      const { edges, pageInfo } = page.data.usageReport;
      const chunk = edges.map((e) => rowLines(groupBy, e.node)).join('');
      if (res.destroyed) return; // the client went away
      if (chunk && !res.write(chunk)) await new Promise((resume) => res.once('drain', resume).once('close', resume));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
  } catch (err) {
    if (started) res.destroy(); // cut off: the client must not take a partial file for the report
    throw err;
  }
  res.end();
}

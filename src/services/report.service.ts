// Usage reports for ops. A use is in the window when it was first made in [from, to) (its
// created_at, the hold for hold → capture) and was really given: CAPTURED, or CAPTURED and later
// REVERSED (counted apart). Held, released and expired uses gave nothing and charged nothing.
// Its cost is its net charge now: every usage_charges row of the use (CHARGE, REVERSAL,
// APPEAL_UPHELD), whenever written, so a reversed use nets 0 and an upheld appeal shows as the
// platform's. Days, ISO weeks and months are the local day the use was made (its period_key).
//
// Each page is two aggregate statements, keyset-paginated over the sorted group keys: the use
// figures (first + 1 groups), then the charge sums of exactly those groups by currency. Both start
// from idx_usage_state_created; a use's charges and appeal come by their usage_id indexes.
import { RequestContext } from '../context';
import { rawInstant } from '../db/instant';
import { badInput } from '../errors';
import {
  assembleRows, ChargeFigures, ReportDimension, ReportKey, reportProblems, UsageReportRow, UseFigures,
} from '../domain/report';
import { UsageCause } from '../domain/types';

export interface ReportFilter {
  tierCodes?: string[] | null;
  benefitCodes?: string[] | null;
  merchantIds?: string[] | null;
  causes?: UsageCause[] | null;
}

export interface UsageReportQuery {
  from: Date;
  to: Date;
  groupBy: ReportDimension[];
  filter: ReportFilter;
}

/** Throws BAD_USER_INPUT naming `prefix` + the field (GraphQL: 'input.'; the CSV route: ''). */
export function checkReportQuery(q: { from: Date; to: Date; groupBy: readonly string[] }, prefix: string): void {
  const problems = reportProblems(q);
  if (problems.length) throw badInput(problems.map((p) => ({ field: prefix + p.field, message: p.message })));
}

type Sql = 'mysql' | 'sqlite';

/** Each dimension's value of a use; never NULL, so keys compare and sort as plain strings. */
function keyExpression(d: ReportDimension, sql: Sql): string {
  const day = 'SUBSTR(u.period_key, 3, 10)'; // 'D:YYYY-MM-DD' → the local day
  switch (d) {
    case 'TIER': return "COALESCE(t.code, '')";
    case 'BENEFIT': return "COALESCE(b.code, '')";
    case 'MERCHANT': return "COALESCE(u.merchant_id, '')";
    case 'FUNDER': return 'u.funder';
    case 'CAUSE': return 'u.cause';
    case 'DAY': return day;
    case 'MONTH': return 'SUBSTR(u.period_key, 3, 7)';
    case 'WEEK': return sql === 'mysql' ? `DATE_FORMAT(${day}, '%x-W%v')` : `strftime('%G-W%V', ${day})`;
  }
}

interface Statement {
  sql: string;
  params: unknown[];
}

/** The FROM and WHERE both aggregates share, and the key expressions. */
function uses(q: UsageReportQuery, sql: Sql, bind: (d: Date) => unknown) {
  const f = q.filter;
  const keys = q.groupBy.map((d) => keyExpression(d, sql));
  const needTier = q.groupBy.includes('TIER') || !!f.tierCodes?.length;
  const needBenefit = q.groupBy.includes('BENEFIT') || !!f.benefitCodes?.length;
  let from = 'usage_entries u';
  // The tier of a use is its rule's tier.
  if (needTier) from += ' LEFT JOIN tier_benefit_rules r ON r.id = u.rule_id LEFT JOIN tiers t ON t.id = r.tier_id';
  if (needBenefit) from += ' LEFT JOIN benefits b ON b.id = u.benefit_id';
  const where = ["u.state IN ('CAPTURED', 'REVERSED')", 'u.created_at >= ?', 'u.created_at < ?'];
  const params: unknown[] = [bind(q.from), bind(q.to)];
  const among = (column: string, values: readonly string[] | null | undefined) => {
    if (!values?.length) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  among('t.code', f.tierCodes);
  among('b.code', f.benefitCodes);
  among('u.merchant_id', f.merchantIds);
  among('u.cause', f.causes);
  return { keys, from, where, params };
}

const tuple = (exprs: string[]) => `(${exprs.join(', ')})`;

/** Use figures of the groups after `after`, first + 1 of them. */
export function useStatement(q: UsageReportQuery, sql: Sql, bind: (d: Date) => unknown, after: ReportKey | null, limit: number): Statement {
  const { keys, from, where, params } = uses(q, sql, bind);
  if (after && keys.length) {
    where.push(`${tuple(keys)} > ${tuple(keys.map(() => '?'))}`);
    params.push(...after);
  }
  const select = [
    ...keys.map((k, i) => `${k} AS k${i}`),
    "SUM(CASE WHEN u.state = 'CAPTURED' THEN 1 ELSE 0 END) AS uses",
    "SUM(CASE WHEN u.state = 'REVERSED' THEN 1 ELSE 0 END) AS reversed",
    "SUM(CASE WHEN u.state = 'CAPTURED' THEN u.amount ELSE 0 END) AS units",
    "COUNT(DISTINCT CASE WHEN u.state = 'CAPTURED' THEN u.user_id END) AS members",
    'COUNT(a.id) AS appeals',
    "SUM(CASE WHEN a.state = 'UPHELD' THEN 1 ELSE 0 END) AS upheld",
    "SUM(CASE WHEN a.state = 'REJECTED' THEN 1 ELSE 0 END) AS rejected",
  ];
  // One appeal per use at most (uq_appeals_usage), so the join never repeats a use.
  let text = `SELECT ${select.join(', ')} FROM ${from} LEFT JOIN appeals a ON a.usage_id = u.id WHERE ${where.join(' AND ')}`;
  // Without dimensions the one group exists only when some use does.
  text += keys.length ? ` GROUP BY ${keys.join(', ')} ORDER BY ${keys.join(', ')}` : ' HAVING COUNT(*) > 0';
  return { sql: `${text} LIMIT ${Math.floor(limit)}`, params };
}

/** Net charge sums, by currency, of the groups in (after, last]. */
export function chargeStatement(q: UsageReportQuery, sql: Sql, bind: (d: Date) => unknown, after: ReportKey | null, last: ReportKey): Statement {
  const { keys, from, where, params } = uses(q, sql, bind);
  if (keys.length) {
    if (after) {
      where.push(`${tuple(keys)} > ${tuple(keys.map(() => '?'))}`);
      params.push(...after);
    }
    where.push(`${tuple(keys)} <= ${tuple(keys.map(() => '?'))}`);
    params.push(...last);
  }
  const select = [...keys.map((k, i) => `${k} AS k${i}`), 'c.currency AS currency', 'SUM(c.platform_amount) AS platform', 'SUM(c.merchant_amount) AS merchant'];
  return {
    sql: `SELECT ${select.join(', ')} FROM ${from} JOIN usage_charges c ON c.usage_id = u.id WHERE ${where.join(' AND ')} GROUP BY ${[...keys, 'c.currency'].join(', ')}`,
    params,
  };
}

type Raw = Record<string, string | number | null>;
const num = (v: string | number | null | undefined) => Number(v ?? 0);
const keyOf = (r: Raw, n: number): ReportKey => Array.from({ length: n }, (_, i) => String(r[`k${i}`]));

/** One page: up to `first` rows after the group `after`, and whether more follow. Two statements (one when empty). */
export async function usageReportPage(
  ctx: RequestContext,
  q: UsageReportQuery,
  page: { first: number; after: ReportKey | null },
): Promise<{ rows: UsageReportRow[]; hasNextPage: boolean }> {
  const sql: Sql = ctx.em.connection.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  const bind = (d: Date) => rawInstant(ctx.em, d);
  const n = q.groupBy.length;
  if (n === 0 && page.after) return { rows: [], hasNextPage: false }; // the one group was the first page
  const s1 = useStatement(q, sql, bind, page.after, page.first + 1);
  const raw: Raw[] = await ctx.em.query(s1.sql, s1.params);
  const figures: UseFigures[] = raw.slice(0, page.first).map((r) => ({
    key: keyOf(r, n), uses: num(r.uses), reversed: num(r.reversed), units: num(r.units), members: num(r.members),
    appeals: num(r.appeals), upheldAppeals: num(r.upheld), rejectedAppeals: num(r.rejected),
  }));
  if (figures.length === 0) return { rows: [], hasNextPage: false };
  const s2 = chargeStatement(q, sql, bind, page.after, figures[figures.length - 1].key);
  const charges: ChargeFigures[] = (await ctx.em.query(s2.sql, s2.params) as Raw[]).map((r) => ({
    key: keyOf(r, n), currency: String(r.currency), platform: num(r.platform), merchant: num(r.merchant),
  }));
  return { rows: assembleRows(figures, charges), hasNextPage: raw.length > page.first };
}

/** Every row, page by page (for the CSV export): each page is read when the previous one was handed on. */
export async function* usageReportRows(ctx: RequestContext, q: UsageReportQuery, pageSize = 500): AsyncGenerator<UsageReportRow[]> {
  let after: ReportKey | null = null;
  for (;;) {
    const page = await usageReportPage(ctx, q, { first: pageSize, after });
    if (page.rows.length) yield page.rows;
    if (!page.hasNextPage) return;
    after = page.rows[page.rows.length - 1].key;
  }
}

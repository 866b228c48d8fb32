import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../src/context';
import { ReportDimension, ReportKey, UsageReportRow } from '../src/domain/report';
import { badInput } from '../src/errors';
import { checkReportQuery, usageReportPage } from '../src/services/report.service';
import { UsageReportInput } from './inputs/report.inputs';
import { decodeCursor, encodeCursor } from './types/connection';
import { UsageReportConnection, UsageReportRowType } from './types/report.types';

const FIELD: Record<ReportDimension, keyof UsageReportRowType> = {
  TIER: 'tier', BENEFIT: 'benefit', MERCHANT: 'merchant', FUNDER: 'funder', CAUSE: 'cause', DAY: 'day', WEEK: 'week', MONTH: 'month',
};

/** A row as GraphQL shows it: its key spread over the dimension fields ('' merchant: none). */
function reportRow(groupBy: ReportDimension[], row: UsageReportRow): UsageReportRowType {
  const { key, ...figures } = row;
  const named = Object.fromEntries(groupBy.map((d, i) => [FIELD[d], key[i] === '' ? null : key[i]]));
  return { tier: null, benefit: null, merchant: null, funder: null, cause: null, day: null, week: null, month: null, ...figures, ...named };
}

/** The cursor is the group's key; one from another grouping is refused. */
function decodeKey(after: string | undefined, dimensions: number): ReportKey | null {
  const value = decodeCursor(after, 'input.after');
  if (value === null) return null;
  let key: unknown;
  try {
    key = JSON.parse(value);
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== dimensions || !key.every((k) => typeof k === 'string')) {
    throw badInput([{ field: 'input.after', message: 'is not a cursor of this report' }]);
  }
  return key;
}

@Resolver()
export class ReportResolver {
  @Authorized('ops_admin')
  @Query(() => UsageReportConnection, {
    description: 'Uses first made in [from, to) that were given (captured; reversed ones counted apart), grouped and paged by the sorted group keys. Days, weeks and months are local to BUSINESS_TIMEZONE. Also as CSV: GET /reports/usage.csv.',
  })
  async usageReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Window, grouping, filter and page.' }) input: UsageReportInput) {
    checkReportQuery(input, 'input.');
    const query = { from: input.from, to: input.to, groupBy: input.groupBy, filter: input.filter ?? {} };
    const page = await usageReportPage(ctx, query, { first: input.first, after: decodeKey(input.after, input.groupBy.length) });
    const edges = page.rows.map((row) => ({ node: reportRow(input.groupBy, row), cursor: encodeCursor(JSON.stringify(row.key)) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

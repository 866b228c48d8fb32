// Usage reports: what a group of uses made in a window came to. The service runs two aggregates
// per page (use figures, then the charge sums of the page's groups); this file checks the
// question and assembles their rows. No database here.

/** What a report row can be grouped by. DAY, WEEK (ISO) and MONTH are local to the business time zone. */
export const REPORT_DIMENSIONS = ['TIER', 'BENEFIT', 'MERCHANT', 'FUNDER', 'CAUSE', 'DAY', 'WEEK', 'MONTH'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const isReportDimension = (v: string): v is ReportDimension => (REPORT_DIMENSIONS as readonly string[]).includes(v);

/** A group's key: one value per dimension of groupBy, in its order ('' for a use without a merchant). */
export type ReportKey = string[];

/** Counts of one group, as the use aggregate returns them. */
export interface UseFigures {
  key: ReportKey;
  uses: number;
  reversed: number;
  units: number;
  members: number;
  appeals: number;
  upheldAppeals: number;
  rejectedAppeals: number;
}

/** Net charge sums of one group in one currency, as the charge aggregate returns them. */
export interface ChargeFigures {
  key: ReportKey;
  currency: string;
  platform: number;
  merchant: number;
}

export interface ReportCost {
  currency: string;
  platform: number;
  merchant: number;
  total: number;
  /** total / members; null when no member used the group (all its uses were reversed). */
  perMember: number | null;
}

export interface UsageReportRow extends UseFigures {
  /** Upheld among decided appeals; null before any decision. */
  upheldShare: number | null;
  /** By currency, ascending. */
  cost: ReportCost[];
}

export interface ReportProblem {
  field: string;
  message: string;
}

/** What is wrong with a report's window and grouping (field names relative to the input). */
export function reportProblems(q: { from: Date; to: Date; groupBy: readonly string[] }): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (q.to.getTime() <= q.from.getTime()) problems.push({ field: 'to', message: 'must be after from' });
  const unknown = q.groupBy.filter((d) => !isReportDimension(d));
  if (unknown.length) problems.push({ field: 'groupBy', message: `unknown dimension ${unknown.join(', ')}; one of ${REPORT_DIMENSIONS.join(', ')}` });
  if (new Set(q.groupBy).size !== q.groupBy.length) problems.push({ field: 'groupBy', message: 'names a dimension twice' });
  return problems;
}

/** A page's rows: each group's figures with its charges (charge rows in any order). */
export function assembleRows(uses: UseFigures[], charges: ChargeFigures[]): UsageReportRow[] {
  const byKey = new Map<string, ChargeFigures[]>();
  for (const c of charges) {
    const k = JSON.stringify(c.key);
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  return uses.map((u) => {
    const cost = (byKey.get(JSON.stringify(u.key)) ?? [])
      .map((c) => ({
        currency: c.currency, platform: c.platform, merchant: c.merchant, total: c.platform + c.merchant,
        perMember: u.members > 0 ? (c.platform + c.merchant) / u.members : null,
      }))
      .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
    const decided = u.upheldAppeals + u.rejectedAppeals;
    return { ...u, upheldShare: decided > 0 ? u.upheldAppeals / decided : null, cost };
  });
}

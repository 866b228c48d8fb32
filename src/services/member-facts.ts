// Everything resolution needs about some members, in ONE statement whatever their history: their
// memberships and grants, their usage counters (all-time totals, month counters of the last 13
// months, the day counters a rolling or membership-year period of the catalog can reach, and the
// asked orders' counters), their uses still HELD, and the catalog version. Rows
// map straight to the pure domain's facts (no entity hydration: this is the hot read path).
// The same statement runs inside a write's transaction, after its lock, for fresh facts.
import { DataSource, EntityManager } from 'typeorm';
import { addDays, dayKey } from '../domain/period';
import { monthOf } from '../domain/quota';
import type { Catalog } from './catalog';
import type { BenefitSpend, GrantFacts, HoldFacts, MembershipFacts, MembershipSource, Spend } from '../domain/types';

export interface MemberFacts {
  userId: string;
  memberships: MembershipFacts[];
  grants: GrantFacts[];
  /** Counters as stored, by benefit id (holds count until swept; see withoutExpiredHolds). */
  spend: Map<string, BenefitSpend>;
  holds: HoldFacts[];
  /** Benefits with a TOTAL counter: the member has booked a use of them, so writers lock that row. */
  booked: Set<string>;
}

export interface MemberFactsRead {
  catalogVersion: number;
  members: Map<string, MemberFacts>;
}

export const TOTAL_KEY = 'TOTAL';
export const dayCounterKey = (day: string) => `D:${day}`;
export const monthCounterKey = (month: string) => `M:${month}`;
export const orderCounterKey = (orderId: string) => `O:${orderId}`;
/** Uses whose cause did not spend quota are counted apart, on the same keys prefixed with X. */
export const EXEMPT_PREFIX = 'X';

type Row = {
  k: string; user_id: string | null; ref: string | null; id: string | null; s1: string | null; s2: string | null;
  n1: number | string | null; n2: number | string | null; t1: Date | string | null; t2: Date | string | null;
};

/** mysql2 returns DATETIME as Date (connection zone UTC); SQLite as 'YYYY-MM-DD HH:mm:ss.SSS' in UTC. */
export const instantOf = (v: Date | string): Date => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
const maybeInstant = (v: Date | string | null) => (v === null ? null : instantOf(v));
const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export interface MemberFactsQuery {
  userIds: readonly string[];
  orderIds: readonly string[];
  /** Day counters from this local day ('YYYY-MM-DD') on are read … */
  fromDay: string;
  /** … and month counters from this local month ('YYYY-MM') on. */
  fromMonth: string;
}

/** The counters a decision at `now` (or later) can need under `catalog`. */
export function counterWindow(catalog: Catalog, now: Date, timeZone: string): Pick<MemberFactsQuery, 'fromDay' | 'fromMonth'> {
  const today = dayKey(now, timeZone);
  // Month counters of the last 13 months: a calendar or membership year reaches 12 months back.
  return { fromDay: addDays(today, -catalog.dayLookback), fromMonth: monthOf(addDays(today, -400)) };
}

export async function readMemberFacts(runner: DataSource | EntityManager, q: MemberFactsQuery): Promise<MemberFactsRead> {
  const users = list(q.userIds.length);
  // One branch per kind of counter, each a range on (user_id, period_key): an OR of them would
  // make the database read every counter the member has (one per order ever used, say).
  const counters: Array<[string, unknown[]]> = [
    [`period_key IN ('${TOTAL_KEY}', '${EXEMPT_PREFIX}${TOTAL_KEY}')`, []],
    [`period_key BETWEEN ? AND 'D:9999-12-31'`, [dayCounterKey(q.fromDay)]],
    [`period_key BETWEEN ? AND 'M:9999-12'`, [monthCounterKey(q.fromMonth)]],
    [`period_key BETWEEN ? AND '${EXEMPT_PREFIX}D:9999-12-31'`, [EXEMPT_PREFIX + dayCounterKey(q.fromDay)]],
    [`period_key BETWEEN ? AND '${EXEMPT_PREFIX}M:9999-12'`, [EXEMPT_PREFIX + monthCounterKey(q.fromMonth)]],
    ...(q.orderIds.length ? [[`period_key IN (${list(q.orderIds.length)})`, q.orderIds.map(orderCounterKey)] as [string, unknown[]]] : []),
  ];
  const sql = [
    `SELECT 'V' AS k, NULL AS user_id, NULL AS ref, NULL AS id, NULL AS s1, NULL AS s2, version AS n1, NULL AS n2, NULL AS t1, NULL AS t2 FROM catalog_version WHERE id = 1`,
    `SELECT 'M', user_id, tier_id, id, source, NULL, NULL, NULL, starts_at, ends_at FROM memberships WHERE user_id IN (${users})`,
    `SELECT 'G', user_id, benefit_id, id, NULL, NULL, amount, NULL, starts_at, expires_at FROM quota_grants WHERE user_id IN (${users})`,
    ...counters.map(([range]) => `SELECT 'C', user_id, benefit_id, period_key, NULL, NULL, held, captured, NULL, NULL FROM usage_counters WHERE user_id IN (${users}) AND ${range}`),
    `SELECT 'H', user_id, benefit_id, id, period_key, order_id, amount, spends_quota, NULL, expires_at FROM usage_entries WHERE user_id IN (${users}) AND state = 'HELD'`,
  ].join('\nUNION ALL\n');
  const params = [...q.userIds, ...q.userIds, ...counters.flatMap(([, values]) => [...q.userIds, ...values]), ...q.userIds];
  const rows: Row[] = await runner.query(sql, params);

  const members = new Map<string, MemberFacts>(
    q.userIds.map((userId) => [userId, { userId, memberships: [], grants: [], spend: new Map(), holds: [], booked: new Set<string>() }]),
  );
  let catalogVersion = 0;
  for (const r of rows) {
    if (r.k === 'V') {
      catalogVersion = Number(r.n1);
      continue;
    }
    const m = members.get(r.user_id!);
    if (!m) continue;
    switch (r.k) {
      case 'M':
        m.memberships.push({
          id: r.id!, userId: m.userId, tierId: r.ref!, source: r.s1 as MembershipSource,
          startsAt: instantOf(r.t1!), endsAt: maybeInstant(r.t2),
        });
        break;
      case 'G':
        m.grants.push({ id: r.id!, userId: m.userId, benefitId: r.ref!, amount: Number(r.n1), startsAt: instantOf(r.t1!), expiresAt: maybeInstant(r.t2) });
        break;
      case 'C':
        addCounter(m.spend, r.ref!, r.id!, { held: Number(r.n1), captured: Number(r.n2) });
        if (r.id === TOTAL_KEY) m.booked.add(r.ref!);
        break;
      case 'H':
        m.holds.push({
          id: r.id!, userId: m.userId, benefitId: r.ref!, day: r.s1!.slice(2), orderId: r.s2, amount: Number(r.n1), expiresAt: maybeInstant(r.t2),
          spendsQuota: Number(r.n2) !== 0,
        });
        break;
    }
  }
  // Stable order, so a decision never depends on how the database returned rows.
  for (const m of members.values()) {
    m.memberships.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1));
    m.grants.sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return { catalogVersion, members };
}

type MutableSpend = { total: Spend; days: Map<string, Spend>; months: Map<string, Spend>; orders: Map<string, Spend>; exempt?: MutableSpend };
const emptySpend = (): MutableSpend => ({ total: { held: 0, captured: 0 }, days: new Map(), months: new Map(), orders: new Map() });

function addCounter(spend: Map<string, BenefitSpend>, benefitId: string, key: string, s: Spend) {
  let b = spend.get(benefitId) as MutableSpend | undefined;
  if (!b) spend.set(benefitId, (b = emptySpend()));
  if (key.startsWith(EXEMPT_PREFIX)) {
    b = b.exempt ??= emptySpend();
    key = key.slice(EXEMPT_PREFIX.length);
  }
  if (key === TOTAL_KEY) b.total = s;
  else if (key.startsWith('D:')) b.days.set(key.slice(2), s);
  else if (key.startsWith('M:')) b.months.set(key.slice(2), s);
  else if (key.startsWith('O:')) b.orders.set(key.slice(2), s);
}

// Everything resolution needs about some members, in ONE statement whatever their history: their
// memberships and grants, their usage counters (all-time totals, month counters of the last 13
// months, the day counters a rolling or membership-year period of the catalog can reach, and the
// asked orders' counters), their uses still HELD, the asked orders themselves, and the catalog
// version. Members are named by id, or by one of their orders (`order(id)` learns the owner from
// the same statement instead of reading the order first). Rows map straight to the pure domain's
// facts (no entity hydration: this is the hot read path).
// The same statement runs inside a write's transaction, after its lock, for fresh facts.
import { DataSource, EntityManager } from 'typeorm';
import type { Order } from '../../entities';
import { preparedRows } from '../db/prepared';
import type { Statement } from '../db/batch';
import type { OrderStatus } from '../domain/types';
import { addDays, dayKey, firstCountedMonth } from '../domain/period';
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
  /** The asked orders that exist, by id. */
  orders: Map<string, Order>;
  /** Whether the asked idempotency key is stored (false when none was asked). */
  keyStored: boolean;
}

export const TOTAL_KEY = 'TOTAL';
export const dayCounterKey = (day: string) => `D:${day}`;
export const monthCounterKey = (month: string) => `M:${month}`;
export const orderCounterKey = (orderId: string) => `O:${orderId}`;
/** Uses whose cause did not spend quota are counted apart, on the same keys prefixed with X. */
export const EXEMPT_PREFIX = 'X';

export type MemberFactsRow = {
  k: string; user_id: string | null; ref: string | null; id: string | null; s1: string | null; s2: string | null; s3: string | null;
  n1: number | string | null; n2: number | string | null; t1: Date | string | null; t2: Date | string | null; t3: Date | string | null; t4: Date | string | null;
};

/** mysql2 returns DATETIME as Date (connection zone UTC); SQLite as 'YYYY-MM-DD HH:mm:ss.SSS' in UTC. */
export const instantOf = (v: Date | string): Date => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
const maybeInstant = (v: Date | string | null) => (v === null ? null : instantOf(v));
/** `key` is a reserved word in MySQL; SQLite takes MySQL's backquotes too. */
const KEY_COLUMN = '`key`';
const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export interface MemberFactsQuery {
  /** The members, by id … */
  userIds: readonly string[];
  /** … or (when given, instead of userIds) as the owners of these orders, whose rows are read too. */
  ownersOf?: readonly string[];
  /** Orders whose rows and counters are read as well. */
  orderIds: readonly string[];
  /** Also whether this idempotency key is stored (a write's precheck learns it in the same statement). */
  idempotencyKey?: string;
  /** Day counters from this local day ('YYYY-MM-DD') on are read … */
  fromDay: string;
  /** … and month counters from this local month ('YYYY-MM') on. */
  fromMonth: string;
}

/** The counters a decision at `now` (or later) can need under `catalog`. */
export function counterWindow(catalog: Catalog, now: Date, timeZone: string): Pick<MemberFactsQuery, 'fromDay' | 'fromMonth'> {
  const today = dayKey(now, timeZone);
  return { fromDay: addDays(today, -catalog.dayLookback), fromMonth: firstCountedMonth(catalog.periodKinds, today) };
}

export async function readMemberFacts(runner: DataSource | EntityManager, q: MemberFactsQuery): Promise<MemberFactsRead> {
  const { sql, params } = memberFactsStatement(q);
  return memberFactsFrom(await preparedRows<MemberFactsRow>(runner, sql, params), q);
}

/** The one statement (see readMemberFacts), for a caller that sends it with another (counter.ts). */
export function memberFactsStatement(q: MemberFactsQuery): Statement {
  const owners = q.ownersOf ?? [];
  const orderIds = owners.length || q.orderIds.length ? [...new Set([...owners, ...q.orderIds])] : [];
  const members = owners.length ? owners : q.userIds;
  const key = q.idempotencyKey === undefined ? [] : [q.idempotencyKey];
  // Parameters in the order of the branches below: orders, memberships, grants, the counter ranges, holds, key.
  const params = [
    ...orderIds, ...members, ...members,
    ...members, ...members, dayCounterKey(q.fromDay), ...members, monthCounterKey(q.fromMonth),
    ...members, EXEMPT_PREFIX + dayCounterKey(q.fromDay), ...members, EXEMPT_PREFIX + monthCounterKey(q.fromMonth),
    ...(orderIds.length ? [...members, ...orderIds.map(orderCounterKey)] : []),
    ...members, ...key,
  ];
  return { sql: factsSql(owners.length > 0, members.length, orderIds.length, key.length > 0), params };
}

// The text depends only on the statement's shape: built once per shape (a handful in practice).
const texts = new Map<string, string>();

function factsSql(byOwners: boolean, members: number, orders: number, withKey: boolean): string {
  const shape = `${byOwners ? 'o' : 'u'}${members}|${orders}|${withKey ? 'k' : ''}`;
  let sql = texts.get(shape);
  if (sql) return sql;
  // Members by id, or by their orders: the order table's primary key gives the owner in the same statement.
  const users = byOwners ? `SELECT user_id FROM orders WHERE id IN (${list(members)})` : list(members);
  // One branch per kind of counter, each a range on (user_id, period_key): an OR of them would
  // make the database read every counter the member has (one per order ever used, say).
  const ranges = [
    `period_key IN ('${TOTAL_KEY}', '${EXEMPT_PREFIX}${TOTAL_KEY}')`,
    `period_key BETWEEN ? AND 'D:9999-12-31'`,
    `period_key BETWEEN ? AND 'M:9999-12'`,
    `period_key BETWEEN ? AND '${EXEMPT_PREFIX}D:9999-12-31'`,
    `period_key BETWEEN ? AND '${EXEMPT_PREFIX}M:9999-12'`,
    ...(orders ? [`period_key IN (${list(orders)})`] : []),
  ];
  sql = [
    `SELECT 'V' AS k, NULL AS user_id, NULL AS ref, NULL AS id, NULL AS s1, NULL AS s2, NULL AS s3, version AS n1, NULL AS n2, NULL AS t1, NULL AS t2, NULL AS t3, NULL AS t4 FROM catalog_version WHERE id = 1`,
    ...(orders ? [`SELECT 'O', user_id, merchant_id, id, category, currency, status, amount, NULL, placed_at, delivered_at, created_at, updated_at FROM orders WHERE id IN (${list(orders)})`] : []),
    `SELECT 'M', user_id, tier_id, id, source, NULL, NULL, NULL, NULL, starts_at, ends_at, NULL, NULL FROM memberships WHERE user_id IN (${users})`,
    `SELECT 'G', user_id, benefit_id, id, NULL, NULL, NULL, amount, NULL, starts_at, expires_at, NULL, NULL FROM quota_grants WHERE user_id IN (${users})`,
    ...ranges.map((range) => `SELECT 'C', user_id, benefit_id, period_key, NULL, NULL, NULL, held, captured, NULL, NULL, NULL, NULL FROM usage_counters WHERE user_id IN (${users}) AND ${range}`),
    `SELECT 'H', user_id, benefit_id, id, period_key, order_id, NULL, amount, spends_quota, NULL, expires_at, NULL, NULL FROM usage_entries WHERE user_id IN (${users}) AND state = 'HELD'`,
    ...(withKey ? [`SELECT 'K', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM idempotency_keys WHERE ${KEY_COLUMN} = ?`] : []),
  ].join('\nUNION ALL\n');
  if (texts.size >= 1000) texts.clear();
  texts.set(shape, sql);
  return sql;
}

/**
 * The facts in the rows of memberFactsStatement(q), or of a statement that asked for more (reads
 * sent together, member-facts-batch.ts): only q's members and orders are taken.
 */
export function memberFactsFrom(rows: MemberFactsRow[], q: MemberFactsQuery): MemberFactsRead {
  const owners = q.ownersOf ?? [];
  const asked = new Set([...owners, ...q.orderIds]);
  const orders = new Map<string, Order>();
  for (const r of rows) if (r.k === 'O' && asked.has(r.id!)) orders.set(r.id!, orderOf(r));
  const userIds = owners.length ? [...new Set([...orders.values()].map((o) => o.userId))] : q.userIds;
  const members = new Map<string, MemberFacts>(
    userIds.map((userId) => [userId, { userId, memberships: [], grants: [], spend: new Map(), holds: [], booked: new Set<string>() }]),
  );
  let catalogVersion = 0;
  let keyStored = false;
  for (const r of rows) {
    if (r.k === 'V') {
      catalogVersion = Number(r.n1);
      continue;
    }
    if (r.k === 'K') keyStored = true;
    if (r.k === 'O' || r.k === 'K') continue;
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
        if (!inWindow(r.id!, q, asked)) break;
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
  return { catalogVersion, members, orders, keyStored };
}

/** Whether q's own statement reads this counter (a statement sent for several reads reads the union). */
function inWindow(key: string, q: MemberFactsQuery, asked: ReadonlySet<string>): boolean {
  const k = key.startsWith(EXEMPT_PREFIX) ? key.slice(EXEMPT_PREFIX.length) : key;
  if (k.startsWith('D:')) return k.slice(2) >= q.fromDay;
  if (k.startsWith('M:')) return k.slice(2) >= q.fromMonth;
  if (k.startsWith('O:')) return asked.has(k.slice(2));
  return true;
}

/** An order row as TypeORM would hydrate it (amount a number, instants Dates). */
const orderOf = (r: MemberFactsRow): Order => ({
  id: r.id!, userId: r.user_id!, merchantId: r.ref!, category: r.s1!, currency: r.s2!, status: r.s3 as OrderStatus,
  amount: Number(r.n1), placedAt: instantOf(r.t1!), deliveredAt: maybeInstant(r.t2), createdAt: instantOf(r.t3!), updatedAt: instantOf(r.t4!),
});

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

// Migrations that change data on a database already in use: the day-counter migration rebuilds
// the counters of a ledger booked under the old per-period counters; the order-status migration
// brings free-text statuses onto the enum.
import { DataSource } from 'typeorm';
import { openDatabase } from '../../src/app';
import { loadConfig } from '../../src/config';
import { verifyLedger } from '../../src/services/ledger.service';
import { dropDatabase, freshDatabaseUrl, onMysql } from '../support/harness';

const url = freshDatabaseUrl();
let db: DataSource;
afterAll(async () => {
  await db?.destroy();
  await dropDatabase(url);
});

/** An instant as each driver binds it in raw SQL. */
const instant = (iso: string) => (onMysql() ? new Date(iso) : new Date(iso).toISOString().replace('T', ' ').replace('Z', ''));

async function undoThrough(db: DataSource, name: string) {
  for (;;) {
    const [last] = await db.query(`SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`);
    await db.undoLastMigration({ transaction: 'each' });
    if (last.name === name) return;
  }
}

it('rebuilds TOTAL, day, month and order counters from the existing ledger', async () => {
  db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: url });
  await undoThrough(db, 'DayCounters1764200000000'); // back to the per-period counters
  const rows: Array<[string, string | null, number, string, string]> = [
    // id, order, amount, state, created (UTC); 2026-11-30T17:00Z is already Dec 1 in Shanghai
    ['e1', 'o-1', 1, 'CAPTURED', '2026-11-10T04:00:00Z'],
    ['e2', 'o-1', 1, 'HELD', '2026-11-10T05:00:00Z'],
    ['e3', null, 1, 'REVERSED', '2026-11-11T04:00:00Z'],
    ['e4', null, 2, 'CAPTURED', '2026-11-30T17:00:00Z'],
  ];
  for (const [id, orderId, amount, state, at] of rows) {
    await db.query(
      `INSERT INTO usage_entries (id, user_id, benefit_id, rule_id, order_id, amount, period_key, period_start, period_end, state, expires_at, actor_id, reason, created_at, updated_at)
       VALUES (?, 'u-m', 'b-1', 'r-1', ?, ?, '2026-10-31T16:00:00.000Z', NULL, NULL, ?, NULL, 'cs-1', '', ?, ?)`,
      [id, orderId, amount, state, instant(at), instant(at)],
    );
  }
  await db.runMigrations({ transaction: 'each' });
  const counters = await db.query(`SELECT period_key, held, captured FROM usage_counters WHERE user_id = 'u-m' ORDER BY period_key`);
  expect(counters.map((c: { period_key: string; held: unknown; captured: unknown }) => [c.period_key, Number(c.held), Number(c.captured)])).toEqual([
    ['D:2026-11-10', 1, 1],
    ['D:2026-11-11', 0, 0],
    ['D:2026-12-01', 0, 2],
    ['M:2026-11', 1, 1],
    ['M:2026-12', 0, 2],
    ['O:o-1', 1, 1],
    ['TOTAL', 1, 3],
  ]);
  const keys = await db.query(`SELECT id, period_key FROM usage_entries ORDER BY id`);
  expect(keys.map((k: { period_key: string }) => k.period_key)).toEqual(['D:2026-11-10', 'D:2026-11-10', 'D:2026-11-11', 'D:2026-12-01']);
  expect((await verifyLedger(db)).drift).toEqual([]);
});

it('brings free-text order statuses onto the OrderStatus enum', async () => {
  await undoThrough(db, 'OrderStatus1764300000000');
  const orders: Array<[string, string, string | null]> = [
    ['o-a', 'delivered ', '2026-11-03T00:00:00Z'],
    ['o-b', 'Canceled', null],
    ['o-c', 'RETURNED', '2026-11-03T00:00:00Z'],
    ['o-d', 'in transit', null],
    ['o-e', 'awaiting pickup', '2026-11-03T00:00:00Z'],
    ['o-f', 'SHIPPED', null],
  ];
  for (const [id, status, deliveredAt] of orders) {
    await db.query(
      `INSERT INTO orders (id, user_id, merchant_id, category, amount, currency, placed_at, delivered_at, status, created_at, updated_at)
       VALUES (?, 'u-m', 'm-1', 'A', 100, 'CNY', ?, ?, ?, ?, ?)`,
      [id, instant('2026-11-01T00:00:00Z'), deliveredAt && instant(deliveredAt), status, instant('2026-11-01T00:00:00Z'), instant('2026-11-01T00:00:00Z')],
    );
  }
  await db.runMigrations({ transaction: 'each' });
  const rows: Array<{ id: string; status: string }> = await db.query(`SELECT id, status FROM orders WHERE id LIKE 'o-%' ORDER BY id`);
  expect(rows.map((r) => [r.id, r.status])).toEqual([
    ['o-a', 'DELIVERED'], ['o-b', 'CANCELLED'], ['o-c', 'REFUNDED'], ['o-d', 'PLACED'], ['o-e', 'DELIVERED'], ['o-f', 'SHIPPED'],
  ]);
});

it('gives existing uses their economics: cause CUSTOMER_PREFERENCE, funder from the benefit, the order\'s merchant, cost 0', async () => {
  await undoThrough(db, 'UsageEconomics1764400000000');
  const at = instant('2026-11-05T00:00:00Z');
  for (const [id, fundedBy] of [['b-merchant', 'MERCHANT'], ['b-platform', 'PLATFORM']]) {
    await db.query(
      `INSERT INTO benefits (id, code, name, kind, unit, funded_by, description, archived_at, created_at, updated_at) VALUES (?, ?, ?, 'COUNT', 'use', ?, '', NULL, ?, ?)`,
      [id, id.toUpperCase().replace('-', '_'), id, fundedBy, at, at],
    );
  }
  const uses: Array<[string, string, string | null]> = [
    ['x1', 'b-merchant', 'o-a'], // merchant-funded, on m-1's order
    ['x2', 'b-merchant', null], // merchant-funded, no order: nobody to charge but the platform
    ['x3', 'b-platform', 'o-a'],
  ];
  for (const [id, benefitId, orderId] of uses) {
    await db.query(
      `INSERT INTO usage_entries (id, user_id, benefit_id, rule_id, order_id, amount, period_key, period_start, period_end, state, expires_at, actor_id, reason, created_at, updated_at)
       VALUES (?, 'u-x', ?, 'r-1', ?, 1, 'D:2026-11-05', NULL, NULL, 'CAPTURED', NULL, 'cs-1', '', ?, ?)`,
      [id, benefitId, orderId, at, at],
    );
  }
  await db.runMigrations({ transaction: 'each' });
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT id, cause, spends_quota, funder, merchant_share_bp, merchant_id, cost, cost_currency FROM usage_entries WHERE user_id = 'u-x' ORDER BY id`,
  );
  expect(rows.map((r) => [r.id, r.cause, Number(r.spends_quota), r.funder, Number(r.merchant_share_bp), r.merchant_id, Number(r.cost), r.cost_currency])).toEqual([
    ['x1', 'CUSTOMER_PREFERENCE', 1, 'MERCHANT', 10000, 'm-1', 0, null],
    ['x2', 'CUSTOMER_PREFERENCE', 1, 'PLATFORM', 0, null, 0, null],
    ['x3', 'CUSTOMER_PREFERENCE', 1, 'PLATFORM', 0, 'm-1', 0, null],
  ]);
  // No charge is invented for the past: cost was not recorded then.
  expect(await db.query(`SELECT id FROM usage_charges`)).toEqual([]);
  const rules = await db.query(`SELECT funder, quota_causes, appeal_window_days FROM tier_benefit_rules`);
  for (const r of rules) expect(r).toEqual({ funder: null, quota_causes: null, appeal_window_days: null });
});

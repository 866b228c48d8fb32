// Counters become the truth of what is spent (see src/services/counter.ts):
// - usage_counters rows are keyed by user × benefit × period_key, where period_key is 'TOTAL' (the
//   row every writer of that member's benefit locks first, with all-time totals), 'D:YYYY-MM-DD'
//   (one local day of the business time zone), 'M:YYYY-MM' (one local month) or 'O:<orderId>'
//   (one order); indexed by user × period_key so a read fetches just the keys it names. Rebuilt
//   here from the ledger; usage_entries.period_key now names the entry's day counter.
// - catalog_version: one row, bumped by every configuration write, so processes caching the
//   catalog see a change.
// - indexes for the live holds of a user and for the sweep of expired holds.
// Never import entities or src/ here: this file must not change when they do.
import { DateTime } from 'luxon';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const counters = (periodKeyLength: number) =>
  new Table({
    name: 'usage_counters',
    indices: periodKeyLength === 64 ? [] : [new TableIndex({ name: 'idx_counters_user_key', columnNames: ['user_id', 'period_key'] })],
    columns: [
      { name: 'user_id', type: 'varchar', length: '64', isPrimary: true },
      { name: 'benefit_id', type: 'varchar', length: '36', isPrimary: true },
      { name: 'period_key', type: 'varchar', length: String(periodKeyLength), isPrimary: true },
      { name: 'held', type: 'bigint' },
      { name: 'captured', type: 'bigint' },
      ...(periodKeyLength === 64 ? [{ name: 'version', type: 'integer' }] : []),
      { name: 'updated_at', type: 'datetime', precision: 3 },
    ],
  });

const INDEXES = [
  new TableIndex({ name: 'idx_usage_user_state', columnNames: ['user_id', 'state'] }),
  new TableIndex({ name: 'idx_usage_state_expires', columnNames: ['state', 'expires_at'] }),
];

/** Instants come back as Date from mysql2 and as 'YYYY-MM-DD HH:mm:ss.SSS' (UTC) from SQLite. */
const instant = (v: Date | string): Date => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));

/** An instant as each driver binds it: mysql2 formats a Date (in the connection's UTC zone). */
const stored = (q: QueryRunner, d: Date): Date | string =>
  q.connection.options.type === 'better-sqlite3' ? d.toISOString().replace('T', ' ').replace('Z', '') : d;

export class DayCounters1764200000000 implements MigrationInterface {
  name = 'DayCounters1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type !== 'better-sqlite3';
    const collate = async (table: string) => {
      if (mysql) await q.query(`ALTER TABLE \`${table}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    };
    await q.createTable(new Table({
      name: 'catalog_version',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true },
        { name: 'version', type: 'integer' },
        { name: 'updated_at', type: 'datetime', precision: 3 },
      ],
    }));
    await collate('catalog_version');
    const now = stored(q, new Date());
    await q.query('INSERT INTO catalog_version (id, version, updated_at) VALUES (1, 1, ?)', [now]);

    await q.dropTable('usage_counters');
    await q.createTable(counters(80));
    await collate('usage_counters');
    for (const index of INDEXES) await q.createIndex('usage_entries', index);
    await this.rebuildCounters(q, now);
  }

  /** Day keys are local dates in BUSINESS_TIMEZONE, as the service computes them. */
  private async rebuildCounters(q: QueryRunner, now: Date | string): Promise<void> {
    const zone = process.env.BUSINESS_TIMEZONE || 'Asia/Shanghai';
    const entries: Array<{ id: string; user_id: string; benefit_id: string; order_id: string | null; amount: string | number; state: string; created_at: Date | string }> =
      await q.query('SELECT id, user_id, benefit_id, order_id, amount, state, created_at FROM usage_entries');
    const totals = new Map<string, { user_id: string; benefit_id: string; period_key: string; held: number; captured: number }>();
    for (const e of entries) {
      const day = `D:${DateTime.fromJSDate(instant(e.created_at), { zone }).toISODate()}`;
      await q.query('UPDATE usage_entries SET period_key = ? WHERE id = ?', [day, e.id]);
      const counts = e.state === 'HELD' || e.state === 'CAPTURED';
      const keys = ['TOTAL', day, `M:${day.slice(2, 9)}`, ...(e.order_id === null ? [] : [`O:${e.order_id}`])];
      for (const period_key of keys) {
        const k = `${e.user_id}\u0000${e.benefit_id}\u0000${period_key}`;
        const row = totals.get(k) ?? { user_id: e.user_id, benefit_id: e.benefit_id, period_key, held: 0, captured: 0 };
        if (counts && e.state === 'HELD') row.held += Number(e.amount);
        if (counts && e.state === 'CAPTURED') row.captured += Number(e.amount);
        totals.set(k, row);
      }
    }
    for (const r of totals.values()) {
      await q.query(
        'INSERT INTO usage_counters (user_id, benefit_id, period_key, held, captured, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        [r.user_id, r.benefit_id, r.period_key, r.held, r.captured, now],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.dropIndex('usage_entries', index.name!);
    await q.dropTable('usage_counters');
    // The old counters (one per rule period) cannot be rebuilt without the rules' periods; the
    // previous version's verify-ledger reports them as missing until its writes recreate them.
    await q.createTable(counters(64));
    if (q.connection.options.type !== 'better-sqlite3') {
      await q.query('ALTER TABLE `usage_counters` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin');
    }
    await q.dropTable('catalog_version');
  }
}

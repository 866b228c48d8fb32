// Who pays and why (issue 14): every use records its cause, whether it spent quota, its funder
// split, cost and charged merchant; rule versions carry the economics; the charge ledger and the
// merchants' appeals get their tables. Existing uses keep their meaning: cause
// CUSTOMER_PREFERENCE (they spent quota), funded as their benefit's fundedBy said, charged to their
// order's merchant, cost 0 (unknown: no cost was recorded then); no charge rows are invented.
// Never import entities or src/ here: this file must not change when they do.
import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableIndex } from 'typeorm';

const str = (name: string, length: number, isNullable = false, def?: string): TableColumnOptions =>
  ({ name, type: 'varchar', length: String(length), isNullable, ...(def === undefined ? {} : { default: `'${def}'` }) });
const int = (name: string, isNullable = false, def?: number): TableColumnOptions => ({ name, type: 'integer', isNullable, ...(def === undefined ? {} : { default: def }) });
const amount = (name: string, isNullable = false, def?: number): TableColumnOptions => ({ name, type: 'bigint', isNullable, ...(def === undefined ? {} : { default: def }) });
const instant = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });
const idx = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

export class UsageEconomics1764400000000 implements MigrationInterface {
  name = 'UsageEconomics1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type !== 'better-sqlite3';
    await q.addColumns('usage_entries', [
      new TableColumn(str('cause', 24, false, 'CUSTOMER_PREFERENCE')),
      new TableColumn({ name: 'spends_quota', type: 'boolean', default: 1 }),
      new TableColumn(str('funder', 16, false, 'PLATFORM')),
      new TableColumn(int('merchant_share_bp', false, 0)),
      new TableColumn(str('merchant_id', 64, true)),
      new TableColumn(amount('cost', false, 0)),
      new TableColumn(str('cost_currency', 3, true)),
    ]);
    await q.createIndex('usage_entries', idx('idx_usage_merchant_created', ['merchant_id', 'created_at']));
    await q.query(`UPDATE usage_entries SET funder = COALESCE((SELECT b.funded_by FROM benefits b WHERE b.id = usage_entries.benefit_id), 'PLATFORM')`);
    await q.query(`UPDATE usage_entries SET merchant_id = (SELECT o.merchant_id FROM orders o WHERE o.id = usage_entries.order_id) WHERE order_id IS NOT NULL`);
    // A merchant is only charged through an order.
    await q.query(`UPDATE usage_entries SET funder = 'PLATFORM' WHERE merchant_id IS NULL`);
    await q.query(`UPDATE usage_entries SET merchant_share_bp = 10000 WHERE funder = 'MERCHANT'`);

    await q.addColumns('tier_benefit_rules', [
      new TableColumn(str('funder', 16, true)),
      new TableColumn(int('merchant_share_bp', true)),
      new TableColumn(amount('unit_cost', true)),
      new TableColumn(str('cost_currency', 3, true)),
      new TableColumn(str('quota_causes', 200, true)),
      new TableColumn(int('appeal_window_days', true)),
    ]);

    await q.createTable(new Table({
      name: 'usage_charges',
      columns: [
        { ...str('id', 36), isPrimary: true }, str('usage_id', 36), str('user_id', 64), str('benefit_id', 36), str('merchant_id', 64, true),
        str('kind', 16), amount('merchant_amount'), amount('platform_amount'), str('currency', 3), str('actor_id', 128), instant('created_at'),
      ],
      indices: [idx('idx_charges_usage', ['usage_id']), idx('idx_charges_merchant_created', ['merchant_id', 'created_at'])],
    }));
    await q.createTable(new Table({
      name: 'appeals',
      columns: [
        { ...str('id', 36), isPrimary: true }, str('usage_id', 36), str('user_id', 64), str('merchant_id', 64), str('reason', 1000),
        { name: 'evidence', type: 'text', isNullable: true }, str('state', 16), str('opened_by', 128), instant('opened_at'),
        str('decided_by', 128, true), instant('decided_at', true), str('decision_note', 1000, true),
      ],
      indices: [
        idx('uq_appeals_usage', ['usage_id'], true), idx('idx_appeals_merchant_opened', ['merchant_id', 'opened_at']),
        idx('idx_appeals_state_opened', ['state', 'opened_at']),
      ],
    }));
    if (mysql) {
      for (const t of ['usage_charges', 'appeals']) await q.query(`ALTER TABLE \`${t}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('appeals');
    await q.dropTable('usage_charges');
    for (const c of ['appeal_window_days', 'quota_causes', 'cost_currency', 'unit_cost', 'merchant_share_bp', 'funder']) await q.dropColumn('tier_benefit_rules', c);
    await q.dropIndex('usage_entries', 'idx_usage_merchant_created');
    for (const c of ['cost_currency', 'cost', 'merchant_id', 'merchant_share_bp', 'funder', 'spends_quota', 'cause']) await q.dropColumn('usage_entries', c);
  }
}

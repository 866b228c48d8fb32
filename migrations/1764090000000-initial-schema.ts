// The initial schema, written with TypeORM's driver-neutral Table API so one migration gives the
// same tables on SQLite and MySQL/MariaDB. Never import entities here: this file must not change
// when an entity does.
import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const id = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '36' });
const ext = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '64', isNullable });
const str = (name: string, length: number, isNullable = false): TableColumnOptions =>
  ({ name, type: 'varchar', length: String(length), isNullable });
const amount = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
const instant = (name: string, isNullable = false): TableColumnOptions =>
  ({ name, type: 'datetime', precision: 3, isNullable });
const json = (name: string): TableColumnOptions => ({ name, type: 'text', isNullable: true });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const pk = (c: TableColumnOptions): TableColumnOptions => ({ ...c, isPrimary: true });
const idx = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

const tables: Table[] = [
  new Table({
    name: 'tiers',
    columns: [
      pk(id('id')), str('code', 64), str('name', 120), int('rank'),
      { ...str('description', 1000), default: "''" }, { name: 'is_default', type: 'boolean', default: 0 },
      instant('archived_at', true), instant('created_at'), instant('updated_at'),
    ],
    indices: [idx('uq_tiers_code', ['code'], true), idx('uq_tiers_rank', ['rank'], true)],
  }),
  new Table({
    name: 'benefits',
    columns: [
      pk(id('id')), str('code', 64), str('name', 120), str('kind', 16), str('unit', 32, true), str('funded_by', 16),
      { ...str('description', 1000), default: "''" }, instant('archived_at', true), instant('created_at'), instant('updated_at'),
    ],
    indices: [idx('uq_benefits_code', ['code'], true)],
  }),
  new Table({
    name: 'tier_benefit_rules',
    columns: [
      pk(id('id')), id('tier_id'), id('benefit_id'), amount('limit_amount', true), str('period', 24, true),
      int('period_days', true), amount('per_order_limit', true), { ...str('tier_basis', 16), default: "'BEST_OF'" },
      json('conditions'), json('config'), instant('effective_from'), instant('effective_to', true),
      str('created_by', 128), instant('created_at'),
    ],
    indices: [
      idx('idx_rules_tier_benefit_from', ['tier_id', 'benefit_id', 'effective_from']),
      idx('idx_rules_benefit', ['benefit_id']),
    ],
  }),
  new Table({
    name: 'memberships',
    columns: [
      pk(id('id')), ext('user_id'), id('tier_id'), instant('starts_at'), instant('ends_at', true), str('source', 16),
      str('created_by', 128), instant('created_at'), instant('updated_at'),
    ],
    indices: [idx('idx_memberships_user', ['user_id', 'starts_at']), idx('idx_memberships_tier', ['tier_id', 'starts_at'])],
  }),
  new Table({
    name: 'orders',
    columns: [
      pk(ext('id')), ext('user_id'), ext('merchant_id'), str('category', 64), amount('amount'), str('currency', 3),
      instant('placed_at'), instant('delivered_at', true), str('status', 32), instant('created_at'), instant('updated_at'),
    ],
    indices: [idx('idx_orders_user', ['user_id', 'placed_at'])],
  }),
  new Table({
    name: 'audit_log',
    columns: [
      { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
      str('actor_id', 128), str('actor_roles', 128), str('action', 64), str('entity_type', 32), str('entity_id', 64),
      json('before'), json('after'), str('request_id', 64, true), instant('created_at'),
    ],
    indices: [idx('idx_audit_entity', ['entity_type', 'entity_id'])],
  }),
  new Table({
    name: 'usage_entries',
    columns: [
      pk(id('id')), ext('user_id'), id('benefit_id'), id('rule_id'), ext('order_id', true), amount('amount'),
      str('period_key', 64), instant('period_start', true), instant('period_end', true), str('state', 16),
      instant('expires_at', true), str('actor_id', 128), { ...str('reason', 500), default: "''" },
      instant('created_at'), instant('updated_at'),
    ],
    indices: [
      idx('idx_usage_user_benefit_created', ['user_id', 'benefit_id', 'created_at']),
      idx('idx_usage_order', ['order_id', 'benefit_id']),
    ],
  }),
  new Table({
    name: 'usage_transitions',
    columns: [
      pk(id('id')), id('usage_id'), str('from_state', 16, true), str('to_state', 16), str('actor_id', 128),
      { ...str('reason', 500), default: "''" }, instant('created_at'),
    ],
    indices: [idx('idx_transitions_usage', ['usage_id', 'created_at'])],
  }),
  new Table({
    name: 'usage_counters',
    columns: [
      pk(ext('user_id')), pk(id('benefit_id')), pk(str('period_key', 64)), amount('held'), amount('captured'),
      int('version'), instant('updated_at'),
    ],
  }),
  new Table({
    name: 'quota_grants',
    columns: [
      pk(id('id')), ext('user_id'), id('benefit_id'), amount('amount'), instant('starts_at'), instant('expires_at', true),
      str('reason', 500), str('actor_id', 128), instant('created_at'),
    ],
    indices: [idx('idx_grants_user_benefit', ['user_id', 'benefit_id'])],
  }),
  new Table({
    name: 'idempotency_keys',
    columns: [
      pk(str('key', 128)), str('operation', 64), str('fingerprint', 64), { name: 'response', type: 'text' },
      str('actor_id', 128), instant('created_at'),
    ],
  }),
];

export class InitialSchema1764090000000 implements MigrationInterface {
  name = 'InitialSchema1764090000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) await queryRunner.createTable(table, false, false, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...tables].reverse()) await queryRunner.dropTable(table.name, true);
  }
}

// Codes, ids and idempotency keys compare byte for byte, as they do on SQLite: MySQL's default
// case- and accent-insensitive collations would let "gold" match GOLD or "O-1" collide with "o-1".
// Converts every table on MySQL/MariaDB; nothing to do on SQLite (BINARY is its default).
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'tiers', 'benefits', 'tier_benefit_rules', 'memberships', 'orders', 'audit_log', 'usage_entries',
  'usage_transitions', 'usage_counters', 'quota_grants', 'idempotency_keys',
];

export class BinaryCollation1764100000000 implements MigrationInterface {
  name = 'BinaryCollation1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'better-sqlite3') return;
    for (const t of TABLES) await queryRunner.query(`ALTER TABLE \`${t}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'better-sqlite3') return;
    for (const t of TABLES) await queryRunner.query(`ALTER TABLE \`${t}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  }
}

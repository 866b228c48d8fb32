// Migrations are the only way the schema changes, and they must give exactly the entities'
// schema on SQLite and MySQL/MariaDB alike.
import { dropDatabase, freshDatabaseUrl } from '../support/harness';
import { openDatabase } from '../../src/app';
import { loadConfig } from '../../src/config';
import { migrations } from '../../migrations';
import { DataSource } from 'typeorm';

/** Tables of the database in use (MySQL lists other schemas' tables with a prefix). */
async function ownTables(db: DataSource): Promise<string[]> {
  const runner = db.createQueryRunner();
  try {
    return (await runner.getTables()).map((t) => t.name).filter((n) => !n.includes('.') && !['migrations', 'sqlite_sequence'].includes(n)).sort();
  } finally {
    await runner.release();
  }
}

describe(`migrations on ${process.env.DATABASE_URL?.split(':')[0] ?? 'sqlite'}`, () => {
  const url = freshDatabaseUrl();
  afterAll(() => dropDatabase(url));

  it('leave no pending schema change, and revert and re-apply cleanly', async () => {
    const db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: url });
    try {
      expect((await db.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)).toEqual([]);
      expect(await ownTables(db)).toEqual([
        'appeals', 'audit_log', 'benefits', 'catalog_version', 'idempotency_keys', 'memberships', 'orders', 'quota_grants', 'tier_benefit_rules', 'tiers',
        'usage_charges', 'usage_counters', 'usage_entries', 'usage_transitions',
      ]);
      if (db.options.type !== 'better-sqlite3') {
        // codes, ids and keys compare byte for byte, as on SQLite
        const collations = await db.query(`SELECT DISTINCT collation_name AS c FROM information_schema.columns WHERE table_schema = DATABASE() AND collation_name IS NOT NULL AND table_name <> 'migrations'`);
        expect(collations.map((r: { c: string }) => r.c)).toEqual(['utf8mb4_bin']);
      }
      for (let i = 0; i < migrations.length; i++) await db.undoLastMigration();
      expect(await ownTables(db)).toEqual([]);
      await db.runMigrations();
      expect(await db.showMigrations()).toBe(false);
      expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});

// Usage reports (issue 15) read the uses made in a window, captured or reversed: an index on
// (state, created_at) turns that into two range scans instead of a scan of the whole ledger.
// Never import entities or src/ here: this file must not change when they do.
import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

export class ReportIndex1764500000000 implements MigrationInterface {
  name = 'ReportIndex1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('usage_entries', new TableIndex({ name: 'idx_usage_state_created', columnNames: ['state', 'created_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('usage_entries', 'idx_usage_state_created');
  }
}

// Order.status became an enum (src/domain/types.ts ORDER_STATUSES). Orders recorded before were
// free text; bring them onto the list so every stored order reads back: trimmed and upper-cased,
// two common spellings mapped, anything else by the facts we have (delivered or not).
// The list is written out here, not imported: an old migration must not change when the code does.
import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = ['PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'];

export class OrderStatus1764300000000 implements MigrationInterface {
  name = 'OrderStatus1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const listed = STATUSES.map((s) => `'${s}'`).join(', ');
    await queryRunner.query(`UPDATE orders SET status = UPPER(TRIM(status)) WHERE status <> UPPER(TRIM(status))`);
    await queryRunner.query(`UPDATE orders SET status = 'CANCELLED' WHERE status = 'CANCELED'`);
    await queryRunner.query(`UPDATE orders SET status = 'REFUNDED' WHERE status = 'RETURNED'`);
    await queryRunner.query(
      `UPDATE orders SET status = CASE WHEN delivered_at IS NULL THEN 'PLACED' ELSE 'DELIVERED' END WHERE status NOT IN (${listed})`,
    );
  }

  /** The original free-text values are not kept; the listed ones are valid free text, so nothing to undo. */
  async down(): Promise<void> {}
}

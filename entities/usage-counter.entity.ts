import { Column, Entity, PrimaryColumn } from 'typeorm';
import { amountColumn, externalIdColumn, idColumn, instantColumn } from './columns';

/**
 * Running totals per user × benefit × period, updated in the same transaction as the ledger.
 * The row is what concurrent writers lock; verify-ledger recomputes it from usage_entries.
 */
@Entity('usage_counters')
export class UsageCounter {
  @PrimaryColumn(externalIdColumn) userId: string;
  @PrimaryColumn(idColumn) benefitId: string;
  /** ISO start of the period, or 'LIFETIME'. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) periodKey: string;
  @Column(amountColumn) held: number;
  @Column(amountColumn) captured: number;
  @Column({ type: 'integer' }) version: number;
  @Column(instantColumn) updatedAt: Date;
}

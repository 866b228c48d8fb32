import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { amountColumn, externalIdColumn, idColumn, instantColumn } from './columns';

/**
 * What a member has spent of one benefit, kept in the same transaction as the ledger. period_key:
 * - 'TOTAL': all-time totals; the row every writer of this member's benefit locks first;
 * - 'D:YYYY-MM-DD': uses first made on that local day (business time zone);
 * - 'M:YYYY-MM': the same by local month; a period sums its whole months and its other days;
 * - 'O:<orderId>': uses on that order, for per-order caps.
 * held includes holds past their expiresAt until the sweep expires them. verify-ledger recomputes
 * every row from usage_entries.
 */
@Entity('usage_counters')
@Index('idx_counters_user_key', ['userId', 'periodKey'])
export class UsageCounter {
  @PrimaryColumn(externalIdColumn) userId: string;
  @PrimaryColumn(idColumn) benefitId: string;
  @PrimaryColumn({ type: 'varchar', length: 80 }) periodKey: string;
  @Column(amountColumn) held: number;
  @Column(amountColumn) captured: number;
  @Column(instantColumn) updatedAt: Date;
}

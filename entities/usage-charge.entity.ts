import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ChargeKind } from '../src/domain/types';
import { amountColumn, externalIdColumn, idColumn, instantColumn } from './columns';

/**
 * The charge ledger: who pays what for a use, append-only. A capture writes CHARGE (the use's own
 * split and cost); a reversal writes REVERSAL (the negative of everything charged so far); an
 * upheld appeal writes APPEAL_UPHELD (the merchant's part moved to the platform). A use's net
 * charge is the sum of its rows. Keyed by user like the rest of the ledger.
 */
@Entity('usage_charges')
@Index('idx_charges_usage', ['usageId'])
@Index('idx_charges_merchant_created', ['merchantId', 'createdAt'])
export class UsageCharge {
  @PrimaryColumn(idColumn) id: string;
  @Column(idColumn) usageId: string;
  @Column(externalIdColumn) userId: string;
  @Column(idColumn) benefitId: string;
  @Column({ ...externalIdColumn, nullable: true }) merchantId: string | null;
  /** One of CHARGE_KINDS. */
  @Column({ type: 'varchar', length: 16 }) kind: ChargeKind;
  /** Signed minor units of currency. */
  @Column(amountColumn) merchantAmount: number;
  @Column(amountColumn) platformAmount: number;
  @Column({ type: 'varchar', length: 3 }) currency: string;
  @Column({ type: 'varchar', length: 128 }) actorId: string;
  @Column(instantColumn) createdAt: Date;
}

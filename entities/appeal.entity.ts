import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AppealState } from '../src/domain/types';
import { externalIdColumn, idColumn, instantColumn, jsonColumn } from './columns';

/**
 * A merchant's appeal against the charge of one use. One per use (unique usage_id: racing appeals
 * cannot both land); the state moves OPEN → UPHELD | REJECTED once, by ops.
 */
@Entity('appeals')
@Index('uq_appeals_usage', ['usageId'], { unique: true })
@Index('idx_appeals_merchant_opened', ['merchantId', 'openedAt'])
@Index('idx_appeals_state_opened', ['state', 'openedAt'])
export class Appeal {
  @PrimaryColumn(idColumn) id: string;
  @Column(idColumn) usageId: string;
  @Column(externalIdColumn) userId: string;
  @Column(externalIdColumn) merchantId: string;
  @Column({ type: 'varchar', length: 1000 }) reason: string;
  /** Links or references to the merchant's evidence. */
  @Column(jsonColumn) evidence: string[] | null;
  /** One of APPEAL_STATES. */
  @Column({ type: 'varchar', length: 16 }) state: AppealState;
  @Column({ type: 'varchar', length: 128 }) openedBy: string;
  @Column(instantColumn) openedAt: Date;
  @Column({ type: 'varchar', length: 128, nullable: true }) decidedBy: string | null;
  @Column({ ...instantColumn, nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) decisionNote: string | null;
}

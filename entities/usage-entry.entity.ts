import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { UsageState } from '../src/domain/types';
import { amountColumn, externalIdColumn, idColumn, instantColumn } from './columns';

/**
 * One use of a benefit. Rows are never deleted; the state (one of the domain's USAGE_STATES)
 * moves HELD → CAPTURED | RELEASED | EXPIRED, CAPTURED → REVERSED, and each move is written to
 * usage_transitions (the first state is the entry's own: the earliest transition's fromState, or
 * the current state if it never moved). The period the use counts against is fixed when the
 * use is first made. Keyed by user first so the ledger can shard by user.
 */
@Entity('usage_entries')
@Index('idx_usage_user_benefit_created', ['userId', 'benefitId', 'createdAt'])
@Index('idx_usage_order', ['orderId', 'benefitId'])
@Index('idx_usage_user_state', ['userId', 'state'])
@Index('idx_usage_state_expires', ['state', 'expiresAt'])
export class UsageEntry {
  @PrimaryColumn(idColumn) id: string;
  @Column(externalIdColumn) userId: string;
  @Column(idColumn) benefitId: string;
  @Column(idColumn) ruleId: string;
  @Column({ ...externalIdColumn, nullable: true }) orderId: string | null;
  @Column(amountColumn) amount: number;
  /** The day counter this use is booked on, 'D:YYYY-MM-DD' (see usage_counters.period_key). */
  @Column({ type: 'varchar', length: 64 }) periodKey: string;
  @Column({ ...instantColumn, nullable: true }) periodStart: Date | null;
  @Column({ ...instantColumn, nullable: true }) periodEnd: Date | null;
  @Column({ type: 'varchar', length: 16 }) state: UsageState;
  @Column({ ...instantColumn, nullable: true }) expiresAt: Date | null;
  @Column({ type: 'varchar', length: 128 }) actorId: string;
  @Column({ type: 'varchar', length: 500, default: '' }) reason: string;
  @Column(instantColumn) createdAt: Date;
  @Column(instantColumn) updatedAt: Date;
}

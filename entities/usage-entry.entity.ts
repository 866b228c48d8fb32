import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Funder, UsageCause, UsageState } from '../src/domain/types';
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
@Index('idx_usage_merchant_created', ['merchantId', 'createdAt'])
/** Reports: the captured and reversed uses made in a window. */
@Index('idx_usage_state_created', ['state', 'createdAt'])
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
  /** One of USAGE_CAUSES. The fields below are decided when the use is made (src/domain/funding.ts), never changed. */
  @Column({ type: 'varchar', length: 24, default: 'CUSTOMER_PREFERENCE' }) cause: UsageCause;
  /** false: the cause did not spend quota; the use is counted apart (exempt counters). */
  @Column({ type: 'boolean', default: true }) spendsQuota: boolean;
  /** One of FUNDERS. */
  @Column({ type: 'varchar', length: 16, default: 'PLATFORM' }) funder: Funder;
  @Column({ type: 'integer', default: 0 }) merchantShareBp: number;
  /** The order's merchant, charged its share; null without an order. */
  @Column({ ...externalIdColumn, nullable: true }) merchantId: string | null;
  /** Minor units of costCurrency (0: unknown, as for uses made before costs were recorded). */
  @Column({ ...amountColumn, default: 0 }) cost: number;
  @Column({ type: 'varchar', length: 3, nullable: true }) costCurrency: string | null;
  @Column(instantColumn) createdAt: Date;
  @Column(instantColumn) updatedAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { UsageState } from '../src/domain/types';
import { idColumn, instantColumn } from './columns';

/** Append-only history of every state change of a usage entry: who, when, why. */
@Entity('usage_transitions')
@Index('idx_transitions_usage', ['usageId', 'createdAt'])
export class UsageTransition {
  @PrimaryColumn(idColumn) id: string;
  @Column(idColumn) usageId: string;
  /** States are the domain's USAGE_STATES; a null fromState marks a row that records a use's first state. */
  @Column({ type: 'varchar', length: 16, nullable: true }) fromState: UsageState | null;
  @Column({ type: 'varchar', length: 16 }) toState: UsageState;
  @Column({ type: 'varchar', length: 128 }) actorId: string;
  @Column({ type: 'varchar', length: 500, default: '' }) reason: string;
  @Column(instantColumn) createdAt: Date;
}

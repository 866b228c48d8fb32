import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MembershipSource } from '../src/domain/types';
import { externalIdColumn, idColumn, instantColumn } from './columns';

/** A user holds a tier over [startsAt, endsAt); ending sets endsAt, nothing is deleted. */
@Entity('memberships')
@Index('idx_memberships_user', ['userId', 'startsAt'])
@Index('idx_memberships_tier', ['tierId', 'startsAt'])
export class Membership {
  @PrimaryColumn(idColumn) id: string;
  @Column(externalIdColumn) userId: string;
  @Column(idColumn) tierId: string;
  @Column(instantColumn) startsAt: Date;
  @Column({ ...instantColumn, nullable: true }) endsAt: Date | null;
  /** One of the domain's MEMBERSHIP_SOURCES. */
  @Column({ type: 'varchar', length: 16 }) source: MembershipSource;
  @Column({ type: 'varchar', length: 128 }) createdBy: string;
  @Column(instantColumn) createdAt: Date;
  @Column(instantColumn) updatedAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { amountColumn, externalIdColumn, idColumn, instantColumn } from './columns';

/** Extra quota for one user and benefit, live over [startsAt, expiresAt). */
@Entity('quota_grants')
@Index('idx_grants_user_benefit', ['userId', 'benefitId'])
export class QuotaGrant {
  @PrimaryColumn(idColumn) id: string;
  @Column(externalIdColumn) userId: string;
  @Column(idColumn) benefitId: string;
  @Column(amountColumn) amount: number;
  @Column(instantColumn) startsAt: Date;
  @Column({ ...instantColumn, nullable: true }) expiresAt: Date | null;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ type: 'varchar', length: 128 }) actorId: string;
  @Column(instantColumn) createdAt: Date;
}

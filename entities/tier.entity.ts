import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { codeColumn, idColumn, instantColumn } from './columns';

@Entity('tiers')
@Index('uq_tiers_code', ['code'], { unique: true })
@Index('uq_tiers_rank', ['rank'], { unique: true })
export class Tier {
  @PrimaryColumn(idColumn) id: string;
  @Column(codeColumn) code: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'integer' }) rank: number;
  @Column({ type: 'varchar', length: 1000, default: '' }) description: string;
  @Column({ type: 'boolean', default: false }) isDefault: boolean;
  /** Archived tiers stay for history; they take no new memberships or rules. */
  @Column({ ...instantColumn, nullable: true }) archivedAt: Date | null;
  @Column(instantColumn) createdAt: Date;
  @Column(instantColumn) updatedAt: Date;
}

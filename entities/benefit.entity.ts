import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BenefitKind, FundedBy } from '../src/domain/types';
import { codeColumn, idColumn, instantColumn } from './columns';

@Entity('benefits')
@Index('uq_benefits_code', ['code'], { unique: true })
export class Benefit {
  @PrimaryColumn(idColumn) id: string;
  @Column(codeColumn) code: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  /** One of the domain's BENEFIT_KINDS. */
  @Column({ type: 'varchar', length: 16 }) kind: BenefitKind;
  /** COUNT: what one use is called ("return"); AMOUNT: the ISO currency of the budget. */
  @Column({ type: 'varchar', length: 32, nullable: true }) unit: string | null;
  /** One of the domain's FUNDED_BY. */
  @Column({ type: 'varchar', length: 16 }) fundedBy: FundedBy;
  @Column({ type: 'varchar', length: 1000, default: '' }) description: string;
  @Column({ ...instantColumn, nullable: true }) archivedAt: Date | null;
  @Column(instantColumn) createdAt: Date;
  @Column(instantColumn) updatedAt: Date;
}

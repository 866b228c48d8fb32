import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { codeColumn, idColumn, instantColumn } from './columns';

@Entity('benefits')
@Index('uq_benefits_code', ['code'], { unique: true })
export class Benefit {
  @PrimaryColumn(idColumn) id: string;
  @Column(codeColumn) code: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  /** ACCESS | COUNT | AMOUNT */
  @Column({ type: 'varchar', length: 16 }) kind: string;
  /** COUNT: what one use is called ("return"); AMOUNT: the ISO currency of the budget. */
  @Column({ type: 'varchar', length: 32, nullable: true }) unit: string | null;
  /** PLATFORM | MERCHANT */
  @Column({ type: 'varchar', length: 16 }) fundedBy: string;
  @Column({ type: 'varchar', length: 1000, default: '' }) description: string;
  @Column({ ...instantColumn, nullable: true }) archivedAt: Date | null;
  @Column(instantColumn) createdAt: Date;
  @Column(instantColumn) updatedAt: Date;
}

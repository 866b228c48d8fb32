import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PeriodKind, TierBasis } from '../src/domain/types';
import { amountColumn, idColumn, instantColumn, jsonColumn, JsonObject } from './columns';

/**
 * One version of what a tier grants of a benefit over [effectiveFrom, effectiveTo).
 * Versions are never edited in place except to close them (set effectiveTo), so any
 * past decision can be reproduced.
 */
@Entity('tier_benefit_rules')
@Index('idx_rules_tier_benefit_from', ['tierId', 'benefitId', 'effectiveFrom'])
@Index('idx_rules_benefit', ['benefitId'])
export class TierBenefitRule {
  @PrimaryColumn(idColumn) id: string;
  @Column(idColumn) tierId: string;
  @Column(idColumn) benefitId: string;
  @Column({ ...amountColumn, name: 'limit_amount', nullable: true }) limit: number | null;
  /** One of the domain's PERIOD_KINDS; null for ACCESS. */
  @Column({ type: 'varchar', length: 24, nullable: true }) period: PeriodKind | null;
  @Column({ type: 'integer', nullable: true }) periodDays: number | null;
  @Column({ ...amountColumn, nullable: true }) perOrderLimit: number | null;
  /** One of the domain's TIER_BASES. */
  @Column({ type: 'varchar', length: 16, default: 'BEST_OF' }) tierBasis: TierBasis;
  @Column(jsonColumn) conditions: JsonObject | null;
  @Column(jsonColumn) config: JsonObject | null;
  @Column(instantColumn) effectiveFrom: Date;
  @Column({ ...instantColumn, nullable: true }) effectiveTo: Date | null;
  @Column({ type: 'varchar', length: 128 }) createdBy: string;
  @Column(instantColumn) createdAt: Date;
}

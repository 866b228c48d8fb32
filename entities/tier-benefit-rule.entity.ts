import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Funder, PeriodKind, TierBasis, UsageCause } from '../src/domain/types';
import { amountColumn, idColumn, instantColumn, jsonColumn, JsonObject, listColumn } from './columns';

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
  /** Economics (see src/domain/funding.ts); null takes the default. One of FUNDERS. */
  @Column({ type: 'varchar', length: 16, nullable: true }) funder: Funder | null;
  @Column({ type: 'integer', nullable: true }) merchantShareBp: number | null;
  @Column({ ...amountColumn, nullable: true }) unitCost: number | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) costCurrency: string | null;
  /** USAGE_CAUSES that spend quota. */
  @Column({ ...listColumn, nullable: true }) quotaCauses: UsageCause[] | null;
  @Column({ type: 'integer', nullable: true }) appealWindowDays: number | null;
  @Column(instantColumn) effectiveFrom: Date;
  @Column({ ...instantColumn, nullable: true }) effectiveTo: Date | null;
  @Column({ type: 'varchar', length: 128 }) createdBy: string;
  @Column(instantColumn) createdAt: Date;
}

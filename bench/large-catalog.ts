// A large catalog on its own database: `tiers` tiers and `benefits` benefits created through the
// services, and every tier granting every benefit in `versions` versions of 100 days each, the
// last in force now. setTierBenefit takes only effectiveFrom ≥ now, so past versions are written
// with one raw multi-row INSERT, and catalog_version is bumped as a configuration write would.
import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { Config } from '../src/config';
import { BenefitKind, PeriodKind } from '../src/domain/types';
import { defineBenefit } from '../src/services/benefit.service';
import { createTier } from '../src/services/tier.service';
import { bumpCatalogVersion, DAY_MS, holdTier, insertRows, must, seedContext } from './fixtures';

export interface CatalogSize {
  tiers: number;
  benefits: number;
  versions: number;
}

const KINDS: BenefitKind[] = ['ACCESS', 'COUNT', 'AMOUNT'];
const PERIODS: Array<{ period: PeriodKind; periodDays?: number }> = [
  { period: 'CALENDAR_MONTH' }, { period: 'CALENDAR_QUARTER' }, { period: 'CALENDAR_YEAR' },
  { period: 'MEMBERSHIP_YEAR' }, { period: 'ROLLING_DAYS', periodDays: 30 }, { period: 'ROLLING_DAYS', periodDays: 90 }, { period: 'LIFETIME' },
];
const CONDITIONS = [
  null,
  { claimWindowDays: 30 },
  { minOrderAmount: 5000, categoriesExclude: ['VIRTUAL'] },
  { categoriesInclude: ['APPAREL', 'ELECTRONICS'], claimWindowDays: 15 },
  { merchantsExclude: ['m-outlet'] },
];
const RULE_COLUMNS = [
  'id', 'tier_id', 'benefit_id', 'limit_amount', 'period', 'period_days', 'per_order_limit', 'tier_basis',
  'conditions', 'config', 'effective_from', 'effective_to', 'created_by', 'created_at',
];

const code = (prefix: string, n: number) => `${prefix}${String(n).padStart(3, '0')}`;

/** Seeds an empty, migrated database; returns the member to read as (holding a middle tier). */
export async function seedLargeCatalog(db: DataSource, config: Config, size: CatalogSize, now: Date): Promise<{ userId: string; tierCode: string; rules: number; benefitCodes: string[] }> {
  const ctx = seedContext(db, config, now);
  const tiers = [];
  for (let t = 0; t < size.tiers; t++) {
    tiers.push(must(`tier ${t}`, await createTier(ctx, { code: code('T', t), name: `Tier ${t}`, rank: t * 10, isDefault: t === 0 })));
  }
  const benefits = [];
  for (let b = 0; b < size.benefits; b++) {
    const kind = KINDS[b % KINDS.length];
    benefits.push(must(`benefit ${b}`, await defineBenefit(ctx, {
      code: code('B', b), name: `Benefit ${b}`, kind, unit: kind === 'AMOUNT' ? 'CNY' : kind === 'COUNT' ? 'use' : null,
      fundedBy: b % 2 ? 'MERCHANT' : 'PLATFORM',
    })));
  }

  const rows: unknown[][] = [];
  const from = (v: number) => new Date(now.getTime() - (size.versions - v) * 100 * DAY_MS);
  for (const [t, tier] of tiers.entries()) {
    for (const [b, benefit] of benefits.entries()) {
      for (let v = 0; v < size.versions; v++) {
        const quota = benefit.kind !== 'ACCESS';
        const p = PERIODS[(b + v) % PERIODS.length];
        const limit = benefit.kind === 'AMOUNT' ? 10000 * (t + 1) * (v + 1) : (t % 5) + v + 1;
        rows.push([
          crypto.randomUUID(), tier.id, benefit.id, quota ? limit : null, quota ? p.period : null, quota ? p.periodDays ?? null : null,
          quota && b % 4 === 0 ? Math.ceil(limit / 2) : null, 'BEST_OF',
          quota ? json(CONDITIONS[(b + t) % CONDITIONS.length]) : null,
          quota ? null : json({ level: t, channel: `CH_${b}`, version: v + 1 }),
          from(v), v === size.versions - 1 ? null : from(v + 1), 'bench-seed', from(v),
        ]);
      }
    }
  }
  await db.transaction(async (em) => {
    await insertRows(em, 'tier_benefit_rules', RULE_COLUMNS, rows);
    await bumpCatalogVersion(em, now);
  });
  ctx.catalog.invalidate();

  const userId = 'u-catalog';
  const tierCode = code('T', Math.floor(size.tiers / 2));
  await holdTier(ctx, userId, tierCode, new Date(now.getTime() - 200 * DAY_MS));
  return { userId, tierCode, rules: rows.length, benefitCodes: benefits.map((b) => b.code) };
}

const json = (v: object | null) => (v === null ? null : JSON.stringify(v));

// The catalog (tiers, benefits, every rule version) cached per process. A configuration write
// bumps catalog_version in its own transaction (bumpCatalog); every process polls that row
// (CATALOG_REFRESH_MS, default 500 ms) and every member read and write sees it in the same
// statement as the member's facts, so a change reaches all processes within the poll interval
// plus one reload (≤ 1 s), and a write never books on a catalog older than the one committed
// when it read the member's facts.
import { DataSource, EntityManager } from 'typeorm';
import { Benefit, CatalogVersion, Tier, TierBenefitRule } from '../../entities';
import { dayLookback } from '../domain/period';
import { indexRules, RuleBook } from '../domain/rules';
import { BenefitFacts, PeriodKind, TierFacts } from '../domain/types';
import { benefitFacts, ruleFacts, tierFacts } from './facts';

export interface Catalog {
  version: number;
  /** By rank, lowest first. */
  tiers: Tier[];
  /** By code. */
  benefits: Benefit[];
  /** Every version, by effectiveFrom then id. */
  rules: TierBenefitRule[];
  tierFacts: TierFacts[];
  /** Benefits not archived: the ones entitlements are resolved for. */
  liveBenefits: BenefitFacts[];
  ruleBook: RuleBook;
  tierById: ReadonlyMap<string, Tier>;
  benefitById: ReadonlyMap<string, Benefit>;
  benefitByCode: ReadonlyMap<string, Benefit>;
  ruleById: ReadonlyMap<string, TierBenefitRule>;
  /** How many local days of day counters a decision can need (domain/period.ts dayLookback). */
  dayLookback: number;
  /** The period kinds of every rule version: how far back month counters count (firstCountedMonth). */
  periodKinds: ReadonlySet<PeriodKind>;
}

/** Tags the poll so statement counts of requests can leave it out. */
export const CATALOG_POLL_TAG = '/* catalog-poll */';

export class CatalogCache {
  private cached: Promise<Catalog> | null = null;
  private timer: NodeJS.Timeout | null = null;

  /** `onLoad`: after each (re)load from the database; the metrics count them. */
  constructor(private readonly db: DataSource, private readonly onLoad: () => void = () => undefined) {}

  get(): Promise<Catalog> {
    return (this.cached ??= this.load());
  }

  /** The catalog at `version` or newer: a reader saw that version in the database. */
  async atLeast(version: number): Promise<Catalog> {
    const c = await this.get();
    if (c.version >= version) return c;
    this.cached = null;
    return this.get();
  }

  /** After a configuration write committed in this process. */
  invalidate(): void {
    this.cached = null;
  }

  /** Polls catalog_version every `ms` (0: never) and reloads when it moved. */
  startPolling(ms: number, onError: (err: unknown) => void): void {
    if (ms <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.poll().catch(onError);
    }, ms);
    this.timer.unref();
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The catalog as committed now (one statement): for a code the cache does not know yet. */
  async latest(): Promise<Catalog> {
    const rows: Array<{ version: number | string }> = await this.db.query(`${CATALOG_POLL_TAG} SELECT version FROM catalog_version WHERE id = 1`);
    return this.atLeast(rows.length ? Number(rows[0].version) : 0);
  }

  private async poll(): Promise<void> {
    if (this.cached) await this.latest();
  }

  private load(): Promise<Catalog> {
    const loading = readCatalog(this.db);
    loading.then(this.onLoad, () => {
      if (this.cached === loading) this.cached = null;
    });
    return loading;
  }
}

async function readCatalog(db: DataSource): Promise<Catalog> {
  // The version first: a change landing between the reads then leaves us with newer rows under
  // an older version, which the next check reloads, never the reverse.
  const version = (await db.getRepository(CatalogVersion).findOneBy({ id: 1 }))?.version ?? 0;
  const [tiers, benefits, rules] = await Promise.all([
    db.getRepository(Tier).find({ order: { rank: 'ASC' } }),
    db.getRepository(Benefit).find({ order: { code: 'ASC' } }),
    db.getRepository(TierBenefitRule).find({ order: { effectiveFrom: 'ASC', id: 'ASC' } }),
  ]);
  for (const row of [...tiers, ...benefits, ...rules]) Object.freeze(row);
  return {
    version,
    tiers,
    benefits,
    rules,
    tierFacts: tiers.map(tierFacts),
    liveBenefits: benefits.filter((b) => !b.archivedAt).map(benefitFacts),
    ruleBook: indexRules(rules.map(ruleFacts)),
    tierById: new Map(tiers.map((t) => [t.id, t])),
    benefitById: new Map(benefits.map((b) => [b.id, b])),
    benefitByCode: new Map(benefits.map((b) => [b.code, b])),
    ruleById: new Map(rules.map((r) => [r.id, r])),
    dayLookback: dayLookback(rules),
    periodKinds: new Set(rules.map((r) => r.period ?? 'LIFETIME')),
  };
}

/** A benefit by code; one defined on another process moments ago is found too. */
export async function benefitByCode(cache: CatalogCache, code: string): Promise<Benefit | undefined> {
  return (await cache.get()).benefitByCode.get(code) ?? (await cache.latest()).benefitByCode.get(code);
}

/** Inside a configuration write's transaction: other processes reload when it commits. */
export async function bumpCatalog(em: EntityManager, now: Date): Promise<void> {
  await em.createQueryBuilder().update(CatalogVersion).set({ version: () => 'version + 1', updatedAt: now }).where('id = 1').execute();
}

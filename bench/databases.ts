// The bench's two databases, migrated and seeded by the parent before any server process starts:
// - the demo database: the demo seed; two GOLD members, one without history and one with a long
//   one (history.ts); and BLACK members for the wide CS read (users(ids: 100)) and for consumes
//   spread over distinct members (one group per consume check, so each check owns its rows), plus
//   one "hot" BLACK member whose single budget takes every consume of the hot-member case;
// - the large-catalog database (large-catalog.ts).
// Both are fresh (a new SQLite file, or a new MySQL/MariaDB database next to DATABASE_URL's) and
// dropped by `close`. The parent keeps a connection to each for the checks after the load.
import { DataSource } from 'typeorm';
import { openDatabase } from '../src/app';
import { Config } from '../src/config';
import { seedDemo } from '../src/seed/demo';
import { verifyLedger } from '../src/services/ledger.service';
import { dropDatabase, freshDatabaseUrl } from '../test/support/harness';
import { DAY_MS, holdTier, seedContext } from './fixtures';
import { HistoryStats, writeHistory } from './history';
import { CatalogSize, seedLargeCatalog } from './large-catalog';
import { progress } from './measure';

export interface BenchSizes {
  historyEntries: number;
  recentEntries: number;
  catalog: CatalogSize;
  /** BLACK members per group (users(ids:) reads the first group). */
  groupSize: number;
  /** How many groups of consume members (one per consume check). */
  consumeGroups: number;
}

export interface BenchDatabases {
  demoUrl: string;
  catalogUrl: string;
  demoDb: DataSource;
  catalogDb: DataSource;
  /** GOLD members: no history, and a long one. */
  none: string;
  long: string;
  /** groups[i]: BLACK members with no use yet. */
  groups: string[][];
  hot: string;
  large: Awaited<ReturnType<typeof seedLargeCatalog>>;
  fixtures: { history: HistoryStats & Record<string, unknown>; largeCatalog: Record<string, unknown>; members: Record<string, number> };
  close(): Promise<void>;
}

export async function prepareDatabases(config: Config, sizes: BenchSizes, run: string, now: Date): Promise<BenchDatabases> {
  const demoUrl = freshDatabaseUrl();
  const catalogUrl = freshDatabaseUrl();
  const opened: Array<{ url: string; db?: DataSource }> = [{ url: demoUrl }, { url: catalogUrl }];
  const close = async () => {
    for (const o of opened) {
      if (o.db?.isInitialized) await o.db.destroy();
      await dropDatabase(o.url);
    }
  };
  try {
    const demoDb = (opened[0].db = await openDatabase({ ...config, databaseUrl: demoUrl }));
    const catalogDb = (opened[1].db = await openDatabase({ ...config, databaseUrl: catalogUrl }));
    await seedDemo(demoDb, { ...config, databaseUrl: demoUrl }, now);

    const ctx = seedContext(demoDb, { ...config, databaseUrl: demoUrl }, now);
    const none = `u-bench-none-${run}`;
    const long = `u-bench-history-${run}`;
    const memberSince = new Date(now.getTime() - 800 * DAY_MS);
    for (const userId of [none, long]) await holdTier(ctx, userId, 'GOLD', memberSince);
    const started = Date.now();
    const groups = Array.from({ length: sizes.consumeGroups }, (_, g) =>
      Array.from({ length: sizes.groupSize }, (_, i) => `u-bench-g${g}-${String(i).padStart(3, '0')}-${run}`));
    const hot = `u-bench-hot-${run}`;
    for (const userId of [...groups.flat(), hot]) await holdTier(ctx, userId, 'BLACK', memberSince);
    const members = { black: groups.flat().length + 1, ms: Date.now() - started };
    progress(`members: ${members.black} BLACK members in ${members.ms} ms`);

    const history = await writeHistory(demoDb, {
      userId: long, tierCode: 'GOLD', entries: sizes.historyEntries, recent: sizes.recentEntries, now, memberSince,
      timeZone: config.businessTimeZone, holdTtlSeconds: config.holdTtlSeconds,
    });
    const ledger = await verifyLedger(demoDb);
    if (ledger.drift.length) throw new Error(`generated history drifts from its counters: ${JSON.stringify(ledger.drift.slice(0, 3))}`);
    progress(`history: ${history.entries} entries, ${history.transitions} transitions, ${history.counters} counters in ${history.ms} ms; verify-ledger: no drift`);

    const seedStarted = Date.now();
    const large = await seedLargeCatalog(catalogDb, { ...config, databaseUrl: catalogUrl }, sizes.catalog, now);
    const c = sizes.catalog;
    progress(`large catalog: ${c.tiers} tiers × ${c.benefits} benefits, ${large.rules} rule versions in ${Date.now() - seedStarted} ms`);
    return {
      demoUrl, catalogUrl, demoDb, catalogDb, none, long, groups, hot, large, close,
      fixtures: {
        history: { userId: long, ...history, verifyLedger: { countersChecked: ledger.countersChecked, entriesChecked: ledger.entriesChecked, drift: 0 } },
        largeCatalog: { ...c, ...large, ms: Date.now() - seedStarted },
        members,
      },
    };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}

// `npm run bench:analysis [-- --quick]`: how long ops' analyses take on a large history. A fresh
// database with the demo catalog, 100,000 orders (10,000 with --quick) of 10,000 members over two
// months, 12 % of them returned, and the uses and charges the service would have written for them
// (raw multi-row INSERTs: free returns within each member-month's quota, price protection claims).
// Then, through the services as the resolvers call them: usageReport read page by page
// (TIER × BENEFIT × DAY), simulateRuleChange "Gold free returns 3 → 5" with returned orders asking,
// and tierHealth. Times and figures to bench/results/analysis-<db>.json; nothing is asserted on
// speed (the bound, a simulation of 100k orders within a minute, is read off the JSON).
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { openDatabase } from '../src/app';
import { loadConfig } from '../src/config';
import { databaseKind } from '../src/db/data-source';
import { seedDemo } from '../src/seed/demo';
import { usageReportRows } from '../src/services/report.service';
import { simulateRuleChange } from '../src/services/simulation.service';
import { tierHealth } from '../src/services/tier-health.service';
import { dropDatabase, freshDatabaseUrl } from '../test/support/harness';
import { DAY_MS, insertRows, seedContext, seededRandom } from './fixtures';

const QUICK = process.argv.includes('--quick');
const ORDERS = QUICK ? 10_000 : 100_000;
const MEMBERS = ORDERS / 10;
const MYSQL = databaseKind(process.env.DATABASE_URL ?? 'sqlite:') === 'mysql';
const ZONE = 'Asia/Shanghai';
const FROM = new Date('2026-10-01T00:00:00Z');
const TO = new Date('2026-12-01T00:00:00Z');
const NOW = new Date('2026-12-05T00:00:00Z');
const TIER_MIX = [['BLACK', 0.05], ['GOLD', 0.25], ['SILVER', 0.3], ['REGULAR', 0.4]] as const;
const RETURN_LIMIT: Record<string, number> = { REGULAR: 1, SILVER: 2, GOLD: 3, BLACK: 10 };

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - t0), value };
}

async function main() {
  const config = { ...loadConfig({ ...process.env, NODE_ENV: 'test', BUSINESS_TIMEZONE: ZONE }), databaseUrl: freshDatabaseUrl() };
  const db = await openDatabase(config);
  try {
    await seedDemo(db, config, new Date('2026-01-01T00:00:00Z'));
    const generated = await timed(() => writeHistory(db));
    console.log(`[analysis] ${generated.value.orders} orders, ${generated.value.uses} uses written in ${generated.ms} ms`);
    const ctx = () => seedContext(db, config, NOW);

    const report = await timed(async () => {
      let rows = 0;
      let pages = 0;
      for await (const page of usageReportRows(ctx(), { from: FROM, to: TO, groupBy: ['TIER', 'BENEFIT', 'DAY'], filter: {} }, 100)) {
        rows += page.length;
        pages++;
      }
      return { rows, pages };
    });
    console.log(`[analysis] usageReport TIER × BENEFIT × DAY: ${report.value.rows} rows in ${report.value.pages} pages, ${report.ms} ms`);

    const simulation = await timed(() => simulateRuleChange(ctx(), {
      from: FROM, to: TO, returnsAsk: ['FREE_RETURN_SHIPPING'], sampleSize: 5,
      proposals: [{
        tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 5, period: 'CALENDAR_MONTH', perOrderLimit: 1,
        conditions: { claimWindowDays: 30, minOrderAmount: 5000, categoriesExclude: ['VIRTUAL'] }, effectiveFrom: FROM,
      }],
    }));
    const gained = simulation.value.rows.reduce((n, r) => n + r.gained, 0);
    console.log(`[analysis] simulateRuleChange: ${simulation.value.members} members, ${simulation.value.requests} requests, ${simulation.ms} ms; gained ${gained}`);

    const health = await timed(() => tierHealth(ctx(), { from: FROM, to: TO }));
    console.log(`[analysis] tierHealth: ${health.value.length} tiers, ${health.ms} ms`);

    const out = path.join(__dirname, 'results', QUICK ? 'quick' : '', `analysis-${MYSQL ? 'mysql' : 'sqlite'}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify({
      at: new Date().toISOString(), database: MYSQL ? 'mysql' : 'sqlite', cpus: os.cpus().length, loadAverage: os.loadavg(),
      history: generated.value, writeMs: generated.ms,
      usageReport: { ...report.value, ms: report.ms },
      simulateRuleChange: { members: simulation.value.members, requests: simulation.value.requests, ms: simulation.ms, rows: simulation.value.rows.length, gained },
      tierHealth: { tiers: health.value.length, ms: health.ms },
    }, null, 2)}\n`);
    console.log(`[analysis] written to ${path.relative(process.cwd(), out)}`);
  } finally {
    await db.destroy();
    await dropDatabase(config.databaseUrl);
  }
}

/** Members, orders, and the uses and charges of the window, as the service would have written them. */
async function writeHistory(db: Awaited<ReturnType<typeof openDatabase>>) {
  const rand = seededRandom(100);
  const tiers = new Map<string, string>((await db.query('SELECT id, code FROM tiers')).map((t: { id: string; code: string }) => [t.code, t.id]));
  const benefits = new Map<string, string>((await db.query('SELECT id, code FROM benefits')).map((b: { id: string; code: string }) => [b.code, b.id]));
  const rules = new Map<string, string>((await db.query('SELECT id, tier_id, benefit_id FROM tier_benefit_rules'))
    .map((r: { id: string; tier_id: string; benefit_id: string }) => [`${r.tier_id}|${r.benefit_id}`, r.id]));
  const tierOf = (i: number) => {
    let x = (i % 100) / 100;
    for (const [code, share] of TIER_MIX) if ((x -= share) < 0) return code;
    return 'REGULAR';
  };
  const members = Array.from({ length: MEMBERS }, (_, i) => ({ id: `a-${String(i).padStart(6, '0')}`, tier: tierOf(i) }));
  await insertRows(db, 'memberships', ['id', 'user_id', 'tier_id', 'starts_at', 'ends_at', 'source', 'created_by', 'created_at', 'updated_at'],
    members.filter((m) => m.tier !== 'REGULAR').map((m) => [crypto.randomUUID(), m.id, tiers.get(m.tier), new Date('2026-01-01T00:00:00Z'), null, 'PURCHASE', 'bench', NOW, NOW]));

  const orders: unknown[][] = [];
  const uses: unknown[][] = [];
  const charges: unknown[][] = [];
  const taken = new Map<string, number>();
  const span = TO.getTime() - 7 * DAY_MS - FROM.getTime();
  const placed = Array.from({ length: ORDERS }, () => FROM.getTime() + Math.floor((rand() * span) / 1000) * 1000).sort((a, b) => a - b);
  placed.forEach((at, i) => {
    const m = members[Math.floor(rand() * members.length)];
    const id = `ao-${String(i).padStart(7, '0')}`;
    const category = rand() < 0.1 ? 'VIRTUAL' : 'APPAREL';
    const merchant = `m-${Math.floor(rand() * 50)}`;
    const returnedAt = rand() < 0.12 ? at + 3 * DAY_MS + Math.floor(rand() * DAY_MS) : null;
    orders.push([id, m.id, merchant, category, 19900, 'CNY', new Date(at), new Date(at + 2 * DAY_MS), returnedAt ? 'REFUNDED' : 'DELIVERED', new Date(at), new Date(returnedAt ?? at)]);
    const use = (code: string, when: number, cost: number, funder: string) => {
      const ruleId = rules.get(`${tiers.get(m.tier)}|${benefits.get(code)}`);
      if (!ruleId) return; // the member's tier does not grant it
      const usageId = crypto.randomUUID();
      const day = DateTime.fromMillis(when, { zone: ZONE }).toISODate();
      const bp = funder === 'MERCHANT' ? 10_000 : 0;
      uses.push([usageId, m.id, benefits.get(code), ruleId, id, 1, `D:${day}`, null, null, 'CAPTURED', null, 'bench', '',
        new Date(when), new Date(when), 'CUSTOMER_PREFERENCE', 1, funder, bp, merchant, cost, 'CNY']);
      charges.push([crypto.randomUUID(), usageId, m.id, benefits.get(code), merchant, 'CHARGE', bp ? cost : 0, bp ? 0 : cost, 'CNY', 'bench', new Date(when)]);
    };
    if (returnedAt && category !== 'VIRTUAL') {
      const k = `${m.id}|${DateTime.fromMillis(returnedAt, { zone: ZONE }).toFormat('yyyy-MM')}`;
      if ((taken.get(k) ?? 0) < RETURN_LIMIT[m.tier]) {
        taken.set(k, (taken.get(k) ?? 0) + 1);
        use('FREE_RETURN_SHIPPING', returnedAt, 0, 'PLATFORM');
      }
    } else if (m.tier !== 'REGULAR' && rand() < 0.01) use('PRICE_PROTECTION', at + 5 * DAY_MS, 0, 'MERCHANT');
  });
  await insertRows(db, 'orders', ['id', 'user_id', 'merchant_id', 'category', 'amount', 'currency', 'placed_at', 'delivered_at', 'status', 'created_at', 'updated_at'], orders);
  await insertRows(db, 'usage_entries', [
    'id', 'user_id', 'benefit_id', 'rule_id', 'order_id', 'amount', 'period_key', 'period_start', 'period_end', 'state', 'expires_at', 'actor_id', 'reason',
    'created_at', 'updated_at', 'cause', 'spends_quota', 'funder', 'merchant_share_bp', 'merchant_id', 'cost', 'cost_currency',
  ], uses);
  await insertRows(db, 'usage_charges', ['id', 'usage_id', 'user_id', 'benefit_id', 'merchant_id', 'kind', 'merchant_amount', 'platform_amount', 'currency', 'actor_id', 'created_at'],
    charges);
  return { orders: orders.length, members: MEMBERS, uses: uses.length };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

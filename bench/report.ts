// The acceptance ratios, the printed table and bench/results/bench.json (bench-mysql.json on
// MySQL/MariaDB; under bench/results/quick/ with --quick).
import fs from 'node:fs';
import path from 'node:path';
import { ScenarioResult } from './measure';

/** Scenario keys the ratios compare (see run.ts). */
export const KEYS = {
  baseline: 'baseline',
  readNone: 'history-none-read',
  readHistory: 'history-long-read',
  consumeNone: 'history-none-consume',
  consumeHistory: 'history-long-consume',
  meDemo: 'me-demo',
  meLarge: 'me-large-catalog',
  meDemoSeven: 'me-demo-7-benefits',
  meLargeSeven: 'me-large-catalog-7-benefits',
} as const;

const round = (n: number) => Number(n.toFixed(3));

/**
 * How much longer `slow` takes than `fast`. "Time" is the mean time per request, i.e. the inverse of
 * throughput at the same concurrency); the p50 and p99 ratios (of per-response times) are given too.
 */
function compare(fast: ScenarioResult, slow: ScenarioResult, target: number) {
  const ratio = round(fast.requestsPerSecond / slow.requestsPerSecond);
  return {
    ratio,
    p50Ratio: round(slow.latencyMs.p50 / fast.latencyMs.p50),
    p99Ratio: round(slow.latencyMs.p99 / fast.latencyMs.p99),
    reference: fast.scenario,
    measured: slow.scenario,
    met: ratio <= target,
  };
}

export function acceptance(results: ScenarioResult[], fixtures: { historyEntries: number; catalog: string }) {
  const by = (key: string) => results.find((r) => r.key === key)!;
  const TARGET = 1.5;
  const read = compare(by(KEYS.readNone), by(KEYS.readHistory), TARGET);
  const consume = compare(by(KEYS.consumeNone), by(KEYS.consumeHistory), TARGET);
  const catalog = compare(by(KEYS.meDemo), by(KEYS.meLarge), TARGET);
  const sameAnswer = compare(by(KEYS.meDemoSeven), by(KEYS.meLargeSeven), TARGET);
  return {
    historyVsNone: {
      criterion: `a member with ${fixtures.historyEntries} past ledger entries reads and consumes within ${TARGET}× the time of a member with none`,
      basis: 'mean time per request (1 / req/s at equal concurrency), history ÷ none; both read and consume must meet the target',
      target: TARGET,
      ratio: Math.max(read.ratio, consume.ratio),
      met: read.met && consume.met,
      read,
      consume,
    },
    largeCatalogVsDemo: {
      criterion: `a catalog of ${fixtures.catalog} costs a read (me { tier entitlements }) within ${TARGET}× of the demo catalog`,
      basis: 'mean time per request (1 / req/s at equal concurrency), large catalog ÷ demo catalog',
      target: TARGET,
      ratio: catalog.ratio,
      met: catalog.met,
      detail: catalog,
      // The whole-catalog read answers one entitlement per benefit (60 against the demo's 7), so
      // it also measures the size of the answer; the same 7 benefits asked of both catalogs
      // (entitlements(benefitCodes:)) isolate what the catalog's size costs.
      sameSevenBenefits: sameAnswer,
    },
  };
}

export function printTable(results: ScenarioResult[], ratios: ReturnType<typeof acceptance>): void {
  const head = ['scenario', 'server', 'req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'CPU ms/req', '×baseline'];
  const baseline = results.find((r) => r.key === KEYS.baseline)!.requestsPerSecond;
  const rows = results.map((r) => [
    r.scenario, r.server, String(r.requestsPerSecond), r.latencyMs.p50.toFixed(2), r.latencyMs.p99.toFixed(2),
    String(r.sqlStatementsPerRequest), r.cpuMsPerRequest.toFixed(3), (r.requestsPerSecond / baseline).toFixed(3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''];
  const h = ratios.historyVsNone;
  const c = ratios.largeCatalogVsDemo;
  const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
  out.push(`history vs none   read ${h.read.ratio}× (p50 ${h.read.p50Ratio}×, p99 ${h.read.p99Ratio}×), consume ${h.consume.ratio}× (p50 ${h.consume.p50Ratio}×, p99 ${h.consume.p99Ratio}×); target ≤ ${h.target}×: ${verdict(h.met)}`);
  out.push(`large vs demo     me ${c.ratio}× (p50 ${c.detail.p50Ratio}×, p99 ${c.detail.p99Ratio}×); target ≤ ${c.target}×: ${verdict(c.met)}`);
  const same = c.sameSevenBenefits;
  out.push(`  same 7 benefits me ${same.ratio}× (p50 ${same.p50Ratio}×, p99 ${same.p99Ratio}×); ≤ ${c.target}×: ${verdict(same.met)}`);
  for (const r of results.filter((x) => x.non2xx || x.errors || x.afterLoad)) {
    out.push(`warning: ${r.scenario}: ${r.non2xx} non-2xx, ${r.errors} errors${r.afterLoad ? `; after load: ${r.afterLoad}` : ''}`);
  }
  process.stdout.write(`\n${out.join('\n')}\n`);
}

/** Where results go: a --quick run never overwrites a full run's. */
export const resultsDir = (quick: boolean) => path.join(__dirname, 'results', quick ? 'quick' : '');

export function writeReport(report: { quick: boolean; database: string } & Record<string, unknown>): string {
  const out = path.join(resultsDir(report.quick), report.database === 'sqlite' ? 'bench.json' : `bench-${report.database}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  return out;
}

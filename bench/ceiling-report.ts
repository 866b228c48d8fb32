// The real server as a share of the stack's ceiling (issue 10): one table per database, the
// targets of point 2 marked met / not met, consumes over processes, memory growth, and the
// exactly-once and ledger checks; written to bench/results/reference-<database>.json (results/quick/ with --quick).
import fs from 'node:fs';
import path from 'node:path';
import { ProcessesResult } from './consume-processes';
import { ExactlyOnceReport } from './exactly-once';
import { ScenarioResult } from './measure';
import { MemoryGrowth } from './memory';
import { resultsDir } from './report';
import { CeilingPair } from './scenarios';

export interface CeilingRow {
  key: string;
  query: string;
  kind: CeilingPair['kind'];
  real: ScenarioResult;
  reference: ScenarioResult;
  /** Real req/s ÷ reference req/s. */
  share: number;
  /** Of the real server, from per-response times. */
  p99OverP50: number;
}

export interface CeilingInputs {
  database: string;
  rows: CeilingRow[];
  processes: ProcessesResult[];
  memory: MemoryGrowth;
  checks: ExactlyOnceReport[];
  ledger: { countersChecked: number; entriesChecked: number; drift: number };
}

interface Target {
  target: string;
  measured: string;
  met: boolean | null;
}

const r3 = (n: number) => Number(n.toFixed(3));

export function ceilingRow(pair: CeilingPair, real: ScenarioResult, reference: ScenarioResult): CeilingRow {
  return {
    key: pair.key, query: pair.name, kind: pair.kind, real, reference,
    share: r3(real.requestsPerSecond / reference.requestsPerSecond),
    p99OverP50: r3(real.latencyMs.p99 / Math.max(real.latencyMs.p50, 0.001)),
  };
}

function targets(x: CeilingInputs): Target[] {
  const out: Target[] = [];
  for (const r of x.rows.filter((row) => row.kind === 'read')) out.push({ target: `${r.query}: ≥ 0.5 of the reference`, measured: String(r.share), met: r.share >= 0.5 });
  for (const r of x.rows.filter((row) => row.kind === 'front')) out.push({ target: `${r.query}: ≥ 0.85 of the reference`, measured: String(r.share), met: r.share >= 0.85 });
  for (const r of x.rows) out.push({ target: `${r.query}: p99 ≤ 4 × p50`, measured: `${r.p99OverP50}×`, met: r.p99OverP50 <= 4 });
  const distinct = x.processes.find((p) => p.case.includes('distinct'));
  out.push(distinct
    ? { target: 'consumes over 2 processes, distinct members: ≥ 1,000/s', measured: `${distinct.consumesPerSecond}/s`, met: distinct.consumesPerSecond >= 1000 }
    : { target: 'consumes over 2 processes, distinct members: ≥ 1,000/s', measured: 'MariaDB only', met: null });
  out.push({ target: `RSS after ${x.memory.points.at(-1)!.requests} me requests within 10 % of after ${x.memory.points[0].requests}`, measured: `${x.memory.rssRatio}×`, met: x.memory.met });
  return out;
}

/** Exactly-once violations and ledger drift: the only findings that fail the bench. */
export function failures(x: CeilingInputs): string[] {
  const out = x.checks.flatMap((c) => c.violations.map((v) => `${c.check}: ${v}`));
  if (x.ledger.drift) out.push(`verify-ledger: ${x.ledger.drift} counters drift from the ledger`);
  return out;
}

export function printCeiling(x: CeilingInputs): void {
  const head = ['query', 'req/s real', 'req/s ref', 'share', 'p50 ms', 'p99 ms', 'p99/p50', 'mean ms', 'SQL/req', 'CPU ms/req real', 'CPU ms/req ref'];
  const rows = x.rows.map((r) => [
    r.query, String(r.real.requestsPerSecond), String(r.reference.requestsPerSecond), r.share.toFixed(2),
    r.real.latencyMs.p50.toFixed(2), r.real.latencyMs.p99.toFixed(2), r.p99OverP50.toFixed(1), r.real.latencyMs.mean.toFixed(2),
    r.real.sqlStatementsPerRequestUnderLoad.toFixed(1), r.real.cpuMsPerRequest.toFixed(3), r.reference.cpuMsPerRequest.toFixed(3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [`real server vs the stack's ceiling (reference server), ${x.database}; latencies of the real server`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''];
  for (const p of x.processes) {
    const cpu = p.perProcess.map((q) => `${q.server} ${q.cpuMsPerRequest} CPU ms/req, ${q.sqlStatementsPerRequest} SQL/req`).join('; ');
    out.push(`${p.case} over ${p.processes} processes, ${p.connections} connections: ${p.consumesPerSecond} consumes/s (p50 ${p.latencyMs.p50} ms, p99 ${p.latencyMs.p99} ms, ${p.non2xx} non-2xx); ${cpu}`);
  }
  const m = x.memory;
  out.push(`memory: RSS ${m.points.map((p) => `${p.rssMiB} MiB after ${p.requests}`).join(', ')} ${m.scenario} requests: ${m.rssRatio}×`);
  for (const c of x.checks) {
    out.push(`exactly-once ${c.check}: ${c.successes} successes, ${c.refused} refused, ${c.failed} failed, ${c.committedKeys} keys, ${c.entries} entries, ${c.unacknowledged} unacknowledged: ${c.violations.length ? `VIOLATED (${c.violations[0]})` : 'ok'}`);
  }
  out.push(`verify-ledger: ${x.ledger.countersChecked} counters, ${x.ledger.entriesChecked} entries, drift ${x.ledger.drift}`);
  out.push('', 'targets (issue 10, point 2 and 4):');
  for (const t of targets(x)) out.push(`  ${t.met === null ? 'n/a    ' : t.met ? 'MET    ' : 'NOT MET'}  ${t.target}: ${t.measured}`);
  process.stdout.write(`\n${out.join('\n')}\n`);
}

export function writeCeiling(x: CeilingInputs, meta: { quick: boolean }): string {
  const out = path.join(resultsDir(meta.quick), `reference-${x.database}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ ...meta, ...x, targets: targets(x), failures: failures(x) }, null, 2)}\n`);
  return out;
}

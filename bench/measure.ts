// One scenario: a GraphQL request sent by autocannon (from the bench's own process) to a server in
// a child process. Measured as: SQL statements of one request alone (after a warm-up request, so a
// first catalog load is not charged to it), and `seconds` of load at `connections` concurrent
// connections, with the server process's SQL statements and CPU time over exactly that window
// (its own figures, asked over IPC before and after) divided by the requests completed in it.
import autocannon from 'autocannon';
import { ServerProcess } from './server-processes';

export interface Scenario {
  /** Stable id used by the ratios. */
  key: string;
  name: string;
  target: ServerProcess;
  token: string;
  query: string;
  variables?: () => object;
  /** Every answer, e.g. for an exactly-once check (autocannon then keeps the bodies). */
  record?: (status: number, body: string) => void;
}

export interface ScenarioResult {
  key: string;
  scenario: string;
  server: string;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  /** From every response's own time (autocannon's percentiles above are whole milliseconds). */
  latencyMs: LatencySummary;
  non2xx: number;
  errors: number;
  /** Statements of one request sent alone to an idle server. */
  sqlStatementsPerRequest: number;
  /** Statements over the measured window ÷ requests completed in it (retries and contention included). */
  sqlStatementsPerRequestUnderLoad: number;
  /** Server process CPU time (user + system) over the measured window ÷ requests completed in it. */
  cpuMsPerRequest: number;
  /** Problems of a check request sent after the load (GraphQL errors or userErrors), if any. */
  afterLoad: string | null;
}

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
}

/** Percentiles (nearest rank) and mean of response times in ms. */
export function summarise(times: number[]): LatencySummary {
  const sorted = Float64Array.from(times).sort();
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0;
  return { p50: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), mean: round(mean) };
}

const STARTED = Date.now();
/** A progress line, stamped with the seconds since the bench started. */
export const progress = (line: string) => void process.stdout.write(`[${((Date.now() - STARTED) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);

const headersOf = (sc: Scenario) => ({ 'content-type': 'application/json', authorization: `Bearer ${sc.token}` });
const bodyOf = (sc: Scenario) => JSON.stringify({ query: sc.query, variables: sc.variables?.() });
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

/** Sends one request; returns its data and a description of what went wrong, or null. */
export async function send(sc: Scenario): Promise<{ data: Record<string, unknown> | null; problem: string | null }> {
  const res = await fetch(sc.target.url, { method: 'POST', headers: headersOf(sc), body: bodyOf(sc) });
  const text = await res.text();
  sc.record?.(res.status, text);
  const json = JSON.parse(text) as { errors?: unknown; data?: Record<string, { userErrors?: unknown[] } | null> };
  if (json.errors) return { data: null, problem: `errors ${JSON.stringify(json.errors)}` };
  const userErrors = Object.values(json.data ?? {}).flatMap((v) => v?.userErrors ?? []);
  return { data: json.data ?? null, problem: userErrors.length ? `userErrors ${JSON.stringify(userErrors)}` : null };
}

/** SQL statements of one request of the scenario, sent alone (the server is otherwise idle). */
export async function statementsOf(sc: Scenario): Promise<number> {
  let counted = 0;
  for (let i = 0; i < 2; i++) {
    const before = await sc.target.stats();
    const { problem } = await send(sc);
    if (problem) throw new Error(`${sc.name}: ${problem}`);
    counted = (await sc.target.stats()).statements - before.statements;
  }
  return counted;
}

/** Runs autocannon; `times`, when given, receives every response's time in ms (sub-millisecond). */
export function load(sc: Scenario, connections: number, opts: { duration?: number; amount?: number }, times?: number[]) {
  const tracker = (autocannon as unknown as (o: autocannon.Options) => autocannon.Instance & Promise<autocannon.Result>)({
    url: sc.target.url, method: 'POST', headers: headersOf(sc), connections, ...opts,
    // Sample (and so notice the end of a run) every 100 ms, not every second.
    sampleInt: 100,
    requests: [{
      setupRequest: (req) => ({ ...req, body: bodyOf(sc) }),
      ...(sc.record ? { onResponse: (status: number, body: string) => sc.record!(status, body) } : {}),
    }],
  });
  if (times) tracker.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => void times.push(ms));
  return tracker;
}

/** How long a warm-up lasts: seconds, or a number of requests. */
export type WarmUp = { duration: number } | { amount: number };

/** Load for a while, so JIT and caches are warm before any scenario is measured. */
export async function warmUp(sc: Scenario, how: WarmUp, connections: number): Promise<void> {
  await load(sc, connections, how);
}

export async function measure(sc: Scenario, sqlStatementsPerRequest: number, seconds: number, connections: number): Promise<ScenarioResult> {
  const before = await sc.target.stats();
  const times: number[] = [];
  const run = await load(sc, connections, { duration: seconds }, times);
  const after = await sc.target.stats();
  const requests = Math.max(1, run.requests.total);
  return {
    key: sc.key,
    scenario: sc.name,
    server: sc.target.name,
    requests: run.requests.total,
    // Completed requests over the measured time: finer than autocannon's per-second average.
    requestsPerSecond: Math.round(run.requests.total / run.duration),
    latencyP50Ms: run.latency.p50,
    latencyP99Ms: run.latency.p99,
    latencyMeanMs: round(run.latency.average, 2),
    latencyMs: summarise(times),
    non2xx: run.non2xx,
    errors: run.errors,
    sqlStatementsPerRequest,
    sqlStatementsPerRequestUnderLoad: round((after.statements - before.statements) / requests, 2),
    cpuMsPerRequest: round((after.cpuMicros - before.cpuMicros) / 1000 / requests),
    afterLoad: (await send(sc)).problem,
  };
}

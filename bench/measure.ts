// One scenario: a GraphQL request sent by autocannon to one server. Measured as: SQL statements
// of one request alone (after a warm-up request, so a first catalog load is not charged to it),
// and `seconds` of load at `connections` concurrent connections (after every scenario's warm-up).
import autocannon from 'autocannon';
import { StatementCounter } from '../test/support/harness';

export interface Target {
  /** 'demo' or 'large-catalog': which server (and database) answers. */
  name: string;
  url: string;
  statements: StatementCounter;
}

export interface Scenario {
  /** Stable id used by the ratios. */
  key: string;
  name: string;
  target: Target;
  token: string;
  query: string;
  variables?: () => object;
}

export interface ScenarioResult {
  key: string;
  scenario: string;
  server: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  non2xx: number;
  errors: number;
  sqlStatementsPerRequest: number;
  /** Problems of a check request sent after the load (GraphQL errors or userErrors), if any. */
  afterLoad: string | null;
}

const headersOf = (sc: Scenario) => ({ 'content-type': 'application/json', authorization: `Bearer ${sc.token}` });
const bodyOf = (sc: Scenario) => JSON.stringify({ query: sc.query, variables: sc.variables?.() });

/** Sends one request; returns a description of what went wrong, or null. */
async function check(sc: Scenario): Promise<string | null> {
  const res = await fetch(sc.target.url, { method: 'POST', headers: headersOf(sc), body: bodyOf(sc) });
  const json = (await res.json()) as { errors?: unknown; data?: Record<string, { userErrors?: unknown[] } | null> };
  if (json.errors) return `errors ${JSON.stringify(json.errors)}`;
  const userErrors = Object.values(json.data ?? {}).flatMap((v) => v?.userErrors ?? []);
  return userErrors.length ? `userErrors ${JSON.stringify(userErrors)}` : null;
}

/** SQL statements of one request of the scenario, sent alone (the server is otherwise idle). */
export async function statementsOf(sc: Scenario): Promise<number> {
  for (const counted of [false, true]) {
    sc.target.statements.reset();
    const problem = await check(sc);
    if (problem) throw new Error(`${sc.name}: ${problem}`);
    if (counted) return sc.target.statements.count;
  }
  throw new Error('unreachable');
}

function load(sc: Scenario, connections: number, opts: { duration?: number; amount?: number }) {
  return autocannon({
    url: sc.target.url, method: 'POST', headers: headersOf(sc), connections, ...opts,
    requests: [{ setupRequest: (req) => ({ ...req, body: bodyOf(sc) }) }],
  });
}

/** Load for a while, so JIT and caches are warm before any scenario is measured. */
export async function warmUp(sc: Scenario, seconds: number, connections: number): Promise<void> {
  await load(sc, connections, { duration: seconds });
}

export async function measure(sc: Scenario, sqlStatementsPerRequest: number, seconds: number, connections: number): Promise<ScenarioResult> {
  const run = await load(sc, connections, { duration: seconds });
  return {
    key: sc.key,
    scenario: sc.name,
    server: sc.target.name,
    // Completed requests over the measured time: finer than autocannon's per-second average.
    requestsPerSecond: Math.round(run.requests.total / run.duration),
    latencyP50Ms: run.latency.p50,
    latencyP99Ms: run.latency.p99,
    latencyMeanMs: run.latency.average,
    non2xx: run.non2xx,
    errors: run.errors,
    sqlStatementsPerRequest,
    afterLoad: await check(sc),
  };
}

// Consumes over several real server processes on one database (MariaDB): the connections are split
// evenly over the processes, every request a new idempotency key, answers recorded by a
// ConsumeCheck (exactly-once, verified afterwards). Two cases:
// - distinct members: the group's members round robin, so concurrent writers rarely share a lock;
// - one hot member: every consume books on the same member's AMOUNT budget, so every write takes
//   the same row lock (the member's TOTAL counter row, src/services/counter.ts) and they commit
//   one after another: throughput is bounded by 1 ÷ (time that lock is held per write).
import { ConsumeCheck, CONSUME } from './exactly-once';
import { LatencySummary, load, Scenario, summarise, WarmUp } from './measure';
import { ServerProcess } from './server-processes';

export interface ProcessesResult {
  case: string;
  processes: number;
  connections: number;
  seconds: number;
  requests: number;
  /** Answers naming a use, per second of the measured window. */
  consumesPerSecond: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  non2xx: number;
  perProcess: Array<{ server: string; requests: number; cpuMsPerRequest: number; sqlStatementsPerRequest: number }>;
}

const round = (n: number) => Number(n.toFixed(3));

export async function consumeOverProcesses(
  servers: ServerProcess[], token: string, check: ConsumeCheck, o: { seconds: number; warmUp: WarmUp; connections: number },
): Promise<ProcessesResult> {
  const scenarios: Scenario[] = servers.map((target) => ({
    key: `processes-${target.name}`, name: check.name, target, token, query: CONSUME, variables: check.variables, record: check.record,
  }));
  const each = Math.max(1, Math.floor(o.connections / servers.length));
  // Each process is warmed on its own first: a process that has served no consume yet runs its
  // first seconds unoptimised (measured: 4.5 CPU ms per consume against 2.5 for the warm one).
  const alone: WarmUp = 'duration' in o.warmUp ? { duration: o.warmUp.duration * 3 } : { amount: o.warmUp.amount * 3 };
  for (const sc of scenarios) await load(sc, o.connections, alone);
  await Promise.all(scenarios.map((sc) => load(sc, each, o.warmUp)));

  const before = await Promise.all(servers.map((s) => s.stats()));
  const successesBefore = check.successes;
  const times: number[] = [];
  const started = process.hrtime.bigint();
  const runs = await Promise.all(scenarios.map((sc) => load(sc, each, { duration: o.seconds }, times)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = await Promise.all(servers.map((s) => s.stats()));
  const requests = runs.reduce((n, r) => n + r.requests.total, 0);
  return {
    case: check.name,
    processes: servers.length,
    connections: each * servers.length,
    seconds: round(seconds),
    requests,
    consumesPerSecond: Math.round((check.successes - successesBefore) / seconds),
    requestsPerSecond: Math.round(requests / seconds),
    latencyMs: summarise(times),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    perProcess: servers.map((s, i) => {
      const n = Math.max(1, runs[i].requests.total);
      return {
        server: s.name,
        requests: runs[i].requests.total,
        cpuMsPerRequest: round((after[i].cpuMicros - before[i].cpuMicros) / 1000 / n),
        sqlStatementsPerRequest: round((after[i].statements - before[i].statements) / n),
      };
    }),
  };
}

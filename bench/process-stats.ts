// What a bench server process reports about itself over IPC, and the child's side of that channel.
// Figures are totals since the process started; the parent takes differences around a window.
import fs from 'node:fs';
import inspector from 'node:inspector';
import { Logger as OrmLogger } from 'typeorm';
import { CATALOG_POLL_TAG } from '../src/services/catalog';

export interface ProcessStats {
  /** SQL statements the server sent (every statement TypeORM logs, minus the catalog's background poll). */
  statements: number;
  /** process.cpuUsage(): user + system CPU time of the whole process, in microseconds. */
  cpuMicros: number;
  rssBytes: number;
  heapUsedBytes: number;
}

/** Counts SQL statements as TypeORM sends them (keeps no texts, so it does not grow under load). */
export class StatementTally implements OrmLogger {
  count = 0;
  logQuery(query: string) {
    if (!query.startsWith(CATALOG_POLL_TAG)) this.count++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export type ParentRequest =
  | { kind: 'stats' }
  /** Full garbage collections (DevTools' "collect garbage": no --expose-gc needed), then a reply. */
  | { kind: 'gc' }
  | { kind: 'answers'; answers: Record<string, unknown> }
  /** CPU profile of this process (V8's sampling profiler, as node --cpu-prof) from start to stop, written to `file`. */
  | { kind: 'profile'; action: 'start' }
  | { kind: 'profile'; action: 'stop'; file: string };
export type ParentMessage = ParentRequest & { id: number };

export function statsNow(statements: number): ProcessStats {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  return { statements, cpuMicros: cpu.user + cpu.system, rssBytes: mem.rss, heapUsedBytes: mem.heapUsed };
}

let session: inspector.Session | null = null;
const post = (method: string, params?: object) => new Promise<any>((resolve, reject) => {
  session!.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result)));
});

async function profile(msg: Extract<ParentRequest, { kind: 'profile' }>): Promise<boolean> {
  if (msg.action === 'start') {
    session = new inspector.Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
    return true;
  }
  const { profile: result } = await post('Profiler.stop');
  fs.writeFileSync(msg.file, JSON.stringify(result));
  session!.disconnect();
  session = null;
  return true;
}

/** Two full collections with a turn of the event loop between (what one frees can let the next free more). */
async function collectGarbage(): Promise<boolean> {
  const gc = new inspector.Session();
  gc.connect();
  const collect = () => new Promise<void>((resolve, reject) => gc.post('HeapProfiler.collectGarbage', (err) => (err ? reject(err) : resolve())));
  try {
    await collect();
    await new Promise((r) => setImmediate(r));
    await collect();
  } finally {
    gc.disconnect();
  }
  return true;
}

/** Answers the parent's stats and profile requests (and, through `other`, anything else it asks). */
export function serveStats(statements: () => number, other?: (msg: ParentMessage) => unknown): void {
  process.on('message', async (msg: ParentMessage) => {
    let reply: unknown;
    try {
      reply = msg.kind === 'stats' ? statsNow(statements())
        : msg.kind === 'gc' ? await collectGarbage()
          : msg.kind === 'profile' ? await profile(msg) : other?.(msg);
    } catch (err) {
      reply = { error: String(err) };
    }
    process.send!({ kind: 'reply', id: msg.id, reply: reply ?? null });
  });
}

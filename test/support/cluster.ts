// Several real Aftercare server processes on one (already migrated) database, for concurrency
// tests. Each process runs test/support/server-process.ts under ts-node (transpile-only).
//
//   const c = await startCluster({ databaseUrl, processes: 2, now: new Date('2026-11-25T04:00:00Z') });
//   await c.gql(0, '{ tiers { code } }', {}, await c.token('ops_admin'));
//   await c.kill(1, 'SIGKILL');
//   await c.restart(1);          // a new process 1, same environment; c.urls[1] and c.pids[1] updated
//   await c.stop();
//
// The caller migrates the database first (e.g. with startTestServer({ databaseUrl }) or
// openDatabase); the processes never migrate, so they cannot race each other doing it, and fail at
// start if migrations are pending. `now` freezes every process's clock at that instant; without
// it the clocks are real and move, each shifted by `clockOffsetsMs[i]` (machines whose clocks
// disagree by seconds).
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/token';
import { GqlResult, JWT_SECRET } from './harness';

const REPO_ROOT = path.resolve(__dirname, '../..');
const ENTRY = path.join(REPO_ROOT, 'test/support/server-process.ts');
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const STDERR_KEEP = 64 * 1024;

export interface Cluster {
  /** GraphQL endpoint of each process, by index. */
  urls: string[];
  pids: number[];
  /** Sends `signal` (default SIGTERM) to one process and waits for it to exit (SIGKILL after 10 s). */
  kill(index: number, signal?: NodeJS.Signals): Promise<void>;
  /**
   * Starts process `index` afresh with the environment it was first started with (stopping it
   * first with SIGTERM if it still runs) and resolves with its new URL once it is READY. The new
   * process listens on a new port: `urls[index]` and `pids[index]` are updated in place. Rejects
   * (with the child's stderr) when it does not come up, e.g. while its database is unreachable;
   * calling it again then tries again.
   */
  restart(index: number): Promise<string>;
  /** SIGTERMs every live process and waits for all to exit (SIGKILL after 10 s). Idempotent. */
  stop(): Promise<void>;
  /** POSTs a GraphQL request to one process; `token` is a full bearer token (none when omitted). */
  gql<T = any>(index: number, query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  /** A token signed with the cluster's secret. */
  token(role: Role, sub?: string): Promise<string>;
  /** Whether process `index` is still running. */
  alive(index: number): boolean;
  /** What process `index` wrote to stderr (last 64 KiB), for diagnostics. */
  stderr(index: number): string;
}

interface Child {
  proc: ChildProcess;
  stderr: string;
  exited: Promise<void>;
  done: boolean;
}

// Every child this module started and that has not exited; killed outright if jest exits first.
const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const proc of live) {
      try {
        proc.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
}

const DEFAULT_SUB: Record<Role, string> = { customer: 'u-1', cs_agent: 'cs-1', ops_admin: 'ops-1', service: 'orders-1', merchant: 'm-1' };

function spawnOne(index: number, env: NodeJS.ProcessEnv): { child: Child; ready: Promise<string> } {
  // AFTERCARE_CLUSTER_ENTRY: a compiled server-process.js to run as is (as `node dist/…` runs), not under ts-node.
  const compiled = process.env.AFTERCARE_CLUSTER_ENTRY;
  const proc = spawn(process.execPath, compiled ? [path.resolve(compiled)] : ['-r', 'ts-node/register/transpile-only', ENTRY], {
    cwd: REPO_ROOT,
    env,
    // stdin stays open as a lifeline: the child exits when it reaches EOF (i.e. when we die).
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  live.add(proc);
  const child: Child = {
    proc,
    stderr: '',
    done: false,
    exited: new Promise<void>((resolve) => {
      proc.once('exit', () => {
        child.done = true;
        live.delete(proc);
        resolve();
      });
      proc.once('error', () => {
        // spawn failure: no 'exit' follows
        child.done = true;
        live.delete(proc);
        resolve();
      });
    }),
  };
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (chunk: string) => {
    child.stderr = (child.stderr + chunk).slice(-STDERR_KEEP);
  });
  proc.stdin!.on('error', () => {}); // EPIPE once the child is gone

  const ready = new Promise<string>((resolve, reject) => {
    let out = '';
    const describe = (why: string) =>
      new Error(`cluster process ${index} (pid ${proc.pid}) ${why}\n--- stderr ---\n${child.stderr || '(empty)'}\n--- stdout ---\n${out || '(empty)'}`);
    const timer = setTimeout(() => {
      cleanup();
      reject(describe(`was not READY within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: string) => {
      out += chunk;
      const m = /^READY (\S+)$/m.exec(out);
      if (m) {
        cleanup();
        resolve(m[1]);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      // stderr may still be draining; give it a moment so the error carries the cause
      setTimeout(() => reject(describe(`exited before READY (code ${code}, signal ${signal})`)), 50);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(describe(`could not be spawned: ${err.message}`));
    };
    function cleanup() {
      clearTimeout(timer);
      proc.stdout!.off('data', onData);
      proc.off('exit', onExit);
      proc.off('error', onError);
    }
    proc.stdout!.setEncoding('utf8');
    proc.stdout!.on('data', onData);
    proc.once('exit', onExit);
    proc.once('error', onError);
  });
  return { child, ready };
}

async function terminate(child: Child, signal: NodeJS.Signals): Promise<void> {
  if (child.done) return;
  try {
    child.proc.kill(signal);
  } catch {
    /* already gone */
  }
  let timer: NodeJS.Timeout | undefined;
  const escalate = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      if (!child.done) child.proc.kill('SIGKILL');
      resolve();
    }, STOP_GRACE_MS);
  });
  await Promise.race([child.exited, escalate]);
  clearTimeout(timer);
  await child.exited;
}

export async function startCluster(opts: {
  databaseUrl: string;
  processes: number;
  now?: Date;
  clockOffsetsMs?: number[];
  /** Extra environment per process (e.g. CATALOG_REFRESH_MS). */
  envs?: Array<Record<string, string>>;
}): Promise<Cluster> {
  if (!Number.isInteger(opts.processes) || opts.processes < 1) throw new Error('processes must be a positive integer');
  installExitHook();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: opts.databaseUrl,
    AUTH_JWT_SECRET: JWT_SECRET,
    BUSINESS_TIMEZONE: process.env.BUSINESS_TIMEZONE || 'Asia/Shanghai',
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.CLUSTER_LOG_LEVEL || 'error',
    AFTERCARE_SKIP_MIGRATIONS: '1',
    TS_NODE_TRANSPILE_ONLY: 'true',
    TS_NODE_PROJECT: path.join(REPO_ROOT, 'tsconfig.json'),
  };
  if (opts.now) env.AFTERCARE_TEST_NOW = opts.now.toISOString();
  else delete env.AFTERCARE_TEST_NOW;
  // jest may set NODE_OPTIONS for its own workers; the children must not inherit e.g. inspector flags
  delete env.NODE_OPTIONS;

  const envOf = (i: number): NodeJS.ProcessEnv => ({ ...env, AFTERCARE_TEST_CLOCK_OFFSET_MS: String(opts.clockOffsetsMs?.[i] ?? 0), ...opts.envs?.[i] });
  const started = Array.from({ length: opts.processes }, (_, i) => spawnOne(i, envOf(i)));
  // By index, the current process; restart() replaces entries, so stop() always sees the current ones.
  const children = started.map((s) => s.child);
  const stop = async () => {
    await Promise.all(children.map((c) => terminate(c, 'SIGTERM')));
  };

  let urls: string[];
  try {
    urls = await Promise.all(started.map((s) => s.ready));
  } catch (err) {
    await stop();
    throw err;
  }
  // Started and healthy: do not let them keep the test runner alive. Should a test forget stop(),
  // the runner exits, the stdin lifelines close and the children shut themselves down.
  const detach = (c: Child) => {
    c.proc.unref();
    for (const s of [c.proc.stdin, c.proc.stdout, c.proc.stderr]) (s as unknown as { unref?: () => void } | null)?.unref?.();
  };
  for (const c of children) detach(c);
  const pids = children.map((c) => c.proc.pid!);

  const check = (index: number) => {
    if (!Number.isInteger(index) || index < 0 || index >= children.length) throw new Error(`no cluster process ${index}`);
    return children[index];
  };

  const restarting = new Map<number, Promise<string>>();
  const restart = async (index: number): Promise<string> => {
    await terminate(check(index), 'SIGTERM');
    const { child, ready } = spawnOne(index, envOf(index));
    children[index] = child; // stop() now stops this one, even before it is READY
    pids[index] = child.proc.pid!;
    const url = await ready.catch(async (err) => {
      await terminate(child, 'SIGKILL');
      throw err;
    });
    detach(child);
    urls[index] = url;
    return url;
  };

  return {
    urls,
    pids,
    kill: (index, signal = 'SIGTERM') => terminate(check(index), signal),
    restart(index) {
      check(index);
      // One restart of a process at a time: a second call while one runs waits for it.
      const running = restarting.get(index);
      if (running) return running;
      const p = restart(index).finally(() => restarting.delete(index));
      restarting.set(index, p);
      return p;
    },
    stop,
    async gql(index, query, variables, token) {
      check(index);
      const url = urls[index];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      let body: { data?: any; errors?: GqlResult['errors'] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`process ${index} answered ${res.status} with non-JSON: ${text.slice(0, 500)}`);
      }
      return { status: res.status, data: body.data, errors: body.errors };
    },
    token: (role, sub = DEFAULT_SUB[role]) => signToken(JWT_SECRET, sub, [role], '1h', role === 'merchant' ? { merchantId: sub } : {}),
    alive: (index) => !check(index).done,
    stderr: (index) => check(index).stderr,
  };
}

// Starts the bench's servers as child processes (node -r ts-node/register/transpile-only …) with an
// IPC channel, so the load generator in the parent never shares a thread with the server it
// measures: the real server (real-server-process.ts) on a migrated, seeded database, and the
// reference server (reference-server.ts). Each reports its statements, CPU time and memory on request.
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { ParentRequest, ProcessStats } from './process-stats';

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const STDERR_KEEP = 16 * 1024;

export interface ServerProcess {
  /** What it is, for tables: 'real', 'reference', 'real #2', … */
  name: string;
  url: string;
  pid: number;
  stats(): Promise<ProcessStats>;
  /** Full garbage collections in the process, so a memory reading that follows counts what is kept. */
  gc(): Promise<void>;
  /** Reference server only: the canned answers, by root field. */
  setAnswers(answers: Record<string, unknown>): Promise<void>;
  /** Starts V8's CPU profiler in the process; `stopProfile` writes the profile (.cpuprofile) to `file`. */
  startProfile(): Promise<void>;
  stopProfile(file: string): Promise<void>;
  /** SIGTERM, wait for exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  env: NodeJS.ProcessEnv;
  /** Extra node flags. */
  nodeFlags?: string[];
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function start(entry: string, opts: StartOptions): Promise<ServerProcess> {
  const child = fork(path.join(__dirname, entry), [], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, ...opts.env },
    execArgv: [...(opts.nodeFlags ?? []), '-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  live.add(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEEP);
    process.stderr.write(`[${opts.name}] ${chunk}`);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    live.delete(child);
    resolve(code);
  }));

  let seq = 0;
  const pending = new Map<number, (reply: unknown) => void>();
  const ask = <T>(msg: ParentRequest): Promise<T> => new Promise((resolve, reject) => {
    if (!child.connected) return reject(new Error(`${opts.name} (pid ${child.pid}) is gone\n${stderr}`));
    const id = ++seq;
    pending.set(id, resolve as (reply: unknown) => void);
    child.send({ ...msg, id });
  });

  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${opts.name} was not ready within ${READY_TIMEOUT_MS / 1000} s\n${stderr}`)), READY_TIMEOUT_MS);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${opts.name} exited with ${code} before it was ready\n${stderr}`));
    });
    child.on('message', (msg: { kind: string; id?: number; url?: string; reply?: unknown }) => {
      if (msg.kind === 'reply') {
        pending.get(msg.id!)?.(msg.reply);
        pending.delete(msg.id!);
        return;
      }
      if (msg.kind !== 'ready') return;
      clearTimeout(timer);
      resolve({
        name: opts.name,
        url: msg.url!,
        pid: child.pid!,
        stats: () => ask<ProcessStats>({ kind: 'stats' }),
        gc: async () => void (await ask({ kind: 'gc' })),
        setAnswers: async (answers) => void (await ask({ kind: 'answers', answers })),
        startProfile: async () => void (await ask({ kind: 'profile', action: 'start' })),
        stopProfile: async (file) => void (await ask({ kind: 'profile', action: 'stop', file })),
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
          await exited;
          clearTimeout(kill);
        },
      });
    });
  });
}

export interface RealServerOptions {
  databaseUrl: string;
  secret: string;
  timeZone: string;
  nodeFlags?: string[];
}

/** The real server on `databaseUrl` (already migrated and seeded), in production mode. */
export function startRealServer(name: string, o: RealServerOptions): Promise<ServerProcess> {
  return start('real-server-process.ts', {
    name,
    nodeFlags: o.nodeFlags,
    env: {
      NODE_ENV: 'production', DATABASE_URL: o.databaseUrl, AUTH_JWT_SECRET: o.secret, BUSINESS_TIMEZONE: o.timeZone,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
  });
}

export function startReferenceServer(secret: string): Promise<ServerProcess> {
  return start('reference-server.ts', { name: 'reference', env: { NODE_ENV: 'production', AUTH_JWT_SECRET: secret } });
}

// Model-based test: random sequences of hold (with an expiry), consume, capture, release, reverse
// (uses with a cause that spends quota, and exempt ones, cause LOGISTICS, that count apart),
// replayed keys, clock advances, hold sweeps and batches of concurrent writes, run against the
// real server and an in-memory model. After every step the entitlement matches the model; a
// concurrent batch must be explained by SOME serial order of its requests (each answer, figures
// included, is what the model gives at that point of the order), and at the end the counters
// match the model and the ledger.
//
// Runs twice: against one server, and against two servers on one database whose clocks differ by
// a few seconds, with each request (and each sweep) sent to either. A hold's expiry is judged by
// the clock of the server that handles the request, exactly as the model does.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { sweepExpiredHolds } from '../../src/services/hold-sweep';
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { dropDatabase, freshDatabaseUrl, GqlResult, onMysql, startTestServer, TestServer } from '../support/harness';
import { CAPTURE, CONSUME, expectLedgerClean, HOLD, newKey, RELEASE, REVERSE } from '../support/usage-ops';

const LIMIT = 5;
const BENEFIT = 'FREE_RETURN_SHIPPING';
/** Every run starts here; a run advances the clock by at most 25 × 15 min, so stays in one month. */
const START = Date.parse('2026-11-10T04:00:00Z');
/**
 * No background sweep: only the Sweep command (and batches) expire holds, so the model knows when.
 * A hold without expiresInSeconds gets the default TTL, short enough to expire within a run.
 */
const CONFIG = { holdSweepSeconds: 0, holdTtlSeconds: 900 };
/** How far the second server's clock is ahead of the first's. */
const SKEW_MS = 3000;
const label = onMysql() ? 'MySQL/MariaDB' : 'SQLite';

type State = 'HELD' | 'CAPTURED' | 'RELEASED' | 'REVERSED' | 'EXPIRED';
interface Entry {
  id: string;
  state: State;
  /** ms; null for a consume */
  expiresAt: number | null;
  /** its cause does not spend quota: counted as exemptUsed/exemptHeld, never refused for quota */
  exempt: boolean;
}
type MoveKind = 'capture' | 'release' | 'reverse';
type Op = { kind: 'hold' | 'consume'; ttl: number | null; exempt: boolean } | { kind: MoveKind; target: number };
interface Sent {
  op: Op;
  server: number;
  input: Record<string, unknown>;
  data: any;
}
interface Model {
  entries: Entry[];
  /** the model's clock (ms); server k reads now + env.skew[k] */
  now: number;
  last: Sent | null;
}
interface Real {
  userId: string;
}
interface Env {
  servers: TestServer[];
  skew: number[];
  ttlDefault: number;
}

const DOCS = { hold: HOLD, consume: CONSUME, capture: CAPTURE, release: RELEASE, reverse: REVERSE } as const;
const MOVES: Record<MoveKind, [State, State]> = { capture: ['HELD', 'CAPTURED'], release: ['HELD', 'RELEASED'], reverse: ['CAPTURED', 'REVERSED'] };
const isUse = (op: Op): op is Extract<Op, { kind: 'hold' | 'consume' }> => op.kind === 'hold' || op.kind === 'consume';

// ---- the model ---------------------------------------------------------------------------------

const clockOf = (env: Env, m: Model, server: number) => m.now + env.skew[server];
const liveAt = (e: Entry, at: number) => e.state === 'HELD' && e.expiresAt! > at;
const clone = (m: Model): Model => ({ ...m, entries: m.entries.map((e) => ({ ...e })) });

function figures(m: Model, at: number) {
  const count = (exempt: boolean) => m.entries.filter((e) => e.exempt === exempt);
  const used = count(false).filter((e) => e.state === 'CAPTURED').length;
  const held = count(false).filter((e) => liveAt(e, at)).length;
  const exemptUsed = count(true).filter((e) => e.state === 'CAPTURED').length;
  const exemptHeld = count(true).filter((e) => liveAt(e, at)).length;
  return { used, held, exemptUsed, exemptHeld, remaining: Math.max(0, LIMIT - used - held) };
}

type Decision = { refused: string } | { add: Omit<Entry, 'id'> } | { move: number; to: State };

/** What the service must answer to `op` at instant `at` (the handling server's clock). */
function decide(env: Env, m: Model, op: Op, at: number): Decision {
  if (isUse(op)) {
    if (!op.exempt && figures(m, at).remaining < 1) return { refused: 'QUOTA_EXHAUSTED' };
    const exempt = op.exempt;
    return { add: op.kind === 'hold' ? { state: 'HELD', expiresAt: at + (op.ttl ?? env.ttlDefault) * 1000, exempt } : { state: 'CAPTURED', expiresAt: null, exempt } };
  }
  const e = m.entries[op.target];
  const [from, to] = MOVES[op.kind];
  if (e.state !== from) return { refused: 'INVALID_STATE' };
  // release of a hold past its expiresAt (not yet swept) is allowed; capture is not
  if (op.kind === 'capture' && e.expiresAt! <= at) return { refused: 'HOLD_EXPIRED' };
  // … nor is capture of a hold whose quota a server with a faster clock gave away: it must still
  // fit, decided as for a new use without it
  if (op.kind === 'capture' && !e.exempt) {
    const others = { ...m, entries: m.entries.filter((_, i) => i !== op.target) };
    if (figures(others, at).remaining < 1) return { refused: 'HOLD_EXPIRED' };
  }
  return { move: op.target, to };
}

/** Applies a decision that granted the request; `id` is the new use's id (from the answer). */
function apply(m: Model, d: Decision, id?: string) {
  if ('add' in d) m.entries.push({ id: id!, ...d.add });
  else if ('move' in d) m.entries[d.move].state = d.to;
}

/** Sweeping at `at` expires every HELD use due by then. */
function sweep(m: Model, at: number): number {
  const due = m.entries.filter((e) => e.state === 'HELD' && e.expiresAt! <= at);
  for (const e of due) e.state = 'EXPIRED';
  return due.length;
}

/** Deep equality of JSON values; answers are parsed in another realm, so compare them as plain JSON. */
const same = (a: unknown, b: unknown) => isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const codesOf = (p: any): string[] => p.userErrors.map((e: { code: string }) => e.code);
const brief = (p: any) => (p.userErrors.length ? codesOf(p).join(',') : `ok ${p.usage.state} ${JSON.stringify(pickFigures(p.entitlement))}`);
const pickFigures = (e: any) => ({ used: e?.used, held: e?.held, exemptUsed: e?.exemptUsed, exemptHeld: e?.exemptHeld, remaining: e?.remaining });

/** Why answer `p` to `op` (sent with `input`) is not what the model says at `at`; null when it is. */
function mismatch(env: Env, m: Model, op: Op, input: Record<string, unknown>, at: number, p: any): string | null {
  const d = decide(env, m, op, at);
  if ('refused' in d) {
    return same(codesOf(p), [d.refused]) && p.usage === null ? null : `expected ${d.refused}, got ${brief(p)}`;
  }
  if (p.userErrors.length || !p.usage) return `expected success, got ${brief(p)}`;
  const after = clone(m);
  apply(after, d, p.usage.id);
  const entry = 'add' in d ? after.entries[after.entries.length - 1] : after.entries[d.move];
  const want = { id: entry.id, state: entry.state, expiresAt: iso(entry.expiresAt), ...figures(after, at) };
  const got = { id: p.usage.id, state: p.usage.state, expiresAt: p.usage.expiresAt, ...pickFigures(p.entitlement) };
  if (!isUse(op) && input.usageId !== p.usage.id) return `answered for use ${p.usage.id}, asked ${input.usageId}`;
  return same(want, got) ? null : `expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
}

/** What the runs exercised, for the summary line (a property that never hits an edge proves little). */
const stats: Record<string, number> = {};
const bump = (what: string, n = 1) => (stats[what] = (stats[what] ?? 0) + n);

/** Counts what kind of decision the model took for `op` at `at`. */
function tally(env: Env, m: Model, op: Op, at: number) {
  const d = decide(env, m, op, at);
  bump('refused' in d ? d.refused : `${op.kind}${isUse(op) && op.exempt ? ' (exempt)' : ''} ok`);
  if (op.kind === 'release' && !('refused' in d) && m.entries[op.target].expiresAt! <= at) bump('release of expired hold');
  if ((op.kind === 'capture' || op.kind === 'release') && m.entries[op.target].state === 'HELD' && m.entries[op.target].expiresAt === at) bump(`${op.kind} at the hold's expiresAt`);
  if (isUse(op) && !('refused' in d) && m.entries.filter((e) => e.state === 'HELD' || e.state === 'CAPTURED').length >= LIMIT) bump('use granted by an expired hold');
  // the same request on the other server's clock would have been decided otherwise
  const other = env.skew.map((sk) => m.now + sk).filter((t) => t !== at);
  const outcome = (x: Decision) => ('refused' in x ? x.refused : 'ok');
  if (other.some((t) => outcome(decide(env, m, op, t)) !== outcome(d))) bump('decided by skew');
}

// ---- talking to the servers --------------------------------------------------------------------

function inputOf(real: Real, m: Model, op: Op, key: string): Record<string, unknown> {
  if (isUse(op)) {
    return {
      userId: real.userId, benefitCode: BENEFIT, idempotencyKey: key, ...(op.exempt ? { cause: 'LOGISTICS' } : {}),
      ...(op.kind === 'hold' && op.ttl !== null ? { expiresInSeconds: op.ttl } : {}),
    };
  }
  return { usageId: m.entries[op.target].id, idempotencyKey: key };
}

async function send(env: Env, server: number, op: Op, input: Record<string, unknown>) {
  const r = await env.servers[server].gql(DOCS[op.kind], { input }, 'cs_agent');
  if (r.errors) throw new Error(`${op.kind} on server ${server}: ${JSON.stringify(r.errors)}`);
  return r.data;
}
const payloadOf = (data: any) => Object.values(data)[0] as any;

/** One request, alone: its answer must be the model's; the model then follows it. */
async function runOne(env: Env, m: Model, real: Real, op: Op, server: number, key = newKey('model')) {
  const input = inputOf(real, m, op, key);
  const at = clockOf(env, m, server);
  const data = await send(env, server, op, input);
  const p = payloadOf(data);
  const why = mismatch(env, m, op, input, at, p);
  if (why) throw new Error(`${describeOp(op)} on server ${server} at ${iso(at)}: ${why}\nmodel: ${describeModel(m)}`);
  tally(env, m, op, at);
  const d = decide(env, m, op, at);
  if (!('refused' in d)) apply(m, d, p.usage?.id);
  m.last = { op, server, input, data };
}

const FIGURES_AND_USES = `query($id: ID!, $after: String) { user(id: $id) {
  entitlements { benefit { code } used held exemptUsed exemptHeld remaining }
  usage(first: 100, after: $after, benefitCode: "${BENEFIT}") { edges { node { id state expiresAt } } pageInfo { hasNextPage endCursor } } } }`;

/** Every use's state and expiry, and the entitlement figures on every server, equal the model. */
async function readBack(env: Env, real: Real, server = 0) {
  const uses: Record<string, { state: string; expiresAt: string | null }> = {};
  let after: string | null = null;
  let figs: unknown;
  for (;;) {
    const r: GqlResult = await env.servers[server].gql(FIGURES_AND_USES, { id: real.userId, after });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const user: any = r.data.user;
    figs ??= pickFigures(user.entitlements.find((e: any) => e.benefit.code === BENEFIT));
    for (const { node } of user.usage.edges) uses[node.id] = { state: node.state, expiresAt: node.expiresAt };
    if (!user.usage.pageInfo.hasNextPage) break;
    after = user.usage.pageInfo.endCursor;
  }
  return { uses, figures: figs };
}

const usesOf = (m: Model) => Object.fromEntries(m.entries.map((e) => [e.id, { state: e.state, expiresAt: iso(e.expiresAt) }]));

async function expectMatchesModel(env: Env, m: Model, real: Real) {
  for (let k = 0; k < env.servers.length; k++) {
    const got = await readBack(env, real, k);
    expect({ server: k, ...got }).toEqual({ server: k, uses: usesOf(m), figures: figures(m, clockOf(env, m, k)) });
  }
}

/** Even picks aim at a use in the move's from-state (if any), odd picks at any use. */
function targetOf(m: Readonly<Model>, kind: MoveKind, pick: number): number {
  const all = m.entries.map((_, i) => i);
  const fitting = all.filter((i) => m.entries[i].state === MOVES[kind][0]);
  const pool = pick % 2 === 0 && fitting.length ? fitting : all;
  return pool[(pick >> 1) % pool.length];
}

const describeOp = (op: Op) =>
  (isUse(op) ? `${op.kind}${op.exempt ? '[exempt]' : ''}${op.kind === 'hold' ? `(ttl ${op.ttl ?? 'default'})` : ''}` : `${op.kind}(#${op.target})`);
const describeModel = (m: Model) =>
  `now ${iso(m.now)}; ` + m.entries.map((e, i) => `#${i} ${e.state}${e.exempt ? ' exempt' : ''}${e.expiresAt !== null ? ` until ${iso(e.expiresAt)}` : ''}`).join('; ');

// ---- commands ----------------------------------------------------------------------------------

type Cmd = fc.AsyncCommand<Model, Real>;

class Use implements Cmd {
  constructor(readonly env: Env, readonly kind: 'hold' | 'consume', readonly ttl: number | null, readonly server: number, readonly exempt = false) {}
  check = () => true;
  run = (m: Model, real: Real) => runOne(this.env, m, real, { kind: this.kind, ttl: this.ttl, exempt: this.exempt }, this.server % this.env.servers.length);
  toString = () => `${describeOp({ kind: this.kind, ttl: this.ttl, exempt: this.exempt })}@${this.server % this.env.servers.length}`;
}

class Move implements Cmd {
  constructor(readonly env: Env, readonly kind: MoveKind, readonly pick: number, readonly server: number) {}
  check = (m: Readonly<Model>) => m.entries.length > 0;
  run = (m: Model, real: Real) => runOne(this.env, m, real, { kind: this.kind, target: targetOf(m, this.kind, this.pick) }, this.server % this.env.servers.length);
  toString = () => `${this.kind}(${this.pick})@${this.server % this.env.servers.length}`;
}

/**
 * Repeats the previous request with its key (maybe on the other server): a granted one gets the
 * same answer and nothing changes; a refused one left its key free and is decided afresh.
 */
class Replay implements Cmd {
  constructor(readonly env: Env, readonly server: number) {}
  check = (m: Readonly<Model>) => m.last !== null;
  async run(m: Model, real: Real) {
    const { op, input, data } = m.last!;
    const server = this.server % this.env.servers.length;
    if (payloadOf(data).userErrors.length === 0) {
      expect(await send(this.env, server, op, input)).toEqual(data);
      return;
    }
    await runOne(this.env, m, real, op, server, input.idempotencyKey as string);
  }
  toString = () => `replay@${this.server % this.env.servers.length}`;
}

/** Time passes on every server alike: holds reach their expiresAt and stop counting. */
class Advance implements Cmd {
  constructor(readonly env: Env, readonly seconds: number) {}
  check = () => true;
  async run(m: Model, real: Real) {
    m.now += this.seconds * 1000;
    for (const s of this.env.servers) s.clock.advance(this.seconds * 1000);
    await expectMatchesModel(this.env, m, real);
  }
  toString = () => `advance(${this.seconds}s)`;
}

/**
 * Time passes up to a live hold's expiresAt, give or take a moment (seconds): lands on the instant
 * itself, or between the two servers' views of it.
 */
class AdvanceToExpiry implements Cmd {
  constructor(readonly env: Env, readonly pick: number, readonly delta: number) {}
  check = (m: Readonly<Model>) => m.entries.some((e) => liveAt(e, m.now));
  async run(m: Model, real: Real) {
    const live = m.entries.filter((e) => liveAt(e, m.now));
    const ms = Math.max(0, live[this.pick % live.length].expiresAt! + this.delta * 1000 - m.now);
    m.now += ms;
    for (const s of this.env.servers) s.clock.advance(ms);
    await expectMatchesModel(this.env, m, real);
  }
  toString = () => `advanceToExpiry(${this.pick}, ${this.delta}s)`;
}

/** The hold sweep, by one server's clock: due holds become EXPIRED, figures do not change. */
class Sweep implements Cmd {
  constructor(readonly env: Env, readonly server: number) {}
  check = () => true;
  async run(m: Model, real: Real) {
    const k = this.server % this.env.servers.length;
    const s = this.env.servers[k];
    const n = await sweepExpiredHolds(s.db, s.clock.read());
    // other members' holds (earlier runs) may be due too
    const expired = sweep(m, clockOf(this.env, m, k));
    bump('holds swept', expired);
    expect(n).toBeGreaterThanOrEqual(expired);
    await expectMatchesModel(this.env, m, real);
  }
  toString = () => `sweep@${this.server % this.env.servers.length}`;
}

interface BatchSpec {
  kind: Op['kind'] | 'sweep';
  pick: number;
  ttl: number | null;
  server: number;
  /** repeat an earlier request of the batch, same key and payload (sent to this spec's server) */
  dup: number | null;
  /** a use whose cause does not spend quota */
  exempt: boolean;
}

interface Flight {
  op: Op;
  server: number;
  at: number;
  input: Record<string, unknown>;
  key: string;
  data?: any;
}

/**
 * N requests at once. Afterwards there must be a serial order of them (and of a concurrent sweep,
 * if any) in which each answer is exactly the model's at that point, and which ends in the states
 * read back from the API. The model then takes that order.
 */
class Batch implements Cmd {
  constructor(readonly env: Env, readonly specs: BatchSpec[]) {}
  check = () => true;

  async run(m: Model, real: Real) {
    const env = this.env;
    const flights: Flight[] = [];
    let sweepServer: number | null = null;
    this.specs.forEach((sp, i) => {
      const server = sp.server % env.servers.length;
      if (sp.dup !== null && i > 0) {
        const orig = flights[sp.dup % flights.length];
        if (orig) return void flights.push({ ...orig, server, at: clockOf(env, m, server) });
      }
      if (sp.kind === 'sweep') {
        sweepServer ??= server;
        return;
      }
      const op: Op = sp.kind === 'hold' || sp.kind === 'consume' || m.entries.length === 0
        ? { kind: sp.kind === 'consume' ? 'consume' : 'hold', ttl: sp.ttl, exempt: sp.exempt }
        : { kind: sp.kind, target: targetOf(m, sp.kind, sp.pick) };
      const key = newKey('batch');
      flights.push({ op, server, at: clockOf(env, m, server), input: inputOf(real, m, op, key), key });
    });

    const sweeper = sweepServer === null ? null : env.servers[sweepServer];
    const [swept, ...datas] = await Promise.all([
      sweeper ? sweepExpiredHolds(sweeper.db, sweeper.clock.read()) : Promise.resolve(0),
      ...flights.map((f) => send(env, f.server, f.op, f.input)),
    ]);
    flights.forEach((f, i) => (f.data = datas[i]));
    const observed = await readBack(env, real);
    const context = () =>
      `model before: ${describeModel(m)}\nbatch:\n` +
      flights.map((f, i) => `  [${i}] ${describeOp(f.op)} key …${f.key.slice(-4)} on server ${f.server} at ${iso(f.at)} → ${brief(payloadOf(f.data))}`).join('\n') +
      (sweepServer !== null ? `\n  sweep on server ${sweepServer} at ${iso(clockOf(env, m, sweepServer))} → ${swept}` : '') +
      `\nstates after: ${JSON.stringify(observed.uses)}`;

    // The plain counts first (clear failures), then the full serial-order check.
    const byKey = new Map<string, Flight>();
    for (const f of flights) byKey.set(f.key, f);
    const distinct = [...byKey.values()];
    for (const f of flights) {
      const p = payloadOf(f.data);
      const allowed = isUse(f.op) ? ['QUOTA_EXHAUSTED'] : f.op.kind === 'capture' ? ['INVALID_STATE', 'HOLD_EXPIRED'] : ['INVALID_STATE'];
      if (p.userErrors.length && !(p.userErrors.length === 1 && allowed.includes(codesOf(p)[0]))) throw new Error(`unexpected refusal ${brief(p)}\n${context()}`);
    }
    const ok = (f: Flight) => payloadOf(f.data).userErrors.length === 0;
    const granted = distinct.filter(ok);
    for (const [i, e] of m.entries.entries()) {
      const moves = granted.filter((f) => !isUse(f.op) && f.op.target === i).map((f) => f.op.kind);
      if (moves.includes('capture') && moves.includes('release')) throw new Error(`use #${i} both captured and released\n${context()}`);
      for (const k of new Set(moves)) if (moves.filter((x) => x === k).length > 1) throw new Error(`use #${i} (${e.id}): ${k} succeeded twice\n${context()}`);
    }
    const usesGranted = granted.filter((f) => isUse(f.op) && !f.op.exempt).length;
    const freed = granted.filter((f) => f.op.kind === 'reverse' || f.op.kind === 'release').length;
    const latest = Math.max(...env.skew.map((_, k) => clockOf(env, m, k)));
    if (usesGranted > figures(m, latest).remaining + freed) throw new Error(`${usesGranted} uses granted, quota allowed at most ${figures(m, latest).remaining + freed}\n${context()}`);
    // identical requests got identical answers when one of them was granted
    for (const f of flights) {
      const first = byKey.get(f.key)!;
      if (ok(first) && ok(f)) expect(f.data).toEqual(first.data);
    }

    const order = serialOrder(env, m, flights, sweepServer, observed.uses);
    if (!order) throw new Error(`no serial order explains the batch\n${context()}`);
    // the model takes that order
    const claimed = new Set<string>();
    for (const step of order) {
      if (step === 'sweep' || step === 'skipped sweep') {
        bump('holds swept', step === 'sweep' ? sweep(m, clockOf(env, m, sweepServer!)) : 0);
        bump(`batch ${step}`);
        continue;
      }
      const f = flights[step];
      if (claimed.has(f.key)) {
        bump('repeat answered from its key');
        continue;
      }
      tally(env, m, f.op, f.at);
      const d = decide(env, m, f.op, f.at);
      if (!('refused' in d)) {
        apply(m, d, payloadOf(f.data).usage.id);
        claimed.add(f.key);
        m.last = { op: f.op, server: f.server, input: f.input, data: f.data };
      }
    }
    const sent = order.filter((x): x is number => typeof x === 'number');
    if (sent.some((x, i) => i > 0 && x < sent[i - 1])) bump('batch serialized out of sending order');
    bump('batch');
    await expectMatchesModel(env, m, real);
  }

  toString = () =>
    `batch[${this.specs.map((s, i) => (s.dup !== null && i > 0 ? `dup(${s.dup})` : s.kind === 'hold' ? `hold(${s.ttl ?? '-'})` : s.kind === 'consume' || s.kind === 'sweep' ? s.kind : `${s.kind}(${s.pick})`) + `@${s.server}`).join(', ')}]`;
}

type Step = number | 'sweep' | 'skipped sweep';

/**
 * Depth-first search for an order of the flights (and of the sweep) in which every answer is the
 * model's. A repeat of a key granted earlier in the order must return that answer unchanged.
 * A sweep expires what is due at its place in the order; on MySQL/MariaDB it may instead have
 * skipped the member (SKIP LOCKED: a writer held the lock) and changed nothing.
 */
function serialOrder(env: Env, m0: Model, flights: Flight[], sweepServer: number | null, after: Record<string, { state: string }>): Step[] | null {
  const n = flights.length;
  const all = (1 << n) - 1;
  const dead = new Set<string>();
  const endsRight = (m: Model) =>
    m.entries.length === Object.keys(after).length && m.entries.every((e) => after[e.id]?.state === e.state);

  const dfs = (m: Model, mask: number, swept: boolean, claimed: Map<string, number>, order: Step[]): Step[] | null => {
    if (mask === all && (swept || sweepServer === null)) return endsRight(m) ? order : null;
    const memo = `${mask}|${swept}|${m.entries.map((e) => e.state).join()}`;
    if (dead.has(memo)) return null;
    if (!swept && sweepServer !== null) {
      for (const step of onMysql() ? (['sweep', 'skipped sweep'] as const) : (['sweep'] as const)) {
        const next = clone(m);
        if (step === 'sweep') sweep(next, clockOf(env, m, sweepServer));
        const r = dfs(next, mask, true, claimed, [...order, step]);
        if (r) return r;
      }
    }
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      const f = flights[i];
      const p = payloadOf(f.data);
      const owner = claimed.get(f.key);
      let next = m;
      let nextClaimed = claimed;
      if (owner !== undefined) {
        if (!same(f.data, flights[owner].data)) continue;
      } else {
        if (mismatch(env, m, f.op, f.input, f.at, p)) continue;
        const d = decide(env, m, f.op, f.at);
        if (!('refused' in d)) {
          next = clone(m);
          apply(next, d, p.usage.id);
          nextClaimed = new Map(claimed).set(f.key, i);
        }
      }
      const r = dfs(next, mask | (1 << i), swept, nextClaimed, [...order, i]);
      if (r) return r;
    }
    dead.add(memo);
    return null;
  };
  return dfs(clone(m0), 0, false, new Map(), []);
}

// ---- the property ------------------------------------------------------------------------------

const ttlArb = fc.oneof(
  { arbitrary: fc.constantFrom(60, 90, 120), weight: 4 },
  { arbitrary: fc.integer({ min: 60, max: 600 }), weight: 2 },
  { arbitrary: fc.constant(null), weight: 1 },
);
// multiples of 30 s land exactly on expiries; a few seconds land inside the clock skew
const advanceArb = fc.oneof(
  { arbitrary: fc.constantFrom(30, 60, 90, 120), weight: 3 },
  { arbitrary: fc.integer({ min: 30, max: 400 }), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 2 },
);
const serverArb = fc.nat(1);
const batchSpecArb = fc.record({
  kind: fc.oneof(
    { arbitrary: fc.constantFrom('hold', 'consume', 'capture', 'release', 'reverse') as fc.Arbitrary<BatchSpec['kind']>, weight: 12 },
    { arbitrary: fc.constant('sweep' as const), weight: 1 },
  ),
  pick: fc.nat(40),
  ttl: ttlArb,
  server: serverArb,
  dup: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.nat(7), weight: 1 }),
  exempt: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
});

const batchArb = (env: Env) => fc.array(batchSpecArb, { minLength: 2, maxLength: 8 }).map((specs) => new Batch(env, specs));

/** Advances are listed three times and batches twice: time has to pass for holds to expire, and races are the point. */
function commandsFor(env: Env) {
  return fc.commands(
    [
      fc.tuple(ttlArb, serverArb).map(([ttl, k]) => new Use(env, 'hold', ttl, k)),
      serverArb.map((k) => new Use(env, 'consume', null, k)),
      fc.tuple(fc.constantFrom('hold' as const, 'consume' as const), ttlArb, serverArb).map(([kind, ttl, k]) => new Use(env, kind, kind === 'hold' ? ttl : null, k, true)),
      fc.tuple(fc.nat(40), serverArb).map(([n, k]) => new Move(env, 'capture', n, k)),
      fc.tuple(fc.nat(40), serverArb).map(([n, k]) => new Move(env, 'release', n, k)),
      fc.tuple(fc.nat(40), serverArb).map(([n, k]) => new Move(env, 'reverse', n, k)),
      serverArb.map((k) => new Replay(env, k)),
      advanceArb.map((sec) => new Advance(env, sec)),
      advanceArb.map((sec) => new Advance(env, sec)),
      advanceArb.map((sec) => new Advance(env, sec)),
      fc.tuple(fc.nat(10), fc.constantFrom(-SKEW_MS / 1000, -1, 0, 1)).map(([n, d]) => new AdvanceToExpiry(env, n, d)),
      serverArb.map((k) => new Sweep(env, k)),
      batchArb(env),
      batchArb(env),
    ],
    { maxCommands: 25, size: 'max' },
  );
}

let runNo = 0;
/** 60-80 runs of up to 25 commands: about 45 s on MariaDB on a busy 2-core machine, so more than jest's 60 s default. */
const PROPERTY_TIMEOUT_MS = 180_000;

async function setUpCatalog(s: TestServer) {
  s.clock.set('2026-11-01T00:00:00Z');
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: BENEFIT, kind: 'COUNT', unit: 'return' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: BENEFIT, limit: LIMIT, period: 'CALENDAR_MONTH' });
}

async function checkProperty(env: Env, numRuns: number) {
  const t0 = Date.now();
  let commands = 0;
  let batches = 0;
  await fc.assert(
    fc.asyncProperty(commandsFor(env), async (cmds) => {
      const userId = `model-${process.pid}-${++runNo}`;
      env.servers.forEach((s, k) => s.clock.set(new Date(START + env.skew[k])));
      await assignMembership(env.servers[0], { userId, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
      const model: Model = { entries: [], now: START, last: null };
      const real: Real = { userId };
      for (const c of cmds) {
        commands++;
        if (String(c).startsWith('batch')) batches++;
      }
      await fc.asyncModelRun(() => ({ model, real }), cmds);
      await expectMatchesModel(env, model, real);
      // the counter rows equal the model too: a counter's held includes holds not yet swept
      const counters = await env.servers[0].db.query(
        `SELECT period_key, held, captured FROM usage_counters WHERE user_id = ? AND (period_key = 'TOTAL' OR period_key LIKE 'D:%')`,
        [userId],
      );
      const spending = model.entries.filter((e) => !e.exempt);
      const want = {
        held: spending.filter((e) => e.state === 'HELD').length,
        captured: spending.filter((e) => e.state === 'CAPTURED').length,
      };
      const total = counters.find((c: { period_key: string }) => c.period_key === 'TOTAL');
      expect({ held: Number(total?.held ?? 0), captured: Number(total?.captured ?? 0) }).toEqual(want);
      const days = counters.filter((c: { period_key: string }) => c.period_key.startsWith('D:'));
      expect({ held: days.reduce((a: number, c: any) => a + Number(c.held), 0), captured: days.reduce((a: number, c: any) => a + Number(c.captured), 0) }).toEqual(want);
    }),
    { numRuns },
  );
  const report = await expectLedgerClean(env.servers[0]);
  expect(report.drift).toEqual([]);
  expect(report.entriesChecked).toBeGreaterThan(0);
  process.stdout.write(`[${label}, ${env.servers.length} server(s)] ${numRuns} runs, ${commands} commands generated (${batches} concurrent batches) in ${Date.now() - t0} ms\n  ${JSON.stringify(stats)}\n`);
  for (const k of Object.keys(stats)) delete stats[k];
}

describe(`one server on ${label}`, () => {
  const env: Env = { servers: [], skew: [0], ttlDefault: 0 };
  beforeAll(async () => {
    const s = await startTestServer({ config: CONFIG });
    env.servers.push(s);
    env.ttlDefault = s.config.holdTtlSeconds;
    await setUpCatalog(s);
  });
  afterAll(() => Promise.all(env.servers.map((s) => s.stop())));

  it('holds that expire, sweeps, moves and concurrent batches match the model, and the ledger verifies', async () => {
    await checkProperty(env, 80);
  }, PROPERTY_TIMEOUT_MS);
});

describe(`two servers on one ${label} database, clocks ${SKEW_MS / 1000} s apart`, () => {
  const databaseUrl = freshDatabaseUrl();
  const env: Env = { servers: [], skew: [0, SKEW_MS], ttlDefault: 0 };
  beforeAll(async () => {
    const a = await startTestServer({ databaseUrl, config: CONFIG });
    env.servers.push(a);
    env.ttlDefault = a.config.holdTtlSeconds;
    await setUpCatalog(a);
    // started after the catalog exists, so its catalog cache is current from the start
    env.servers.push(await startTestServer({ databaseUrl, config: CONFIG }));
  });
  afterAll(async () => {
    await Promise.all(env.servers.map((s) => s.stop()));
    await dropDatabase(databaseUrl);
  });

  it('requests split across skewed servers match the model, concurrent batches are serializable, and the ledger verifies', async () => {
    await checkProperty(env, 60);
  }, PROPERTY_TIMEOUT_MS);
});

// The soak's verdict, once every writer has stopped: the client's record of requests and answers
// held against what the database holds (read directly, not through a proxy).
//  - every key answered "done" has its row (use, grant, state change) and its stored key;
//  - nothing is doubled and nothing was committed that no answer names (after the final retries
//    every uncertain request was answered);
//  - every use is in the state its successful moves say, through a legal chain of moves;
//  - every member's captured total per benefit and period equals the sum the answers say, and
//    stays within the tier's limit plus the member's grants in that period (and per order within
//    the per-order cap);
//  - verify-ledger finds no drift between counters and ledger.
import { DataSource } from 'typeorm';
import { Benefit, IdempotencyKey, QuotaGrant, UsageEntry, UsageTransition } from '../entities';
import { verifyLedger } from '../src/services/ledger.service';
import { SWEEP_ACTOR } from '../src/services/hold-sweep';
import { BENEFITS, BenefitName, benefitByCode, Request } from './soak-workload';

export interface DatabaseFigures {
  usageEntries: number;
  byState: Record<string, number>;
  capturedByBenefit: Record<string, number>;
  grants: { count: number; amountByBenefit: Record<string, number> };
  transitions: { moves: number; sweptExpired: number };
  idempotencyKeys: number;
  /** Member × benefit × period groups, and how many ended exactly at limit + grants. */
  periods: { groups: number; atQuota: number; maxShareOfQuota: number };
  ledger: { countersChecked: number; entriesChecked: number; drift: number };
}

type Expected = 'HELD' | 'CAPTURED' | 'RELEASED' | 'REVERSED';

const MAX_LISTED = 40;

/** What the database and the client's record hold about a member's benefit that broke a rule. */
export interface Evidence {
  what: string;
  uses: Array<{
    id: string; amount: number; orderId: string | null; state: string; createdAt: string; expiresAt: string | null;
    transitions: string[];
    /** The requests that made or moved it: kind, key, process, sent (ms since the load started), answer. */
    requests: string[];
  }>;
  grants: Array<{ amount: number; startsAt: string; requests: string[] }>;
}

export async function checkDatabase(db: DataSource, requests: Request[], overQuotaAnswers: Array<{ userId: string; benefit: BenefitName }> = []): Promise<{ violations: string[]; figures: DatabaseFigures; evidence: Evidence[] }> {
  const violations: string[] = [];
  const evidence: Evidence[] = [];
  const flag = (v: string) => {
    violations.push(v);
  };

  const benefits = await db.getRepository(Benefit).find();
  const nameOfBenefitId = new Map(benefits.map((b) => [b.id, benefitByCode(b.code)]));

  const entries = await db.getRepository(UsageEntry).find();
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const transitions = await db.getRepository(UsageTransition).find();
  const keys = await db.getRepository(IdempotencyKey).find({ select: { key: true, operation: true } });
  const grants = await db.getRepository(QuotaGrant).find();

  const successes = requests.filter((r) => r.key && r.success !== null);
  const payloadOf = (r: Request) => JSON.parse(r.success!);

  // 1. Keys: exactly the successful ones are stored.
  const successKeys = new Set(successes.map((r) => r.key!));
  const storedKeys = new Set(keys.map((k) => k.key));
  for (const k of successKeys) if (!storedKeys.has(k)) flag(`key ${k} was answered "done" but is not stored`);
  for (const k of storedKeys) if (!successKeys.has(k)) flag(`key ${k} is stored (committed) but no request with it was answered "done"`);

  // 2. Uses: one row per successful hold/consume key, and no row that no answer names.
  const created = new Map<string, Request>();
  for (const r of successes.filter((x) => x.kind === 'hold' || x.kind === 'consume')) {
    const u = payloadOf(r).usage;
    const prior = created.get(u.id);
    if (prior) flag(`use ${u.id} was answered to two keys: ${prior.key} and ${r.key}`);
    created.set(u.id, r);
    const e = entryById.get(u.id);
    if (!e) {
      flag(`key ${r.key} (${r.kind}) was answered "done" with use ${u.id}, which is not in usage_entries`);
      continue;
    }
    const input = (r.variables.input ?? {}) as Record<string, unknown>;
    const same = e.userId === input.userId && e.amount === input.amount && (e.orderId ?? null) === ((input.orderId as string | undefined) ?? null)
      && nameOfBenefitId.get(e.benefitId) === r.benefit && e.periodStart?.toISOString() === u.periodStart;
    if (!same) flag(`use ${u.id} differs from what key ${r.key} asked and was answered: ${JSON.stringify({ row: e, input, answer: u }).slice(0, 400)}`);
  }
  for (const e of entries) if (!created.has(e.id)) flag(`use ${e.id} (${e.userId}, ${nameOfBenefitId.get(e.benefitId)}, ${e.amount}) is in usage_entries but no answer named it`);

  // 3. Moves: each successful move names its use and leaves it in the state it says; the moves
  //    of one use form a legal chain; the rows of usage_transitions are exactly those moves (plus
  //    the sweep's HELD → EXPIRED of holds nobody moved).
  const moves = new Map<string, Request[]>();
  for (const r of successes.filter((x) => x.kind === 'capture' || x.kind === 'release' || x.kind === 'reverse')) {
    const u = payloadOf(r).usage;
    if (u.id !== r.usageId) flag(`move ${r.key} asked about use ${r.usageId} and was answered about ${u.id}`);
    const to = r.kind === 'capture' ? 'CAPTURED' : r.kind === 'release' ? 'RELEASED' : 'REVERSED';
    if (u.state !== to) flag(`move ${r.key} (${r.kind}) answered state ${u.state}`);
    moves.set(r.usageId!, [...(moves.get(r.usageId!) ?? []), r]);
  }
  const transitionsOf = new Map<string, UsageTransition[]>();
  for (const t of transitions) if (t.fromState !== null) transitionsOf.set(t.usageId, [...(transitionsOf.get(t.usageId) ?? []), t]);
  const expected = new Map<string, Expected>();
  for (const [id, creator] of created) {
    const ms = moves.get(id) ?? [];
    const n = (k: string) => ms.filter((m) => m.kind === k).length;
    const [captures, releases, reverses] = [n('capture'), n('release'), n('reverse')];
    const initial: Expected = creator.kind === 'hold' ? 'HELD' : 'CAPTURED';
    if (initial === 'CAPTURED' && captures + releases > 0) flag(`use ${id} was consumed, yet a capture or release of it succeeded`);
    if (captures + releases > 1) flag(`use ${id}: ${captures} captures and ${releases} releases succeeded (at most one may)`);
    if (reverses > 1) flag(`use ${id} was reversed ${reverses} times`);
    if (reverses && initial === 'HELD' && !captures) flag(`use ${id} was reversed without having been captured`);
    const state: Expected = reverses ? 'REVERSED' : captures ? 'CAPTURED' : releases ? 'RELEASED' : initial;
    expected.set(id, state);
    const e = entryById.get(id);
    if (!e) continue;
    const fine = e.state === state || (state === 'HELD' && e.state === 'EXPIRED');
    if (!fine) flag(`use ${id} is ${e.state} in the database; its successful moves say ${state} (${ms.map((m) => `${m.kind} ${m.key}`).join(', ') || 'no moves'})`);
    const ts = transitionsOf.get(id) ?? [];
    const swept = ts.filter((t) => t.actorId === SWEEP_ACTOR);
    const byClient = ts.length - swept.length;
    if (byClient !== ms.length) flag(`use ${id} has ${byClient} state changes in usage_transitions for ${ms.length} successful moves`);
    if (swept.length > 1 || (swept.length === 1 && (state !== 'HELD' || swept[0].toState !== 'EXPIRED'))) {
      flag(`use ${id} was swept (${swept.map((t) => `${t.fromState}→${t.toState}`).join(', ')}) although its moves say ${state}`);
    }
  }
  for (const id of transitionsOf.keys()) if (!created.has(id)) flag(`usage_transitions has moves of ${id}, which no answer created`);

  // 4. Grants: one row per successful grant key.
  const grantById = new Map(grants.map((g) => [g.id, g]));
  const answeredGrants = new Set<string>();
  for (const r of successes.filter((x) => x.kind === 'grant')) {
    const g = payloadOf(r).grant;
    if (answeredGrants.has(g.id)) flag(`grant ${g.id} was answered to two keys`);
    answeredGrants.add(g.id);
    const row = grantById.get(g.id);
    if (!row) flag(`key ${r.key} was answered "done" with grant ${g.id}, which is not in quota_grants`);
    else if (row.amount !== g.amount || row.userId !== g.userId) flag(`grant ${g.id} differs from its answer`);
  }
  for (const g of grants) if (!answeredGrants.has(g.id)) flag(`grant ${g.id} (${g.userId}, ${g.amount}) is in quota_grants but no answer named it`);

  // 5. Per member, benefit and period: captured in the database = captured by the answers, and
  //    within the limit plus that period's grants; per order within the per-order cap.
  type Group = { userId: string; benefit: BenefitName; periodStart: number; periodEnd: number; answered: number; stored: number; granted: number };
  const groups = new Map<string, Group>();
  const perOrder = new Map<string, { userId: string; orderId: string; benefit: BenefitName; captured: number }>();
  for (const e of entries) {
    const benefit = nameOfBenefitId.get(e.benefitId)!;
    const start = e.periodStart?.getTime() ?? 0;
    const k = `${e.userId}|${benefit}|${start}`;
    const g = groups.get(k) ?? { userId: e.userId, benefit, periodStart: start, periodEnd: e.periodEnd?.getTime() ?? Infinity, answered: 0, stored: 0, granted: 0 };
    groups.set(k, g);
    if (e.state === 'CAPTURED') g.stored += e.amount;
    if (expected.get(e.id) === 'CAPTURED') g.answered += e.amount;
    if (e.state === 'CAPTURED' && e.orderId) {
      const ok = `${e.userId}|${benefit}|${e.orderId}`;
      const o = perOrder.get(ok) ?? { userId: e.userId, orderId: e.orderId, benefit, captured: 0 };
      o.captured += e.amount;
      perOrder.set(ok, o);
    }
  }
  for (const g of grants) {
    const benefit = nameOfBenefitId.get(g.benefitId)!;
    for (const grp of groups.values()) {
      if (grp.userId === g.userId && grp.benefit === benefit && g.startsAt.getTime() < grp.periodEnd && (g.expiresAt === null || g.expiresAt.getTime() > grp.periodStart)) grp.granted += g.amount;
    }
  }
  // Requests about each use, for the evidence of a broken rule.
  const aboutUse = new Map<string, Request[]>();
  for (const r of requests) {
    const id = r.usageId ?? (r.success ? JSON.parse(r.success).usage?.id : undefined);
    if (id) aboutUse.set(id, [...(aboutUse.get(id) ?? []), r]);
  }
  const explain = (what: string, userId: string, benefit: BenefitName, keep: (e: UsageEntry) => boolean) => {
    if (evidence.length >= 10) return;
    evidence.push({
      what,
      uses: entries.filter((e) => e.userId === userId && nameOfBenefitId.get(e.benefitId) === benefit && keep(e))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((e) => ({
          id: e.id, amount: e.amount, orderId: e.orderId, state: e.state, createdAt: e.createdAt.toISOString(), expiresAt: e.expiresAt?.toISOString() ?? null,
          transitions: (transitionsOf.get(e.id) ?? []).map((t) => `${t.fromState}→${t.toState} at ${t.createdAt.toISOString()} by ${t.actorId}`),
          requests: (aboutUse.get(e.id) ?? []).map((r) => `${r.kind} ${r.key}: ${r.attempts.map((a) => `${a.why}@p${a.process} sent ${a.sentAt} ms → ${a.outcome}${a.codes.length ? ` ${a.codes.join('/')}` : ''} in ${a.ms} ms`).join('; ')}`),
        })),
      grants: grants.filter((g) => g.userId === userId && nameOfBenefitId.get(g.benefitId) === benefit).map((g) => ({
        amount: g.amount, startsAt: g.startsAt.toISOString(),
        requests: requests.filter((r) => r.kind === 'grant' && r.success && JSON.parse(r.success).grant?.id === g.id)
          .map((r) => r.attempts.map((a) => `${a.why}@p${a.process} sent ${a.sentAt} ms → ${a.outcome}`).join('; ')),
      })),
    });
  };
  let atQuota = 0;
  let maxShare = 0;
  for (const g of groups.values()) {
    const quota = BENEFITS[g.benefit].limit + g.granted;
    if (g.answered !== g.stored) flag(`${g.userId} ${g.benefit} period ${new Date(g.periodStart).toISOString()}: ${g.stored} captured in the database, the answers say ${g.answered}`);
    if (g.stored > quota) {
      const what = `${g.userId} ${g.benefit} period ${new Date(g.periodStart).toISOString()}: ${g.stored} captured, over its quota of ${quota} (limit ${BENEFITS[g.benefit].limit} + granted ${g.granted})`;
      flag(what);
      explain(what, g.userId, g.benefit, (e) => (e.periodStart?.getTime() ?? 0) === g.periodStart);
    }
    if (g.stored === quota) atQuota++;
    maxShare = Math.max(maxShare, g.stored / quota);
  }
  for (const a of new Map(overQuotaAnswers.map((x) => [`${x.userId}|${x.benefit}`, x])).values()) explain(`an answer showed ${a.userId} ${a.benefit} over limit + granted`, a.userId, a.benefit, () => true);
  for (const o of perOrder.values()) {
    const cap = BENEFITS[o.benefit].perOrderLimit;
    if (cap !== null && o.captured > cap) {
      const what = `${o.userId} ${o.benefit} order ${o.orderId}: ${o.captured} captured, over its per-order cap of ${cap}`;
      flag(what);
      explain(what, o.userId, o.benefit, (e) => e.orderId === o.orderId);
    }
  }

  // 6. Counters against the ledger.
  const report = await verifyLedger(db);
  for (const d of report.drift.slice(0, 10)) flag(`ledger drift: ${JSON.stringify(d)}`);
  if (report.drift.length > 10) flag(`… and ${report.drift.length - 10} more drifting counters`);

  const count = <T>(list: T[], f: (x: T) => string, w: (x: T) => number = () => 1) =>
    list.reduce<Record<string, number>>((m, x) => ((m[f(x)] = (m[f(x)] ?? 0) + w(x)), m), {});
  const figures: DatabaseFigures = {
    usageEntries: entries.length,
    byState: count(entries, (e) => e.state),
    capturedByBenefit: count(entries.filter((e) => e.state === 'CAPTURED'), (e) => nameOfBenefitId.get(e.benefitId)!, (e) => e.amount),
    grants: { count: grants.length, amountByBenefit: count(grants, (g) => nameOfBenefitId.get(g.benefitId)!, (g) => g.amount) },
    transitions: { moves: transitions.filter((t) => t.fromState !== null && t.actorId !== SWEEP_ACTOR).length, sweptExpired: transitions.filter((t) => t.actorId === SWEEP_ACTOR).length },
    idempotencyKeys: keys.length,
    periods: { groups: groups.size, atQuota, maxShareOfQuota: Number(maxShare.toFixed(3)) },
    ledger: { countersChecked: report.countersChecked, entriesChecked: report.entriesChecked, drift: report.drift.length },
  };
  return { violations: violations.length > MAX_LISTED ? [...violations.slice(0, MAX_LISTED), `… and ${violations.length - MAX_LISTED} more`] : violations, figures, evidence };
}

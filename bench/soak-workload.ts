// The soak's client side: the catalog it configures, the GraphQL documents it sends, the
// generator of its mixed operations and the record of every request and every answer.
//
// A *request* is one logical operation with one idempotencyKey (reads have none); each time it
// is sent is an *attempt*: the first send, a duplicate on another process (in parallel or after
// the first answer), a replay of an earlier key, a retry at the end, or the final replay check.
// Every attempt's answer is classified:
//   success     a payload with the use (or grant) and no userErrors;
//   refused     a payload with userErrors (nothing was written, the key stays free);
//   unavailable a retryable SERVICE_UNAVAILABLE (the write may still have committed);
//   network     no HTTP answer (connection refused or reset, a killed process, client timeout);
//   error       anything else (a 500, a non-retryable error, a malformed body): a violation.
import { seededRandom } from './fixtures';

/** What every member's tier grants: small quotas that the operations fight over. */
export const BENEFITS = {
  RETURN: { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return', limit: 4, perOrderLimit: null as number | null, amounts: [1], grant: 1 },
  COMP: { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY', limit: 20_000, perOrderLimit: 8_000 as number | null, amounts: [500, 1000, 2000, 3000], grant: 1000 },
  PRICE: { code: 'PRICE_PROTECTION', kind: 'COUNT', unit: 'claim', limit: 3, perOrderLimit: 1 as number | null, amounts: [1], grant: 1 },
} as const;
export type BenefitName = keyof typeof BENEFITS;
export const BENEFIT_NAMES = Object.keys(BENEFITS) as BenefitName[];
export const benefitByCode = (code: string) => BENEFIT_NAMES.find((b) => BENEFITS[b].code === code)!;
export const ORDERS_PER_MEMBER = 3;
export const TIER = 'SOAK_GOLD';

const USAGE = `usage { id userId state amount orderId periodStart periodEnd expiresAt createdAt benefit { code } }
  entitlement { status limit granted used held remaining orderRemaining periodStart resetsAt reasons { code } }
  userErrors { code field message }`;
export const DOCS = {
  consume: `mutation($input: ConsumeEntitlementInput!) { consumeEntitlement(input: $input) { ${USAGE} } }`,
  hold: `mutation($input: HoldEntitlementInput!) { holdEntitlement(input: $input) { ${USAGE} } }`,
  capture: `mutation($input: UsageActionInput!) { captureUsage(input: $input) { ${USAGE} } }`,
  release: `mutation($input: UsageActionInput!) { releaseUsage(input: $input) { ${USAGE} } }`,
  reverse: `mutation($input: UsageActionInput!) { reverseUsage(input: $input) { ${USAGE} } }`,
  grant: `mutation($input: GrantQuotaInput!) { grantQuota(input: $input) {
    grant { id userId amount startsAt expiresAt } entitlement { status limit granted used held remaining periodStart } userErrors { code field message } } }`,
  read: `query($id: ID!, $codes: [String!]) { user(id: $id) { entitlements(benefitCodes: $codes) { benefit { code } status limit granted used held remaining } } }`,
} as const;
export type Kind = keyof typeof DOCS;
export const WRITE_KINDS: Kind[] = ['consume', 'hold', 'capture', 'release', 'reverse', 'grant'];
const FIELD: Record<Kind, string> = {
  consume: 'consumeEntitlement', hold: 'holdEntitlement', capture: 'captureUsage', release: 'releaseUsage', reverse: 'reverseUsage', grant: 'grantQuota', read: 'user',
};

export type Outcome = 'success' | 'refused' | 'unavailable' | 'network' | 'error';
export type Why = 'first' | 'duplicate' | 'after' | 'replay' | 'final' | 'check';
export type Phase = 'warm-up' | 'load' | 'outage' | 'freeze' | 'final' | 'check';

export interface Attempt {
  why: Why;
  process: number;
  /** ms since the load started, when sent and when answered. */
  sentAt: number;
  ms: number;
  phase: Phase;
  outcome: Outcome;
  status: number | null;
  /** Refusal codes, or the error's code / the network failure's cause. */
  codes: string[];
  detail?: string;
}

export interface Request {
  id: number;
  kind: Kind;
  key: string | null;
  variables: Record<string, unknown>;
  userId: string;
  benefit: BenefitName | null;
  /** Moves: the use they move. */
  usageId: string | null;
  attempts: Attempt[];
  /** The payload (as JSON text) of the first success, and when it was received. */
  success: string | null;
  successAt: number | null;
  /** Set when an answer broke a rule the moment it came back (a different replay, a refusal after success, …). */
  violations: string[];
}

/** A use the client learned of from a successful answer. */
export interface KnownUse {
  id: string;
  userId: string;
  benefit: BenefitName;
  amount: number;
  orderId: string | null;
  /** What the client believes, from the answers it has seen. */
  state: 'HELD' | 'CAPTURED' | 'RELEASED' | 'REVERSED';
  /** Epoch ms. */
  expiresAt: number | null;
  /** A move was already sent for it. */
  targeted: boolean;
}

export interface Sizes {
  members: number;
  hotMembers: number;
  operations: number;
}

/**
 * Weights of the operation mix (normalised). A burst is 4–6 uses of one hot member's benefit at
 * once, each on another process; a late capture is one of a hold within 2.5 s of its expiry, sent
 * to the process whose clock is behind while a consume of the same quota goes to the one ahead.
 */
const MIX: Array<[Kind | 'replay' | 'burst', number]> = [
  ['consume', 30], ['hold', 18], ['capture', 10], ['release', 6], ['reverse', 6], ['grant', 5], ['replay', 10], ['read', 4], ['burst', 3],
];
export type Spread = 'one' | 'burst' | 'late-capture';
/** Share of write requests also sent to another process with the same key. */
export const DUPLICATE_SHARE = 0.1;

export const memberId = (run: string, i: number) => `soak-${run}-m${String(i).padStart(3, '0')}`;
export const orderId = (member: string, j: number) => `${member}-o${j}`;

/** Makes the operations, from what the client knows so far. */
export class Workload {
  readonly rand: () => number;
  readonly requests: Request[] = [];
  readonly uses = new Map<string, KnownUse>();
  private holds: KnownUse[] = [];
  private captured: KnownUse[] = [];
  private keySeq = 0;
  private readonly members: string[];

  constructor(readonly run: string, readonly sizes: Sizes, seed: number) {
    this.rand = seededRandom(seed);
    this.members = Array.from({ length: sizes.members }, (_, i) => memberId(run, i));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)];
  }

  /** 30 % of operations go to a few hot members, so their quotas are fought over. */
  private member(): string {
    return this.rand() < 0.3 ? this.members[Math.floor(this.rand() * this.sizes.hotMembers)] : this.pick(this.members);
  }

  private newRequest(kind: Kind, userId: string, benefit: BenefitName | null, input: Record<string, unknown> | null, usageId: string | null = null, variables?: Record<string, unknown>): Request {
    const key = input ? `soak-${this.run}-${++this.keySeq}` : null;
    const r: Request = {
      id: this.requests.length, kind, key, userId, benefit, usageId,
      variables: variables ?? { input: { ...input, idempotencyKey: key } },
      attempts: [], success: null, successAt: null, violations: [],
    };
    this.requests.push(r);
    return r;
  }

  private use(kind: 'consume' | 'hold', userId = this.member(), benefit = this.pick<BenefitName>(['RETURN', 'RETURN', 'COMP', 'COMP', 'PRICE']), order?: string | null): Request {
    const b = BENEFITS[benefit];
    // PRICE has a cap of 1 per order, COMP one of 8,000: most of their uses name an order.
    const onOrder = order !== undefined ? order !== null : benefit === 'PRICE' || (benefit === 'COMP' ? this.rand() < 0.7 : this.rand() < 0.4);
    const input: Record<string, unknown> = {
      userId, benefitCode: b.code, amount: this.pick(b.amounts), reason: `soak ${kind}`,
      ...(onOrder ? { orderId: order ?? orderId(userId, 1 + Math.floor(this.rand() * ORDERS_PER_MEMBER)) } : {}),
    };
    // Most holds take the processes' short HOLD_TTL_SECONDS; some the API's shortest expiresInSeconds (60).
    if (kind === 'hold' && this.rand() < 0.3) input.expiresInSeconds = 60;
    return this.newRequest(kind, userId, benefit, input);
  }

  /** A use to move: mostly a recent one that has not been moved yet, sometimes any (to meet INVALID_STATE). */
  private target(list: KnownUse[], state: KnownUse['state']): KnownUse | null {
    if (list.length === 0) return null;
    if (this.rand() < 0.8) {
      const window = Math.min(list.length, 60);
      for (let n = 0; n < 30; n++) {
        const u = list[list.length - 1 - Math.floor(this.rand() * window)];
        if (!u.targeted && u.state === state) return u;
      }
    }
    return this.pick(list);
  }

  /** A held use within `ms` of its expiry, not moved yet (scans the newest holds). */
  private nearExpiry(now: number, ms: number): KnownUse | null {
    for (let i = this.holds.length - 1, n = 0; i >= 0 && n < 400; i--, n++) {
      const h = this.holds[i];
      if (h.state === 'HELD' && !h.targeted && h.expiresAt !== null && Math.abs(h.expiresAt - now) < ms) return h;
    }
    return null;
  }

  /**
   * The next operation: new requests (one, or several sent at once to different processes), or
   * an earlier write request to replay.
   */
  next(): { requests: Request[]; replay: boolean; spread: Spread } {
    const one = (request: Request) => ({ requests: [request], replay: false, spread: 'one' as Spread });
    const now = Date.now();
    let r = this.rand() * MIX.reduce((s, [, w]) => s + w, 0);
    let kind: Kind | 'replay' | 'burst' = 'consume';
    for (const [k, w] of MIX) {
      if ((r -= w) < 0) {
        kind = k;
        break;
      }
    }
    if (kind === 'replay') {
      const writes = this.requests.length;
      for (let tries = 0; tries < 20 && writes; tries++) {
        const earlier = this.requests[Math.floor(this.rand() * writes)];
        if (earlier.key) return { requests: [earlier], replay: true, spread: 'one' };
      }
      kind = 'consume';
    }
    if (kind === 'burst') {
      const userId = this.members[Math.floor(this.rand() * this.sizes.hotMembers)];
      const benefit = this.pick<BenefitName>(['RETURN', 'COMP', 'PRICE']);
      const order = benefit === 'RETURN' ? null : orderId(userId, 1 + Math.floor(this.rand() * ORDERS_PER_MEMBER));
      const use = this.rand() < 0.7 ? 'consume' : 'hold';
      return { requests: Array.from({ length: 4 + Math.floor(this.rand() * 3) }, () => this.use(use, userId, benefit, order)), replay: false, spread: 'burst' };
    }
    if (kind === 'capture' && this.rand() < 0.3) {
      const late = this.nearExpiry(now, 2500);
      if (late) {
        late.targeted = true;
        const capture = this.newRequest('capture', late.userId, late.benefit, { usageId: late.id, reason: 'soak late capture' }, late.id);
        return { requests: [capture, this.use('consume', late.userId, late.benefit, late.orderId)], replay: false, spread: 'late-capture' };
      }
    }
    if (kind === 'capture' || kind === 'release') {
      const live = this.target(this.holds, 'HELD');
      // Prefer holds not past their expiry; an expired one now and then is refused with HOLD_EXPIRED.
      if (live && (live.expiresAt === null || live.expiresAt > now - 5000 || this.rand() < 0.1)) {
        live.targeted = true;
        return one(this.newRequest(kind, live.userId, live.benefit, { usageId: live.id, reason: `soak ${kind}` }, live.id));
      }
      kind = 'hold';
    }
    if (kind === 'reverse') {
      const c = this.target(this.captured, 'CAPTURED');
      if (c) {
        c.targeted = true;
        return one(this.newRequest('reverse', c.userId, c.benefit, { usageId: c.id, reason: 'soak reverse' }, c.id));
      }
      kind = 'consume';
    }
    if (kind === 'grant') {
      const userId = this.member();
      const benefit = this.pick<BenefitName>(['RETURN', 'COMP', 'PRICE']);
      return one(this.newRequest('grant', userId, benefit, { userId, benefitCode: BENEFITS[benefit].code, amount: BENEFITS[benefit].grant, reason: 'soak goodwill' }));
    }
    if (kind === 'read') {
      const userId = this.member();
      return one(this.newRequest('read', userId, null, null, null, { id: userId, codes: BENEFIT_NAMES.map((b) => BENEFITS[b].code) }));
    }
    return one(this.use(kind as 'consume' | 'hold'));
  }

  /** Learns from a successful answer (the first one of its request). */
  learn(req: Request, payload: any): void {
    const u = payload?.usage;
    if (!u) return;
    if (req.kind === 'consume' || req.kind === 'hold') {
      const known: KnownUse = {
        id: u.id, userId: u.userId, benefit: req.benefit!, amount: u.amount, orderId: u.orderId,
        state: req.kind === 'hold' ? 'HELD' : 'CAPTURED',
        // On the answering process's clock (skewed by up to ±2 s): close enough to pick targets.
        expiresAt: u.expiresAt ? Date.parse(u.expiresAt) : null,
        targeted: false,
      };
      this.uses.set(known.id, known);
      (req.kind === 'hold' ? this.holds : this.captured).push(known);
      return;
    }
    const known = this.uses.get(u.id);
    if (!known) return;
    if (req.kind === 'capture') {
      known.state = 'CAPTURED';
      known.targeted = false;
      this.captured.push(known);
    } else if (req.kind === 'release') known.state = 'RELEASED';
    else if (req.kind === 'reverse') known.state = 'REVERSED';
  }
}

const SQL_OR_STACK = /\b(SELECT|INSERT|UPDATE|DELETE)\b|\bat .+\(.+:\d+:\d+\)|node_modules|ER_[A-Z_]+/;

/** One HTTP attempt, classified; never throws. */
export async function sendOnce(url: string, token: string, kind: Kind, variables: Record<string, unknown>, timeoutMs: number):
  Promise<{ outcome: Outcome; status: number | null; codes: string[]; payload?: any; text?: string; detail?: string }> {
  let status: number | null = null;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: DOCS[kind], variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = res.status;
    const text = await res.text();
    let body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    try {
      body = JSON.parse(text);
    } catch {
      return { outcome: 'error', status, codes: ['NON_JSON'], detail: text.slice(0, 300) };
    }
    if (body.errors?.length) {
      const codes = body.errors.map((e) => String(e.extensions?.code ?? 'NO_CODE'));
      const retryable = body.errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions?.retryable === true && !SQL_OR_STACK.test(e.message));
      return { outcome: retryable ? 'unavailable' : 'error', status, codes, detail: retryable ? undefined : JSON.stringify(body.errors).slice(0, 500) };
    }
    const payload = body.data?.[FIELD[kind]];
    if (kind === 'read') {
      return Array.isArray(payload?.entitlements) ? { outcome: 'success', status, codes: [], payload, text: JSON.stringify(payload) }
        : { outcome: 'error', status, codes: ['NO_DATA'], detail: text.slice(0, 300) };
    }
    if (!payload || !Array.isArray(payload.userErrors)) return { outcome: 'error', status, codes: ['NO_PAYLOAD'], detail: text.slice(0, 300) };
    if (payload.userErrors.length) return { outcome: 'refused', status, codes: payload.userErrors.map((e: { code: string }) => e.code), payload };
    if (!(payload.usage ?? payload.grant)) return { outcome: 'error', status, codes: ['EMPTY_PAYLOAD'], detail: text.slice(0, 300) };
    return { outcome: 'success', status, codes: [], payload, text: JSON.stringify(payload) };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const code = e.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : (e.cause?.code ?? e.name);
    return { outcome: 'network', status, codes: [code], detail: `${e.message}${e.cause?.message ? ` (${e.cause.message})` : ''}`.slice(0, 200) };
  }
}

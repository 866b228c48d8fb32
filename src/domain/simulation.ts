// What-if: the window's requests replayed under the rules in force ("before") and under the rules
// with proposed versions ("after"), tallied per tier × benefit. Pure: the service streams members
// in and reads the summary out; nothing here knows where the facts came from.
import { inForce } from './rules';
import type { RequestDecision } from './replay';
import type { Reason, RuleFacts } from './types';

/**
 * The rules with each proposal in force over its [effectiveFrom, effectiveTo): versions of the
 * same tier × benefit are cut where they overlap it, as setTierBenefit would have closed them.
 * Proposals must not overlap each other (see proposalOverlaps).
 */
export function withProposals(rules: readonly RuleFacts[], proposals: readonly RuleFacts[]): RuleFacts[] {
  let out = [...rules];
  for (const p of proposals) {
    out = out.flatMap((v) => (v.tierId === p.tierId && v.benefitId === p.benefitId ? outside(v, p) : [v]));
    out.push(p);
  }
  return out;
}

const end = (r: Pick<RuleFacts, 'effectiveTo'>) => r.effectiveTo?.getTime() ?? Infinity;

/** The parts of version v outside p's range (0, 1 or 2 pieces). */
function outside(v: RuleFacts, p: RuleFacts): RuleFacts[] {
  const pieces: RuleFacts[] = [];
  if (v.effectiveFrom < p.effectiveFrom) {
    pieces.push({ ...v, effectiveTo: end(v) < p.effectiveFrom.getTime() ? v.effectiveTo : p.effectiveFrom });
  }
  if (end(v) > end(p)) {
    const from = p.effectiveTo!.getTime() > v.effectiveFrom.getTime() ? p.effectiveTo! : v.effectiveFrom;
    pieces.push({ ...v, id: pieces.length ? `${v.id}~after` : v.id, effectiveFrom: from });
  }
  return pieces;
}

/** Index pairs of proposals for one tier × benefit whose ranges overlap. */
export function proposalOverlaps(proposals: readonly RuleFacts[]): [number, number][] {
  const pairs: [number, number][] = [];
  proposals.forEach((a, i) => proposals.slice(i + 1).forEach((b, k) => {
    if (a.tierId !== b.tierId || a.benefitId !== b.benefitId) return;
    if (inForce(a, b.effectiveFrom) || inForce(b, a.effectiveFrom)) pairs.push([i, i + 1 + k]);
  }));
  return pairs;
}

export interface CostChange {
  currency: string;
  platformBefore: number;
  merchantBefore: number;
  platformAfter: number;
  merchantAfter: number;
}

export interface SimulationRow {
  tierId: string | null;
  benefitId: string;
  requests: number;
  /** Of them, recorded uses (the rest are returned orders' requests). */
  recorded: number;
  allowedBefore: number;
  allowedAfter: number;
  /** Refused before, allowed after: the refusals the change would have let pass. */
  gained: number;
  /** Allowed before, refused after. */
  lost: number;
  unitsBefore: number;
  unitsAfter: number;
  /** Members with at least one request whose answer (allowed or refused) changes. */
  membersAffected: number;
  cost: CostChange[];
}

export interface SimulationSample {
  userId: string;
  benefitId: string;
  orderId: string | null;
  at: Date;
  tierId: string | null;
  before: { allowed: boolean; reasons: Reason[] };
  after: { allowed: boolean; reasons: Reason[] };
}

interface Tally extends Omit<SimulationRow, 'membersAffected' | 'cost'> {
  members: Set<string>;
  cost: Map<string, CostChange>;
}

/** Adds up members' before/after decisions; keeps the first `sampleSize` changed answers it is given. */
export class SimulationTally {
  private rows = new Map<string, Tally>();
  readonly samples: SimulationSample[] = [];
  requests = 0;
  members = 0;

  constructor(private readonly sampleSize: number) {}

  /** One member's decisions in both worlds (the same requests, in the same order). */
  addMember(userId: string, before: RequestDecision[], after: RequestDecision[]): void {
    this.members++;
    before.forEach((b, i) => {
      const a = after[i];
      this.requests++;
      const t = this.row(b.tierId, b.request.benefitId);
      t.requests++;
      if (b.request.recorded) t.recorded++;
      if (b.allowed) { t.allowedBefore++; t.unitsBefore += b.request.amount; }
      if (a.allowed) { t.allowedAfter++; t.unitsAfter += a.request.amount; }
      if (!b.allowed && a.allowed) t.gained++;
      if (b.allowed && !a.allowed) t.lost++;
      for (const [d, side] of [[b, 'Before'], [a, 'After']] as const) {
        if (!d.charge) continue;
        const c = t.cost.get(d.charge.currency) ?? { currency: d.charge.currency, platformBefore: 0, merchantBefore: 0, platformAfter: 0, merchantAfter: 0 };
        c[`platform${side}`] += d.charge.platformAmount;
        c[`merchant${side}`] += d.charge.merchantAmount;
        t.cost.set(c.currency, c);
      }
      if (b.allowed === a.allowed) return; // the same answer (a refusal's wording may differ: 3 of 3 vs 5 of 5)
      t.members.add(userId);
      if (this.samples.length < this.sampleSize) {
        this.samples.push({
          userId, benefitId: b.request.benefitId, orderId: b.request.orderId, at: b.request.at, tierId: b.tierId,
          before: { allowed: b.allowed, reasons: b.reasons }, after: { allowed: a.allowed, reasons: a.reasons },
        });
      }
    });
  }

  private row(tierId: string | null, benefitId: string): Tally {
    const k = `${tierId ?? ''}\u0000${benefitId}`;
    let t = this.rows.get(k);
    if (!t) {
      t = {
        tierId, benefitId, requests: 0, recorded: 0, allowedBefore: 0, allowedAfter: 0, gained: 0, lost: 0,
        unitsBefore: 0, unitsAfter: 0, members: new Set(), cost: new Map(),
      };
      this.rows.set(k, t);
    }
    return t;
  }

  /** Rows in a stable order: by tier id, then benefit id; costs by currency. */
  result(): SimulationRow[] {
    return [...this.rows.values()]
      .sort((x, y) => cmp(x.tierId ?? '', y.tierId ?? '') || cmp(x.benefitId, y.benefitId))
      .map(({ members, cost, ...t }) => ({
        ...t,
        membersAffected: members.size,
        cost: [...cost.values()].sort((x, y) => cmp(x.currency, y.currency)),
      }));
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

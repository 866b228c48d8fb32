// The what-if replay's pure parts: proposals cut into the rule history as setTierBenefit would,
// and a member's requests decided in time order on what this replay allowed before them.
import fc from 'fast-check';
import { indexRules } from '../../src/domain/rules';
import { MemberHistory, replayMember, ReplayRequest } from '../../src/domain/replay';
import { proposalOverlaps, SimulationTally, withProposals } from '../../src/domain/simulation';
import { inForce, ruleAt } from '../../src/domain/rules';
import { GOLD, local, membership, order, rule, SHIPPING, SILVER, TIERS, TZ, use } from './fixtures';

const catalog = { tiers: TIERS, benefitById: new Map([[SHIPPING.id, SHIPPING]]), timeZone: TZ, defaultCurrency: 'CNY' };
const at = (iso: string) => local(iso);

function request(iso: string, o: Partial<ReplayRequest> = {}): ReplayRequest {
  return { id: `q-${iso}`, recorded: true, benefitId: SHIPPING.id, orderId: null, amount: 1, cause: 'CUSTOMER_PREFERENCE', at: at(iso), ...o };
}

function member(requests: ReplayRequest[], o: Partial<MemberHistory> = {}): MemberHistory {
  return { userId: 'u1', memberships: [membership(GOLD, at('2026-01-01T00:00'))], grants: [], orders: new Map(), prior: [], requests, ...o };
}

describe('withProposals', () => {
  const v1 = rule(GOLD, SHIPPING, { limit: 3, effectiveFrom: at('2026-01-01T00:00'), effectiveTo: at('2026-06-01T00:00') });
  const v2 = rule(GOLD, SHIPPING, { limit: 4, effectiveFrom: at('2026-06-01T00:00') });
  const silver = rule(SILVER, SHIPPING, { limit: 2, effectiveFrom: at('2026-01-01T00:00') });

  it('a proposal from an instant on replaces what the tier × benefit had from then, and nothing of other tiers', () => {
    const p = rule(GOLD, SHIPPING, { id: 'p', limit: 5, effectiveFrom: at('2026-03-01T00:00') });
    const book = indexRules(withProposals([v1, v2, silver], [p]));
    expect(ruleAt(book, GOLD.id, SHIPPING.id, at('2026-02-01T00:00'))!.limit).toBe(3);
    expect(ruleAt(book, GOLD.id, SHIPPING.id, at('2026-04-01T00:00'))!.id).toBe('p');
    expect(ruleAt(book, GOLD.id, SHIPPING.id, at('2026-09-01T00:00'))!.id).toBe('p');
    expect(ruleAt(book, SILVER.id, SHIPPING.id, at('2026-04-01T00:00'))!.limit).toBe(2);
  });

  it('a bounded proposal leaves the versions around it in force outside its range', () => {
    const p = rule(GOLD, SHIPPING, { id: 'p', limit: 9, effectiveFrom: at('2026-05-01T00:00'), effectiveTo: at('2026-07-01T00:00') });
    const book = indexRules(withProposals([v1, v2], [p]));
    expect(ruleAt(book, GOLD.id, SHIPPING.id, at('2026-04-30T00:00'))!.limit).toBe(3);
    expect(ruleAt(book, GOLD.id, SHIPPING.id, at('2026-06-15T00:00'))!.id).toBe('p');
    expect(ruleAt(book, GOLD.id, SHIPPING.id, at('2026-07-01T00:00'))!.limit).toBe(4);
  });

  it('at every instant exactly the proposal is in force inside its range and the old answer outside (property)', () => {
    const day = 86_400_000;
    const base = at('2026-01-01T00:00').getTime();
    const range = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }));
    fc.assert(fc.property(fc.array(range, { maxLength: 4 }), range, fc.array(fc.integer({ min: -10, max: 700 }), { minLength: 1, maxLength: 20 }), (ranges, [pf, plen], probes) => {
      // Non-overlapping existing versions, as the service keeps them.
      let cursor = 0;
      const versions = ranges.map(([gap, len], i) => {
        const from = cursor + gap;
        cursor = from + (len ?? 1);
        return rule(GOLD, SHIPPING, { id: `v${i}`, effectiveFrom: new Date(base + from * day), effectiveTo: new Date(base + cursor * day) });
      });
      const p = rule(GOLD, SHIPPING, { id: 'p', effectiveFrom: new Date(base + pf * day), effectiveTo: plen === null ? null : new Date(base + (pf + plen) * day) });
      const before = indexRules(versions);
      const after = indexRules(withProposals(versions, [p]));
      for (const d of probes) {
        const t = new Date(base + d * day + 3_600_000);
        const want = inForce(p, t) ? 'p' : ruleAt(before, GOLD.id, SHIPPING.id, t)?.id ?? null;
        expect(ruleAt(after, GOLD.id, SHIPPING.id, t)?.id.replace('~after', '') ?? null).toBe(want);
      }
    }));
  });

  it('proposals for one tier × benefit must not overlap each other', () => {
    const a = rule(GOLD, SHIPPING, { effectiveFrom: at('2026-01-01T00:00'), effectiveTo: at('2026-02-01T00:00') });
    const b = rule(GOLD, SHIPPING, { effectiveFrom: at('2026-02-01T00:00') });
    const c = rule(GOLD, SHIPPING, { effectiveFrom: at('2026-01-15T00:00'), effectiveTo: at('2026-01-20T00:00') });
    expect(proposalOverlaps([a, b])).toEqual([]);
    expect(proposalOverlaps([a, b, c])).toEqual([[0, 2]]);
    expect(proposalOverlaps([a, rule(SILVER, SHIPPING, { effectiveFrom: at('2026-01-01T00:00') })])).toEqual([]);
  });
});

describe('replayMember', () => {
  const limit = (n: number) => indexRules([rule(GOLD, SHIPPING, { limit: n, effectiveFrom: at('2026-01-01T00:00') })]);
  const month = ['2026-11-02T10:00', '2026-11-05T10:00', '2026-11-09T10:00', '2026-11-12T10:00', '2026-11-20T10:00'].map((iso) => request(iso));

  it('allows requests in time order until the period quota is used, with the refusal a consume would give', () => {
    const decided = replayMember(catalog, limit(3), member([...month].reverse()));
    expect(decided.map((d) => d.allowed)).toEqual([true, true, true, false, false]);
    expect(decided[3].reasons.map((r) => r.code)).toEqual(['QUOTA_EXHAUSTED']);
    expect(decided.map((d) => d.tierId)).toEqual(Array(5).fill(GOLD.id));
    expect(replayMember(catalog, limit(5), member(month)).every((d) => d.allowed)).toBe(true);
  });

  it('counts uses made before the window, and a refusal leaves its quota to later requests', () => {
    const prior = [use(SHIPPING, at('2026-11-01T09:00'))];
    expect(replayMember(catalog, limit(3), member(month, { prior })).map((d) => d.allowed)).toEqual([true, true, false, false, false]);
    // An AMOUNT-like large request refused does not use the quota: the next one of 1 still passes.
    const big = [request('2026-11-02T10:00', { amount: 3 }), request('2026-11-03T10:00')];
    expect(replayMember(catalog, limit(2), member(big)).map((d) => d.allowed)).toEqual([false, true]);
  });

  it('a cause the rule does not count passes past the quota and charges as the live service would', () => {
    const o = order({ id: 'o-9', merchantId: 'm-7', placedAt: at('2026-11-01T08:00') });
    const reqs = [...month.slice(0, 2), request('2026-11-06T10:00', { cause: 'SELLER_FAULT', orderId: 'o-9' })];
    const book = indexRules([rule(GOLD, SHIPPING, { limit: 2, effectiveFrom: at('2026-01-01T00:00'), funding: { funder: 'PLATFORM', merchantShareBp: null, unitCost: 1200, costCurrency: null, quotaCauses: null, appealWindowDays: null } })]);
    const decided = replayMember(catalog, book, member(reqs, { orders: new Map([['o-9', o]]) }));
    expect(decided.map((d) => d.allowed)).toEqual([true, true, true]);
    expect(decided[2].charge).toMatchObject({ funder: 'MERCHANT', merchantId: 'm-7', cost: 1200, merchantAmount: 1200, platformAmount: 0 });
    expect(decided[0].charge).toMatchObject({ funder: 'PLATFORM', merchantId: null, cost: 1200, platformAmount: 1200 });
  });

  it('the tally counts gains, losses and cost change per tier × benefit', () => {
    const m = member(month);
    const tally = new SimulationTally(2);
    tally.addMember('u1', replayMember(catalog, limit(3), m), replayMember(catalog, limit(4), m));
    const [row] = tally.result();
    expect(row).toMatchObject({ tierId: GOLD.id, requests: 5, allowedBefore: 3, allowedAfter: 4, gained: 1, lost: 0, membersAffected: 1, unitsBefore: 3, unitsAfter: 4 });
    expect(tally.samples).toHaveLength(1);
    expect(tally.samples[0]).toMatchObject({ before: { allowed: false }, after: { allowed: true, reasons: [] }, at: month[3].at });
  });
});

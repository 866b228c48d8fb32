// simulateRuleChange: the window's requests replayed under the rules in force and under the rules
// with the proposed versions, with the live service's own resolution and use decision
// (domain/replay.ts). It reads members chunk by chunk (history-scan.ts) and writes nothing.
import { RequestContext } from '../context';
import { indexRules } from '../domain/rules';
import { replayMember, ReplayCatalog } from '../domain/replay';
import { proposalOverlaps, SimulationRow, SimulationSample, SimulationTally, withProposals } from '../domain/simulation';
import { RuleFacts } from '../domain/types';
import { badInput } from '../errors';
import { Catalog } from './catalog';
import { ruleFacts } from './facts';
import { memberChunks } from './history-scan';
import { Refusal } from './outcome';
import { checkRuleInput, ruleVersionFields, SetTierBenefitInput } from './rule.service';

export interface SimulationQuery {
  proposals: SetTierBenefitInput[];
  from: Date;
  to: Date;
  /** Benefit codes a returned order without a use of them asks for (see history-scan.ts). */
  returnsAsk: string[];
  sampleSize: number;
}

export interface SimulationResult {
  members: number;
  requests: number;
  rows: SimulationRow[];
  samples: SimulationSample[];
  elapsedMs: number;
}

export function replayCatalog(ctx: RequestContext, catalog: Catalog): ReplayCatalog {
  return {
    tiers: catalog.tierFacts,
    benefitById: new Map(catalog.liveBenefits.map((b) => [b.id, b])),
    timeZone: ctx.config.businessTimeZone,
    defaultCurrency: ctx.config.costCurrency,
  };
}

/** The proposals as rule versions, checked as setTierBenefit checks them (BAD_USER_INPUT naming the proposal). */
function proposedVersions(catalog: Catalog, q: SimulationQuery): RuleFacts[] {
  const problems: { field: string; message: string }[] = [];
  const versions = q.proposals.flatMap((p, i): RuleFacts[] => {
    const at = `input.proposals.${i}.`;
    const tier = catalog.tiers.find((t) => t.code === p.tierCode);
    const benefit = catalog.benefitByCode.get(p.benefitCode);
    if (!tier) problems.push({ field: `${at}tierCode`, message: `no tier ${p.tierCode}` });
    if (!benefit) problems.push({ field: `${at}benefitCode`, message: `no benefit ${p.benefitCode}` });
    if (!tier || !benefit) return [];
    try {
      checkRuleInput(benefit, p);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      problems.push(...e.userErrors.map((u) => ({ field: (u.field ?? 'input.').replace(/^input\./, at), message: u.message })));
      return [];
    }
    const from = p.effectiveFrom ?? q.from;
    if (p.effectiveTo && p.effectiveTo <= from) problems.push({ field: `${at}effectiveTo`, message: 'must be after effectiveFrom' });
    return [ruleFacts({
      id: `proposal:${i}`, tierId: tier.id, benefitId: benefit.id, ...ruleVersionFields(p),
      effectiveFrom: from, effectiveTo: p.effectiveTo ?? null, createdBy: 'simulation', createdAt: from,
    })];
  });
  for (const [a, b] of proposalOverlaps(versions)) {
    problems.push({ field: `input.proposals.${b}`, message: `overlaps proposal ${a} for the same tier and benefit` });
  }
  if (problems.length) throw badInput(problems);
  return versions;
}

export async function simulateRuleChange(ctx: RequestContext, q: SimulationQuery): Promise<SimulationResult> {
  const started = Date.now();
  const catalog = await ctx.catalog.get();
  const proposals = proposedVersions(catalog, q);
  const returnsAsk = q.returnsAsk.map((code, i) => {
    const b = catalog.benefitByCode.get(code);
    if (!b || b.kind !== 'COUNT') throw badInput([{ field: `input.returnsAsk.${i}`, message: `${code} is not a COUNT benefit` }]);
    return b.id;
  });
  const rules = catalog.rules.map(ruleFacts);
  const before = indexRules(rules);
  const after = indexRules(withProposals(rules, proposals));
  const replay = replayCatalog(ctx, catalog);
  const tally = new SimulationTally(q.sampleSize);
  let chunks = 0;
  for await (const chunk of memberChunks(ctx, { from: q.from, to: q.to, returnsAsk })) {
    for (const m of chunk.members) tally.addMember(m.userId, replayMember(replay, before, m), replayMember(replay, after, m));
    chunks++;
    ctx.progress();
    ctx.log.info({ requestId: ctx.requestId, chunks, members: tally.members, requests: tally.requests }, 'simulateRuleChange: progress');
  }
  const elapsedMs = Date.now() - started;
  ctx.log.info({ requestId: ctx.requestId, members: tally.members, requests: tally.requests, elapsedMs }, 'simulateRuleChange: done');
  return { members: tally.members, requests: tally.requests, rows: tally.result(), samples: tally.samples, elapsedMs };
}

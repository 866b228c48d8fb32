import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../src/context';
import { badInput } from '../src/errors';
import { simulateRuleChange } from '../src/services/simulation.service';
import { tierHealth } from '../src/services/tier-health.service';
import { SimulateRuleChangeInput, TierHealthInput } from './inputs/simulation.inputs';
import { SimulationResultType, TierHealthType } from './types/simulation.types';

function checkWindow(w: { from: Date; to: Date }) {
  if (w.to <= w.from) throw badInput([{ field: 'input.to', message: 'must be after from' }]);
}

/** Codes by id (tiers and benefits never change code), for answers named the way ops write rules. */
async function codes(ctx: RequestContext) {
  const c = await ctx.catalog.get();
  const tier = (id: string | null) => (id ? c.tierById.get(id)?.code ?? id : null);
  const benefit = (id: string) => c.benefitById.get(id)?.code ?? id;
  return { tier, benefit };
}

@Resolver()
export class SimulationResolver {
  @Authorized('ops_admin')
  @Query(() => SimulationResultType, {
    description: "What-if: replays the window's recorded uses (and, with returnsAsk, returned orders) under the rules in force and under the proposed versions, with the service's own resolution, and reports per tier × benefit what would be allowed, refused and charged. Reads in chunks without locks and writes nothing.",
  })
  async simulateRuleChange(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The proposals, the window and what to count as requests.' }) input: SimulateRuleChangeInput): Promise<SimulationResultType> {
    checkWindow(input);
    const r = await simulateRuleChange(ctx, {
      proposals: input.proposals, from: input.from, to: input.to, returnsAsk: input.returnsAsk ?? [], sampleSize: input.sampleSize,
    });
    const name = await codes(ctx);
    return {
      ...r,
      rows: r.rows.map((row) => ({
        ...row, tier: name.tier(row.tierId), benefit: name.benefit(row.benefitId),
        refusedBefore: row.requests - row.allowedBefore, refusedAfter: row.requests - row.allowedAfter,
        cost: row.cost.map((c) => ({ ...c, platformChange: c.platformAfter - c.platformBefore, merchantChange: c.merchantAfter - c.merchantBefore })),
      })).sort((x, y) => cmp(x.tier ?? '', y.tier ?? '') || cmp(x.benefit, y.benefit)),
      samples: r.samples.map((s) => ({ ...s, tier: name.tier(s.tierId), benefit: name.benefit(s.benefitId) })),
    };
  }

  @Authorized('ops_admin')
  @Query(() => [TierHealthType], {
    description: "Per tier over the window: members, the share who used each benefit, and the top reasons a benefit the tier offers did not apply to their orders (each order resolved at its placement, as the simulation does).",
  })
  async tierHealth(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The window.' }) input: TierHealthInput): Promise<TierHealthType[]> {
    checkWindow(input);
    const health = await tierHealth(ctx, input);
    const name = await codes(ctx);
    return health.map((t) => ({
      ...t, tier: name.tier(t.tierId)!,
      benefits: t.benefits.map((b) => ({ ...b, benefit: name.benefit(b.benefitId) })).sort((x, y) => cmp(x.benefit, y.benefit)),
    })).sort((x, y) => cmp(x.tier, y.tier));
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

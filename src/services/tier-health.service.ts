// tierHealth: per tier, who used each benefit in a window and why the benefits it offers did not
// apply to its members' orders (domain/tier-health.ts), read chunk by chunk like a simulation.
import { RequestContext } from '../context';
import { indexRules } from '../domain/rules';
import { TierHealth, TierHealthTally } from '../domain/tier-health';
import { ruleFacts } from './facts';
import { memberChunks } from './history-scan';
import { replayCatalog } from './simulation.service';

export async function tierHealth(ctx: RequestContext, q: { from: Date; to: Date }): Promise<TierHealth[]> {
  const catalog = await ctx.catalog.get();
  const tally = new TierHealthTally(replayCatalog(ctx, catalog), indexRules(catalog.rules.map(ruleFacts)));
  for await (const chunk of memberChunks(ctx, { ...q, returnsAsk: [] })) {
    for (const m of chunk.members) tally.addMember(m, chunk.windowOrders.get(m.userId) ?? []);
    ctx.progress();
  }
  return tally.result();
}

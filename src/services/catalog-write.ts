// Every configuration write (tiers, benefits, rules) goes through here: it bumps the catalog
// version in the write's own transaction, so every process's cache reloads once it commits, and
// drops this process's cache at once, so the next request here reads its own write.
import { RequestContext } from '../context';
import { bumpCatalog } from './catalog';
import { writeOnce } from './idempotency';
import { Outcome } from './outcome';

export async function changeCatalog<T extends object>(
  ctx: RequestContext,
  operation: string,
  input: { idempotencyKey?: string | null },
  work: (tx: RequestContext) => Promise<T>,
): Promise<Outcome<T>> {
  const outcome = await writeOnce(ctx, operation, input, async (tx) => {
    const result = await work(tx);
    await bumpCatalog(tx.em, tx.now);
    return result;
  });
  ctx.catalog.invalidate();
  return outcome;
}

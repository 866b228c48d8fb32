// Every configuration write (tiers, benefits, rules) goes through here: it bumps the catalog
// version in the write's own transaction, so every process's cache reloads once it commits, and
// drops this process's cache at once, so the next request here reads its own write.
import { RequestContext } from '../context';
import { recordAudit } from './audit.service';
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

/** Archives a catalog row (kept for history, never deleted) and audits it, inside `tx`. */
export async function archiveAudited<T extends { archivedAt: Date | null; updatedAt: Date }>(
  tx: RequestContext,
  row: T,
  entity: { type: 'tier' | 'benefit'; id: string },
): Promise<T> {
  const before = { ...row };
  row.archivedAt = tx.now;
  row.updatedAt = tx.now;
  await tx.em.save(row);
  await recordAudit(tx, { action: `${entity.type}.archive`, entityType: entity.type, entityId: entity.id, before, after: row });
  return row;
}

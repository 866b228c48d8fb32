import { LessThan } from 'typeorm';
import { AuditEntry } from '../../entities';
import { JsonObject } from '../../entities/columns';
import { actorOf, RequestContext } from '../context';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

/** Plain JSON copy, so later mutation of the entity object cannot change what was logged. */
const snapshot = (v: object | null): JsonObject | null => (v === null ? null : JSON.parse(JSON.stringify(v)));

/** Written inside the change's own transaction: both land or neither does. */
export async function recordAudit(tx: RequestContext, change: AuditChange): Promise<void> {
  const actor = actorOf(tx);
  await tx.em.insert(AuditEntry, {
    actorId: actor.id,
    actorRoles: actor.roles.join(','),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: snapshot(change.before),
    after: snapshot(change.after),
    requestId: tx.requestId,
    createdAt: tx.now,
  });
}

/** Newest first; `afterId` is the id of the last entry of the previous page. */
export async function listAudit(ctx: RequestContext, first: number, afterId: number | null): Promise<AuditEntry[]> {
  return ctx.em.getRepository(AuditEntry).find({
    where: afterId === null ? {} : { id: LessThan(afterId) },
    order: { id: 'DESC' },
    take: first + 1,
  });
}

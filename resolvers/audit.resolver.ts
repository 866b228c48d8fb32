import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../src/context';
import { badInput } from '../src/errors';
import { listAudit } from '../src/services/audit.service';
import { AuditConnection, AuditEntryType } from './types/audit.types';
import { AFTER_DESCRIPTION, checkFirst, decodeCursor, FIRST_DESCRIPTION, toConnection } from './types/connection';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Authorized('ops_admin')
  @Query(() => AuditConnection, { description: 'Every configuration change and grant, newest first.' })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after?: string,
  ) {
    const cursor = decodeCursor(after);
    const afterId = cursor === null ? null : Number(cursor);
    if (afterId !== null && !Number.isInteger(afterId)) throw badInput([{ field: 'after', message: 'is not a cursor from this list' }]);
    const rows = await listAudit(ctx, checkFirst(first), afterId);
    const entries = rows.map((e) => ({ ...e, actorRoles: e.actorRoles.split(',') }));
    return toConnection(entries, first, (e) => e.id);
  }
}

// Who may see whose data. Role checks per operation are @Authorized decorators on resolvers;
// these are the checks that depend on the record (a customer sees only their own).
import { actorOf, RequestContext } from '../context';
import { forbidden } from '../errors';
import { Role, STAFF } from './roles';

export const hasRole = (ctx: RequestContext, ...roles: Role[]) => !!ctx.actor?.roles.some((r) => roles.includes(r));

export function assertCanReadUser(ctx: RequestContext, userId: string): void {
  if (hasRole(ctx, ...STAFF)) return;
  if (hasRole(ctx, 'customer') && actorOf(ctx).id === userId) return;
  throw forbidden('You may only see your own account.');
}

export function assertCanReadOrder(ctx: RequestContext, order: { userId: string }): void {
  if (hasRole(ctx, ...STAFF, 'service')) return;
  if (hasRole(ctx, 'customer') && actorOf(ctx).id === order.userId) return;
  throw forbidden('You may only see your own orders.');
}

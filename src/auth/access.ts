// Who may see whose data. Role checks per operation are @Authorized decorators on resolvers;
// these are the checks that depend on the record (a customer sees only their own). The GraphQL
// layer runs them on every field of a type that carries someone's data (resolvers/access.ts).
import { RequestContext } from '../context';
import { badInput, forbidden, unauthenticated } from '../errors';
import { Actor, Role, STAFF } from './roles';

export const hasRole = (ctx: RequestContext, ...roles: Role[]) => !!ctx.actor?.roles.some((r) => roles.includes(r));

function signedIn(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** A user's record and everything they own: the customer themselves and staff. */
export function assertCanReadUser(ctx: RequestContext, userId: string): void {
  const actor = signedIn(ctx);
  if (hasRole(ctx, ...STAFF)) return;
  if (hasRole(ctx, 'customer') && actor.id === userId) return;
  throw forbidden('You may only see your own account.');
}

/** An order's facts: its owner, staff, and the order system that records them. */
export function assertCanReadOrder(ctx: RequestContext, order: { userId: string }): void {
  const actor = signedIn(ctx);
  if (hasRole(ctx, ...STAFF, 'service')) return;
  if (hasRole(ctx, 'customer') && actor.id === order.userId) return;
  throw forbidden('You may only see your own orders.');
}

/**
 * Which merchant's charges a request reads: a merchant only its own (asking for another is
 * FORBIDDEN); staff name the merchant they look at.
 */
export function merchantInScope(ctx: RequestContext, asked: string | null | undefined): string {
  const actor = signedIn(ctx);
  if (hasRole(ctx, ...STAFF)) {
    if (!asked) throw badInput([{ field: 'merchantId', message: 'name the merchant whose charges to read' }]);
    return asked;
  }
  if (hasRole(ctx, 'merchant') && actor.merchantId && (!asked || asked === actor.merchantId)) return actor.merchantId;
  throw forbidden("You may only see your own merchant's charges.");
}

/** A charge or an appeal: the merchant charged, and staff. */
export function assertCanReadMerchant(ctx: RequestContext, merchantId: string | null): void {
  const actor = signedIn(ctx);
  if (hasRole(ctx, ...STAFF)) return;
  if (hasRole(ctx, 'merchant') && merchantId !== null && actor.merchantId === merchantId) return;
  throw forbidden("You may only see your own merchant's charges.");
}

/** What the platform pays and charges (a use's cost and funding): staff only, not the member. */
export function assertStaff(ctx: RequestContext): void {
  signedIn(ctx);
  if (!hasRole(ctx, ...STAFF)) throw forbidden('Costs and funding are for staff.');
}

import { Order } from '../../entities';
import { RequestContext } from '../context';
import { OrderFacts } from '../domain/types';
import { writeOnce } from './idempotency';
import { Outcome, refuse } from './outcome';

/** The order system's facts about one order; recording it again updates it. */
export type RecordOrderInput = Omit<OrderFacts, 'deliveredAt'> & { deliveredAt?: Date | null; idempotencyKey?: string | null };

/** `withOwnerFacts`: the owner's facts for deciding on this order are read in the same statement. */
export function findOrder(ctx: RequestContext, id: string, withOwnerFacts = false): Promise<Order | null> {
  return (withOwnerFacts ? ctx.loaders.orderWithOwnerFacts : ctx.loaders.orderById).load(id);
}

/**
 * Upsert by the platform's order id: the order system may report an order many times as it
 * moves (placed, delivered, cancelled). An order never changes owner.
 */
export function recordOrder(ctx: RequestContext, input: RecordOrderInput): Promise<Outcome<Order>> {
  return writeOnce(ctx, 'recordOrder', input, async (tx) => {
    if (input.deliveredAt && input.deliveredAt < input.placedAt) {
      refuse('INVALID_RANGE', 'input.deliveredAt', 'deliveredAt must not be before placedAt.');
    }
    const existing = await tx.em.findOneBy(Order, { id: input.id });
    if (existing && existing.userId !== input.userId) {
      refuse('ORDER_OWNER_CHANGED', 'input.userId', `Order ${input.id} belongs to another user; an order never changes owner.`);
    }
    const order = tx.em.create(Order, {
      ...existing,
      id: input.id,
      userId: input.userId,
      merchantId: input.merchantId,
      category: input.category,
      amount: input.amount,
      currency: input.currency,
      placedAt: input.placedAt,
      deliveredAt: input.deliveredAt ?? null,
      status: input.status,
      createdAt: existing?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    });
    await tx.em.save(Order, order);
    return order;
  });
}

// A field added later that returns a User, an Order or a Usage without checking anything itself
// still cannot leak: the type's own fields check (resolvers/access.ts). This adds such careless
// fields to the real resolvers (type-graphql metadata is per test file) and reads through them.
import { graphql, GraphQLError, GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { guardReads } from '../../resolvers/access';
import { authChecker } from '../../resolvers/auth-checker';
import { resolvers } from '../../resolvers/schema';
import { UsageType } from '../../resolvers/types/usage.types';
import { OrderType, UserType } from '../../resolvers/types/user.types';
import { Role } from '../../src/auth/roles';

const at = new Date('2026-11-01T00:00:00Z');

@Resolver()
class CarelessResolver {
  @Query(() => UserType, { description: 'A user, returned without any check.' })
  someUser(): UserType {
    return { id: 'u-ann' };
  }

  @Query(() => OrderType, { description: 'An order, returned without any check.' })
  someOrder(): OrderType {
    return { id: 'o-1', userId: 'u-ann', merchantId: 'm-1', category: 'SHOES', amount: 100, currency: 'CNY', placedAt: at, deliveredAt: null, status: 'PLACED', updatedAt: at };
  }

  @Query(() => [UsageType], { description: 'Uses, returned without any check.' })
  someUses(): Partial<UsageType>[] {
    return [{ id: 'use-1', userId: 'u-ann', orderId: null, amount: 1, state: 'CAPTURED', actorId: 'cs-1', reason: '', createdAt: at, updatedAt: at }];
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = guardReads(await buildSchema({
    resolvers: [...resolvers, CarelessResolver],
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  }));
});

/** The client code: set by the HTTP edge (src/http/errors-plugin.ts), which this bypasses, from the thrown error's. */
const codeOf = (e: GraphQLError) => e.extensions.code ?? (e.originalError as { code?: unknown } | undefined)?.code;

/** Runs `source` as an actor; the careless fields need nothing else from the context. */
async function read(source: string, actor: { id: string; roles: Role[] } | null) {
  const r = await graphql({ schema, source, contextValue: { actor, now: at } });
  return { data: r.data, codes: (r.errors ?? []).map(codeOf) };
}
const customer = (id: string) => ({ id, roles: ['customer' as Role] });

it.each([
  ['a User', '{ someUser { id } }'],
  ['a User, then its memberships', '{ someUser { memberships { id } } }'],
  ['a Usage', '{ someUses { id amount } }'],
  ["an Order's owner", '{ someOrder { user { id } } }'],
  ["an Order's usage", '{ someOrder { usage { id } } }'],
])('%s reached by a new, unchecked field is refused to another customer', async (_what, source) => {
  const r = await read(source, customer('u-ben'));
  expect(r.codes).toContain('FORBIDDEN');
  expect(Object.values(r.data ?? {}).every((v) => v === null)).toBe(true);
});

it('and to the order system, which may read the order but not its owner', async () => {
  const service = { id: 'orders-1', roles: ['service' as Role] };
  expect(await read('{ someOrder { id userId amount } }', service)).toEqual({ data: { someOrder: { id: 'o-1', userId: 'u-ann', amount: 100 } }, codes: [] });
  expect((await read('{ someOrder { id user { id } } }', service)).codes).toEqual(['FORBIDDEN']);
  expect((await read('{ someUser { id } }', service)).codes).toEqual(['FORBIDDEN']);
});

it('is UNAUTHENTICATED without a token, and answers the owner and staff', async () => {
  expect((await read('{ someUser { id } }', null)).codes).toEqual(['UNAUTHENTICATED']);
  expect((await read('{ someUser { id } someUses { id } }', customer('u-ann'))).data).toEqual({ someUser: { id: 'u-ann' }, someUses: [{ id: 'use-1' }] });
  expect((await read('{ someUser { id } someOrder { user { id } } }', { id: 'cs-1', roles: ['cs_agent'] })).codes).toEqual([]);
});

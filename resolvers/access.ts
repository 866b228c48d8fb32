// Access is checked where data is returned. A type that carries someone's data is marked
// @ReadableBy(check): every field of it runs the check against the object it is read from, before
// it resolves, wherever the type is reached (a root query, a nested field, a mutation payload), so
// a new field that returns a User, an Order or a Usage cannot skip the check its root made. A field
// may add a check of its own the same way (an order's facts are the order system's to read; the
// owner's entitlements and usage on it are not). Role checks per operation stay @Authorized.
//
// The checks travel as GraphQL extensions of the types and fields; guardReads() wraps the resolvers
// of the built schema once (resolvers/schema.ts). The wrappers are synchronous, so a guarded field
// costs one function call, not a middleware chain.
import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { Extensions } from 'type-graphql';
import { assertCanReadMerchant, assertCanReadOrder, assertCanReadUser, assertStaff } from '../src/auth/access';
import { RequestContext } from '../src/context';

const READ_CHECK = 'readCheck';

/** Throws FORBIDDEN (or UNAUTHENTICATED) when the request may not read `source`. */
export type ReadCheck<T = never> = (ctx: RequestContext, source: T) => void;

/** On an @ObjectType class: every field checks. On a field or field resolver: that field checks too. */
export const ReadableBy = <T>(check: ReadCheck<T>): ClassDecorator & MethodDecorator & PropertyDecorator =>
  Extensions({ [READ_CHECK]: check });

/** A user's record: the customer themselves or staff. */
export const theUser: ReadCheck<{ id: string }> = (ctx, user) => assertCanReadUser(ctx, user.id);
/** Anything one user owns (a use, a membership, a grant): whoever may read that user. */
export const itsOwner: ReadCheck<{ userId: string }> = (ctx, owned) => assertCanReadUser(ctx, owned.userId);
/** An order's facts: its owner, staff, and the order system that records them. */
export const theOrder: ReadCheck<{ userId: string }> = (ctx, order) => assertCanReadOrder(ctx, order);

/** What a merchant is charged (a charge, an appeal): that merchant and staff. */
export const theChargedMerchant: ReadCheck<{ merchantId: string | null }> = (ctx, charged) => assertCanReadMerchant(ctx, charged.merchantId);

/** A use's cost and funding: staff only (a customer sees their use, not what it cost whom). */
export const staffOnly: ReadCheck<unknown> = (ctx) => assertStaff(ctx);

/** The checks a type or field declares (for guardReads and for the test that every owner's type has one). */
export const readCheckOf = (element: { extensions: Readonly<Record<string, unknown>> }) =>
  element.extensions[READ_CHECK] as ReadCheck<unknown> | undefined;

/** Wraps the resolver of every field of a guarded type, and of every guarded field, with its checks. */
export function guardReads(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeCheck = readCheckOf(type);
    for (const field of Object.values(type.getFields())) {
      const checks = [typeCheck, readCheckOf(field)].filter((c): c is ReadCheck<unknown> => !!c);
      if (checks.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: RequestContext, info) => {
        for (const check of checks) check(ctx, source);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

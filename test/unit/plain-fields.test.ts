// Plain fields resolve with graphql-js's default resolver (resolvers/plain-fields.ts); a field
// that needs type-graphql's resolver (roles, middlewares, a field resolver, another property name)
// keeps it. Type-graphql metadata is per test file: the types below exist only here.
import { graphql } from 'graphql';
import { Authorized, buildSchema, Field, FieldResolver, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { authChecker } from '../../resolvers/auth-checker';
import { plainFields } from '../../resolvers/plain-fields';
import { resolvers } from '../../resolvers/schema';
import { Role } from '../../src/auth/roles';

const seen: string[] = [];

@ObjectType('Mixed', { description: 'Fields of every kind.' })
class Mixed {
  @Field({ description: 'Plain.' }) plain: string;
  @Authorized('ops_admin')
  @Field({ description: 'Ops only.' }) secret: string;
  @UseMiddleware(async (_data, next) => {
    seen.push('counted');
    return next();
  })
  @Field({ description: 'Counted.' }) counted: string;
  @Field({ name: 'renamed', description: 'Another name than its property.' }) original: string;
  @Field({ description: 'Resolved by MixedResolver.' }) derived: string;
}

@Resolver(() => Mixed)
class MixedResolver {
  @Query(() => Mixed, { description: 'One of each.' })
  mixed(): Mixed {
    return { plain: 'p', secret: 's', counted: 'c', original: 'o', derived: 'raw' };
  }

  @FieldResolver(() => String)
  derived(@Root() m: Mixed): string {
    return `${m.derived}!`;
  }
}

async function schema() {
  return plainFields(await buildSchema({ resolvers: [...resolvers, MixedResolver], authChecker, authMode: 'error' }));
}

const contextOf = (roles: Role[]) => ({ actor: { id: 'x', roles } });

it('drops type-graphql resolvers of plain fields only', async () => {
  const s = await schema();
  const mixed = (s.getType('Mixed') as import('graphql').GraphQLObjectType).getFields();
  expect(mixed.plain.resolve).toBeUndefined();
  for (const kept of ['secret', 'counted', 'renamed', 'derived']) expect(mixed[kept].resolve).toBeDefined();
  const entitlement = (s.getType('Entitlement') as import('graphql').GraphQLObjectType).getFields();
  expect(Object.values(entitlement).every((f) => f.resolve === undefined)).toBe(true);
  expect((s.getType('Tier') as import('graphql').GraphQLObjectType).getFields().rules.resolve).toBeDefined();
});

it('still checks roles, runs middlewares and field resolvers, and reads renamed properties', async () => {
  const s = await schema();
  const asCustomer = await graphql({ schema: s, source: '{ mixed { plain secret } }', contextValue: contextOf(['customer']) });
  expect(asCustomer.errors?.[0].message).toMatch(/needs one of the roles: ops_admin/);
  const asOps = await graphql({ schema: s, source: '{ mixed { plain secret counted renamed derived } }', contextValue: contextOf(['ops_admin']) });
  expect(asOps.errors).toBeUndefined();
  expect(asOps.data).toEqual({ mixed: { plain: 'p', secret: 's', counted: 'c', renamed: 'o', derived: 'raw!' } });
  expect(seen).toEqual(['counted']);
});

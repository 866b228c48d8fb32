// type-graphql gives every field a resolver of its own, even a plain property with no middleware
// and no @Authorized: on every read of the field it allocates the middleware chain's resolver data
// and calls through it (about a hundred times for one `me { entitlements }`). Such fields get
// graphql-js's default resolver back, as the `simpleResolvers` option would give them; decided
// from type-graphql's metadata, so a field with roles, middlewares, a field resolver or a schema
// name other than its property keeps type-graphql's resolver.
import { GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

export function plainFields(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const meta of storage.objectTypes) {
    const type = schema.getType(meta.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const f of meta.fields ?? []) {
      if (f.roles?.length || f.middlewares?.length || f.name !== f.schemaName) continue;
      if (storage.fieldResolvers.some((r) => r.getObjectType?.() === meta.target && r.methodName === f.name)) continue;
      if (fields[f.schemaName]) fields[f.schemaName].resolve = undefined;
    }
  }
  return schema;
}

import { type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Drops the resolver TypeGraphQL gives every plain `@Field` property (its "basic" resolver: a
 * context object per call, the middleware dispatcher with nothing to dispatch, then
 * `root[name]`), where it does nothing else: no `@Authorized` roles, no middleware, the same name
 * in the schema as on the class, no field resolver. The default — reading the property — is
 * exactly what it returned, and graphql-jit then compiles the read inline instead of calling a
 * resolver, with its resolve info and promise handling, for every such field of every row (a
 * 100-client page with 10 products each had about 2,300 of those calls). This is what
 * TypeGraphQL's own `simpleResolvers` option does per type, applied where it is provably the same.
 * Fields with roles or middleware keep their resolver.
 */
export function withPlainFieldReads(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const schemaField = fields[field.schemaName];
      if (!schemaField?.resolve) continue;
      if (field.name !== field.schemaName || field.roles !== undefined || (field.middlewares?.length ?? 0) > 0) continue;
      const resolved = storage.fieldResolvers.some(
        (resolver) =>
          (resolver.methodName === field.name || resolver.schemaName === field.schemaName) &&
          [field.target, objectType.target].includes(resolver.getObjectType?.() as never),
      );
      if (!resolved) schemaField.resolve = undefined;
    }
  }
  return schema;
}

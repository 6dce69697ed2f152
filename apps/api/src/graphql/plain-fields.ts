import { type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { holdsPromise } from '@manager/api-core';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldMetadata = NonNullable<Storage['objectTypes'][number]['fields']>[number];
type FieldResolverMetadata = Storage['fieldResolvers'][number];

/** `target` and the classes it extends, nearest first. */
function classChain(target: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = target; typeof current === 'function' && current !== Function.prototype; current = Object.getPrototypeOf(current)) chain.push(current);
  return chain;
}

/** The object type's fields: its own, then those it inherits (a connection's `edges` and `pageInfo`), each name once. */
function fieldsOf(storage: Storage, chain: unknown[]): FieldMetadata[] {
  const seen = new Set<string>();
  const fields: FieldMetadata[] = [];
  for (const target of chain) {
    for (const objectType of storage.objectTypes.filter((candidate) => candidate.target === target)) {
      for (const field of objectType.fields ?? []) {
        if (seen.has(field.schemaName)) continue;
        seen.add(field.schemaName);
        fields.push(field);
      }
    }
  }
  return fields;
}

/** TypeGraphQL's own resolver for a `@Field` getter (kind `internal`): it reads the getter, as the property read does. */
function isPlainGetter(resolver: FieldResolverMetadata, chain: unknown[]): boolean {
  if (resolver.kind !== 'internal' || (resolver.params?.length ?? 0) > 0 || resolver.roles !== undefined || (resolver.middlewares?.length ?? 0) > 0) return false;
  for (const target of chain) {
    const descriptor = Object.getOwnPropertyDescriptor((target as { prototype: object }).prototype, resolver.methodName);
    if (descriptor) return typeof descriptor.get === 'function';
  }
  return false;
}

/**
 * Drops the resolver TypeGraphQL gives every plain `@Field` property (its "basic" resolver: a
 * context object per call, the middleware dispatcher with nothing to dispatch, then
 * `root[name]`), where it does nothing else: no `@Authorized` roles, no middleware, the same name
 * in the schema as on the class, no field resolver but TypeGraphQL's own for a getter (which calls
 * the getter, as reading the property does). Inherited fields too: every connection's `edges` and
 * `pageInfo` (a page of 100 clients with their products resolved `edges` 101 times), but never a
 * property declared with `mayHoldPromise` (a `totalCount` counted when awaited: graphql-jit does
 * not await what it reads inline). The default — reading the property — is exactly what the
 * resolver returned, and graphql-jit then compiles the read inline instead of calling a
 * resolver, with its resolve info and promise handling, for every such field of every row. This
 * is what TypeGraphQL's own `simpleResolvers` option does per type, applied where it is provably
 * the same. Getters here compute from the row (`publicPrice`, a product's `state`) and never answer
 * a promise.
 */
export function withPlainFieldReads(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    const chain = classChain(objectType.target);
    for (const field of fieldsOf(storage, chain)) {
      const schemaField = fields[field.schemaName];
      if (!schemaField?.resolve) continue;
      if (field.name !== field.schemaName || field.roles !== undefined || (field.middlewares?.length ?? 0) > 0) continue;
      if (chain.some((target) => holdsPromise(target, field.name))) continue;
      const resolvers = storage.fieldResolvers.filter(
        (resolver) => (resolver.methodName === field.name || resolver.schemaName === field.schemaName) && chain.includes(resolver.getObjectType?.()),
      );
      if (resolvers.every((resolver) => isPlainGetter(resolver, chain))) schemaField.resolve = undefined;
    }
  }
  return schema;
}

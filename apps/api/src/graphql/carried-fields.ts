import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { carriedFields } from '@manager/api-core';

/**
 * Lets the fields declared with `carriesField` answer from what their object carries before
 * their resolver runs (see carried-field.ts): the carried read first, TypeGraphQL's resolver only
 * when it answers undefined. Refused at start-up for a field with `@Authorized` roles or
 * middleware, or one that is unknown: a carried read never skips a check.
 */
export function withCarriedFieldReads(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const [target, fields] of carriedFields()) {
    const objectType = storage.objectTypes.find((type) => type.target === target);
    const type = objectType && schema.getType(objectType.name);
    if (!objectType || !isObjectType(type)) throw new Error(`carriesField: ${target.name} is no object type of the schema`);
    const schemaFields = type.getFields();
    for (const [name, read] of fields) {
      const field = schemaFields[name];
      const resolvers = storage.fieldResolvers.filter((resolver) => resolver.schemaName === name && resolver.getObjectType?.() === objectType.target);
      if (!field || resolvers.length !== 1) throw new Error(`carriesField: ${objectType.name}.${name} is no field resolver`);
      const [resolver] = resolvers;
      if (resolver.roles !== undefined || (resolver.middlewares?.length ?? 0) > 0) throw new Error(`carriesField: ${objectType.name}.${name} has roles or middleware`);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        const answer = read(root as never, args);
        return answer === undefined ? resolve(root, args, context, info) : answer;
      };
    }
  }
  return schema;
}

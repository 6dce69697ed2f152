import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '@manager/api-core';
import { apiContexts } from '../contexts';

/** The whole API schema, assembled from every bounded context's resolvers. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  const [first, ...rest] = apiContexts.flatMap((context) => context.resolvers);
  if (!first) throw new Error('No context registers a resolver.');
  return buildSchema({
    resolvers: [first, ...rest],
    authChecker,
    validate: { forbidUnknownValues: true, stopAtFirstError: true },
  });
}

/** The committed `schema.graphql`: sorted so that it only changes when the API does. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

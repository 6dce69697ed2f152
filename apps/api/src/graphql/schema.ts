import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '@manager/api-core';
import { apiContexts } from '../contexts';
import { withCarriedFieldReads } from './carried-fields';
import { withPlainFieldReads } from './plain-fields';

/** The whole API schema, assembled from every bounded context's resolvers. */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const [first, ...rest] = apiContexts.flatMap((context) => context.resolvers);
  if (!first) throw new Error('No context registers a resolver.');
  const schema = await buildSchema({
    resolvers: [first, ...rest],
    authChecker,
    // No global middlewares: a field's own roles and middleware decide whether it keeps a resolver (plain-fields.ts).
    validate: { forbidUnknownValues: true, stopAtFirstError: true },
  });
  return withCarriedFieldReads(withPlainFieldReads(schema));
}

/** The committed `schema.graphql`: sorted so that it only changes when the API does. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '@manager/api-core';
import { billingResolvers } from '@manager/api-billing';
import { catalogResolvers } from '@manager/api-catalog';
import { complianceResolvers } from '@manager/api-compliance';
import { identityResolvers } from '@manager/api-identity';
import { organizationResolvers } from '@manager/api-organizations';
import { partnerResolvers } from '@manager/api-partners';

/** The whole API schema, assembled from every bounded context's resolvers. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...identityResolvers, ...organizationResolvers, ...catalogResolvers, ...complianceResolvers, ...partnerResolvers, ...billingResolvers],
    authChecker,
    validate: { forbidUnknownValues: true, stopAtFirstError: true },
  });
}

/** The committed `schema.graphql`: sorted so that it only changes when the API does. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

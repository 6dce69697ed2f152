import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { assertOperationCost, type RequestContext } from '@manager/api-core';

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Per-request checks that static validation rules cannot make: the cost of the operation given
 * its variables, and, in production, introspection only for signed-in users (the schema is no
 * secret, but there is no reason to hand the map to anonymous scanners).
 */
export function operationGuardPlugin(options: { production: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, contextValue, operation }) {
          if (options.production && !contextValue.actor && asksForIntrospection(document)) {
            throw new GraphQLError('Sign in to explore the schema.', { extensions: { code: 'UNAUTHENTICATED' } });
          }
          if (operation?.operation === 'subscription' || !document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) return;
          assertOperationCost(schema, document, request.operationName ?? undefined, request.variables);
        },
      };
    },
  };
}

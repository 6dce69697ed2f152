import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { assertOperationCost, checkOperationInput, ErrorCode, requestError, type RequestContext } from '@manager/api-core';
import { assertTokenMayRun, chargeApiTokenOperation } from '@manager/api-tokens';

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
 * Per-request checks that static validation rules cannot make, once the operation is known and
 * before anything runs: in production, introspection only for signed-in users (the schema is no
 * secret, but there is no reason to hand the map to anonymous scanners); the variables and every
 * argument's text (`checkOperationInput`); the cost of the operation given its variables. Each
 * refusal is a request error with a code and HTTP 400, as a malformed operation gets. With an API
 * token, also: only the root fields tokens may run (403), and the cost is charged to the token's
 * rate bucket (429 with Retry-After when it is spent).
 */
export function operationGuardPlugin(options: { production: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, contextValue, operation }) {
          if (options.production && !contextValue.actor && asksForIntrospection(document)) {
            throw requestError('Sign in to explore the schema.', { code: ErrorCode.UNAUTHENTICATED });
          }
          if (!operation || operation.operation === 'subscription' || !document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) return;
          const fragments = new Map(
            document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
          );
          assertTokenMayRun(contextValue, operation, fragments);
          checkOperationInput(schema, document, operation, request.variables, { hideSuggestions: options.production });
          const cost = assertOperationCost(schema, document, request.operationName ?? undefined, request.variables);
          await chargeApiTokenOperation(contextValue, cost);
        },
      };
    },
  };
}

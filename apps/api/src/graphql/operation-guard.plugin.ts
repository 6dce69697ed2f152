import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { assertOperationCost, checkOperationInput, ErrorCode, requestError, type RequestContext } from '@manager/api-core';
import { assertTokenMayRun, authenticateTokenRequest } from '@manager/api-tokens';

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
 * token, the token is authenticated here, in one statement with the charge of the operation's
 * cost to its rate bucket (401 refused, 429 with Retry-After when its budget is spent), and then
 * only the root fields tokens may run are allowed (403).
 */
export function operationGuardPlugin(options: { production: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, contextValue, operation }) {
          const checked = operation && operation.operation !== 'subscription' && document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
          if (checked) checkOperationInput(schema, document, operation, request.variables, { hideSuggestions: options.production });
          const cost = checked ? assertOperationCost(schema, document, request.operationName ?? undefined, request.variables) : 1;
          await authenticateTokenRequest(contextValue, cost);
          if (options.production && !contextValue.actor && asksForIntrospection(document)) {
            throw requestError('Sign in to explore the schema.', { code: ErrorCode.UNAUTHENTICATED });
          }
          if (!checked) return;
          const fragments = new Map(
            document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
          );
          assertTokenMayRun(contextValue, operation, fragments);
        },
      };
    },
  };
}

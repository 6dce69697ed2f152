import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { assertOperationCost, checkOperationInput, ErrorCode, requestError, type RequestContext } from '@manager/api-core';

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

export interface GuardedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode | null | undefined;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  signedIn: boolean;
}

/**
 * Per-request checks that static validation rules cannot make, once the operation is known and
 * before anything runs: in production, introspection only for signed-in users (the schema is no
 * secret, but there is no reason to hand the map to anonymous scanners); the variables and every
 * argument's text (`checkOperationInput`); the cost of the operation given its variables. Each
 * refusal is a request error with a code and HTTP 400, as a malformed operation gets. Exported
 * for the benchmark's graphql-js baseline (tools/bench), which must check exactly the same.
 */
export function guardOperation(request: GuardedOperation, options: { production: boolean }): void {
  const { schema, document, operation, variables } = request;
  if (options.production && !request.signedIn && asksForIntrospection(document)) {
    throw requestError('Log in to explore the schema.', { code: ErrorCode.UNAUTHENTICATED });
  }
  if (!operation || operation.operation === 'subscription' || !document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) return;
  checkOperationInput(schema, document, operation, variables, { hideSuggestions: options.production });
  assertOperationCost(schema, document, request.operationName, variables);
}

export function operationGuardPlugin(options: { production: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, contextValue, operation }) {
          guardOperation(
            { schema, document, operation, operationName: request.operationName ?? undefined, variables: request.variables, signedIn: !!contextValue.actor },
            options,
          );
        },
      };
    },
  };
}

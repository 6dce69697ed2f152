import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { assertOperationCost, checkOperationInput, ErrorCode, primeOwnRoles, requestError, requestPlugin, type RequestContext } from '@manager/api-core';
import { assertSecondFactorSatisfied } from '@manager/api-identity';
import { assertTokenMayRun, authenticateTokenRequest } from '@manager/api-tokens';

/** Per parsed document (Apollo's document cache hands out the same one for the same query text): walked once, not per request. */
const introspecting = new WeakMap<DocumentNode, boolean>();
const fragmentsOf = new WeakMap<DocumentNode, Map<string, FragmentDefinitionNode>>();

function asksForIntrospection(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type') found = true;
      },
    });
    introspecting.set(document, found);
  }
  return found;
}

function fragments(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  let found = fragmentsOf.get(document);
  if (!found) {
    found = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    fragmentsOf.set(document, found);
  }
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

function isExecutable(request: GuardedOperation): request is GuardedOperation & { operation: OperationDefinitionNode } {
  const { document, operation } = request;
  return !!operation && operation.operation !== 'subscription' && document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
}

/** The variables and every argument's text (`checkOperationInput`), then the operation's cost given its variables (returned; 1 when nothing runs). */
function checkInputAndCost(request: GuardedOperation, options: { production: boolean }): number {
  if (!isExecutable(request)) return 1;
  checkOperationInput(request.schema, request.document, request.operation, request.variables, { hideSuggestions: options.production });
  return assertOperationCost(request.schema, request.document, request.operationName, request.variables);
}

/** In production, introspection only for signed-in users (the schema is no secret, but there is no reason to hand the map to anonymous scanners). */
function refuseAnonymousIntrospection(request: GuardedOperation, options: { production: boolean }): void {
  if (options.production && !request.signedIn && asksForIntrospection(request.document)) {
    throw requestError('Log in to explore the schema.', { code: ErrorCode.UNAUTHENTICATED });
  }
}

/**
 * Per-request checks that static validation rules cannot make, once the operation is known and
 * before anything runs, for a request that carries no API token: its input, its cost, and the
 * introspection rule. Each refusal is a request error with a code and HTTP 400, as a malformed
 * operation gets. Exported for the benchmark's graphql-js baseline (tools/bench), which must check
 * exactly the same; the plugin below adds the token's steps between them.
 */
export function guardOperation(request: GuardedOperation, options: { production: boolean }): number {
  const cost = checkInputAndCost(request, options);
  refuseAnonymousIntrospection(request, options);
  return cost;
}

/**
 * The guard as Apollo runs it. With an API token, the token is authenticated once the cost is
 * known, in one statement with the charge of that cost to its rate bucket (401 refused, 429 with
 * Retry-After when its budget is spent); introspection is then judged for the token's actor, and
 * only the root fields tokens may run are allowed (403). A person whose organization requires
 * two-step verification and whose session has none runs only the enrolment fields (403
 * SECOND_FACTOR_REQUIRED).
 */
export function operationGuardPlugin(options: { production: boolean }): ApolloServerPlugin<RequestContext> {
  return requestPlugin<RequestContext>({
    async didResolveOperation({ document, request, schema, contextValue, operation }) {
      const guarded = { schema, document, operation, operationName: request.operationName ?? undefined, variables: request.variables };
      const cost = checkInputAndCost({ ...guarded, signedIn: !!contextValue.actor }, options);
      await authenticateTokenRequest(contextValue, cost);
      refuseAnonymousIntrospection({ ...guarded, signedIn: !!contextValue.actor }, options);
      if (!isExecutable({ ...guarded, signedIn: true })) return;
      const named = fragments(document);
      assertTokenMayRun(contextValue, guarded.operation as OperationDefinitionNode, named);
      assertSecondFactorSatisfied(contextValue, guarded.operation as OperationDefinitionNode, named);
      // A query reads the person's access to their own organizations from the session's row.
      if (guarded.operation?.operation === 'query') primeOwnRoles(contextValue);
    },
  });
}

import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { ErrorCode, type RequestContext } from '@manager/api-core';

/**
 * The root fields a session may run while an organization of the person requires two-step
 * verification and the session has none: who am I, the security page, enrolment, sign-out.
 * Everything else is refused before it runs, and the access policy grants such a session nothing
 * (for the file routes and anything this list would miss: fails closed).
 */
export const SECOND_FACTOR_ENROLMENT_FIELDS: Record<'query' | 'mutation', ReadonlySet<string>> = {
  query: new Set(['me', 'accountSecurity']),
  mutation: new Set([
    'logout',
    'updateThemePreference',
    'setLanguage',
    'startTotpEnrolment',
    'confirmTotpEnrolment',
    'startPasskeyRegistration',
    'finishPasskeyRegistration',
  ]),
};

const META_FIELDS = new Set(['__typename', '__schema', '__type']);

export const SECOND_FACTOR_REQUIRED_MESSAGE =
  'An organization you belong to requires two-step verification: add a passkey or an authenticator app to continue.';

/** The refusal inside an operation (HTTP 200 with the coded error, like every execution error). */
export function secondFactorRequired(message = SECOND_FACTOR_REQUIRED_MESSAGE): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.SECOND_FACTOR_REQUIRED } });
}

/** Refuses (403 SECOND_FACTOR_REQUIRED) an operation naming a root field outside enrolment, for a session that must enrol first. */
export function assertSecondFactorSatisfied(
  ctx: RequestContext,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, { selectionSet: OperationDefinitionNode['selectionSet'] }>,
): void {
  if (!ctx.actor || ctx.actor.token || !ctx.actor.secondFactorRequired) return;
  const allowed = operation.operation === 'query' ? SECOND_FACTOR_ENROLMENT_FIELDS.query : operation.operation === 'mutation' ? SECOND_FACTOR_ENROLMENT_FIELDS.mutation : new Set<string>();
  let refused = false;
  const visit = (selectionSet: OperationDefinitionNode['selectionSet'], seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!META_FIELDS.has(selection.name.value) && !allowed.has(selection.name.value)) refused = true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  // Before anything runs, like a token's refused field: HTTP 403.
  if (refused) throw new GraphQLError(SECOND_FACTOR_REQUIRED_MESSAGE, { extensions: { code: ErrorCode.SECOND_FACTOR_REQUIRED, http: { status: 403 } } });
}

import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { ErrorCode, type RequestContext } from '@manager/api-core';

/**
 * Which root fields a request made with an API token may run, decided one by one: a field of
 * the schema missing here is refused to tokens (and `tokens.spec.ts` fails until it is decided).
 * What a token may then do inside an allowed field is the access policy's business (scopes ∩
 * grant ∩ role); this table keeps out what only a person may do: sign in and out, passwords,
 * accounts and invitations, password-confirmed acts, handing the legal responsibility over,
 * reaching a new organization by email, and managing tokens themselves (a leaked token must not
 * mint its successors or unblock itself).
 */
export const TOKEN_ROOT_FIELDS = {
  query: {
    managedClients: 'TOKEN',
    organization: 'TOKEN',
    partnership: 'TOKEN',
    partnerDirectory: 'TOKEN',
    termsOfUse: 'TOKEN',
    currentApiToken: 'TOKEN',
    me: 'SESSION_ONLY',
    invitationPreview: 'SESSION_ONLY',
    partnershipInvitation: 'SESSION_ONLY',
    passwordResetLink: 'SESSION_ONLY',
    myCookieConsents: 'SESSION_ONLY',
    accountSecurity: 'SESSION_ONLY',
  },
  mutation: {
    placeOrder: 'TOKEN',
    topUpWallet: 'TOKEN',
    updateOrganization: 'TOKEN',
    inviteMember: 'TOKEN',
    cancelMemberInvitation: 'TOKEN',
    resendMemberInvitation: 'TOKEN',
    changeMemberRole: 'TOKEN',
    setExternalProducts: 'TOKEN',
    removeMember: 'TOKEN',
    grantPartnerAccess: 'TOKEN',
    updatePartnershipScope: 'TOKEN',
    setPartnershipEndDate: 'TOKEN',
    changeBillingOwner: 'TOKEN',
    resendPartnerInvitation: 'TOKEN',
    cancelPartnerInvitation: 'TOKEN',
    acceptPartnerRequest: 'TOKEN',
    refusePartnerRequest: 'TOKEN',
    acceptPartnershipInvitation: 'TOKEN',
    refusePartnershipInvitation: 'TOKEN',
    login: 'SESSION_ONLY',
    logout: 'SESSION_ONLY',
    signUp: 'SESSION_ONLY',
    changePassword: 'SESSION_ONLY',
    requestPasswordReset: 'SESSION_ONLY',
    resetPassword: 'SESSION_ONLY',
    updateThemePreference: 'SESSION_ONLY',
    setLanguage: 'SESSION_ONLY',
    createOrganization: 'SESSION_ONLY',
    acceptMemberInvitation: 'SESSION_ONLY',
    declineMemberInvitation: 'SESSION_ONLY',
    transferLegalResponsibility: 'SESSION_ONLY',
    terminatePartnership: 'SESSION_ONLY',
    requestClientAccess: 'SESSION_ONLY',
    createApiToken: 'SESSION_ONLY',
    rotateApiToken: 'SESSION_ONLY',
    revokeApiToken: 'SESSION_ONLY',
    blockPartnerApiToken: 'SESSION_ONLY',
    unblockPartnerApiToken: 'SESSION_ONLY',
    recordCookieConsent: 'SESSION_ONLY',
    completeSignIn: 'SESSION_ONLY',
    startPasskeySignIn: 'SESSION_ONLY',
    finishPasskeySignIn: 'SESSION_ONLY',
    startTotpEnrolment: 'SESSION_ONLY',
    confirmTotpEnrolment: 'SESSION_ONLY',
    removeTotp: 'SESSION_ONLY',
    startPasskeyRegistration: 'SESSION_ONLY',
    finishPasskeyRegistration: 'SESSION_ONLY',
    renamePasskey: 'SESSION_ONLY',
    removePasskey: 'SESSION_ONLY',
    regenerateRecoveryCodes: 'SESSION_ONLY',
    endSession: 'SESSION_ONLY',
    endOtherSessions: 'SESSION_ONLY',
    setSecondFactorRequirement: 'SESSION_ONLY',
  },
} as const satisfies Record<'query' | 'mutation', Record<string, 'TOKEN' | 'SESSION_ONLY'>>;

const META_FIELDS = new Set(['__typename', '__schema', '__type']);

/**
 * Refuses (FORBIDDEN, HTTP 403) a token request whose operation names a root field tokens may
 * not run; fragments at the root count too. Session requests pass untouched.
 */
export function assertTokenMayRun(ctx: RequestContext, operation: OperationDefinitionNode, fragments: ReadonlyMap<string, { selectionSet: OperationDefinitionNode['selectionSet'] }>): void {
  if (!ctx.actor?.token) return;
  const table: Record<string, string> = operation.operation === 'query' ? TOKEN_ROOT_FIELDS.query : operation.operation === 'mutation' ? TOKEN_ROOT_FIELDS.mutation : {};
  const refused: string[] = [];
  const visit = (selectionSet: OperationDefinitionNode['selectionSet'], seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (!META_FIELDS.has(name) && table[name] !== 'TOKEN') refused.push(name);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  if (refused.length) {
    throw new GraphQLError(`Not available with an API token: ${[...new Set(refused)].join(', ')}. Sign in as a person to do this.`, {
      extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
    });
  }
}

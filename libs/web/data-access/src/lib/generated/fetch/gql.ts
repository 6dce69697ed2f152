/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    success\n  }\n}": typeof types.RequestPasswordResetDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    user {\n      id\n      displayName\n      email\n      themePreference\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation RecordCookieConsent($input: RecordCookieConsentInput!) {\n  recordCookieConsent(input: $input) {\n    consent {\n      id\n    }\n  }\n}": typeof types.RecordCookieConsentDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n      displayName\n      email\n    }\n    organization {\n      id\n      name\n    }\n  }\n}\n\nquery TermsVersion {\n  termsOfUse {\n    version\n  }\n}": typeof types.SignUpDocument,
};
const documents: Documents = {
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    success\n  }\n}": types.RequestPasswordResetDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    user {\n      id\n      displayName\n      email\n      themePreference\n    }\n  }\n}": types.LoginDocument,
    "mutation RecordCookieConsent($input: RecordCookieConsentInput!) {\n  recordCookieConsent(input: $input) {\n    consent {\n      id\n    }\n  }\n}": types.RecordCookieConsentDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n      displayName\n      email\n    }\n    organization {\n      id\n      name\n    }\n  }\n}\n\nquery TermsVersion {\n  termsOfUse {\n    version\n  }\n}": types.SignUpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    success\n  }\n}"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    user {\n      id\n      displayName\n      email\n      themePreference\n    }\n  }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordCookieConsent($input: RecordCookieConsentInput!) {\n  recordCookieConsent(input: $input) {\n    consent {\n      id\n    }\n  }\n}"): typeof import('./graphql').RecordCookieConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n      displayName\n      email\n    }\n    organization {\n      id\n      name\n    }\n  }\n}\n\nquery TermsVersion {\n  termsOfUse {\n    version\n  }\n}"): typeof import('./graphql').SignUpDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    user {\n      id\n      displayName\n      email\n      themePreference\n    }\n  }\n}": typeof types.LoginDocument,
    "query OrganizationDashboard($id: ID!, $first: Int!, $after: String) {\n  organization(id: $id) {\n    id\n    name\n    entityType\n    country\n    viewerRole\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          category\n          renewalDate\n          publicPrice {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n}": typeof types.OrganizationDashboardDocument,
    "query Me {\n  me {\n    id\n    displayName\n    email\n    themePreference\n    memberships {\n      id\n      role\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation Logout {\n  logout {\n    success\n  }\n}\n\nmutation UpdateThemePreference($input: UpdateThemePreferenceInput!) {\n  updateThemePreference(input: $input) {\n    user {\n      id\n      themePreference\n    }\n  }\n}": typeof types.MeDocument,
};
const documents: Documents = {
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    user {\n      id\n      displayName\n      email\n      themePreference\n    }\n  }\n}": types.LoginDocument,
    "query OrganizationDashboard($id: ID!, $first: Int!, $after: String) {\n  organization(id: $id) {\n    id\n    name\n    entityType\n    country\n    viewerRole\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          category\n          renewalDate\n          publicPrice {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n}": types.OrganizationDashboardDocument,
    "query Me {\n  me {\n    id\n    displayName\n    email\n    themePreference\n    memberships {\n      id\n      role\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation Logout {\n  logout {\n    success\n  }\n}\n\nmutation UpdateThemePreference($input: UpdateThemePreferenceInput!) {\n  updateThemePreference(input: $input) {\n    user {\n      id\n      themePreference\n    }\n  }\n}": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    user {\n      id\n      displayName\n      email\n      themePreference\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    user {\n      id\n      displayName\n      email\n      themePreference\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationDashboard($id: ID!, $first: Int!, $after: String) {\n  organization(id: $id) {\n    id\n    name\n    entityType\n    country\n    viewerRole\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          category\n          renewalDate\n          publicPrice {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query OrganizationDashboard($id: ID!, $first: Int!, $after: String) {\n  organization(id: $id) {\n    id\n    name\n    entityType\n    country\n    viewerRole\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          category\n          renewalDate\n          publicPrice {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    displayName\n    email\n    themePreference\n    memberships {\n      id\n      role\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation Logout {\n  logout {\n    success\n  }\n}\n\nmutation UpdateThemePreference($input: UpdateThemePreferenceInput!) {\n  updateThemePreference(input: $input) {\n    user {\n      id\n      themePreference\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    displayName\n    email\n    themePreference\n    memberships {\n      id\n      role\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation Logout {\n  logout {\n    success\n  }\n}\n\nmutation UpdateThemePreference($input: UpdateThemePreferenceInput!) {\n  updateThemePreference(input: $input) {\n    user {\n      id\n      themePreference\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
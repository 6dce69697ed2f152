import { GraphQLTestClient } from './graphql-client';
import { recordSecret } from './log-leaks';

/** Helpers of the API token specs: the mutations, and a script's client that sends only the bearer header. */

export const TOKEN_FIELDS = `id kind name displayPrefix ownerOrganizationId createdByName scopes { resource level } clientSelection
  selectedClients { id name } status createdAt expiresAt revokedAt lastRotatedAt previousSecretValidUntil lastUsedAt lastUsedIp disablesAt
  clientUse { client { id name } lastUsedAt }`;

export const CREATE_TOKEN = `mutation Create($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { ${TOKEN_FIELDS} } } }`;
export const ROTATE_TOKEN = `mutation Rotate($input: RotateApiTokenInput!) { rotateApiToken(input: $input) { secret token { ${TOKEN_FIELDS} } } }`;
export const REVOKE_TOKEN = `mutation Revoke($input: ApiTokenIdInput!) { revokeApiToken(input: $input) { token { id status revokedAt } } }`;
export const LIST_TOKENS = `query Tokens($id: ID!, $kind: ApiTokenKind!) { organization(id: $id) { apiTokens(kind: $kind, first: 50) { totalCount edges { node { ${TOKEN_FIELDS} } } } } }`;
export const PARTNER_API_ACCESS = `query Access($id: ID!) { organization(id: $id) { partnerApiAccess(first: 50) { totalCount edges { node {
  tokenId partnerOrganizationId partnerName tokenName kind displayPrefix scopes { resource level } createdByName expiresAt lastUsedAt blocked blockedAt } } } } }`;
export const BLOCK_TOKEN = `mutation Block($input: PartnerApiAccessInput!) { blockPartnerApiToken(input: $input) { access { tokenId blocked blockedAt } } }`;
export const UNBLOCK_TOKEN = `mutation Unblock($input: PartnerApiAccessInput!) { unblockPartnerApiToken(input: $input) { access { tokenId blocked } } }`;

export interface CreatedToken {
  secret: string;
  token: Record<string, any>;
}

/** Creates a token through the API as the signed-in `person`, failing the test on any error. */
export async function createToken(person: GraphQLTestClient, input: Record<string, unknown>): Promise<CreatedToken> {
  const { createApiToken } = await person.data<{ createApiToken: CreatedToken }>(CREATE_TOKEN, { input });
  recordSecret(createApiToken.secret);
  return createApiToken;
}

/** A script's client: no cookie jar in use, only `Authorization: Bearer <token>` (recorded for the log check). */
export function script(baseUrl: string, token: string): GraphQLTestClient {
  recordSecret(token);
  return new GraphQLTestClient(baseUrl, { authorization: `Bearer ${token}` });
}

/** A GET of a file route with the bearer header. */
export function download(baseUrl: string, path: string, token?: string): Promise<Response> {
  if (token) recordSecret(token);
  return fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

import type { DataSource } from 'typeorm';
import type { Product } from '@manager/api-catalog';
import type { Membership, Organization } from '@manager/api-organizations';
import { Fixtures, PASSWORD } from './fixtures';
import type { GraphQLTestClient } from './graphql-client';
import { recordSecret } from './log-leaks';
import type { TestServer } from './test-server';

export const MEMBERS = `query Members($id: ID!, $first: Int! = 50, $after: String) {
  organization(id: $id) {
    members(first: $first, after: $after) {
      totalCount
      edges { cursor node { id role createdAt organizationId grantedProductIds person { id displayName email } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
export const PENDING = `query Pending($id: ID!) { organization(id: $id) { pendingInvitations { id email role invitedByName createdAt expiresAt } } }`;
export const INVITE = `mutation Invite($input: InviteMemberInput!) {
  inviteMember(input: $input) { invitation { id email role invitedByName createdAt expiresAt } }
}`;
export const CANCEL = `mutation Cancel($input: CancelMemberInvitationInput!) { cancelMemberInvitation(input: $input) { invitation { id email } } }`;
export const RESEND = `mutation Resend($input: ResendMemberInvitationInput!) { resendMemberInvitation(input: $input) { invitation { id email expiresAt } } }`;
export const PREVIEW = `query Preview($token: String!) {
  invitationPreview(token: $token) { organizationName email role invitedByName expiresAt accountExists }
}`;
export const ACCEPT = `mutation Accept($input: AcceptMemberInvitationInput!) {
  acceptMemberInvitation(input: $input) {
    membership { id role organizationId grantedProductIds person { email displayName } }
    organization { id name }
  }
}`;
export const CHANGE_ROLE = `mutation ChangeRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { id role grantedProductIds } } }`;
export const REMOVE = `mutation Remove($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }`;
export const TRANSFER = `mutation Transfer($input: TransferLegalResponsibilityInput!) {
  transferLegalResponsibility(input: $input) { previous { id role person { email } } current { id role person { email } } }
}`;
export const SET_PRODUCTS = `mutation SetProducts($input: SetExternalProductsInput!) { setExternalProducts(input: $input) { membership { id role grantedProductIds } } }`;

/** An organization with one member of each role, a second USER to act on, products, and an outsider. */
export interface Team {
  acme: Organization;
  products: Product[];
  lr: Membership;
  admin: Membership;
  user: Membership;
  external: Membership;
  /** A second USER, the target of role changes and removals. */
  tom: Membership;
  /** Another organization, with its own products and members. */
  other: Organization;
  otherProducts: Product[];
}

export const EMAILS = {
  lr: 'lr@acme.test',
  admin: 'admin@acme.test',
  user: 'user@acme.test',
  external: 'external@acme.test',
  tom: 'tom@acme.test',
  outsider: 'outsider@other.test',
} as const;

export async function seedTeam(fixtures: Fixtures): Promise<Team> {
  const acme = await fixtures.organization({ name: 'Acme SA' });
  const other = await fixtures.organization({ name: 'Other GmbH', country: 'DE', currency: 'EUR' });
  const products = await fixtures.products(acme, 4);
  const otherProducts = await fixtures.products(other, 2);
  const member = async (key: keyof typeof EMAILS, name: string, role: Membership['role']) =>
    fixtures.membership(await fixtures.user({ email: EMAILS[key], displayName: name }), acme, role);
  const lr = await member('lr', 'Lea Roth', 'LEGAL_RESPONSIBLE');
  const admin = await member('admin', 'Adam Ibar', 'ADMIN');
  const user = await member('user', 'Ursula Sen', 'USER');
  const external = await member('external', 'Xavier Tern', 'EXTERNAL');
  const tom = await member('tom', 'Tom Weber', 'USER');
  await fixtures.grant(external, [products[0]]);
  const outsider = await fixtures.user({ email: EMAILS.outsider, displayName: 'Otto Side' });
  await fixtures.membership(outsider, other, 'LEGAL_RESPONSIBLE');
  return { acme, products, lr, admin, user, external, tom, other, otherProducts };
}

export async function signedIn(server: TestServer, email: string): Promise<GraphQLTestClient> {
  const client = server.client();
  const response = await client.login(email, PASSWORD);
  if (response.errors) throw new Error(`login failed for ${email}: ${JSON.stringify(response.errors)}`);
  return client;
}

const COUNTED = ['app_user', 'session', 'membership', 'membership_product_grant', 'member_invitation', 'email_outbox', 'audit_event'] as const;
export type RowCounts = Record<(typeof COUNTED)[number], number>;

/** Rows in every table these features write: compared before and after a refused request. */
export async function rowCounts(dataSource: DataSource): Promise<RowCounts> {
  const [row] = await dataSource.query(`SELECT ${COUNTED.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  return row as RowCounts;
}

/** A fingerprint of every membership, grant and invitation state: equal before and after a refusal. */
export async function snapshot(dataSource: DataSource): Promise<unknown> {
  return {
    counts: await rowCounts(dataSource),
    memberships: await dataSource.query(`SELECT id, user_id, role FROM membership ORDER BY id`),
    grants: await dataSource.query(`SELECT membership_id, product_id FROM membership_product_grant ORDER BY 1, 2`),
    invitations: await dataSource.query(
      `SELECT id, encode(token_hash, 'hex') AS token, sent_at, expires_at, accepted_at, cancelled_at FROM member_invitation ORDER BY id`,
    ),
  };
}

export async function legalResponsibles(dataSource: DataSource, organizationId: string): Promise<{ user_id: string }[]> {
  return dataSource.query(`SELECT user_id FROM membership WHERE organization_id = $1 AND role = 'LEGAL_RESPONSIBLE'`, [organizationId]);
}

/** The token in the newest invitation email to `to`. */
export async function invitationToken(dataSource: DataSource, to: string): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT text_body FROM email_outbox WHERE kind = 'MEMBER_INVITATION' AND to_address = $1 ORDER BY created_at DESC LIMIT 1`,
    [to],
  );
  const match = /\/invitations\/accept\?token=([A-Za-z0-9_-]+)/.exec(row?.text_body ?? '');
  if (!match) throw new Error(`no invitation email to ${to}`);
  recordSecret(match[1]);
  return match[1];
}

import type { DataSource } from 'typeorm';
import type { Product } from '@manager/api-catalog';
import type { Membership, Organization } from '@manager/api-organizations';
import { withSummaries } from './audit';
import type { Fixtures } from './fixtures';
import { recordSecret } from './log-leaks';

const PARTNERSHIP_FIELDS = `id status access billingOwner initiatedBy endsAt invitationExpiresAt invitationSentAt acceptedAt endedAt endedBySide clientOrganizationId partnerOrganizationId`;
const payload = (name: string, input: string) =>
  `mutation M($input: ${input}!) { ${name}(input: $input) { partnership { ${PARTNERSHIP_FIELDS} } } }`;

export const GRANT = payload('grantPartnerAccess', 'GrantPartnerAccessInput');
export const RESEND = payload('resendPartnerInvitation', 'PartnershipIdInput');
export const CANCEL = payload('cancelPartnerInvitation', 'PartnershipIdInput');
export const ACCEPT_REQUEST = payload('acceptPartnerRequest', 'ReviewPartnerRequestInput');
export const REFUSE_REQUEST = payload('refusePartnerRequest', 'PartnershipIdInput');
export const ACCEPT = payload('acceptPartnershipInvitation', 'RespondToPartnershipInvitationInput');
export const REFUSE = payload('refusePartnershipInvitation', 'RespondToPartnershipInvitationInput');
export const UPDATE_SCOPE = payload('updatePartnershipScope', 'UpdatePartnershipScopeInput');
export const SET_END = payload('setPartnershipEndDate', 'SetPartnershipEndDateInput');
export const TERMINATE = payload('terminatePartnership', 'TerminatePartnershipInput');
export const REQUEST = `mutation M($input: RequestClientAccessInput!) { requestClientAccess(input: $input) { requestedEmail } }`;
export const PREVIEW = `query P($token: String!) { partnershipInvitation(token: $token) { partnershipId clientName partnerName access billingOwner productNames expiresAt } }`;
export const ORGANIZATION_PRODUCTS = `query O($id: ID!) { organization(id: $id) { id name products(first: 50) { totalCount edges { node { id name } } } } }`;

export const PEOPLE = {
  clientLr: 'lr@acme.test',
  clientAdmin: 'admin@acme.test',
  clientUser: 'user@acme.test',
  partnerLr: 'paul@pixel.test',
  partnerAdmin: 'sara@pixel.test',
  partnerUser: 'tom@pixel.test',
  partnerContact: 'hello@pixel.test',
  outsider: 'otto@other.test',
} as const;

/** A client (Acme SA, 4 products), a listed partner (Pixel Partners), an unlisted one, and an unrelated organization. */
export interface PartnerWorld {
  client: Organization;
  products: Product[];
  partner: Organization;
  partnerProducts: Product[];
  unlisted: Organization;
  other: Organization;
  otherProducts: Product[];
  memberships: Record<keyof typeof PEOPLE, Membership | undefined>;
}

async function partnerProfile(dataSource: DataSource, organization: Organization, publicName: string, contactEmail: string, listed: boolean) {
  await dataSource.query(
    `INSERT INTO partner_profile (organization_id, public_name, contact_email, listed, reseller_discount_bp, commission_bp) VALUES ($1, $2, $3, $4, 1500, 1000)`,
    [organization.id, publicName, contactEmail, listed],
  );
}

export async function seedPartnerWorld(fixtures: Fixtures, dataSource: DataSource): Promise<PartnerWorld> {
  const client = await fixtures.organization({ name: 'Acme SA' });
  const partner = await fixtures.organization({ name: 'Pixel Partners Sàrl' });
  const unlisted = await fixtures.organization({ name: 'Quiet Agency' });
  const other = await fixtures.organization({ name: 'Other GmbH', country: 'DE', currency: 'EUR' });
  await partnerProfile(dataSource, partner, 'Pixel Partners', PEOPLE.partnerContact, true);
  await partnerProfile(dataSource, unlisted, 'Quiet Agency', 'hi@quiet.test', false);
  const products = await fixtures.products(client, 4);
  const partnerProducts = await fixtures.products(partner, 1);
  const otherProducts = await fixtures.products(other, 2);
  const member = async (key: keyof typeof PEOPLE, name: string, organization: Organization, role: Membership['role']) =>
    fixtures.membership(await fixtures.user({ email: PEOPLE[key], displayName: name }), organization, role);
  const memberships = {
    clientLr: await member('clientLr', 'Lea Roth', client, 'LEGAL_RESPONSIBLE'),
    clientAdmin: await member('clientAdmin', 'Adam Ibar', client, 'ADMIN'),
    clientUser: await member('clientUser', 'Ursula Sen', client, 'USER'),
    partnerLr: await member('partnerLr', 'Paul Meier', partner, 'LEGAL_RESPONSIBLE'),
    partnerAdmin: await member('partnerAdmin', 'Sara Rochat', partner, 'ADMIN'),
    partnerUser: await member('partnerUser', 'Tom Girard', partner, 'USER'),
    partnerContact: undefined,
    outsider: await member('outsider', 'Otto Side', other, 'LEGAL_RESPONSIBLE'),
  };
  return { client, products, partner, partnerProducts, unlisted, other, otherProducts, memberships };
}

const COUNTED = ['partnership', 'partnership_product', 'membership', 'membership_product_grant', 'email_outbox', 'audit_event'] as const;

/** Rows in every table the lifecycle writes, and every partnership's state: equal before and after a refusal. */
export async function partnershipSnapshot(dataSource: DataSource): Promise<unknown> {
  const [counts] = await dataSource.query(`SELECT ${COUNTED.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  return {
    counts,
    partnerships: await dataSource.query(
      `SELECT id, status, access, billing_owner, ends_at, encode(invitation_token_hash, 'hex') AS token, invitation_sent_at, invitation_expires_at,
              accepted_at, ended_at, reminded_7d_at, reminded_1d_at
       FROM partnership ORDER BY id`,
    ),
    products: await dataSource.query(`SELECT partnership_id, product_id FROM partnership_product ORDER BY 1, 2`),
    memberships: await dataSource.query(`SELECT id, role FROM membership ORDER BY id`),
  };
}

export interface OutboxEmail {
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
}

export async function emails(dataSource: DataSource, kind?: string): Promise<OutboxEmail[]> {
  return dataSource.query(
    `SELECT kind, to_address, subject, text_body, html_body FROM email_outbox ${kind ? 'WHERE kind = $1' : ''} ORDER BY created_at, to_address`,
    kind ? [kind] : [],
  );
}

/** The token in the newest partnership invitation email to `to`. */
export async function partnershipToken(dataSource: DataSource, to: string = PEOPLE.partnerLr): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT text_body FROM email_outbox WHERE kind = 'PARTNERSHIP_INVITATION' AND to_address = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [to],
  );
  const match = /\/partners\/invitations\?token=([A-Za-z0-9_-]+)/.exec(row?.text_body ?? '');
  if (!match) throw new Error(`no partnership invitation email to ${to}`);
  recordSecret(match[1]);
  return match[1];
}

type TrailRow = { actor_name: string; action: string; summary: string; partner_organization_id: string | null };

/** An organization's trail as people read it, in order of time, then action, then sentence. */
export async function trail(dataSource: DataSource, organizationId: string): Promise<TrailRow[]> {
  const rows = withSummaries(
    (await dataSource.query(
      `SELECT created_at::text AS at, actor_name, action, data, partner_organization_id FROM audit_event WHERE organization_id = $1 ORDER BY created_at, action`,
      [organizationId],
    )) as (Omit<TrailRow, 'summary'> & { at: string; data: unknown })[],
  ).map((row, position) => ({ row, position }));
  // Events of one instant and action (one transaction) read in the order of their sentences.
  const sameEvent = (a: { at: string; action: string }, b: { at: string; action: string }) => a.at === b.at && a.action === b.action;
  rows.sort((a, b) => (sameEvent(a.row, b.row) ? (a.row.summary < b.row.summary ? -1 : a.row.summary > b.row.summary ? 1 : 0) : a.position - b.position));
  return rows.map(({ row: { at: _at, ...row } }) => row);
}

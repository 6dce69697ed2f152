import { seedDemoData } from '@manager/demo-seed';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLResponse, type GraphQLTestClient } from './support/graphql-client';
import { signedIn } from './support/members';
import {
  ACCEPT,
  ACCEPT_REQUEST,
  CANCEL,
  emails,
  GRANT,
  ORGANIZATION_PRODUCTS,
  partnershipSnapshot,
  partnershipToken,
  PEOPLE,
  PREVIEW,
  REFUSE,
  REFUSE_REQUEST,
  REQUEST,
  RESEND,
  seedPartnerWorld,
  SET_END,
  TERMINATE,
  trail,
  UPDATE_SCOPE,
  type PartnerWorld,
} from './support/partnerships';
import { startTestServer, type TestServer } from './support/test-server';

const PUBLIC_URL = 'https://manager.example.test';
const READ = `query R($id: ID!) { partnership(id: $id) { id status access billingOwner endedBySide } }`;
const field = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['field'];
const DAY = 24 * 60 * 60 * 1000;

describe('partnership lifecycle', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let world: PartnerWorld;

  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL, OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    world = await seedPartnerWorld(fixtures, server.dataSource);
  });

  const as = (email: string) => signedIn(server, email);

  async function grant(input: Record<string, unknown> = {}) {
    const lr = await as(PEOPLE.clientLr);
    const { grantPartnerAccess } = await lr.data(GRANT, {
      input: {
        clientOrganizationId: world.client.id,
        partnerOrganizationId: world.partner.id,
        access: 'LIMITED',
        productIds: [world.products[0].id, world.products[1].id],
        ...input,
      },
    });
    return { partnership: grantPartnerAccess.partnership, token: await partnershipToken(server.dataSource), lr };
  }

  async function active(input: Record<string, unknown> = {}) {
    const granted = await grant(input);
    const partner = await as(PEOPLE.partnerLr);
    await partner.data(ACCEPT, { input: { token: granted.token } });
    await server.dataSource.query(`DELETE FROM email_outbox`);
    return { ...granted, partner };
  }

  /** A refused request writes nothing: same rows before and after. */
  async function refusedWithoutWriting(run: () => Promise<GraphQLResponse>, code: string, expectedField?: string): Promise<GraphQLResponse> {
    const before = await partnershipSnapshot(server.dataSource);
    const response = await run();
    expect(errorCode(response)).toBe(code);
    if (expectedField !== undefined) expect(field(response)).toBe(expectedField);
    expect(await partnershipSnapshot(server.dataSource)).toEqual(before);
    return response;
  }

  async function productNamesSeenBy(client: GraphQLTestClient) {
    const response = await client.request(ORGANIZATION_PRODUCTS, { id: world.client.id });
    if (errorCode(response)) return errorCode(response);
    return (response.data as any).organization.products.edges.map((e: any) => e.node.name);
  }

  describe('grant → accept', () => {
    it('invites the partner by email (contact and LR), previews, and starts the partnership on acceptance', async () => {
      const { partnership, token } = await grant({ endsAt: new Date(Date.now() + 30 * DAY).toISOString() });
      expect(partnership).toMatchObject({ status: 'PENDING', access: 'LIMITED', billingOwner: null, initiatedBy: 'CLIENT', acceptedAt: null });
      const days = (Date.parse(partnership.invitationExpiresAt) - Date.now()) / DAY;
      expect(days).toBeGreaterThan(13.9);
      expect(days).toBeLessThanOrEqual(14);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      const [stored] = await server.dataSource.query(`SELECT encode(invitation_token_hash, 'hex') AS hash FROM partnership`);
      expect(stored.hash).toHaveLength(64);
      expect(stored.hash).not.toContain(Buffer.from(token, 'base64url').toString('hex'));

      const invitations = await emails(server.dataSource);
      expect(invitations.map((e) => [e.kind, e.to_address])).toEqual([
        ['PARTNERSHIP_INVITATION', PEOPLE.partnerContact],
        ['PARTNERSHIP_INVITATION', PEOPLE.partnerLr],
      ]);
      for (const email of invitations) {
        expect(email.subject).toBe('Acme SA invites Pixel Partners to manage its products');
        for (const body of [email.text_body, email.html_body]) {
          expect(body).toContain(`${PUBLIC_URL}/partners/invitations?token=${token}`);
          expect(body).toContain('Lea Roth');
          expect(body).toContain(world.products[0].name);
          expect(body).toContain(world.products[1].name);
        }
        const refuse = `${PUBLIC_URL}/partners/invitations?token=${token}&answer=refuse`;
        expect(email.text_body).toContain(refuse);
        expect(email.html_body).toContain(refuse.replace('&', '&amp;'));
      }
      // Nothing is reachable while pending.
      const partner = await as(PEOPLE.partnerAdmin);
      expect(await productNamesSeenBy(partner)).toBe('NOT_FOUND');

      const { partnershipInvitation } = await partner.data(PREVIEW, { token });
      expect(partnershipInvitation).toEqual({
        partnershipId: partnership.id,
        clientName: 'Acme SA',
        partnerName: 'Pixel Partners',
        access: 'LIMITED',
        billingOwner: null,
        productNames: [world.products[0].name, world.products[1].name],
        expiresAt: partnership.invitationExpiresAt,
      });

      const { acceptPartnershipInvitation } = await partner.data(ACCEPT, { input: { token } });
      expect(acceptPartnershipInvitation.partnership).toMatchObject({ id: partnership.id, status: 'ACTIVE', access: 'LIMITED' });
      expect(acceptPartnershipInvitation.partnership.acceptedAt).not.toBeNull();
      expect(await productNamesSeenBy(partner)).toEqual([world.products[0].name, world.products[1].name]);

      // The link works once.
      expect((await partner.data(PREVIEW, { token })).partnershipInvitation).toBeNull();
      const again = await partner.request(ACCEPT, { input: { token } });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(field(again)).toBe('token');

      const accepted = await emails(server.dataSource, 'PARTNERSHIP_ACCEPTED');
      expect(accepted.map((e) => e.to_address).sort()).toEqual([PEOPLE.clientLr, PEOPLE.partnerContact, PEOPLE.partnerLr].sort());
      const toClient = accepted.find((e) => e.to_address === PEOPLE.clientLr) as { text_body: string };
      expect(toClient.text_body).toContain(`${PUBLIC_URL}/org/${world.client.id}/partners/${partnership.id}`);
      expect(toClient.text_body).toContain('Sara Rochat accepted');
      const toPartner = accepted.find((e) => e.to_address === PEOPLE.partnerLr) as { text_body: string };
      expect(toPartner.text_body).toContain(`${PUBLIC_URL}/org/${world.partner.id}/clients`);

      expect(await trail(server.dataSource, world.client.id)).toEqual([
        {
          actor_name: 'Lea Roth',
          action: 'partnership.invited',
          summary: `Invited Pixel Partners to manage the organization with limited access to 2 products until ${new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10)}`,
          partner_organization_id: null,
        },
        {
          actor_name: 'Sara Rochat',
          action: 'partnership.accepted',
          summary: 'The partner accepted the invitation: Pixel Partners now has limited access to 2 products',
          partner_organization_id: world.partner.id,
        },
      ]);
      expect((await trail(server.dataSource, world.partner.id)).map((e) => [e.actor_name, e.action, e.partner_organization_id])).toEqual([
        ['Lea Roth', 'partnership.invited', null],
        ['Sara Rochat', 'partnership.accepted', null],
      ]);
    });

    it('accepts from the partner’s pending list (by id), with COMPLETE access covering every product', async () => {
      const { partnership } = await grant({ access: 'COMPLETE', productIds: null, billingOwner: 'PARTNER' });
      const partner = await as(PEOPLE.partnerLr);
      const { acceptPartnershipInvitation } = await partner.data(ACCEPT, { input: { partnershipId: partnership.id } });
      expect(acceptPartnershipInvitation.partnership).toMatchObject({ status: 'ACTIVE', access: 'COMPLETE', billingOwner: 'PARTNER' });
      expect(await productNamesSeenBy(partner)).toHaveLength(4);
      // The token died with the answer.
      expect((await partner.data(PREVIEW, { token: await partnershipToken(server.dataSource) })).partnershipInvitation).toBeNull();
    });

    it('folds the EXTERNAL membership of a partner’s person into the partnership, keeping their products in the LIMITED scope', async () => {
      const tomExternal = await fixtures.membership(
        (await server.dataSource.query(`SELECT * FROM app_user WHERE email = $1`, [PEOPLE.partnerUser]))[0],
        world.client,
        'EXTERNAL',
      );
      await fixtures.grant(tomExternal, [world.products[1], world.products[3]]);
      // An EXTERNAL person of the client who is not in the partner stays as is.
      const stranger = await fixtures.membership(await fixtures.user({ displayName: 'Stranger' }), world.client, 'EXTERNAL');
      const tom = await as(PEOPLE.partnerUser);
      expect(await productNamesSeenBy(tom)).toEqual([world.products[1].name, world.products[3].name]);

      const { partnership } = await active();
      const memberships = await server.dataSource.query(`SELECT id FROM membership WHERE organization_id = $1 AND role = 'EXTERNAL'`, [world.client.id]);
      expect(memberships).toEqual([{ id: stranger.id }]);
      const scope = await server.dataSource.query(`SELECT product_id FROM partnership_product WHERE partnership_id = $1 ORDER BY product_id`, [partnership.id]);
      expect(scope.map((r: any) => r.product_id).sort()).toEqual([world.products[0].id, world.products[1].id, world.products[3].id].sort());
      // Nothing is lost: Tom now sees the scope through the partnership (his grants included).
      expect(await productNamesSeenBy(tom)).toEqual([world.products[0].name, world.products[1].name, world.products[3].name]);
      const folded = (await trail(server.dataSource, world.client.id)).filter((e) => e.action === 'partnership.external_member_folded');
      expect(folded).toEqual([
        {
          actor_name: 'Paul Meier',
          action: 'partnership.external_member_folded',
          summary: "Tom Girard's external membership ended: the partnership with Pixel Partners covers it now (2 granted products kept in its scope (1 added))",
          partner_organization_id: world.partner.id,
        },
      ]);
    });

    it('folds EXTERNAL memberships with COMPLETE access too', async () => {
      const paul = (await server.dataSource.query(`SELECT * FROM app_user WHERE email = $1`, [PEOPLE.partnerLr]))[0];
      await fixtures.membership(paul, world.client, 'EXTERNAL');
      await active({ access: 'COMPLETE', productIds: null, billingOwner: 'CLIENT' });
      expect(await server.dataSource.query(`SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2`, [world.client.id, paul.id])).toEqual([]);
      const [event] = (await trail(server.dataSource, world.client.id)).filter((e) => e.action === 'partnership.external_member_folded');
      expect(event.summary).toContain('complete access covers every product');
    });
  });

  describe('grant → refuse, cancel, resend', () => {
    it('refuses (by id): REFUSED, the client is emailed, the token is dead, nothing is reachable', async () => {
      const { partnership, token } = await grant({ access: 'COMPLETE', productIds: null, billingOwner: 'CLIENT' });
      const partner = await as(PEOPLE.partnerLr);
      const { refusePartnershipInvitation } = await partner.data(REFUSE, { input: { partnershipId: partnership.id } });
      expect(refusePartnershipInvitation.partnership).toMatchObject({ status: 'REFUSED', endedBySide: 'PARTNER' });
      const refused = await emails(server.dataSource, 'PARTNERSHIP_REFUSED');
      expect(refused.map((e) => e.to_address)).toEqual([PEOPLE.clientLr]);
      expect(refused[0].text_body).toContain(`${PUBLIC_URL}/org/${world.client.id}/partners/${partnership.id}`);
      expect((await partner.data(PREVIEW, { token })).partnershipInvitation).toBeNull();
      expect(field(await partner.request(ACCEPT, { input: { token } }))).toBe('token');
      expect(await productNamesSeenBy(partner)).toBe('NOT_FOUND');
      expect((await trail(server.dataSource, world.client.id)).at(-1)).toMatchObject({
        action: 'partnership.refused',
        summary: 'Pixel Partners refused the invitation',
        partner_organization_id: world.partner.id,
      });
      // A refused invitation makes way for a new one.
      const lr = await as(PEOPLE.clientLr);
      expect(
        errorCode(
          await lr.request(GRANT, {
            input: { clientOrganizationId: world.client.id, partnerOrganizationId: world.partner.id, access: 'COMPLETE', billingOwner: 'CLIENT' },
          }),
        ),
      ).toBeUndefined();
    });

    it('refuses by token', async () => {
      const { token } = await grant();
      const partner = await as(PEOPLE.partnerAdmin);
      const { refusePartnershipInvitation } = await partner.data(REFUSE, { input: { token } });
      expect(refusePartnershipInvitation.partnership.status).toBe('REFUSED');
    });

    it('cancels (the client deletes its invitation): CANCELLED, the token is dead, and a new invitation can follow', async () => {
      const { partnership, token, lr } = await grant();
      const { cancelPartnerInvitation } = await lr.data(CANCEL, { input: { partnershipId: partnership.id } });
      expect(cancelPartnerInvitation.partnership).toMatchObject({ status: 'CANCELLED', endedBySide: 'CLIENT' });
      const partner = await as(PEOPLE.partnerLr);
      expect((await partner.data(PREVIEW, { token })).partnershipInvitation).toBeNull();
      expect(field(await partner.request(ACCEPT, { input: { token } }))).toBe('token');
      expect(errorCode(await partner.request(ACCEPT, { input: { partnershipId: partnership.id } }))).toBe('CONFLICT');
      expect((await trail(server.dataSource, world.partner.id)).at(-1)).toMatchObject({ action: 'partnership.invitation_cancelled', summary: 'Acme SA deleted its invitation' });
      await grant();
      expect(await server.dataSource.query(`SELECT status FROM partnership ORDER BY created_at`)).toEqual([{ status: 'CANCELLED' }, { status: 'PENDING' }]);
    });

    it('resends at most once a minute, with a new link: the old one dies', async () => {
      const { partnership, token: first, lr } = await grant();
      const throttled = await refusedWithoutWriting(() => lr.request(RESEND, { input: { partnershipId: partnership.id } }), 'TOO_MANY_REQUESTS');
      expect(throttled.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(55);
      await server.dataSource.query(`UPDATE partnership SET invitation_sent_at = now() - interval '61 seconds'`);
      const { resendPartnerInvitation } = await lr.data(RESEND, { input: { partnershipId: partnership.id } });
      expect(resendPartnerInvitation.partnership.status).toBe('PENDING');
      const second = await partnershipToken(server.dataSource);
      expect(second).not.toBe(first);
      expect(await emails(server.dataSource, 'PARTNERSHIP_INVITATION')).toHaveLength(4);
      const partner = await as(PEOPLE.partnerLr);
      expect((await partner.data(PREVIEW, { token: first })).partnershipInvitation).toBeNull();
      expect(field(await partner.request(ACCEPT, { input: { token: first } }))).toBe('token');
      expect((await partner.data(ACCEPT, { input: { token: second } })).acceptPartnershipInvitation.partnership.status).toBe('ACTIVE');
    });

    it('refuses an expired invitation (token and id), and lets it make way for a new grant', async () => {
      const { partnership, token } = await grant();
      await server.dataSource.query(`UPDATE partnership SET invitation_expires_at = now() - interval '1 second', invitation_sent_at = now() - interval '15 days'`);
      const partner = await as(PEOPLE.partnerLr);
      expect((await partner.data(PREVIEW, { token })).partnershipInvitation).toBeNull();
      await refusedWithoutWriting(() => partner.request(ACCEPT, { input: { token } }), 'BAD_USER_INPUT', 'token');
      await refusedWithoutWriting(() => partner.request(ACCEPT, { input: { partnershipId: partnership.id } }), 'CONFLICT', 'partnershipId');
      // A new grant replaces it.
      await grant();
      expect(await server.dataSource.query(`SELECT status FROM partnership ORDER BY created_at`)).toEqual([{ status: 'CANCELLED' }, { status: 'PENDING' }]);
    });
  });

  describe('partner-initiated requests', () => {
    async function request(input: Record<string, unknown> = {}, email: string = PEOPLE.partnerLr) {
      const partner = await as(email);
      const { requestClientAccess } = await partner.data(REQUEST, {
        input: { partnerOrganizationId: world.partner.id, legalResponsibleEmail: ` ${PEOPLE.clientLr.toUpperCase()} `, access: 'COMPLETE', billingOwner: 'PARTNER', message: 'As discussed on the phone.', ...input },
      });
      const [row] = await server.dataSource.query(`SELECT id FROM partnership WHERE initiated_by = 'PARTNER' ORDER BY created_at DESC LIMIT 1`);
      return { requestClientAccess, partnershipId: row?.id as string | undefined, partner };
    }

    it('asks the client by its LR’s email; the client accepts with a changed scope → ACTIVE', async () => {
      const { requestClientAccess, partnershipId } = await request();
      expect(requestClientAccess).toEqual({ requestedEmail: PEOPLE.clientLr });
      const [row] = await server.dataSource.query(`SELECT status, access, billing_owner, initiated_by, requested_email, invitation_token_hash FROM partnership`);
      expect(row).toEqual({ status: 'PENDING', access: 'COMPLETE', billing_owner: 'PARTNER', initiated_by: 'PARTNER', requested_email: PEOPLE.clientLr, invitation_token_hash: null });
      const [email] = await emails(server.dataSource);
      expect(email).toMatchObject({ kind: 'PARTNERSHIP_REQUEST', to_address: PEOPLE.clientLr, subject: 'Pixel Partners asks for access to your organization' });
      for (const body of [email.text_body, email.html_body]) {
        expect(body).toContain(`${PUBLIC_URL}/org/${world.client.id}/partners/${partnershipId}`);
        expect(body).toContain('As discussed on the phone.');
        expect(body).toContain('Paul Meier');
      }
      expect(await trail(server.dataSource, world.client.id)).toEqual([
        { actor_name: 'Paul Meier', action: 'partnership.requested', summary: 'Pixel Partners asked for complete access to the organization', partner_organization_id: world.partner.id },
      ]);

      const lr = await as(PEOPLE.clientLr);
      const { acceptPartnerRequest } = await lr.data(ACCEPT_REQUEST, {
        input: { partnershipId, access: 'LIMITED', productIds: [world.products[2].id] },
      });
      expect(acceptPartnerRequest.partnership).toMatchObject({ status: 'ACTIVE', access: 'LIMITED', billingOwner: null, initiatedBy: 'PARTNER' });
      const tom = await as(PEOPLE.partnerUser);
      expect(await productNamesSeenBy(tom)).toEqual([world.products[2].name]);
      const accepted = await emails(server.dataSource, 'PARTNERSHIP_ACCEPTED');
      expect(accepted.map((e) => e.to_address).sort()).toEqual([PEOPLE.clientLr, PEOPLE.partnerContact, PEOPLE.partnerLr].sort());
      expect((await trail(server.dataSource, world.partner.id)).map((e) => e.summary)).toEqual([
        `Asked ${PEOPLE.clientLr} for complete access`,
        'The client accepted the request (it asked for complete access (the partner pays)): Pixel Partners now has limited access to 1 product to Acme SA',
      ]);
    });

    it('never says whether the client exists, and writes only the partner’s own trail when nobody matches', async () => {
      const partner = await as(PEOPLE.partnerAdmin);
      for (const email of ['nobody@nowhere.test', PEOPLE.clientUser]) {
        const { requestClientAccess } = await partner.data(REQUEST, {
          input: { partnerOrganizationId: world.partner.id, legalResponsibleEmail: email, access: 'LIMITED' },
        });
        expect(requestClientAccess).toEqual({ requestedEmail: email });
      }
      expect(await server.dataSource.query(`SELECT 1 FROM partnership`)).toEqual([]);
      expect(await emails(server.dataSource)).toEqual([]);
      expect((await trail(server.dataSource, world.partner.id)).map((e) => e.action)).toEqual(['partnership.request_sent', 'partnership.request_sent']);
      // A second request while one is pending creates nothing more (and says nothing either).
      await request();
      await request();
      expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM partnership`)).toEqual([{ n: 1 }]);
    });

    it('the client refuses: REFUSED, the partner is emailed', async () => {
      const { partnershipId } = await request({ access: 'LIMITED', billingOwner: null });
      const lr = await as(PEOPLE.clientLr);
      const { refusePartnerRequest } = await lr.data(REFUSE_REQUEST, { input: { partnershipId } });
      expect(refusePartnerRequest.partnership).toMatchObject({ status: 'REFUSED', endedBySide: 'CLIENT' });
      expect((await emails(server.dataSource, 'PARTNERSHIP_REFUSED')).map((e) => e.to_address)).toEqual([PEOPLE.partnerContact, PEOPLE.partnerLr]);
      await refusedWithoutWriting(() => lr.request(ACCEPT_REQUEST, { input: { partnershipId, access: 'COMPLETE', billingOwner: 'CLIENT' } }), 'CONFLICT', 'partnershipId');
    });

    it('the partner withdraws its request; each side answers the other’s request with refuse, not cancel', async () => {
      const { partnershipId, partner } = await request();
      const lr = await as(PEOPLE.clientLr);
      await refusedWithoutWriting(() => lr.request(CANCEL, { input: { partnershipId } }), 'FORBIDDEN');
      // The partner cannot accept its own request.
      await refusedWithoutWriting(() => partner.request(ACCEPT, { input: { partnershipId } }), 'CONFLICT', 'partnershipId');
      const { cancelPartnerInvitation } = await partner.data(CANCEL, { input: { partnershipId } });
      expect(cancelPartnerInvitation.partnership).toMatchObject({ status: 'CANCELLED', endedBySide: 'PARTNER' });
      expect((await trail(server.dataSource, world.client.id)).at(-1)).toMatchObject({
        summary: 'Pixel Partners withdrew its request for access',
        partner_organization_id: world.partner.id,
      });
    });

    it('refuses bad requests with their field, writing nothing', async () => {
      const partner = await as(PEOPLE.partnerLr);
      const base = { partnerOrganizationId: world.partner.id, legalResponsibleEmail: PEOPLE.clientLr, access: 'COMPLETE', billingOwner: 'CLIENT' };
      await refusedWithoutWriting(() => partner.request(REQUEST, { input: { ...base, legalResponsibleEmail: 'not an email' } }), 'BAD_USER_INPUT', 'legalResponsibleEmail');
      await refusedWithoutWriting(() => partner.request(REQUEST, { input: { ...base, billingOwner: null } }), 'BAD_USER_INPUT', 'billingOwner');
      await refusedWithoutWriting(() => partner.request(REQUEST, { input: { ...base, access: 'LIMITED' } }), 'BAD_USER_INPUT', 'billingOwner');
      await refusedWithoutWriting(() => partner.request(REQUEST, { input: { ...base, message: 'x'.repeat(501) } }), 'BAD_USER_INPUT', 'message');
      // Roles: a partner's USER may not; the client's LR asking "as partner" of a non-partner organization may not.
      await refusedWithoutWriting(async () => (await as(PEOPLE.partnerUser)).request(REQUEST, { input: base }), 'FORBIDDEN');
      await refusedWithoutWriting(
        async () => (await as(PEOPLE.outsider)).request(REQUEST, { input: { ...base, partnerOrganizationId: world.other.id } }),
        'FORBIDDEN',
      );
      await refusedWithoutWriting(async () => (await as(PEOPLE.outsider)).request(REQUEST, { input: base }), 'NOT_FOUND');
      // The client's accept checks the scope it chooses.
      const { partnershipId } = await request();
      const lr = await as(PEOPLE.clientLr);
      await refusedWithoutWriting(() => lr.request(ACCEPT_REQUEST, { input: { partnershipId, access: 'LIMITED', productIds: [] } }), 'BAD_USER_INPUT', 'productIds');
      await refusedWithoutWriting(
        () => lr.request(ACCEPT_REQUEST, { input: { partnershipId, access: 'LIMITED', productIds: [world.otherProducts[0].id] } }),
        'BAD_USER_INPUT',
        'productIds',
      );
      await refusedWithoutWriting(() => lr.request(ACCEPT_REQUEST, { input: { partnershipId, access: 'COMPLETE' } }), 'BAD_USER_INPUT', 'billingOwner');
      await refusedWithoutWriting(
        () => lr.request(ACCEPT_REQUEST, { input: { partnershipId, access: 'COMPLETE', billingOwner: 'CLIENT', endsAt: new Date(Date.now() - DAY).toISOString() } }),
        'BAD_USER_INPUT',
        'endsAt',
      );
      const admin = await as(PEOPLE.clientAdmin);
      await refusedWithoutWriting(() => admin.request(ACCEPT_REQUEST, { input: { partnershipId, access: 'COMPLETE', billingOwner: 'CLIENT' } }), 'FORBIDDEN');
      await server.dataSource.query(`UPDATE partnership SET invitation_expires_at = now() - interval '1 second'`);
      await refusedWithoutWriting(() => lr.request(ACCEPT_REQUEST, { input: { partnershipId, access: 'COMPLETE', billingOwner: 'CLIENT' } }), 'CONFLICT', 'partnershipId');
    });
  });

  describe('changes to an active partnership', () => {
    it('adds and removes products, moves LIMITED ↔ COMPLETE (billing owner required, then cleared), and emails the partner', async () => {
      const { partnership, lr, partner } = await active();
      const id = partnership.id;
      const { updatePartnershipScope: limited } = await lr.data(UPDATE_SCOPE, {
        input: { partnershipId: id, access: 'LIMITED', productIds: [world.products[1].id, world.products[2].id, world.products[3].id] },
      });
      expect(limited.partnership).toMatchObject({ access: 'LIMITED', billingOwner: null });
      expect(await productNamesSeenBy(partner)).toEqual([world.products[1].name, world.products[2].name, world.products[3].name]);
      await refusedWithoutWriting(() => lr.request(UPDATE_SCOPE, { input: { partnershipId: id, access: 'COMPLETE' } }), 'BAD_USER_INPUT', 'billingOwner');
      const { updatePartnershipScope: complete } = await lr.data(UPDATE_SCOPE, { input: { partnershipId: id, access: 'COMPLETE', billingOwner: 'PARTNER' } });
      expect(complete.partnership).toMatchObject({ access: 'COMPLETE', billingOwner: 'PARTNER' });
      expect(await productNamesSeenBy(partner)).toHaveLength(4);
      expect(await server.dataSource.query(`SELECT 1 FROM partnership_product`)).toEqual([]);
      await lr.data(UPDATE_SCOPE, { input: { partnershipId: id, access: 'COMPLETE', billingOwner: 'CLIENT' } });
      await refusedWithoutWriting(
        () => lr.request(UPDATE_SCOPE, { input: { partnershipId: id, access: 'LIMITED', billingOwner: 'CLIENT', productIds: [world.products[0].id] } }),
        'BAD_USER_INPUT',
        'billingOwner',
      );
      const { updatePartnershipScope: back } = await lr.data(UPDATE_SCOPE, { input: { partnershipId: id, access: 'LIMITED', productIds: [world.products[0].id] } });
      expect(back.partnership).toMatchObject({ access: 'LIMITED', billingOwner: null });
      expect(await productNamesSeenBy(partner)).toEqual([world.products[0].name]);

      const changed = await emails(server.dataSource, 'PARTNERSHIP_CHANGED');
      expect(changed).toHaveLength(8);
      expect(new Set(changed.map((e) => e.to_address))).toEqual(new Set([PEOPLE.partnerContact, PEOPLE.partnerLr]));
      expect(changed.map((e) => e.text_body).join('\n')).toContain('changed who pays: the client pays from now on');
      expect((await trail(server.dataSource, world.partner.id)).map((e) => e.summary).filter((s) => s.startsWith('Acme SA changed'))).toEqual([
        'Acme SA changed the products in scope (2 added, 1 removed; 3 in all)',
        'Acme SA changed the access from limited access to 3 products to complete access (the partner pays)',
        'Acme SA changed who pays: the client pays from now on',
        'Acme SA changed the access from complete access (the client pays) to limited access to 1 product',
      ]);
    });

    it('sets an end date in the future, after which the partnership grants nothing, and clears it', async () => {
      const { partnership, lr, partner } = await active();
      await refusedWithoutWriting(
        () => lr.request(SET_END, { input: { partnershipId: partnership.id, endsAt: new Date(Date.now() - 60_000).toISOString() } }),
        'BAD_USER_INPUT',
        'endsAt',
      );
      const endsAt = new Date(Date.now() + 10 * DAY);
      const { setPartnershipEndDate } = await lr.data(SET_END, { input: { partnershipId: partnership.id, endsAt: endsAt.toISOString() } });
      expect(setPartnershipEndDate.partnership.endsAt).toBe(endsAt.toISOString());
      const [email] = await emails(server.dataSource, 'PARTNERSHIP_CHANGED');
      // The day as Intl writes it in the reader's regional locale (English without a choice: en-GB).
      expect(email.text_body).toContain(`set the end of the partnership to ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(endsAt)}`);
      // Time passes (the date moves to the past): nothing is granted any more.
      await server.dataSource.query(`UPDATE partnership SET ends_at = now() - interval '1 second'`);
      expect(await productNamesSeenBy(partner)).toBe('NOT_FOUND');
      const { setPartnershipEndDate: cleared } = await lr.data(SET_END, { input: { partnershipId: partnership.id, endsAt: null } });
      expect(cleared.partnership.endsAt).toBeNull();
      expect(await productNamesSeenBy(partner)).toHaveLength(2);
    });
  });

  describe('termination', () => {
    it('from the client side, confirmed with the password: access ends at once, both sides emailed, history readable', async () => {
      const { partnership, lr, partner } = await active();
      expect(await productNamesSeenBy(partner)).toHaveLength(2);
      await refusedWithoutWriting(() => lr.request(TERMINATE, { input: { partnershipId: partnership.id, password: 'wrong password' } }), 'BAD_USER_INPUT', 'password');
      const { terminatePartnership } = await lr.data(TERMINATE, { input: { partnershipId: partnership.id, password: PASSWORD } });
      expect(terminatePartnership.partnership).toMatchObject({ status: 'TERMINATED', endedBySide: 'CLIENT' });
      expect(terminatePartnership.partnership.endedAt).not.toBeNull();
      // The partner's very next request (same session) no longer reaches the client.
      expect(await productNamesSeenBy(partner)).toBe('NOT_FOUND');
      const ended = await emails(server.dataSource, 'PARTNERSHIP_TERMINATED');
      expect(ended.map((e) => e.to_address).sort()).toEqual([PEOPLE.clientLr, PEOPLE.partnerContact, PEOPLE.partnerLr].sort());
      expect(ended[0].text_body).toContain('Lea Roth of Acme SA ended the partnership');
      expect((await lr.data(READ, { id: partnership.id })).partnership.status).toBe('TERMINATED');
      expect((await partner.data(READ, { id: partnership.id })).partnership.status).toBe('TERMINATED');
      expect((await trail(server.dataSource, world.partner.id)).at(-1)).toMatchObject({ action: 'partnership.terminated', summary: 'Acme SA ended the partnership' });
      // Nothing more can happen to it.
      await refusedWithoutWriting(() => lr.request(TERMINATE, { input: { partnershipId: partnership.id, password: PASSWORD } }), 'CONFLICT', 'partnershipId');
      await refusedWithoutWriting(
        () => lr.request(UPDATE_SCOPE, { input: { partnershipId: partnership.id, access: 'COMPLETE', billingOwner: 'CLIENT' } }),
        'CONFLICT',
        'partnershipId',
      );
      await refusedWithoutWriting(() => lr.request(SET_END, { input: { partnershipId: partnership.id, endsAt: null } }), 'CONFLICT', 'partnershipId');
      await refusedWithoutWriting(() => lr.request(RESEND, { input: { partnershipId: partnership.id } }), 'CONFLICT', 'partnershipId');
      const response = await refusedWithoutWriting(() => lr.request(CANCEL, { input: { partnershipId: partnership.id } }), 'CONFLICT', 'partnershipId');
      expect(response.errors?.[0]?.message).toMatch(/terminated/);
    });

    it('from the partner side (an administrator), confirmed with the password', async () => {
      const { partnership } = await active({ access: 'COMPLETE', productIds: null, billingOwner: 'PARTNER' });
      const sara = await as(PEOPLE.partnerAdmin);
      await refusedWithoutWriting(() => sara.request(TERMINATE, { input: { partnershipId: partnership.id, password: 'nope' } }), 'BAD_USER_INPUT', 'password');
      const { terminatePartnership } = await sara.data(TERMINATE, { input: { partnershipId: partnership.id, password: PASSWORD } });
      expect(terminatePartnership.partnership).toMatchObject({ status: 'TERMINATED', endedBySide: 'PARTNER' });
      expect(await productNamesSeenBy(sara)).toBe('NOT_FOUND');
      expect((await emails(server.dataSource, 'PARTNERSHIP_TERMINATED'))[0].text_body).toContain('Sara Rochat of Pixel Partners ended the partnership');
      expect((await trail(server.dataSource, world.client.id)).at(-1)).toMatchObject({
        actor_name: 'Sara Rochat',
        summary: 'Pixel Partners ended the partnership',
        partner_organization_id: world.partner.id,
      });
    });

    it('refuses the roles that may not end it, and outsiders do not see it', async () => {
      const { partnership } = await active();
      for (const email of [PEOPLE.clientAdmin, PEOPLE.partnerUser]) {
        await refusedWithoutWriting(async () => (await as(email)).request(TERMINATE, { input: { partnershipId: partnership.id, password: PASSWORD } }), 'FORBIDDEN');
      }
      for (const email of [PEOPLE.clientUser, PEOPLE.outsider]) {
        await refusedWithoutWriting(async () => (await as(email)).request(TERMINATE, { input: { partnershipId: partnership.id, password: PASSWORD } }), 'NOT_FOUND');
      }
      const lr = await as(PEOPLE.clientLr);
      await refusedWithoutWriting(() => lr.request(TERMINATE, { input: { partnershipId: '00000000-0000-4000-8000-000000000000', password: PASSWORD } }), 'NOT_FOUND');
      await refusedWithoutWriting(() => lr.request(TERMINATE, { input: { partnershipId: 'garbage', password: PASSWORD } }), 'NOT_FOUND');
    });
  });

  describe('bad input on grant: a clear code and field, nothing written', () => {
    const grantAs = async (email: string, input: Record<string, unknown>) =>
      (await as(email)).request(GRANT, {
        input: { clientOrganizationId: world.client.id, partnerOrganizationId: world.partner.id, access: 'LIMITED', productIds: [world.products[0].id], ...input },
      });

    it('refuses each bad grant', async () => {
      const lr = PEOPLE.clientLr;
      await refusedWithoutWriting(() => grantAs(lr, { partnerOrganizationId: world.unlisted.id }), 'NOT_FOUND', 'partnerOrganizationId');
      await refusedWithoutWriting(() => grantAs(lr, { partnerOrganizationId: world.other.id }), 'NOT_FOUND', 'partnerOrganizationId');
      await refusedWithoutWriting(() => grantAs(lr, { partnerOrganizationId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', 'partnerOrganizationId');
      await refusedWithoutWriting(() => grantAs(lr, { partnerOrganizationId: 'nonsense' }), 'NOT_FOUND', 'partnerOrganizationId');
      await refusedWithoutWriting(() => grantAs(lr, { partnerOrganizationId: world.client.id }), 'BAD_USER_INPUT', 'partnerOrganizationId');
      await refusedWithoutWriting(() => grantAs(lr, { productIds: [] }), 'BAD_USER_INPUT', 'productIds');
      await refusedWithoutWriting(() => grantAs(lr, { productIds: null }), 'BAD_USER_INPUT', 'productIds');
      await refusedWithoutWriting(() => grantAs(lr, { productIds: [world.products[0].id, world.otherProducts[0].id] }), 'BAD_USER_INPUT', 'productIds');
      await refusedWithoutWriting(() => grantAs(lr, { productIds: ['not-a-uuid'] }), 'BAD_USER_INPUT', 'productIds');
      await refusedWithoutWriting(() => grantAs(lr, { billingOwner: 'CLIENT' }), 'BAD_USER_INPUT', 'billingOwner');
      await refusedWithoutWriting(() => grantAs(lr, { access: 'COMPLETE', productIds: null }), 'BAD_USER_INPUT', 'billingOwner');
      await refusedWithoutWriting(() => grantAs(lr, { endsAt: new Date(Date.now() - 1000).toISOString() }), 'BAD_USER_INPUT', 'endsAt');
      // Roles: only the client's LR; a partner's person acting in the client may not either.
      await refusedWithoutWriting(() => grantAs(PEOPLE.clientAdmin, {}), 'FORBIDDEN');
      await refusedWithoutWriting(() => grantAs(PEOPLE.outsider, {}), 'NOT_FOUND');
    });

    it('refuses a second live partnership with the same partner (pending, then active) with CONFLICT', async () => {
      await grant();
      await refusedWithoutWriting(() => grantAs(PEOPLE.clientLr, {}), 'CONFLICT', 'partnerOrganizationId');
      await (await as(PEOPLE.partnerLr)).data(ACCEPT, { input: { token: await partnershipToken(server.dataSource) } });
      const response = await refusedWithoutWriting(() => grantAs(PEOPLE.clientLr, { access: 'COMPLETE', productIds: null, billingOwner: 'CLIENT' }), 'CONFLICT', 'partnerOrganizationId');
      expect(response.errors?.[0]?.message).toMatch(/already manages/);
    });

    it('refuses forged tokens, both or neither of token and id, and the roles that may not answer', async () => {
      const { partnership, token } = await grant();
      const partner = await as(PEOPLE.partnerLr);
      expect((await partner.data(PREVIEW, { token: 'forged' })).partnershipInvitation).toBeNull();
      await refusedWithoutWriting(() => partner.request(ACCEPT, { input: { token: Buffer.alloc(32, 1).toString('base64url') } }), 'BAD_USER_INPUT', 'token');
      await refusedWithoutWriting(() => partner.request(ACCEPT, { input: {} }), 'BAD_USER_INPUT', 'token');
      await refusedWithoutWriting(() => partner.request(ACCEPT, { input: { token, partnershipId: partnership.id } }), 'BAD_USER_INPUT', 'token');
      // The partner's USER, the client's LR, an outsider holding the link: not theirs to answer.
      for (const email of [PEOPLE.partnerUser, PEOPLE.clientLr, PEOPLE.outsider]) {
        await refusedWithoutWriting(async () => (await as(email)).request(ACCEPT, { input: { token } }), 'FORBIDDEN');
        await refusedWithoutWriting(async () => (await as(email)).request(REFUSE, { input: { token } }), 'FORBIDDEN');
      }
      await refusedWithoutWriting(async () => (await as(PEOPLE.partnerUser)).request(ACCEPT, { input: { partnershipId: partnership.id } }), 'FORBIDDEN');
      await refusedWithoutWriting(async () => (await as(PEOPLE.outsider)).request(ACCEPT, { input: { partnershipId: partnership.id } }), 'NOT_FOUND');
      await refusedWithoutWriting(async () => (await as(PEOPLE.clientUser)).request(RESEND, { input: { partnershipId: partnership.id } }), 'NOT_FOUND');
      await refusedWithoutWriting(async () => (await as(PEOPLE.partnerLr)).request(RESEND, { input: { partnershipId: partnership.id } }), 'FORBIDDEN');
      // The partner answers the client's invitation with refuse, not cancel.
      await refusedWithoutWriting(async () => (await as(PEOPLE.partnerLr)).request(CANCEL, { input: { partnershipId: partnership.id } }), 'FORBIDDEN');
      // Scope changes wait for the partnership to start.
      await refusedWithoutWriting(
        async () => (await as(PEOPLE.clientLr)).request(UPDATE_SCOPE, { input: { partnershipId: partnership.id, access: 'COMPLETE', billingOwner: 'CLIENT' } }),
        'CONFLICT',
        'partnershipId',
      );
      // Anonymous callers are told to sign in to answer; the link alone shows what it offers
      // (the signed-out page shows it before the login), a forged one nothing.
      expect(errorCode(await server.client().request(ACCEPT, { input: { token } }))).toBe('UNAUTHENTICATED');
      const anonymous = await server.client().request(PREVIEW, { token });
      expect((anonymous.data as { partnershipInvitation: unknown }).partnershipInvitation).toMatchObject({ partnershipId: partnership.id, partnerName: 'Pixel Partners' });
      expect(((await server.client().request(PREVIEW, { token: "forged" })).data as { partnershipInvitation: unknown }).partnershipInvitation).toBeNull();
    });
  });
});

describe('demo seed partnerships', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
  });
  afterAll(() => server.close());

  it('Pixel Partners manages two of Léa Rossi’s products and can answer Boulangerie Martin’s pending invitation', async () => {
    expect(await seedDemoData(server.dataSource)).toBe(true);
    const [rates] = await server.dataSource.query(`SELECT reseller_discount_bp, commission_bp FROM partner_profile WHERE public_name = 'Pixel Partners'`);
    expect(rates).toEqual({ reseller_discount_bp: 1500, commission_bp: 1000 });
    const rows = await server.dataSource.query(
      `SELECT c.name AS client, ps.id, ps.status, ps.access, ps.billing_owner, (SELECT count(*)::int FROM partnership_product pp WHERE pp.partnership_id = ps.id) AS products
       FROM partnership ps JOIN organization c ON c.id = ps.client_organization_id
       WHERE ps.partner_organization_id = (SELECT organization_id FROM partner_profile WHERE public_name = 'Pixel Partners')
       ORDER BY c.name`,
    );
    expect(rows.map(({ id: _id, ...row }: any) => row)).toEqual([
      // The demo's past: Atelier Dubois switched to the partner paying, Garage Favre ended its partnership.
      { client: 'Atelier Dubois Sàrl', status: 'ACTIVE', access: 'COMPLETE', billing_owner: 'PARTNER', products: 0 },
      { client: 'Boulangerie Martin SAS', status: 'PENDING', access: 'COMPLETE', billing_owner: 'CLIENT', products: 0 },
      { client: 'Garage Favre SA', status: 'TERMINATED', access: 'COMPLETE', billing_owner: 'PARTNER', products: 0 },
      { client: 'Léa Rossi', status: 'ACTIVE', access: 'LIMITED', billing_owner: null, products: 2 },
    ]);
    const sara = server.client();
    expect((await sara.login('sara@pixel-partners.ch', 'demo-password')).errors).toBeUndefined();
    const [rossi] = await server.dataSource.query(`SELECT id FROM organization WHERE name = 'Léa Rossi'`);
    const { organization } = await sara.data(ORGANIZATION_PRODUCTS, { id: rossi.id });
    expect(organization.products.edges.map((e: any) => e.node.name)).toEqual(['kDrive Photos', 'Mail lea-rossi.photo']);
    const pending = rows.find((row: any) => row.status === 'PENDING');
    const { acceptPartnershipInvitation } = await sara.data(ACCEPT, { input: { partnershipId: pending.id } });
    expect(acceptPartnershipInvitation.partnership).toMatchObject({ status: 'ACTIVE', access: 'COMPLETE', billingOwner: 'CLIENT' });
  });
});

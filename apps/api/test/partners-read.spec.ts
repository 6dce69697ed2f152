import type { Organization } from '@manager/api-organizations';
import type { Product } from '@manager/api-catalog';
import { Fixtures } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { signedIn } from './support/members';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The partner program's read side: the directory, what a partner's people see of a client
 * (LIMITED: the name and the scope; COMPLETE: every product and the members; never the client's
 * own records), how each side reads a partnership, and that only live partnerships grant anything.
 */
describe('partners: read side', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  interface World {
    client: Organization;
    partner: Organization;
    complete: Organization;
    products: Product[];
    limitedId: string;
    completeId: string;
  }

  const EMAILS = {
    clientLr: 'lr@client.test',
    clientAdmin: 'admin@client.test',
    clientUser: 'user@client.test',
    clientExternal: 'external@client.test',
    partnerLr: 'lr@partner.test',
    partnerAdmin: 'admin@partner.test',
    partnerUser: 'user@partner.test',
    partnerExternal: 'external@partner.test',
    completeUser: 'user@complete.test',
    outsider: 'outsider@else.test',
  };

  async function seed(): Promise<World> {
    fixtures = new Fixtures(server.dataSource);
    const client = await fixtures.organization({ name: 'Chocolaterie Client SA', vatNumber: 'CHE-116.281.710' });
    const partner = await fixtures.organization({ name: 'Pixel Partners GmbH' });
    const complete = await fixtures.organization({ name: 'Complete Agency AG' });
    const elsewhere = await fixtures.organization({ name: 'Elsewhere' });
    await fixtures.partnerProfile(partner, { publicName: 'Pixel Partners', contactEmail: 'hello@pixel.test', resellerDiscountBp: 1500, commissionBp: 1000, country: 'CH' });
    await fixtures.partnerProfile(complete, { publicName: 'Complete Agency', contactEmail: 'team@complete.test' });
    const people = Object.fromEntries(
      await Promise.all(Object.entries(EMAILS).map(async ([key, email]) => [key, await fixtures.user({ email, displayName: key })])),
    );
    const products = await fixtures.products(client, 5);
    await fixtures.membership(people.clientLr, client, 'LEGAL_RESPONSIBLE');
    await fixtures.membership(people.clientAdmin, client, 'ADMIN');
    await fixtures.membership(people.clientUser, client, 'USER');
    await fixtures.grant(await fixtures.membership(people.clientExternal, client, 'EXTERNAL'), [products[4]]);
    await fixtures.membership(people.partnerLr, partner, 'LEGAL_RESPONSIBLE');
    await fixtures.membership(people.partnerAdmin, partner, 'ADMIN');
    await fixtures.membership(people.partnerUser, partner, 'USER');
    await fixtures.membership(people.partnerExternal, partner, 'EXTERNAL');
    await fixtures.membership(people.completeUser, complete, 'USER');
    await fixtures.membership(people.outsider, elsewhere, 'LEGAL_RESPONSIBLE');
    await server.dataSource.query(
      `INSERT INTO billing_address (organization_id, street, postcode, city, country, is_default) VALUES ($1, 'Rue 1', '1000', 'Lausanne', 'CH', true)`,
      [client.id],
    );
    await server.dataSource.query(`INSERT INTO terms_acceptance (organization_id, version, context) VALUES ($1, '1', 'SIGN_UP')`, [client.id]);
    await server.dataSource.query(
      `UPDATE organization SET vat_verification_status = 'VALID', vat_checked_at = now(), vat_registered_name = 'Client SA' WHERE id = $1`,
      [client.id],
    );
    const limited = await fixtures.partnership(client, partner, { access: 'LIMITED', products: [products[0], products[1]] });
    const completeShip = await fixtures.partnership(client, complete, { access: 'COMPLETE', billingOwner: 'PARTNER' });
    // Audit events: one by the partner's people, one by the client's own (rows as old as the
    // vocabulary: their sentence kept as it was written).
    await server.dataSource.query(
      `INSERT INTO audit_event (organization_id, actor_user_id, actor_name, partner_organization_id, action, data)
       VALUES ($1, $2, 'partnerUser', $3, 'product.renewed', '{"legacySummary": "Renewed a product"}'),
              ($1, $4, 'clientLr', NULL, 'member.invited', '{"legacySummary": "Invited someone"}')`,
      [client.id, people.partnerUser.id, partner.id, people.clientLr.id],
    );
    return { client, partner, complete, products, limitedId: limited.id, completeId: completeShip.id };
  }

  let world: World;
  beforeEach(async () => {
    await server.reset();
    world = await seed();
  });

  const as = (email: string): Promise<GraphQLTestClient> => signedIn(server, email);

  const CLIENT_VIEW = `query($id: ID!) { organization(id: $id) {
    id name vatNumber termsAcceptedAt viewerRole
    vatVerification { status }
    billingAddresses { id }
    pendingInvitations { id }
    partnerProfile { publicName }
    viewerAccess { via role partnerOrganizationId partnerName access billingOwner }
    products(first: 50) { totalCount edges { node { name } } }
  } }`;
  const MEMBERS = `query($id: ID!) { organization(id: $id) { members { totalCount edges { node { role person { email } } } } } }`;
  const AUDIT = `query($id: ID!) { organization(id: $id) { auditTrail { totalCount } } }`;

  describe('directory', () => {
    const DIRECTORY = `query($search: String!, $first: Int! = 10, $after: String) { partnerDirectory(search: $search, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { organizationId publicName contactEmail country description } } } }`;

    it('finds listed partners by public name or contact email, case-insensitive, and nothing else', async () => {
      const hidden = await fixtures.organization({ name: 'Hidden Pixel Works' });
      await fixtures.partnerProfile(hidden, { publicName: 'Hidden Pixel Works', contactEmail: 'pixel@hidden.test', listed: false });
      const outsider = await as(EMAILS.outsider);
      const byName = await outsider.data(DIRECTORY, { search: 'PIXEL' });
      expect(byName.partnerDirectory.edges.map((e: any) => e.node)).toEqual([
        { organizationId: world.partner.id, publicName: 'Pixel Partners', contactEmail: 'hello@pixel.test', country: 'CH', description: '' },
      ]);
      expect(byName.partnerDirectory.totalCount).toBe(1);
      const byEmail = await outsider.data(DIRECTORY, { search: 'team@COMPLETE' });
      expect(byEmail.partnerDirectory.edges.map((e: any) => e.node.publicName)).toEqual(['Complete Agency']);
      // An organization's own name, a member's email, an unlisted profile: nothing.
      for (const search of ['Chocolaterie', 'lr@client.test', 'hidden', '%%', '__']) {
        expect((await outsider.data(DIRECTORY, { search })).partnerDirectory.edges).toEqual([]);
      }
    });

    it('pages by name without duplicates', async () => {
      for (let i = 0; i < 5; i++) {
        await fixtures.partnerProfile(await fixtures.organization(), { publicName: `Agency ${i}`, contactEmail: `a${i}@agency.test` });
      }
      const viewer = await as(EMAILS.outsider);
      const names: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await viewer.data(DIRECTORY, { search: 'agency', first: 2, after })).partnerDirectory;
        names.push(...page.edges.map((e: any) => e.node.publicName));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(names).toEqual(['Agency 0', 'Agency 1', 'Agency 2', 'Agency 3', 'Agency 4', 'Complete Agency']);
    });

    it('is browsed by name with an empty search: every listed partner, nothing unlisted', async () => {
      const hidden = await fixtures.organization({ name: 'Hidden Works' });
      await fixtures.partnerProfile(hidden, { publicName: 'Hidden Works', contactEmail: 'a@hidden.test', listed: false });
      const viewer = await as(EMAILS.outsider);
      for (const search of ['', '   ']) {
        const all = (await viewer.data(DIRECTORY, { search })).partnerDirectory;
        expect(all.edges.map((e: any) => e.node.publicName)).toEqual(['Complete Agency', 'Pixel Partners']);
        expect(all.totalCount).toBe(2);
      }
    });

    it('refuses a search of 1 character and anonymous callers; never exposes rates', async () => {
      const viewer = await as(EMAILS.outsider);
      for (const search of ['p', '  p  ']) {
        const response = await viewer.request(DIRECTORY, { search });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].extensions?.['field']).toBe('search');
      }
      expect(errorCode(await server.client().request(DIRECTORY, { search: 'pixel' }))).toBe('UNAUTHENTICATED');
      const type = await viewer.data(`{ __type(name: "PartnerListing") { fields { name } } }`);
      expect(type.__type.fields.map((f: any) => f.name).sort()).toEqual(['contactEmail', 'country', 'description', 'organizationId', 'publicName']);
    });
  });

  describe('what a partner sees of its client', () => {
    it('LIMITED: the name and the scoped products; no VAT number, addresses, terms, members, invitations or audit trail', async () => {
      for (const email of [EMAILS.partnerLr, EMAILS.partnerAdmin, EMAILS.partnerUser]) {
        const viewer = await as(email);
        const org = (await viewer.data(CLIENT_VIEW, { id: world.client.id })).organization;
        expect(org).toEqual({
          id: world.client.id,
          name: 'Chocolaterie Client SA',
          vatNumber: null,
          termsAcceptedAt: null,
          viewerRole: null,
          vatVerification: null,
          billingAddresses: [],
          pendingInvitations: [],
          partnerProfile: null,
          viewerAccess: {
            via: 'PARTNER',
            role: null,
            partnerOrganizationId: world.partner.id,
            partnerName: 'Pixel Partners',
            access: 'LIMITED',
            billingOwner: null,
          },
          products: { totalCount: 2, edges: [world.products[0], world.products[1]].map((p) => ({ node: { name: p.name } })) },
        });
        expect(errorCode(await viewer.request(MEMBERS, { id: world.client.id }))).toBe('FORBIDDEN');
        expect(errorCode(await viewer.request(AUDIT, { id: world.client.id }))).toBe('FORBIDDEN');
      }
    });

    it('COMPLETE: every product and the members; still none of the client’s own records', async () => {
      const viewer = await as(EMAILS.completeUser);
      const org = (await viewer.data(CLIENT_VIEW, { id: world.client.id })).organization;
      expect(org.products.totalCount).toBe(5);
      expect(org.viewerAccess).toEqual({
        via: 'PARTNER',
        role: null,
        partnerOrganizationId: world.complete.id,
        partnerName: 'Complete Agency',
        access: 'COMPLETE',
        billingOwner: 'PARTNER',
      });
      expect([org.vatNumber, org.vatVerification, org.termsAcceptedAt, org.partnerProfile]).toEqual([null, null, null, null]);
      expect([org.billingAddresses, org.pendingInvitations]).toEqual([[], []]);
      const members = (await viewer.data(MEMBERS, { id: world.client.id })).organization.members;
      expect(members.totalCount).toBe(4);
      expect(members.edges.map((e: any) => e.node.person.email)).toContain(EMAILS.clientLr);
      expect(errorCode(await viewer.request(AUDIT, { id: world.client.id }))).toBe('FORBIDDEN');
    });

    it('a member sees its own organization as a member, with its records', async () => {
      const viewer = await as(EMAILS.clientAdmin);
      const org = (await viewer.data(CLIENT_VIEW, { id: world.client.id })).organization;
      expect(org.viewerAccess).toEqual({ via: 'MEMBER', role: 'ADMIN', partnerOrganizationId: null, partnerName: null, access: null, billingOwner: null });
      expect(org.vatNumber).toBe('CHE-116.281.710');
      expect(org.vatVerification).toEqual({ status: 'VALID' });
      expect(org.billingAddresses).toHaveLength(1);
      expect(org.termsAcceptedAt).not.toBeNull();
      expect(org.products.totalCount).toBe(5);
    });

    it.each([
      ['PENDING', {}],
      ['REFUSED', {}],
      ['CANCELLED', {}],
      ['TERMINATED', {}],
      ['ACTIVE but expired', { endsAt: new Date(Date.now() - 1000) }],
    ])('%s grants nothing', async (state, extra) => {
      await server.dataSource.query(`DELETE FROM partnership WHERE id = $1`, [world.limitedId]);
      const status = state.startsWith('ACTIVE') ? 'ACTIVE' : state;
      await fixtures.partnership(world.client, world.partner, { status: status as any, products: world.products.slice(0, 2), ...extra });
      const viewer = await as(EMAILS.partnerLr);
      const response = await viewer.request(CLIENT_VIEW, { id: world.client.id });
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.data).toBeNull();
    });

    it('an ACTIVE partnership with an end date still ahead grants access', async () => {
      await server.dataSource.query(`UPDATE partnership SET ends_at = now() + interval '1 day' WHERE id = $1`, [world.limitedId]);
      const viewer = await as(EMAILS.partnerUser);
      expect((await viewer.data(CLIENT_VIEW, { id: world.client.id })).organization.products.totalCount).toBe(2);
    });

    it("the partner's EXTERNAL members and outsiders get NOT_FOUND", async () => {
      for (const email of [EMAILS.partnerExternal, EMAILS.outsider]) {
        expect(errorCode(await (await as(email)).request(CLIENT_VIEW, { id: world.client.id }))).toBe('NOT_FOUND');
      }
    });
  });

  describe('partnerships from either side', () => {
    const PARTNERSHIP = `query($id: ID!) { partnership(id: $id) {
      id status access billingOwner clientName partnerName clientOrganizationId partnerOrganizationId
      products { name } activity { totalCount edges { node { action summary partnerOrganizationId } } } } }`;

    it('the client LR and ADMIN and the partner acting roles read it; others get NOT_FOUND', async () => {
      for (const email of [EMAILS.clientLr, EMAILS.clientAdmin, EMAILS.partnerLr, EMAILS.partnerAdmin, EMAILS.partnerUser]) {
        const partnership = (await (await as(email)).data(PARTNERSHIP, { id: world.limitedId })).partnership;
        expect(partnership).toMatchObject({
          id: world.limitedId,
          status: 'ACTIVE',
          access: 'LIMITED',
          clientName: 'Chocolaterie Client SA',
          partnerName: 'Pixel Partners',
          products: [{ name: world.products[0].name }, { name: world.products[1].name }],
          activity: { totalCount: 1, edges: [{ node: { action: 'product.renewed', summary: 'Renewed a product', partnerOrganizationId: world.partner.id } }] },
        });
      }
      for (const email of [EMAILS.clientUser, EMAILS.clientExternal, EMAILS.partnerExternal, EMAILS.completeUser, EMAILS.outsider]) {
        expect(errorCode(await (await as(email)).request(PARTNERSHIP, { id: world.limitedId }))).toBe('NOT_FOUND');
      }
      const viewer = await as(EMAILS.clientLr);
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        expect(errorCode(await viewer.request(PARTNERSHIP, { id }))).toBe('NOT_FOUND');
      }
    });

    it('after termination: the partner still reads the record, but no longer the scope', async () => {
      await server.dataSource.query(`UPDATE partnership SET status = 'TERMINATED', ended_at = now() WHERE id = $1`, [world.limitedId]);
      const partnerSide = (await (await as(EMAILS.partnerLr)).data(PARTNERSHIP, { id: world.limitedId })).partnership;
      expect(partnerSide.status).toBe('TERMINATED');
      expect(partnerSide.products).toEqual([]);
      const clientSide = (await (await as(EMAILS.clientLr)).data(PARTNERSHIP, { id: world.limitedId })).partnership;
      expect(clientSide.products).toHaveLength(2);
    });

    it('COMPLETE partnerships list no scope', async () => {
      const partnership = (await (await as(EMAILS.completeUser)).data(PARTNERSHIP, { id: world.completeId })).partnership;
      expect(partnership).toMatchObject({ access: 'COMPLETE', billingOwner: 'PARTNER', products: [], partnerName: 'Complete Agency' });
    });

    it('Organization.partnerships (client side) and clientPartnerships (partner side), filtered by status', async () => {
      await fixtures.partnership(world.client, world.partner, { status: 'REFUSED' });
      const LISTS = `query($id: ID!, $statuses: [PartnershipStatus!]) { organization(id: $id) {
        partnerships(statuses: $statuses) { id status partnerName } clientPartnerships(statuses: $statuses) { id clientName } } }`;
      const lr = await as(EMAILS.clientLr);
      const all = (await lr.data(LISTS, { id: world.client.id })).organization;
      expect(all.partnerships.map((p: any) => p.status).sort()).toEqual(['ACTIVE', 'ACTIVE', 'REFUSED']);
      expect(all.clientPartnerships).toEqual([]);
      const active = (await lr.data(LISTS, { id: world.client.id, statuses: ['ACTIVE'] })).organization;
      expect(active.partnerships.map((p: any) => p.partnerName).sort()).toEqual(['Complete Agency', 'Pixel Partners']);
      const user = (await (await as(EMAILS.clientUser)).data(LISTS, { id: world.client.id })).organization;
      expect(user.partnerships).toEqual([]);

      const partnerLists = (await (await as(EMAILS.partnerUser)).data(LISTS, { id: world.partner.id, statuses: ['ACTIVE', 'REFUSED'] })).organization;
      expect(partnerLists.clientPartnerships.map((p: any) => p.clientName)).toEqual(['Chocolaterie Client SA', 'Chocolaterie Client SA']);
      expect(partnerLists.partnerships).toEqual([]);
      const external = (await (await as(EMAILS.partnerExternal)).data(LISTS, { id: world.partner.id })).organization;
      expect(external.clientPartnerships).toEqual([]);
    });
  });

  describe('partner profile', () => {
    const PROFILE = `query($id: ID!) { organization(id: $id) { partnerProfile { publicName contactEmail country listed resellerDiscountRate commissionRate } } }`;

    it("the partner's own members read it, rates included; external members and clients do not", async () => {
      for (const email of [EMAILS.partnerLr, EMAILS.partnerUser]) {
        expect((await (await as(email)).data(PROFILE, { id: world.partner.id })).organization.partnerProfile).toEqual({
          publicName: 'Pixel Partners',
          contactEmail: 'hello@pixel.test',
          country: 'CH',
          listed: true,
          resellerDiscountRate: 0.15,
          commissionRate: 0.1,
        });
      }
      expect((await (await as(EMAILS.partnerExternal)).data(PROFILE, { id: world.partner.id })).organization.partnerProfile).toBeNull();
      expect((await (await as(EMAILS.clientLr)).data(PROFILE, { id: world.client.id })).organization.partnerProfile).toBeNull();
      expect(errorCode(await (await as(EMAILS.clientLr)).request(PROFILE, { id: world.partner.id }))).toBe('NOT_FOUND');
    });
  });
});

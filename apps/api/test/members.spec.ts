import { withSummaries } from './support/audit';
import { Fixtures } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import {
  CHANGE_ROLE,
  EMAILS,
  legalResponsibles,
  MEMBERS,
  REMOVE,
  SET_PRODUCTS,
  TRANSFER,
  seedTeam,
  signedIn,
  snapshot,
  type Team,
} from './support/members';
import { startTestServer, type TestServer } from './support/test-server';

const PRODUCTS = `query Products($id: ID!) { organization(id: $id) { products(first: 100) { totalCount edges { node { id } } } } }`;

describe('members and roles', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let team: Team;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    team = await seedTeam(fixtures);
  });

  const audit = async () =>
    withSummaries(await server.dataSource.query(`SELECT organization_id, actor_name, action, target_type, target_id, data FROM audit_event ORDER BY created_at, id`));

  /** The invariant every test ends on: exactly one legal responsible. */
  afterEach(async () => {
    expect(await legalResponsibles(server.dataSource, team.acme.id)).toHaveLength(1);
  });

  describe('the members list', () => {
    it('orders people by role (legal responsible, admins, users, externals) then name, with person, createdAt and grants', async () => {
      const client = await signedIn(server, EMAILS.user);
      const { organization } = await client.data(MEMBERS, { id: team.acme.id });
      expect(organization.members.totalCount).toBe(5);
      expect(organization.members.edges.map((e: any) => [e.node.role, e.node.person.displayName, e.node.person.email])).toEqual([
        ['LEGAL_RESPONSIBLE', 'Lea Roth', EMAILS.lr],
        ['ADMIN', 'Adam Ibar', EMAILS.admin],
        ['USER', 'Tom Weber', EMAILS.tom],
        ['USER', 'Ursula Sen', EMAILS.user],
        ['EXTERNAL', 'Xavier Tern', EMAILS.external],
      ]);
      const external = organization.members.edges[4].node;
      expect(external.grantedProductIds).toEqual([team.products[0].id]);
      expect(organization.members.edges[0].node.grantedProductIds).toEqual([]);
      expect(new Date(external.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    it('pages with keyset cursors in the same order', async () => {
      const client = await signedIn(server, EMAILS.admin);
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const page: any = await client.data(MEMBERS, { id: team.acme.id, first: 2, after });
        seen.push(...page.organization.members.edges.map((e: any) => e.node.person.email));
        if (!page.organization.members.pageInfo.hasNextPage) break;
        after = page.organization.members.pageInfo.endCursor;
      }
      expect(seen).toEqual([EMAILS.lr, EMAILS.admin, EMAILS.tom, EMAILS.user, EMAILS.external]);
    });

    it('is refused to EXTERNAL members (FORBIDDEN) and to outsiders (NOT_FOUND)', async () => {
      expect(errorCode(await (await signedIn(server, EMAILS.external)).request(MEMBERS, { id: team.acme.id }))).toBe('FORBIDDEN');
      expect(errorCode(await (await signedIn(server, EMAILS.outsider)).request(MEMBERS, { id: team.acme.id }))).toBe('NOT_FOUND');
      expect(errorCode(await server.client().request(MEMBERS, { id: team.acme.id }))).toBe('UNAUTHENTICATED');
    });

    it('costs the same number of SQL statements for 5 and for 50 members', async () => {
      const query = `query($id: ID!) { organization(id: $id) { members(first: 100) {
        totalCount edges { node { id role createdAt grantedProductIds person { id displayName email } } } } } }`;
      const client = await signedIn(server, EMAILS.lr);
      const cost = async () => {
        const response = await client.request(query, { id: team.acme.id });
        expect(response.errors).toBeUndefined();
        return { statements: response.extensions?.sqlStatements, members: (response.data as any).organization.members.edges.length };
      };
      const five = await cost();
      for (let i = 0; i < 45; i++) {
        const role = i % 3 === 0 ? 'EXTERNAL' : 'USER';
        const membership = await fixtures.membership(await fixtures.user(), team.acme, role);
        if (role === 'EXTERNAL') await fixtures.grant(membership, [team.products[i % 4]]);
      }
      const fifty = await cost();
      expect([five.members, fifty.members]).toEqual([5, 50]);
      expect(fifty.statements).toBe(five.statements);
      // session (with the person's own roles, which decide the access) + organization + members page (people
      // included) + grants + count
      expect(five.statements).toBe(5);
    });
  });

  describe('changing roles', () => {
    it('lets an ADMIN promote a USER, and records it', async () => {
      const client = await signedIn(server, EMAILS.admin);
      const { changeMemberRole } = await client.data(CHANGE_ROLE, { input: { membershipId: team.tom.id, role: 'ADMIN' } });
      expect(changeMemberRole.membership).toEqual({ id: team.tom.id, role: 'ADMIN', grantedProductIds: [] });
      const [row] = await server.dataSource.query(`SELECT role FROM membership WHERE id = $1`, [team.tom.id]);
      expect(row.role).toBe('ADMIN');
      expect(await audit()).toEqual([
        {
          organization_id: team.acme.id,
          actor_name: 'Adam Ibar',
          action: 'member.role_changed',
          target_type: 'Membership',
          target_id: team.tom.id,
          summary: "Changed Tom Weber's role from User to Administrator",
        },
      ]);
    });

    it('drops the product grants of an EXTERNAL member who becomes a USER', async () => {
      const client = await signedIn(server, EMAILS.lr);
      await client.data(CHANGE_ROLE, { input: { membershipId: team.external.id, role: 'USER' } });
      expect(await server.dataSource.query(`SELECT * FROM membership_product_grant`)).toEqual([]);
      const ext = await signedIn(server, EMAILS.external);
      expect((await ext.data(PRODUCTS, { id: team.acme.id })).organization.products.totalCount).toBe(4);
    });

    it('refuses LEGAL_RESPONSIBLE as a role (use the transfer), on field role, writing nothing', async () => {
      const client = await signedIn(server, EMAILS.lr);
      const before = await snapshot(server.dataSource);
      const response = await client.request(CHANGE_ROLE, { input: { membershipId: team.admin.id, role: 'LEGAL_RESPONSIBLE' } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.['field']).toBe('role');
      expect(response.errors?.[0].message).toMatch(/transferLegalResponsibility/);
      expect(await snapshot(server.dataSource)).toEqual(before);
    });

    it('never demotes the legal responsible: CONFLICT for themselves, FORBIDDEN for an ADMIN', async () => {
      const [lr, admin] = [await signedIn(server, EMAILS.lr), await signedIn(server, EMAILS.admin)];
      const before = await snapshot(server.dataSource);
      const self = await lr.request(CHANGE_ROLE, { input: { membershipId: team.lr.id, role: 'ADMIN' } });
      expect(errorCode(self)).toBe('CONFLICT');
      expect(self.errors?.[0].message).toMatch(/exactly one legal responsible/);
      const byAdmin = await admin.request(CHANGE_ROLE, { input: { membershipId: team.lr.id, role: 'USER' } });
      expect(errorCode(byAdmin)).toBe('FORBIDDEN');
      expect(await snapshot(server.dataSource)).toEqual(before);
    });

    it('answers NOT_FOUND for a membership of an organization the actor does not reach', async () => {
      const [outsiderMembership] = await server.dataSource.query(`SELECT id FROM membership WHERE organization_id = $1`, [team.other.id]);
      const client = await signedIn(server, EMAILS.lr);
      for (const membershipId of [outsiderMembership.id, '4b0e0f53-5f8a-4a38-9b1e-2f4f0e3e9d11', 'nope']) {
        const response = await client.request(CHANGE_ROLE, { input: { membershipId, role: 'USER' } });
        expect(errorCode(response)).toBe('NOT_FOUND');
        expect(response.errors?.[0].message).toBe('Membership not found.');
      }
    });
  });

  describe('removing members', () => {
    it('lets an ADMIN remove a member, and records it', async () => {
      const client = await signedIn(server, EMAILS.admin);
      const { removeMember } = await client.data(REMOVE, { input: { membershipId: team.tom.id } });
      expect(removeMember.removedMembershipId).toBe(team.tom.id);
      expect(await server.dataSource.query(`SELECT id FROM membership WHERE id = $1`, [team.tom.id])).toEqual([]);
      expect((await audit()).map((e: any) => [e.action, e.summary])).toEqual([['member.removed', 'Removed Tom Weber (User)']]);
      expect(errorCode(await (await signedIn(server, EMAILS.tom)).request(MEMBERS, { id: team.acme.id }))).toBe('NOT_FOUND');
    });

    it('lets a USER or an EXTERNAL member leave, but not remove others', async () => {
      const user = await signedIn(server, EMAILS.user);
      expect(errorCode(await user.request(REMOVE, { input: { membershipId: team.tom.id } }))).toBe('FORBIDDEN');
      await user.data(REMOVE, { input: { membershipId: team.user.id } });
      const external = await signedIn(server, EMAILS.external);
      await external.data(REMOVE, { input: { membershipId: team.external.id } });
      expect((await audit()).map((e: any) => [e.action, e.actor_name, e.summary])).toEqual([
        ['member.left', 'Ursula Sen', 'Ursula Sen left the organization'],
        ['member.left', 'Xavier Tern', 'Xavier Tern left the organization'],
      ]);
      expect(await server.dataSource.query(`SELECT * FROM membership_product_grant`)).toEqual([]);
    });

    it('never removes the legal responsible: CONFLICT when leaving, FORBIDDEN for an ADMIN', async () => {
      const [lr, admin] = [await signedIn(server, EMAILS.lr), await signedIn(server, EMAILS.admin)];
      const before = await snapshot(server.dataSource);
      const leaving = await lr.request(REMOVE, { input: { membershipId: team.lr.id } });
      expect(errorCode(leaving)).toBe('CONFLICT');
      expect(leaving.errors?.[0].message).toMatch(/transferLegalResponsibility/);
      const byAdmin = await admin.request(REMOVE, { input: { membershipId: team.lr.id } });
      expect(errorCode(byAdmin)).toBe('FORBIDDEN');
      expect(await snapshot(server.dataSource)).toEqual(before);
    });
  });

  describe('handing over the legal responsibility', () => {
    it('promotes the chosen member and demotes the previous legal responsible to ADMIN, in one step', async () => {
      const client = await signedIn(server, EMAILS.lr);
      const { transferLegalResponsibility } = await client.data(TRANSFER, { input: { membershipId: team.tom.id } });
      expect(transferLegalResponsibility).toEqual({
        previous: { id: team.lr.id, role: 'ADMIN', person: { email: EMAILS.lr } },
        current: { id: team.tom.id, role: 'LEGAL_RESPONSIBLE', person: { email: EMAILS.tom } },
      });
      expect(await legalResponsibles(server.dataSource, team.acme.id)).toEqual([{ user_id: team.tom.userId }]);
      expect((await audit()).map((e: any) => [e.action, e.target_id, e.summary])).toEqual([
        [
          'member.legal_responsibility_transferred',
          team.tom.id,
          'Handed the legal responsibility from Lea Roth to Tom Weber; Lea Roth is now Administrator',
        ],
      ]);
      // The previous legal responsible is an ADMIN now: no second transfer, and cannot touch the new one.
      expect(errorCode(await client.request(TRANSFER, { input: { membershipId: team.lr.id } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(CHANGE_ROLE, { input: { membershipId: team.tom.id, role: 'USER' } }))).toBe('FORBIDDEN');
      // The new one can hand it back.
      const tom = await signedIn(server, EMAILS.tom);
      await tom.data(TRANSFER, { input: { membershipId: team.lr.id } });
      expect(await legalResponsibles(server.dataSource, team.acme.id)).toEqual([{ user_id: team.lr.userId }]);
    });

    it('refuses the legal responsible themselves and EXTERNAL members, on membershipId, writing nothing', async () => {
      const client = await signedIn(server, EMAILS.lr);
      const before = await snapshot(server.dataSource);
      for (const membershipId of [team.lr.id, team.external.id]) {
        const response = await client.request(TRANSFER, { input: { membershipId } });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].extensions?.['field']).toBe('membershipId');
      }
      expect(await snapshot(server.dataSource)).toEqual(before);
    });

    it('leaves exactly one legal responsible when two transfers race', async () => {
      const client = await signedIn(server, EMAILS.lr);
      const responses = await Promise.all([
        client.request(TRANSFER, { input: { membershipId: team.admin.id } }),
        client.request(TRANSFER, { input: { membershipId: team.tom.id } }),
      ]);
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
      expect(responses.filter((r) => errorCode(r) === 'FORBIDDEN')).toHaveLength(1);
      const [current] = await legalResponsibles(server.dataSource, team.acme.id);
      expect([team.admin.userId, team.tom.userId]).toContain(current.user_id);
      const [lr] = await server.dataSource.query(`SELECT role FROM membership WHERE id = $1`, [team.lr.id]);
      expect(lr.role).toBe('ADMIN');
    });
  });

  describe('EXTERNAL members and their products', () => {
    it('replaces the granted products; the member then sees exactly those', async () => {
      const client = await signedIn(server, EMAILS.admin);
      const chosen = [team.products[2].id, team.products[3].id];
      const { setExternalProducts } = await client.data(SET_PRODUCTS, { input: { membershipId: team.external.id, productIds: chosen } });
      expect([...setExternalProducts.membership.grantedProductIds].sort()).toEqual([...chosen].sort());
      const ext = await signedIn(server, EMAILS.external);
      const { organization } = await ext.data(PRODUCTS, { id: team.acme.id });
      expect(organization.products.edges.map((e: any) => e.node.id).sort()).toEqual([...chosen].sort());
      expect((await audit()).map((e: any) => [e.action, e.summary])).toEqual([
        ['member.products_granted', 'Set the products Xavier Tern (External) sees: 2 products'],
      ]);
    });

    it('refuses no product, another organization’s product, a made-up id (productIds) and a non-EXTERNAL member (membershipId)', async () => {
      const client = await signedIn(server, EMAILS.lr);
      const before = await snapshot(server.dataSource);
      const cases: [Record<string, unknown>, string][] = [
        [{ membershipId: team.external.id, productIds: [] }, 'productIds'],
        [{ membershipId: team.external.id, productIds: [team.products[1].id, team.otherProducts[0].id] }, 'productIds'],
        [{ membershipId: team.external.id, productIds: ['not-an-id'] }, 'productIds'],
        [{ membershipId: team.user.id, productIds: [team.products[1].id] }, 'membershipId'],
      ];
      for (const [input, field] of cases) {
        const response = await client.request(SET_PRODUCTS, { input });
        expect([errorCode(response), response.errors?.[0].extensions?.['field']]).toEqual(['BAD_USER_INPUT', field]);
      }
      expect(await snapshot(server.dataSource)).toEqual(before);
    });
  });
});

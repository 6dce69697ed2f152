import { createHash } from 'node:crypto';
import { Fixtures, PASSWORD } from './support/fixtures';
import type { GraphQLTestClient } from './support/graphql-client';
import { signUpInput } from './support/organization-details';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The payload of a mutation that signs someone in is read as that person, exactly like the next
 * request: `login { user { memberships } }` is what `me { memberships }` says right after, and so
 * for sign-up and for accepting an invitation with a new account. Logging out leaves nobody acting.
 */
const MEMBERSHIPS = `memberships { role organization { id name viewerRole products { totalCount } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { user { id email ${MEMBERSHIPS} } } }`;
const ME = `query Me { me { id email ${MEMBERSHIPS} } }`;

type Memberships = { role: string; organization: { id: string } }[];
const byOrganization = (memberships: Memberships) => [...memberships].sort((a, b) => (a.organization.id < b.organization.id ? -1 : 1));

describe('signing in: the payload is read as the person signed in', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  async function me(client: GraphQLTestClient) {
    return (await client.data(ME)).me;
  }

  it('login { user { memberships } } answers what me answers right after', async () => {
    const ada = await fixtures.user({ email: 'ada@example.test' });
    const acme = await fixtures.organization({ name: 'Acme SA' });
    const beta = await fixtures.organization({ name: 'Beta GmbH' });
    await fixtures.products(acme, 2);
    const betaProducts = await fixtures.products(beta, 3);
    await fixtures.membership(ada, acme, 'LEGAL_RESPONSIBLE');
    await fixtures.grant(await fixtures.membership(ada, beta, 'EXTERNAL'), [betaProducts[1]]);

    const browser = server.client();
    const { login } = await browser.data(LOGIN, { input: { email: 'ada@example.test', password: PASSWORD } });
    const after = await me(browser);

    expect(login.user.memberships).toHaveLength(2);
    expect(byOrganization(login.user.memberships)).toEqual(byOrganization(after.memberships));
    expect(login.user).toEqual({ ...after, memberships: login.user.memberships });
    const summary = login.user.memberships
      .map((m: any) => [m.organization.name, m.role, m.organization.viewerRole, m.organization.products.totalCount])
      .sort((a: string[], b: string[]) => a[0].localeCompare(b[0]));
    expect(summary).toEqual([
      ['Acme SA', 'LEGAL_RESPONSIBLE', 'LEGAL_RESPONSIBLE', 2],
      ['Beta GmbH', 'EXTERNAL', 'EXTERNAL', 1],
    ]);
  });

  it('a second login in the same browser answers as the new person, not the previous one', async () => {
    const acme = await fixtures.organization({ name: 'Acme SA' });
    await fixtures.membership(await fixtures.user({ email: 'ada@example.test' }), acme, 'LEGAL_RESPONSIBLE');
    const beta = await fixtures.organization({ name: 'Beta GmbH' });
    await fixtures.membership(await fixtures.user({ email: 'grace@example.test' }), beta, 'USER');
    const browser = server.client();
    await browser.data(LOGIN, { input: { email: 'ada@example.test', password: PASSWORD } });
    // The request still carries Ada's cookie: the payload must be Grace's all the same.
    const { login } = await browser.data(LOGIN, { input: { email: 'grace@example.test', password: PASSWORD } });
    const graces = [{ role: 'USER', organization: { id: beta.id, name: 'Beta GmbH', viewerRole: 'USER', products: { totalCount: 0 } } }];
    expect(login.user).toMatchObject({ email: 'grace@example.test', memberships: graces });
    expect(await me(browser)).toMatchObject({ email: 'grace@example.test', memberships: graces });
  });

  it('signUp { user { memberships } organization { viewerRole } } answers as the new legal responsible', async () => {
    const browser = server.client();
    const { signUp } = await browser.data(
      `mutation S($input: SignUpInput!) { signUp(input: $input) { user { id ${MEMBERSHIPS} } organization { id viewerRole billingAddresses { city } } } }`,
      { input: signUpInput() },
    );
    expect(signUp.organization.viewerRole).toBe('LEGAL_RESPONSIBLE');
    expect(signUp.organization.billingAddresses.length).toBeGreaterThan(0);
    expect(signUp.user.memberships).toEqual((await me(browser)).memberships);
    expect(signUp.user.memberships).toMatchObject([{ role: 'LEGAL_RESPONSIBLE', organization: { id: signUp.organization.id } }]);
  });

  it('accepting an invitation with a new account answers as the new member', async () => {
    const acme = await fixtures.organization({ name: 'Acme SA' });
    const products = await fixtures.products(acme, 3);
    const lr = await fixtures.user({ email: 'lr@acme.test' });
    await fixtures.membership(lr, acme, 'LEGAL_RESPONSIBLE');
    const token = 'sign-in-payload-invitation-token-0123456789';
    await server.dataSource.query(
      `INSERT INTO member_invitation (organization_id, email, role, product_ids, token_hash, invited_by_user_id, invited_by_name, expires_at)
       VALUES ($1, 'new@acme.test', 'EXTERNAL', $2::uuid[], $3, $4, 'Lea Roth', now() + interval '14 days')`,
      [acme.id, [products[2].id], createHash('sha256').update(token).digest(), lr.id],
    );
    const browser = server.client();
    const { acceptMemberInvitation } = await browser.data(
      `mutation A($input: AcceptMemberInvitationInput!) {
        acceptMemberInvitation(input: $input) { membership { role person { email } } organization { id viewerRole products { edges { node { id } } } } }
      }`,
      { input: { token, displayName: 'New Person', password: 'a long enough password' } },
    );
    expect(acceptMemberInvitation).toEqual({
      membership: { role: 'EXTERNAL', person: { email: 'new@acme.test' } },
      organization: { id: acme.id, viewerRole: 'EXTERNAL', products: { edges: [{ node: { id: products[2].id } }] } },
    });
    expect((await me(browser)).memberships).toMatchObject([{ role: 'EXTERNAL', organization: { id: acme.id, viewerRole: 'EXTERNAL' } }]);
  });

  it('after logout nobody acts: me is null, and the session is gone', async () => {
    const acme = await fixtures.organization({ name: 'Acme SA' });
    await fixtures.membership(await fixtures.user({ email: 'ada@example.test' }), acme, 'LEGAL_RESPONSIBLE');
    const browser = server.client();
    await browser.data(LOGIN, { input: { email: 'ada@example.test', password: PASSWORD } });
    const session = [...browser.cookies];
    await browser.data(`mutation { logout { success } }`);
    expect(await me(browser)).toBeNull();
    // The old cookie no longer works either.
    const replay = server.client();
    for (const [name, value] of session) replay.cookies.set(name, value);
    expect(await me(replay)).toBeNull();
  });
});

import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { COMPLETE, enrolPasskey, enrolTotp, passwordStep, SECURITY, START_TOTP, CONFIRM_TOTP, totpCode } from './support/second-factor';
import { startTestServer, type TestServer } from './support/test-server';

const REQUIRE = `mutation ($input: SetSecondFactorRequirementInput!) { setSecondFactorRequirement(input: $input) { organization { id requiresSecondFactor } } }`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id name requiresSecondFactor } }`;
const VIEWER = `{ me { id secondFactorRequired } }`;
const TRAIL = `query ($id: ID!) { organization(id: $id) { auditTrail(first: 10) { edges { node { action summary } } } } }`;

describe('organizations that require two-step verification', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const browser = server.client();
    expect((await browser.login(email, PASSWORD)).errors).toBeUndefined();
    return browser;
  }

  /** An organization whose legal responsible (signed in, with an authenticator app) requires it. */
  async function requiringOrganization() {
    const organization = await fixtures.organization({ name: 'Müller AG' });
    const boss = await fixtures.user({ email: 'boss@example.test' });
    await fixtures.membership(boss, organization, 'LEGAL_RESPONSIBLE');
    const bossBrowser = await signedIn('boss@example.test');
    await enrolTotp(bossBrowser);
    const { setSecondFactorRequirement } = await bossBrowser.data(REQUIRE, { input: { organizationId: organization.id, required: true } });
    expect(setSecondFactorRequirement.organization).toEqual({ id: organization.id, requiresSecondFactor: true });
    return { organization, bossBrowser };
  }

  it('only the legal responsible changes it, and only once their own account has a second factor; it is in the trail and their activity', async () => {
    const organization = await fixtures.organization();
    const boss = await fixtures.user({ email: 'boss@example.test' });
    const admin = await fixtures.user({ email: 'admin@example.test' });
    await fixtures.membership(boss, organization, 'LEGAL_RESPONSIBLE');
    await fixtures.membership(admin, organization, 'ADMIN');
    const input = { organizationId: organization.id, required: true };

    const adminBrowser = await signedIn('admin@example.test');
    expect(errorCode(await adminBrowser.request(REQUIRE, { input }))).toBe('FORBIDDEN');
    const bossBrowser = await signedIn('boss@example.test');
    const early = await bossBrowser.request(REQUIRE, { input });
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors?.[0].message).toMatch(/^Turn on two-step verification for your own account first/);

    await enrolPasskey(bossBrowser);
    expect((await bossBrowser.data(REQUIRE, { input })).setSecondFactorRequirement.organization.requiresSecondFactor).toBe(true);
    await bossBrowser.data(REQUIRE, { input: { ...input, required: false } });

    const trail = (await bossBrowser.data(TRAIL, { id: organization.id })).organization.auditTrail.edges.map((e: { node: unknown }) => e.node);
    expect(trail.slice(0, 2)).toEqual([
      { action: 'organization.second_factor_policy_changed', summary: 'Stopped requiring two-step verification for members' },
      { action: 'organization.second_factor_policy_changed', summary: 'Required two-step verification for every member' },
    ]);
    const { accountSecurity } = await bossBrowser.data(SECURITY);
    expect(accountSecurity.activity[0].summary).toBe(`Stopped requiring two-step verification for the members of ${organization.name}`);
    expect(errorCode(await server.client().request(REQUIRE, { input }))).toBe('UNAUTHENTICATED');
  });

  it('a member without a second factor reaches nothing but enrolment, from the next request on, then everything once enrolled', async () => {
    const organization = await fixtures.organization({ name: 'Müller AG' });
    const member = await fixtures.user({ email: 'member@example.test' });
    await fixtures.membership(member, organization, 'USER');
    const memberBrowser = await signedIn('member@example.test'); // signed in before the policy
    expect((await memberBrowser.data(ORGANIZATION, { id: organization.id })).organization.id).toBe(organization.id);

    const boss = await fixtures.user({ email: 'boss@example.test' });
    await fixtures.membership(boss, organization, 'LEGAL_RESPONSIBLE');
    const bossBrowser = await signedIn('boss@example.test');
    await enrolTotp(bossBrowser);
    await bossBrowser.data(REQUIRE, { input: { organizationId: organization.id, required: true } });

    const refused = await memberBrowser.request(ORGANIZATION, { id: organization.id });
    expect(refused.status).toBe(403);
    expect(refused.data ?? null).toBeNull();
    expect(errorCode(refused)).toBe('SECOND_FACTOR_REQUIRED');
    expect(errorCode(await memberBrowser.request(`mutation { endOtherSessions { ended } }`))).toBe('SECOND_FACTOR_REQUIRED');
    const pdf = await fetch(`${server.url}/invoices/00000000-0000-4000-8000-000000000000.pdf`, { headers: { cookie: [...memberBrowser.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(pdf.status).toBe(403);
    expect((await pdf.json()).errors[0].extensions.code).toBe('SECOND_FACTOR_REQUIRED');

    expect((await memberBrowser.data(VIEWER)).me).toEqual({ id: member.id, secondFactorRequired: true });
    expect((await memberBrowser.data(SECURITY)).accountSecurity.secondFactorRequired).toBe(true);
    const { startTotpEnrolment } = await memberBrowser.data(START_TOTP);
    await memberBrowser.data(CONFIRM_TOTP, { input: { code: await totpCode(startTotpEnrolment.secret) } });

    expect((await memberBrowser.data(VIEWER)).me.secondFactorRequired).toBe(false);
    expect((await memberBrowser.data(ORGANIZATION, { id: organization.id })).organization).toEqual({ id: organization.id, name: 'Müller AG', requiresSecondFactor: true });
  });

  it('a member who signs in with a second factor reaches it; removing the last factor is refused while it is required', async () => {
    const { organization } = await requiringOrganization();
    const member = await fixtures.user({ email: 'member@example.test' });
    await fixtures.membership(member, organization, 'ADMIN');
    const { secret } = await enrolTotp(await signedIn('member@example.test'));

    const browser = server.client();
    const { pendingToken } = await passwordStep(browser, 'member@example.test', PASSWORD);
    await browser.data(COMPLETE, { input: { pendingToken, method: 'TOTP', code: await totpCode(secret) } });
    expect((await browser.data(ORGANIZATION, { id: organization.id })).organization.id).toBe(organization.id);

    const removal = await browser.request(`mutation ($input: PasswordConfirmationInput!) { removeTotp(input: $input) { success } }`, { input: { password: PASSWORD } });
    expect(errorCode(removal)).toBe('FORBIDDEN');
    expect((await browser.data(SECURITY)).accountSecurity.totpEnabled).toBe(true);
  });

  it('a partner’s people reach a client that requires it only with a second factor, and a client of a partner that requires it likewise', async () => {
    const { organization: client } = await requiringOrganization();
    const partner = await fixtures.organization({ name: 'Pixel Partners' });
    const agent = await fixtures.user({ email: 'agent@example.test' });
    await fixtures.membership(agent, partner, 'LEGAL_RESPONSIBLE');
    await fixtures.partnership(client, partner, { access: 'COMPLETE' });
    const other = await fixtures.organization({ name: 'Boulangerie' });
    await fixtures.partnership(other, partner, { access: 'COMPLETE' });

    const agentBrowser = await signedIn('agent@example.test');
    expect(errorCode(await agentBrowser.request(ORGANIZATION, { id: client.id }))).toBe('NOT_FOUND');
    expect((await agentBrowser.data(ORGANIZATION, { id: other.id })).organization.id).toBe(other.id);
    expect((await agentBrowser.data(ORGANIZATION, { id: partner.id })).organization.id).toBe(partner.id);
    // The partner's list of its clients says the same, its count included.
    const MANAGED = `query($id: ID!) { managedClients(partnerOrganizationId: $id) { totalCount edges { node { organization { id name } } } } }`;
    const managed = async () => (await agentBrowser.data(MANAGED, { id: partner.id })).managedClients;
    expect(await managed()).toEqual({ totalCount: 1, edges: [{ node: { organization: { id: other.id, name: 'Boulangerie' } } }] });

    await enrolPasskey(agentBrowser); // this session now has a second factor
    expect((await agentBrowser.data(ORGANIZATION, { id: client.id })).organization.id).toBe(client.id);
    expect((await managed()).edges.map((edge: any) => edge.node.organization.id).sort()).toEqual([client.id, other.id].sort());

    // The partner requires it: a client's person… is a member of the client only; the partner's own
    // people without a factor are then held at enrolment by their own organization.
    await agentBrowser.data(REQUIRE, { input: { organizationId: partner.id, required: true } });
    const colleague = await fixtures.user({ email: 'colleague@example.test' });
    await fixtures.membership(colleague, partner, 'ADMIN');
    const colleagueBrowser = await signedIn('colleague@example.test');
    expect(errorCode(await colleagueBrowser.request(ORGANIZATION, { id: other.id }))).toBe('SECOND_FACTOR_REQUIRED');
  });
});

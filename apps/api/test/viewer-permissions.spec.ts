import type { Organization } from '@manager/api-organizations';
import { Fixtures } from './support/fixtures';
import { signedIn } from './support/members';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * `viewerAccess.permissions`: what the SPA reads instead of re-deriving rights from a role. Each
 * way in is compared with a table written here by hand from ARCHITECTURE.md and the domain's
 * ROLE_PERMISSIONS / PARTNER_ACCESS_PERMISSIONS (plus the two partner-program rights decided by
 * role list), so a change to the policy that the table does not expect fails here.
 */
describe('viewerAccess.permissions', () => {
  let server: TestServer;
  let client: Organization;

  beforeAll(async () => {
    server = await startTestServer();
    await server.reset();
    const fixtures = new Fixtures(server.dataSource);
    client = await fixtures.organization({ name: 'Client SA' });
    const limitedPartner = await fixtures.organization({ name: 'Limited Partner' });
    const completePartner = await fixtures.organization({ name: 'Complete Partner' });
    await fixtures.partnerProfile(limitedPartner, { publicName: 'Limited Partner' });
    await fixtures.partnerProfile(completePartner, { publicName: 'Complete Partner' });
    const user = (email: string) => fixtures.user({ email, displayName: email });
    await fixtures.membership(await user('lr@client.test'), client, 'LEGAL_RESPONSIBLE');
    await fixtures.membership(await user('admin@client.test'), client, 'ADMIN');
    await fixtures.membership(await user('user@client.test'), client, 'USER');
    await fixtures.membership(await user('external@client.test'), client, 'EXTERNAL');
    await fixtures.membership(await user('user@limited.test'), limitedPartner, 'USER');
    await fixtures.membership(await user('user@complete.test'), completePartner, 'USER');
    const [product] = await fixtures.products(client, 1);
    await fixtures.partnership(client, limitedPartner, { access: 'LIMITED', products: [product] });
    await fixtures.partnership(client, completePartner, { access: 'COMPLETE' });
  });
  afterAll(() => server.close());

  const ORACLE: Record<string, { email: string; via: 'MEMBER' | 'PARTNER'; permissions: string[] }> = {
    'legal responsible': {
      email: 'lr@client.test',
      via: 'MEMBER',
      permissions: [
        'ORGANIZATION_UPDATE', 'MEMBERS_READ', 'MEMBERS_MANAGE', 'LEGAL_RESPONSIBILITY_TRANSFER', 'AUDIT_READ', 'PARTNERS_MANAGE',
        'CLIENTS_MANAGE', 'ORDERS_PLACE', 'PRODUCTS_RENEW', 'BILLING_READ', 'BILLING_MANAGE', 'PARTNERSHIPS_READ', 'ACT_FOR_PARTNER',
      ],
    },
    administrator: {
      email: 'admin@client.test',
      via: 'MEMBER',
      permissions: [
        'ORGANIZATION_UPDATE', 'MEMBERS_READ', 'MEMBERS_MANAGE', 'AUDIT_READ', 'CLIENTS_MANAGE', 'ORDERS_PLACE', 'PRODUCTS_RENEW',
        'BILLING_READ', 'BILLING_MANAGE', 'PARTNERSHIPS_READ', 'ACT_FOR_PARTNER',
      ],
    },
    user: { email: 'user@client.test', via: 'MEMBER', permissions: ['MEMBERS_READ', 'ACT_FOR_PARTNER'] },
    'external member': { email: 'external@client.test', via: 'MEMBER', permissions: [] },
    'LIMITED partner': { email: 'user@limited.test', via: 'PARTNER', permissions: ['PRODUCTS_RENEW'] },
    'COMPLETE partner': { email: 'user@complete.test', via: 'PARTNER', permissions: ['MEMBERS_READ', 'ORDERS_PLACE', 'PRODUCTS_RENEW'] },
  };

  const VIEWER = `query($id: ID!) { organization(id: $id) { viewerAccess { via permissions } } }`;

  it.each(Object.entries(ORACLE))('gives the %s exactly the permissions of the table', async (_kind, expected) => {
    const viewer = await signedIn(server, expected.email);
    const data = await viewer.data(VIEWER, { id: client.id });
    const access = data.organization.viewerAccess;
    expect(access.via).toBe(expected.via);
    expect([...access.permissions].sort()).toEqual([...expected.permissions].sort());
    // Each right once: the SPA builds a set, but the list is the API's answer.
    expect(new Set(access.permissions).size).toBe(access.permissions.length);
  });
});

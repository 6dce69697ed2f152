import { API_TOKEN_PATTERN } from '@manager/domain';
import { mintToken, runTokenLifecycleOnce, TOKEN_REFUSALS, TOKEN_ROOT_FIELDS } from '@manager/api-tokens';
import {
  BLOCK_TOKEN,
  createToken,
  download,
  LIST_TOKENS,
  PARTNER_API_ACCESS,
  REVOKE_TOKEN,
  ROTATE_TOKEN,
  script,
  UNBLOCK_TOKEN,
} from './support/api-tokens';
import { fund, key, PLACE_ORDER } from './support/billing-orders';
import { Fixtures, PASSWORD } from './support/fixtures';
import { errorCode, GraphQLTestClient } from './support/graphql-client';
import { recordSecret } from './support/log-leaks';
import { EXAMPLE_OPERATIONS } from '../src/http/graphiql';
import { emails, PEOPLE, type PartnerWorld, seedPartnerWorld, UPDATE_SCOPE } from './support/partnerships';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * API tokens over real HTTP: what a script with a token reaches (scopes ∩ the live grant ∩ the
 * creator's role), every way a token is refused, the next-request effect of every change on the
 * other side, rotation races, the rate bucket, the leaked-tokens endpoint and the lifecycle.
 */

const MANAGED = `query M($id: ID!) { managedClients(partnerOrganizationId: $id, first: 5) { totalCount edges { node { organization { id name } products(first: 5) { edges { node { id } } } } } } }`;
const ORGANIZATION = `query O($id: ID!) { organization(id: $id) { id name viewerAccess { via access permissions } products(first: 50) { edges { node { id } } } } }`;
const INVOICES = `query I($id: ID!) { organization(id: $id) { invoices(first: 50) { edges { node { id pdfUrl } } } } }`;

describe('API tokens', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let world: PartnerWorld;
  /** A second client of Pixel, COMPLETE access, the partner pays. */
  let beta: Awaited<ReturnType<Fixtures['organization']>>;
  let acmeLimited: { id: string };
  let paul: GraphQLTestClient;
  let acmeLr: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close(), 60_000);

  beforeEach(async () => {
    await server.reset();
    world = await seedPartnerWorld(fixtures, server.dataSource);
    beta = await fixtures.organization({ name: 'Beta AG' });
    await fixtures.products(beta, 2);
    await fixtures.membership(await fixtures.user({ email: 'lr@beta.test' }), beta, 'LEGAL_RESPONSIBLE');
    acmeLimited = await fixtures.partnership(world.client, world.partner, { access: 'LIMITED', products: world.products.slice(0, 2) });
    await fixtures.partnership(beta, world.partner, { access: 'COMPLETE', billingOwner: 'PARTNER' });
    paul = server.client();
    await paul.login(PEOPLE.partnerLr, PASSWORD);
    acmeLr = server.client();
    await acmeLr.login(PEOPLE.clientLr, PASSWORD);
  });

  const acmeOnly = () => ({
    organizationId: world.partner.id,
    kind: 'ORGANIZATION',
    name: 'CRM sync',
    clientSelection: 'SELECTED',
    clientOrganizationIds: [world.client.id],
    password: PASSWORD,
  });

  /** Paul's organization token as listed once its use is recorded (written after the answer, so a loaded machine takes a while). */
  const listedOnceUsed = async () => {
    let listed: any;
    for (let i = 0; i < 250; i++) {
      listed = (await paul.data(LIST_TOKENS, { id: world.partner.id, kind: 'ORGANIZATION' })).organization.apiTokens.edges[0].node;
      if (listed.clientUse.length) return listed;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return listed;
  };

  const clientIds = async (client: GraphQLTestClient) => {
    const response = await client.request<any>(MANAGED, { id: world.partner.id });
    return response.data?.managedClients.edges.map((e: any) => e.node.organization.id).sort() ?? errorCode(response);
  };

  describe('creation and what a token reaches', () => {
    it('returns the secret once, read-only by default, lists it without any secret, emails the owner and records it in its trail', async () => {
      const { secret, token } = await createToken(paul, acmeOnly());
      expect(API_TOKEN_PATTERN.test(secret)).toBe(true);
      expect(secret.startsWith('mgro_')).toBe(true);
      expect(token).toMatchObject({
        kind: 'ORGANIZATION',
        name: 'CRM sync',
        status: 'ACTIVE',
        clientSelection: 'SELECTED',
        selectedClients: [{ id: world.client.id, name: 'Acme SA' }],
        createdByName: 'Paul Meier',
        lastUsedAt: null,
        displayPrefix: `${secret.slice(0, 21)}…`,
      });
      expect(token.scopes.every((s: any) => s.level === 'READ')).toBe(true);
      expect(token.scopes).toHaveLength(9);
      expect(new Date(token.expiresAt).getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);

      const listed = await paul.data(LIST_TOKENS, { id: world.partner.id, kind: 'ORGANIZATION' });
      expect(listed.organization.apiTokens.totalCount).toBe(1);
      expect(JSON.stringify(listed)).not.toContain(secret.slice(21));

      const sent = await emails(server.dataSource, 'API_TOKEN_CREATED');
      expect(sent.map((e) => e.to_address).sort()).toEqual([PEOPLE.partnerLr, PEOPLE.partnerAdmin].sort());
      expect(sent.every((e) => !e.text_body.includes(secret.slice(21)))).toBe(true);
      const [event] = await server.dataSource.query(`SELECT action, data FROM audit_event WHERE organization_id = $1 AND action LIKE 'api_token.%'`, [world.partner.id]);
      expect(event).toEqual({ action: 'api_token.created', data: { tokenName: 'CRM sync', kind: 'ORGANIZATION' } });
    });

    it('lists the selected client and not the other, and sees exactly what the LIMITED grant covers', async () => {
      const { secret } = await createToken(paul, acmeOnly());
      const crm = script(server.url, secret);
      expect(await clientIds(crm)).toEqual([world.client.id]);
      const acme = await crm.data(ORGANIZATION, { id: world.client.id });
      expect(acme.organization.products.edges.map((e: any) => e.node.id).sort()).toEqual(world.products.slice(0, 2).map((p) => p.id).sort());
      expect(acme.organization.viewerAccess).toEqual({ via: 'PARTNER', access: 'LIMITED', permissions: [] });
      // Beta is managed (COMPLETE) but not selected; Other GmbH is nobody's business; both: NOT_FOUND.
      for (const id of [beta.id, world.other.id]) expect(errorCode(await crm.request(ORGANIZATION, { id }))).toBe('NOT_FOUND');
      // The owner itself, as its creator's role allows, narrowed to reading.
      const own = await crm.data(ORGANIZATION, { id: world.partner.id });
      expect(own.organization.viewerAccess.permissions).toEqual(['MEMBERS_READ', 'AUDIT_READ', 'BILLING_READ', 'PARTNERSHIPS_READ', 'ACT_FOR_PARTNER']);
    });

    it('never reaches the other organizations of its creator (Paul is also external of Acme with a product of its own)', async () => {
      const member = await fixtures.membership((await server.dataSource.query(`SELECT * FROM app_user WHERE email = $1`, [PEOPLE.partnerLr]))[0], world.other, 'ADMIN');
      expect(member).toBeTruthy();
      expect(errorCode(await paul.request(ORGANIZATION, { id: world.other.id }))).toBeUndefined();
      const { secret } = await createToken(paul, { ...acmeOnly(), clientSelection: 'ALL', clientOrganizationIds: null });
      const crm = script(server.url, secret);
      expect(errorCode(await crm.request(ORGANIZATION, { id: world.other.id }))).toBe('NOT_FOUND');
      expect(await clientIds(crm)).toEqual([world.client.id, beta.id].sort());
      expect((await crm.request<any>(`{ me { id } }`)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect((await crm.data(`{ currentApiToken { name kind clientSelection } }`)).currentApiToken).toEqual({ name: 'CRM sync', kind: 'ORGANIZATION', clientSelection: 'ALL' });
    });

    it('refuses bad input with the field, and a wrong password like every confirmation', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ clientOrganizationIds: [world.other.id] }, 'BAD_USER_INPUT', 'clientOrganizationIds'],
        [{ clientOrganizationIds: [] }, 'BAD_USER_INPUT', 'clientOrganizationIds'],
        [{ expiresInDays: 366 }, 'BAD_USER_INPUT', 'expiresInDays'],
        [{ expiresInDays: 0 }, 'BAD_USER_INPUT', 'expiresInDays'],
        [{ name: '   ' }, 'BAD_USER_INPUT', 'name'],
        [{ scopes: [{ resource: 'ORDERS', level: 'WRITE' }, { resource: 'ORDERS', level: 'READ' }] }, 'BAD_USER_INPUT', 'scopes'],
        [{ password: 'not the password' }, 'BAD_USER_INPUT', 'password'],
      ];
      for (const [change, code, field] of cases) {
        const response = await paul.request(`mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`, { input: { ...acmeOnly(), ...change } });
        expect([JSON.stringify(change), errorCode(response), response.errors?.[0]?.extensions?.['field']]).toEqual([JSON.stringify(change), code, field]);
      }
      const tom = server.client();
      await tom.login(PEOPLE.partnerUser, PASSWORD);
      expect(errorCode(await tom.request(`mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`, { input: acmeOnly() }))).toBe('FORBIDDEN');
      // A person of the partner cannot make tokens owned by a client it manages.
      const response = await paul.request(`mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`, {
        input: { ...acmeOnly(), organizationId: world.client.id, clientSelection: 'ALL', clientOrganizationIds: null },
      });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM api_token`)).toEqual([{ n: 0 }]);
    });

    it('the playground has a token field, and its partner examples run with a token', async () => {
      const page = await (await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })).text();
      expect(page).toContain('id="mgr-api-token"');
      expect(page).not.toMatch(/<script(?![^>]*nonce=)/);
      const { secret } = await createToken(paul, { ...acmeOnly(), clientSelection: 'ALL', clientOrganizationIds: null });
      for (const [operationName, variables] of [['CurrentToken', {}], ['PartnerClients', { partnerOrganizationId: world.partner.id }]] as const) {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body: JSON.stringify({ query: EXAMPLE_OPERATIONS, operationName, variables }),
        });
        const body = (await response.json()) as any;
        expect([operationName, response.status, body.errors]).toEqual([operationName, 200, undefined]);
      }
    });

    it('decides every root field of the schema for tokens', async () => {
      const { __schema } = await paul.data(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
      const decided = (table: Record<string, string>) => Object.keys(table).sort();
      expect(__schema.queryType.fields.map((f: any) => f.name).sort()).toEqual(decided(TOKEN_ROOT_FIELDS.query));
      expect(__schema.mutationType.fields.map((f: any) => f.name).sort()).toEqual(decided(TOKEN_ROOT_FIELDS.mutation));
    });
  });

  describe('refusals', () => {
    const ping = (client: GraphQLTestClient) => client.request(`{ currentApiToken { id } }`);

    it('answers malformed, bad-checksum, unknown and wrong-secret tokens with one and the same 401', async () => {
      const { secret } = await createToken(paul, acmeOnly());
      const unknown = mintToken('ORGANIZATION').text;
      const wrongSecret = mintToken('ORGANIZATION', secret.slice(5, 21)).text;
      const badChecksum = `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`;
      const personalForm = mintToken('PERSONAL', secret.slice(5, 21)).text;
      for (const value of [unknown, wrongSecret, badChecksum, personalForm, `ghp_${secret.slice(5)}`, 'mgro_short', secret.toLowerCase()]) {
        recordSecret(value);
        const response = await ping(script(server.url, value));
        expect([value.slice(0, 8), response.status, errorCode(response), response.errors?.[0]?.message]).toEqual([
          value.slice(0, 8),
          401,
          'UNAUTHENTICATED',
          TOKEN_REFUSALS.INVALID,
        ]);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="manager", error="invalid_token"');
      }
    });

    it('takes the token only as a Bearer header: never Basic, a cookie or the query string; never with a session cookie', async () => {
      const { secret } = await createToken(paul, acmeOnly());
      const basic = await new GraphQLTestClient(server.url, { authorization: `Basic ${secret}` }).request(`{ currentApiToken { id } }`);
      expect([basic.status, errorCode(basic)]).toEqual([401, 'UNAUTHENTICATED']);
      const cookie = new GraphQLTestClient(server.url);
      cookie.cookies.set('session', secret);
      expect((await cookie.data(`{ currentApiToken { id } }`)).currentApiToken).toBeNull();
      const query = await fetch(`${server.url}/graphql?access_token=${secret}&query=${encodeURIComponent('{ currentApiToken { id } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(((await query.json()) as any).data.currentApiToken).toBeNull();
      const both = await paul.request(`{ currentApiToken { id } }`, undefined, { authorization: `Bearer ${secret}` });
      expect([both.status, errorCode(both)]).toEqual([400, 'BAD_REQUEST']);
    });

    it('skips the CSRF rule for token requests (no cookie to forge), keeps it for cookies', async () => {
      const { secret } = await createToken(paul, acmeOnly());
      const url = `${server.url}/graphql?query=${encodeURIComponent('{ currentApiToken { name } }')}`;
      const withToken = await fetch(url, { headers: { authorization: `Bearer ${secret}` } });
      expect([withToken.status, ((await withToken.json()) as any).data]).toEqual([200, { currentApiToken: { name: 'CRM sync' } }]);
      const withCookie = await fetch(url, { headers: { cookie: [...paul.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
      expect(withCookie.status).toBe(400);
      await withCookie.arrayBuffer();
    });

    it('tells the holder of a real secret why it is refused: expired, revoked, rotated past its grace, suspended, disabled', async () => {
      const { secret, token } = await createToken(paul, acmeOnly());
      const crm = script(server.url, secret);
      expect((await ping(crm)).status).toBe(200);
      await server.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [token.id]);
      expect((await ping(crm)).errors?.[0]?.message).toBe(TOKEN_REFUSALS.EXPIRED);
      await server.dataSource.query(`UPDATE api_token SET expires_at = now() + interval '1 day', disabled_at = now() WHERE id = $1`, [token.id]);
      expect((await ping(crm)).errors?.[0]?.message).toBe(TOKEN_REFUSALS.DISABLED);

      const rotated = (await paul.data(ROTATE_TOKEN, { input: { tokenId: token.id, gracePeriodDays: 1, password: PASSWORD } })).rotateApiToken;
      recordSecret(rotated.secret);
      expect(rotated.token).toMatchObject({ id: token.id, name: 'CRM sync', status: 'ACTIVE', selectedClients: [{ id: world.client.id, name: 'Acme SA' }] });
      expect(rotated.secret.slice(0, 21)).toBe(secret.slice(0, 21));
      // In its grace period the old secret still works, and so does the new one.
      expect((await ping(crm)).status).toBe(200);
      expect((await ping(script(server.url, rotated.secret))).status).toBe(200);
      await server.dataSource.query(`UPDATE api_token SET previous_secret_valid_until = now() WHERE id = $1`, [token.id]);
      expect((await ping(crm)).errors?.[0]?.message).toBe(TOKEN_REFUSALS.ROTATED);

      // Sara (ADMIN) rotated it last, then left: suspended until someone rotates it again.
      await server.dataSource.query(`UPDATE api_token SET acting_user_id = $2 WHERE id = $1`, [token.id, world.memberships.partnerAdmin?.userId]);
      await server.dataSource.query(`DELETE FROM membership WHERE id = $1`, [world.memberships.partnerAdmin?.id]);
      expect((await ping(script(server.url, rotated.secret))).errors?.[0]?.message).toBe(TOKEN_REFUSALS.SUSPENDED);

      await paul.data(REVOKE_TOKEN, { input: { tokenId: token.id } });
      const revoked = await ping(script(server.url, rotated.secret));
      expect([revoked.status, errorCode(revoked), revoked.errors?.[0]?.message]).toEqual([401, 'UNAUTHENTICATED', TOKEN_REFUSALS.REVOKED]);
    });

    it('keeps a personal token to its owner and ends it with the membership', async () => {
      const sara = server.client();
      await sara.login(PEOPLE.partnerAdmin, PASSWORD);
      const { secret, token } = await createToken(sara, { ...acmeOnly(), kind: 'PERSONAL', name: 'Sara script' });
      expect(secret.startsWith('mgrp_')).toBe(true);
      expect((await paul.data(LIST_TOKENS, { id: world.partner.id, kind: 'PERSONAL' })).organization.apiTokens.totalCount).toBe(0);
      expect(errorCode(await paul.request(REVOKE_TOKEN, { input: { tokenId: token.id } }))).toBe('NOT_FOUND');
      expect(await clientIds(script(server.url, secret))).toEqual([world.client.id]);
      await server.dataSource.query(`DELETE FROM membership WHERE id = $1`, [world.memberships.partnerAdmin?.id]);
      expect((await script(server.url, secret).request(MANAGED, { id: world.partner.id })).errors?.[0]?.message).toBe(TOKEN_REFUSALS.REVOKED);
    });
  });

  describe('the next request after a change on the other side', () => {
    it('blocking by the client, narrowing, ending the partnership and lowering the role all apply at once', async () => {
      const { secret, token } = await createToken(paul, { ...acmeOnly(), clientSelection: 'ALL', clientOrganizationIds: null });
      const crm = script(server.url, secret);
      expect(await clientIds(crm)).toEqual([world.client.id, beta.id].sort());

      // The client sees the token under API access, and its legal responsible blocks it.
      const access = (await acmeLr.data(PARTNER_API_ACCESS, { id: world.client.id })).organization.partnerApiAccess;
      expect(access.edges.map((e: any) => e.node)).toEqual([
        expect.objectContaining({ tokenId: token.id, partnerName: 'Pixel Partners', tokenName: 'CRM sync', createdByName: 'Paul Meier', blocked: false }),
      ]);
      const acmeUser = server.client();
      await acmeUser.login(PEOPLE.clientUser, PASSWORD);
      expect(errorCode(await acmeUser.request(PARTNER_API_ACCESS, { id: world.client.id }))).toBe('FORBIDDEN');
      const acmeAdmin = server.client();
      await acmeAdmin.login(PEOPLE.clientAdmin, PASSWORD);
      expect(errorCode(await acmeAdmin.request(BLOCK_TOKEN, { input: { organizationId: world.client.id, tokenId: token.id } }))).toBe('FORBIDDEN');
      expect((await acmeLr.data(BLOCK_TOKEN, { input: { organizationId: world.client.id, tokenId: token.id } })).blockPartnerApiToken.access.blocked).toBe(true);
      expect(await clientIds(crm)).toEqual([beta.id]);
      expect(errorCode(await crm.request(ORGANIZATION, { id: world.client.id }))).toBe('NOT_FOUND');
      expect((await acmeLr.data(UNBLOCK_TOKEN, { input: { organizationId: world.client.id, tokenId: token.id } })).unblockPartnerApiToken.access.blocked).toBe(false);
      expect(await clientIds(crm)).toEqual([world.client.id, beta.id].sort());
      expect((await server.dataSource.query(`SELECT action FROM audit_event WHERE organization_id = $1 AND action LIKE 'api_token.%' ORDER BY created_at`, [world.client.id])).map((r: any) => r.action)).toEqual([
        'api_token.blocked',
        'api_token.unblocked',
      ]);

      // Narrowing the LIMITED scope to one product.
      await acmeLr.data(UPDATE_SCOPE, { input: { partnershipId: acmeLimited.id, access: 'LIMITED', productIds: [world.products[0].id] } });
      expect((await crm.data(ORGANIZATION, { id: world.client.id })).organization.products.edges.map((e: any) => e.node.id)).toEqual([world.products[0].id]);

      // Lowering the creator's role: Paul is USER now (ownership of LR aside): no more billing.
      const invoicesBefore = await crm.request(INVOICES, { id: world.partner.id });
      expect(errorCode(invoicesBefore)).toBeUndefined();
      await server.dataSource.query(`UPDATE membership SET role = 'USER' WHERE id = $1`, [world.memberships.partnerLr?.id]);
      expect((await crm.data(ORGANIZATION, { id: world.partner.id })).organization.viewerAccess.permissions).toEqual(['MEMBERS_READ', 'ACT_FOR_PARTNER']);
      await server.dataSource.query(`UPDATE membership SET role = 'LEGAL_RESPONSIBLE' WHERE id = $1`, [world.memberships.partnerLr?.id]);

      // Ending the partnership.
      await server.dataSource.query(`UPDATE partnership SET status = 'TERMINATED', ended_at = now() WHERE id = $1`, [acmeLimited.id]);
      expect(await clientIds(crm)).toEqual([beta.id]);
      expect(errorCode(await crm.request(ORGANIZATION, { id: world.client.id }))).toBe('NOT_FOUND');
      expect((await acmeLr.data(PARTNER_API_ACCESS, { id: world.client.id })).organization.partnerApiAccess.totalCount).toBe(0);
    });

    it('records the last use of the clients a page of managed clients names', async () => {
      const { secret } = await createToken(paul, acmeOnly());
      // `organization { id name }`: the page answers it from the partnerships themselves, and still counts the clients as reached.
      expect(await clientIds(script(server.url, secret))).toEqual([world.client.id]);
      const listed = await listedOnceUsed();
      expect(listed.clientUse).toEqual([{ client: { id: world.client.id, name: 'Acme SA' }, lastUsedAt: listed.lastUsedAt }]);
    });

    it('records the last use per client to the minute, with a truncated address', async () => {
      const { secret, token } = await createToken(paul, acmeOnly());
      await script(server.url, secret).data(ORGANIZATION, { id: world.client.id });
      const listed = await listedOnceUsed();
      expect(listed.lastUsedIp).toBe('127.0.0.0');
      expect(new Date(listed.lastUsedAt).getUTCSeconds()).toBe(0);
      expect(listed.clientUse).toEqual([{ client: { id: world.client.id, name: 'Acme SA' }, lastUsedAt: listed.lastUsedAt }]);
      const access = (await acmeLr.data(PARTNER_API_ACCESS, { id: world.client.id })).organization.partnerApiAccess.edges[0].node;
      expect(access.lastUsedAt).toBe(listed.lastUsedAt);
      // Coalesced: more requests in the same minute write nothing more.
      const [before] = await server.dataSource.query(`SELECT n_tup_upd FROM pg_stat_user_tables WHERE relname = 'api_token'`);
      expect(before).toBeDefined();
      const [{ minutes }] = await server.dataSource.query(`SELECT active_minutes AS minutes FROM api_token_usage WHERE token_id = $1`, [token.id]);
      for (let i = 0; i < 5; i++) await script(server.url, secret).data(ORGANIZATION, { id: world.client.id });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [{ minutes: after }] = await server.dataSource.query(`SELECT active_minutes AS minutes FROM api_token_usage WHERE token_id = $1`, [token.id]);
      expect(after - minutes).toBeLessThanOrEqual(1);
    });
  });

  describe('writes, files and the audit trail', () => {
    it('a write made with a token shows in the client’s activity as the partner and the token; its invoice PDF downloads with the token', async () => {
      const { secret } = await createToken(paul, {
        ...acmeOnly(),
        name: 'Billing robot',
        clientSelection: 'SELECTED',
        clientOrganizationIds: [beta.id],
        scopes: [{ resource: 'ORDERS', level: 'WRITE' }, { resource: 'PRODUCTS', level: 'READ' }, { resource: 'INVOICES', level: 'READ' }],
      });
      await fund(server.dataSource, world.partner, 1_000_000);
      const robot = script(server.url, secret);
      const [offer] = (await robot.data(`query($id: ID!) { organization(id: $id) { newProductOffers { category name } } }`, { id: beta.id })).organization.newProductOffers;
      const placed = await robot.request<any>(PLACE_ORDER, { input: { organizationId: beta.id, kind: 'NEW_PRODUCT', offer: { category: offer.category, name: offer.name }, idempotencyKey: key() } });
      expect(errorCode(placed)).toBeUndefined();
      const [event] = await server.dataSource.query(
        `SELECT partner_organization_id, api_token_name, actor_name FROM audit_event WHERE organization_id = $1 AND action = 'order.new_product'`,
        [beta.id],
      );
      expect(event).toEqual({ partner_organization_id: world.partner.id, api_token_name: 'Billing robot', actor_name: 'Paul Meier' });

      // The invoice is the partner's (it pays): the token reads it, as a PDF too.
      const invoice = placed.data.placeOrder.invoice;
      expect(invoice.organizationId).toBe(world.partner.id);
      const pdf = await download(server.url, `/invoices/${invoice.id}.pdf`, secret);
      expect([pdf.status, pdf.headers.get('content-type'), pdf.headers.get('ratelimit-limit')]).toEqual([200, 'application/pdf', '2000']);
      await pdf.arrayBuffer();
      // Without the INVOICES scope: the same 404 as a made-up invoice; without anything: 401.
      const { secret: reader } = await createToken(paul, {
        ...acmeOnly(),
        name: 'Reader',
        scopes: [{ resource: 'ORDERS', level: 'READ' }, { resource: 'PRODUCTS', level: 'READ' }],
      });
      expect((await download(server.url, `/invoices/${invoice.id}.pdf`, reader)).status).toBe(404);
      const bogus = mintToken('ORGANIZATION').text;
      const refused = await download(server.url, `/invoices/${invoice.id}.pdf`, bogus);
      expect([refused.status, ((await refused.json()) as any).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
      // A read-only token may not order: FORBIDDEN, nothing written.
      const denied = await script(server.url, reader).request(PLACE_ORDER, { input: { organizationId: world.client.id, kind: 'RENEWAL', productId: world.products[0].id, idempotencyKey: key() } });
      expect(errorCode(denied)).toBe('FORBIDDEN');
    });
  });

  describe('races and limits', () => {
    it('concurrent rotations of one token: exactly one wins, the others are CONFLICT', async () => {
      const { secret, token } = await createToken(paul, acmeOnly());
      const answers = await Promise.all(
        // Five: the password confirmation's throttle counts attempts in flight as failures (5 per 15 min).
        Array.from({ length: 5 }, () => paul.request<any>(ROTATE_TOKEN, { input: { tokenId: token.id, gracePeriodDays: 0, password: PASSWORD } })),
      );
      const winners = answers.filter((a) => !a.errors);
      for (const a of winners) recordSecret(a.data.rotateApiToken.secret);
      expect(winners).toHaveLength(1);
      expect(answers.filter((a) => errorCode(a) === 'CONFLICT')).toHaveLength(4);
      expect((await script(server.url, winners[0].data.rotateApiToken.secret).request(`{ currentApiToken { id } }`)).status).toBe(200);
      expect((await script(server.url, secret).request(`{ currentApiToken { id } }`)).errors?.[0]?.message).toBe(TOKEN_REFUSALS.INVALID);
    });

    it('charges the operation cost to a leaky bucket: RateLimit headers and extensions.cost, then 429 with Retry-After', async () => {
      const { secret, token } = await createToken(paul, acmeOnly());
      const crm = script(server.url, secret);
      const first = await crm.request(MANAGED, { id: world.partner.id });
      const cost = first.extensions?.['cost'] as { requested: number; remaining: number };
      expect(cost.requested).toBeGreaterThan(50);
      expect(cost.remaining).toBe(2000 - cost.requested);
      expect(first.headers.get('ratelimit-remaining')).toBe(String(cost.remaining));
      expect(first.headers.get('ratelimit-limit')).toBe('2000');
      // Concurrent requests never take more than the bucket holds.
      const parallel = await Promise.all(Array.from({ length: 40 }, () => crm.request(MANAGED, { id: world.partner.id })));
      const taken = parallel.filter((r) => r.status === 200).length;
      expect(taken).toBeLessThanOrEqual(Math.floor(2000 / cost.requested));
      const refused = parallel.find((r) => r.status === 429);
      expect(refused && [errorCode(refused), Number(refused.headers.get('retry-after')) > 0, refused.data]).toEqual(['TOO_MANY_REQUESTS', true, undefined]);
      await server.dataSource.query(`UPDATE api_token_rate_bucket SET level = 0 WHERE token_id = $1`, [token.id]);
      expect((await crm.request(MANAGED, { id: world.partner.id })).status).toBe(200);
      // A session request is not charged.
      expect((await paul.request(MANAGED, { id: world.partner.id })).extensions?.['cost']).toBeUndefined();
    });
  });

  describe('leaked tokens', () => {
    const report = (tokens: unknown) =>
      fetch(`${server.url}/api-tokens/leaked`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tokens }) });

    it('revokes the real ones, emails their owners, and answers the same whatever was found', async () => {
      const { secret, token } = await createToken(paul, acmeOnly());
      const fake = mintToken('ORGANIZATION', secret.slice(5, 21)).text;
      recordSecret(fake);
      const nothing = await report([fake, 'not a token']);
      const something = await report([secret, fake, 'not a token']);
      expect([nothing.status, await nothing.json()]).toEqual([202, { received: 2 }]);
      expect([something.status, await something.json()]).toEqual([202, { received: 3 }]);
      const [row] = await server.dataSource.query(`SELECT revoked_reason FROM api_token WHERE id = $1`, [token.id]);
      expect(row.revoked_reason).toBe('LEAKED');
      expect((await emails(server.dataSource, 'API_TOKEN_LEAKED')).map((e) => e.to_address).sort()).toEqual([PEOPLE.partnerLr, PEOPLE.partnerAdmin].sort());
      expect((await script(server.url, secret).request(`{ currentApiToken { id } }`)).errors?.[0]?.message).toBe(TOKEN_REFUSALS.REVOKED);
      expect((await report([])).status).toBe(400);
      expect((await report(Array.from({ length: 1001 }, () => 'x'))).status).toBe(413);
    });
  });

  describe('lifecycle', () => {
    const emailSubjects = async (kind: string) => (await emails(server.dataSource, kind)).map((e) => e.subject);

    it('reminds 30, 7 and 1 days before expiry and on expiry, once each', async () => {
      const { token } = await createToken(paul, { ...acmeOnly(), expiresInDays: 40 });
      const expiresAt = new Date(token.expiresAt).getTime();
      const at = (days: number) => runTokenLifecycleOnce(server.dataSource, server.url, new Date(expiresAt - days * 86_400_000));
      await at(31);
      expect(await emailSubjects('API_TOKEN_EXPIRING')).toEqual([]);
      await at(29.5);
      await at(29);
      await at(6.5);
      await at(0.5);
      await at(-0.01);
      await at(-0.02);
      expect(await emailSubjects('API_TOKEN_EXPIRING')).toEqual([
        ...Array(2).fill('API token "CRM sync" expires in 30 days'),
        ...Array(2).fill('API token "CRM sync" expires in 7 days'),
        ...Array(2).fill('API token "CRM sync" expires in 1 day'),
      ]);
      expect(await emailSubjects('API_TOKEN_EXPIRED')).toEqual(Array(2).fill('API token "CRM sync" has expired'));
    });

    it('summarises a day of reads in the client’s trail, warns then disables an unused token', async () => {
      const { secret } = await createToken(paul, { ...acmeOnly(), expiresInDays: 365 });
      await script(server.url, secret).data(ORGANIZATION, { id: world.client.id });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const day = 86_400_000;
      await runTokenLifecycleOnce(server.dataSource, server.url, new Date(Date.now() + day));
      const [summary] = await server.dataSource.query(
        `SELECT action, api_token_name, partner_organization_id, data->>'activeMinutes' AS minutes FROM audit_event WHERE organization_id = $1 AND action = 'api_token.daily_reads'`,
        [world.client.id],
      );
      expect(summary).toEqual({ action: 'api_token.daily_reads', api_token_name: 'CRM sync', partner_organization_id: world.partner.id, minutes: '1' });

      await runTokenLifecycleOnce(server.dataSource, server.url, new Date(Date.now() + 80 * day));
      expect(await emailSubjects('API_TOKEN_UNUSED')).toEqual([]);
      await runTokenLifecycleOnce(server.dataSource, server.url, new Date(Date.now() + 84 * day));
      await runTokenLifecycleOnce(server.dataSource, server.url, new Date(Date.now() + 85 * day));
      expect((await emailSubjects('API_TOKEN_UNUSED')).length).toBe(2);
      await runTokenLifecycleOnce(server.dataSource, server.url, new Date(Date.now() + 91 * day));
      expect((await emailSubjects('API_TOKEN_DISABLED')).length).toBe(2);
      expect((await script(server.url, secret).request(`{ currentApiToken { id } }`)).errors?.[0]?.message).toBe(TOKEN_REFUSALS.DISABLED);
    });
  });
});

import { hashPassword } from '@manager/api-identity';
import { errorCode, GraphQLTestClient } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';
import { type Access, generateWorld, inParallel, prng, type Role, type World, writeWorld } from './support/tenant-world';
import { changeMidRun, generateTokens, tokenOracle, type TokenView, writeBilling, writeTokens } from './support/token-world';

/**
 * Tenant isolation as a property: random worlds (organizations, people in every role, EXTERNAL
 * grants, products, partner profiles, partnerships in every state) are written straight into the
 * database, then every actor asks the API about every organization, its products, its members
 * and the managed clients of every partner, and each answer is compared with an ORACLE written
 * here from the generated data alone (it never calls the policy code).
 *
 * Reproduce a run with TENANT_SEED=<seed printed below>; TENANT_CASES sets how many (actor,
 * organization) cases to reach (default 1,200).
 *
 * The same worlds with API tokens (support/token-world.ts): every token against every
 * organization (reach, viewer access, products, members, records, wallet, invoices, orders),
 * every partner's managedClients and invoice PDFs, before and after partnerships are ended and
 * narrowed, tokens blocked and revoked, people removed and their roles changed. TOKEN_CASES sets
 * how many (token, organization, path) cases to reach (default 10,000).
 */

// ---------------------------------------------------------------- the oracle (no policy code)

const ACTING: Role[] = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER'];

function oracle(world: World, now = Date.now()) {
  const live = (p: World['partnerships'][number]) => p.status === 'ACTIVE' && (p.endsAt === null || p.endsAt.getTime() > now);
  const membership = (userId: string, orgId: string) => world.memberships.find((m) => m.userId === userId && m.orgId === orgId);
  const acts = (userId: string, orgId: string) => ACTING.includes(membership(userId, orgId)?.role as Role);
  const livePartnerships = (userId: string, clientId: string) =>
    world.partnerships.filter((p) => p.clientId === clientId && live(p) && acts(userId, p.partnerId));
  const orgProducts = (orgId: string) => world.products.filter((p) => p.orgId === orgId).map((p) => p.id);

  function view(userId: string, orgId: string) {
    const own = membership(userId, orgId);
    const partners = livePartnerships(userId, orgId);
    if (!own && partners.length === 0) return null;
    const visible = new Set<string>();
    if (own && own.role !== 'EXTERNAL') orgProducts(orgId).forEach((id) => visible.add(id));
    if (own?.role === 'EXTERNAL') own.grants.forEach((id) => visible.add(id));
    for (const p of partners) (p.access === 'COMPLETE' ? orgProducts(orgId) : p.scope).forEach((id) => visible.add(id));
    const complete = partners.filter((p) => p.access === 'COMPLETE');
    // The widest way in: own non-EXTERNAL role, then COMPLETE, then LIMITED, then EXTERNAL.
    const via: 'MEMBER' | 'PARTNER' = own && own.role !== 'EXTERNAL' ? 'MEMBER' : partners.length ? 'PARTNER' : 'MEMBER';
    const access: Access | null = via === 'PARTNER' ? (complete.length ? 'COMPLETE' : 'LIMITED') : null;
    const readsMembers = (via === 'MEMBER' && own?.role !== 'EXTERNAL') || access === 'COMPLETE';
    return {
      products: [...visible].sort(),
      via,
      role: via === 'MEMBER' ? (own?.role as Role) : null,
      access,
      partnerOrganizationIds: (access === 'COMPLETE' ? complete : partners).map((p) => p.partnerId),
      // Members read the organization's records (EXTERNAL ones not its addresses); partners never.
      vatVisible: via === 'MEMBER',
      addressesVisible: via === 'MEMBER' && own?.role !== 'EXTERNAL',
      members: readsMembers ? world.memberships.filter((m) => m.orgId === orgId).length : ('FORBIDDEN' as const),
    };
  }

  function managedClients(userId: string, partnerId: string) {
    if (!acts(userId, partnerId)) return null;
    return world.partnerships
      .filter((p) => p.partnerId === partnerId && live(p))
      .map((p) => ({
        partnershipId: p.id,
        clientId: p.clientId,
        access: p.access,
        productsInScope: p.access === 'COMPLETE' ? orgProducts(p.clientId).length : p.scope.length,
        products: (view(userId, p.clientId)?.products ?? []) as string[],
      }))
      .sort((a, b) => (a.partnershipId < b.partnershipId ? -1 : 1));
  }

  return { view, managedClients };
}

// ---------------------------------------------------------------- the property

const ORGANIZATION = `query($id: ID!) { organization(id: $id) { id vatNumber billingAddresses { id }
  viewerAccess { via role partnerOrganizationId access } products(first: 100) { totalCount edges { node { id } } } } }`;
const MEMBERS = `query($id: ID!) { organization(id: $id) { members(first: 1) { totalCount } } }`;
const MANAGED = `query($id: ID!) { managedClients(partnerOrganizationId: $id, first: 100) { totalCount
  edges { node { partnershipId access productsInScope organization { id } products(first: 10) { edges { node { id } } } } } } }`;

describe('tenant isolation (property)', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Tokens here ask far more than a script would: their rate buckets must not get in the way.
    server = await startTestServer({ TOKEN_RATE_POINTS_PER_MINUTE: '10000000' });
  });
  afterAll(() => server.close(), 60_000);

  it('every actor sees exactly what the oracle says, for every organization, product and partner', async () => {
    const seed = Number(process.env['TENANT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
    // Worlds are generated until at least this many (actor, organization) cases were checked.
    const minCases = Number(process.env['TENANT_CASES'] ?? 1200);
    const random = prng(seed);
    const passwordHash = await hashPassword('tenant-isolation');
    const differences: string[] = [];
    let cases = 0;
    let productChecks = 0;
    let managedChecks = 0;
    const started = Date.now();

    let worlds = 0;
    for (let w = 0; cases < minCases && differences.length < 20; w++) {
      worlds += 1;
      const world = generateWorld(random, w);
      await server.reset();
      await writeWorld(server, world, passwordHash);
      const truth = oracle(world);
      const partnerIds = [...new Set(world.partnerships.map((p) => p.partnerId))];
      const pairs = world.users.flatMap((user) => world.orgs.map((org) => ({ user, org })));
      const clientOf = new Map(world.users.map((user) => {
        const client = new GraphQLTestClient(server.url);
        client.cookies.set('session', user.token);
        return [user.id, client];
      }));
      const differ = (what: string, got: unknown, expected: unknown) =>
        differences.push(`world ${w}: ${what}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);

      await inParallel(pairs, 8, async ({ user, org }) => {
        const client = clientOf.get(user.id) as GraphQLTestClient;
        const expected = truth.view(user.id, org.id);
        const label = `${user.email} → ${org.name}`;
        cases += 1;
        productChecks += world.products.filter((p) => p.orgId === org.id).length;
        const response = await client.request<any>(ORGANIZATION, { id: org.id });
        const members = await client.request<any>(MEMBERS, { id: org.id });
        if (!expected) {
          if (errorCode(response) !== 'NOT_FOUND' || response.data) differ(`${label} organization`, response.data ?? errorCode(response), 'NOT_FOUND');
          if (errorCode(members) !== 'NOT_FOUND') differ(`${label} members`, members.data ?? errorCode(members), 'NOT_FOUND');
          return;
        }
        const got = response.data?.organization;
        if (!got) return void differ(`${label} organization`, errorCode(response), 'reachable');
        const products = got.products.edges.map((e: any) => e.node.id).sort();
        if (JSON.stringify(products) !== JSON.stringify(expected.products) || got.products.totalCount !== expected.products.length) {
          differ(`${label} products`, products, expected.products);
        }
        const access = got.viewerAccess;
        if (access.via !== expected.via || access.role !== expected.role || access.access !== expected.access ||
            (expected.via === 'PARTNER' ? !expected.partnerOrganizationIds.includes(access.partnerOrganizationId) : access.partnerOrganizationId !== null)) {
          differ(`${label} viewerAccess`, access, expected);
        }
        if ((got.vatNumber !== null) !== expected.vatVisible) differ(`${label} vatNumber`, got.vatNumber, expected.vatVisible);
        if ((got.billingAddresses.length > 0) !== expected.addressesVisible) differ(`${label} billingAddresses`, got.billingAddresses, expected.addressesVisible);
        const gotMembers = members.data?.organization?.members?.totalCount ?? errorCode(members);
        if (gotMembers !== expected.members) differ(`${label} members`, gotMembers, expected.members);
      });

      const managedPairs = world.users.flatMap((user) => partnerIds.map((partnerId) => ({ user, partnerId })));
      await inParallel(managedPairs, 8, async ({ user, partnerId }) => {
        const client = clientOf.get(user.id) as GraphQLTestClient;
        const expected = truth.managedClients(user.id, partnerId);
        const response = await client.request<any>(MANAGED, { id: partnerId });
        managedChecks += 1;
        const label = `${user.email} managedClients(${partnerId.slice(0, 8)})`;
        if (!expected) {
          if (errorCode(response) !== 'NOT_FOUND') differ(label, response.data ?? errorCode(response), 'NOT_FOUND');
          return;
        }
        const connection = response.data?.managedClients;
        if (!connection) return void differ(label, errorCode(response), expected);
        const got = connection.edges
          .map((e: any) => ({
            partnershipId: e.node.partnershipId,
            clientId: e.node.organization.id,
            access: e.node.access,
            productsInScope: e.node.productsInScope,
            products: e.node.products.edges.map((p: any) => p.node.id).sort(),
          }))
          .sort((a: any, b: any) => (a.partnershipId < b.partnershipId ? -1 : 1));
        productChecks += got.reduce((sum: number, c: any) => sum + c.products.length, 0);
        if (JSON.stringify(got) !== JSON.stringify(expected) || connection.totalCount !== expected.length) differ(label, got, expected);
      });
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `tenant isolation: seed ${seed} (reproduce: TENANT_SEED=${seed}), ${worlds} worlds, ${cases} (actor, organization) cases, ` +
        `${productChecks} product checks, ${managedChecks} managedClients checks, ${differences.length} differences, ${seconds} s`,
    );
    expect(differences).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(Math.min(minCases, 1000));
  }, 600_000);

  it('every API token reaches exactly what the oracle says, before and after the other side changes', async () => {
    const seed = Number(process.env['TENANT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
    const minCases = Number(process.env['TOKEN_CASES'] ?? 10_000);
    const random = prng(seed);
    const passwordHash = await hashPassword('tenant-isolation');
    const differences: string[] = [];
    const counts = { organization: 0, managed: 0, pdf: 0, tokens: 0, changes: 0 };
    const started = Date.now();
    const cases = () => counts.organization + counts.managed + counts.pdf;
    let worlds = 0;
    for (let w = 0; cases() < minCases && differences.length < 20; w++) {
      worlds += 1;
      const world = generateWorld(random, 1000 + w);
      await server.reset();
      await writeWorld(server, world, passwordHash);
      const billing = await writeBilling(server, random, world);
      const tokens = generateTokens(random, world);
      await writeTokens(server, tokens);
      counts.tokens += tokens.length;
      const partnerIds = [...new Set(world.partnerships.map((p) => p.partnerId))];
      const differ = (what: string, got: unknown, expected: unknown) =>
        differences.push(`world ${w}: ${what}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);

      for (const pass of ['before', 'after'] as const) {
        if (pass === 'after') counts.changes += (await changeMidRun(server, random, world, tokens)).length;
        const truth = tokenOracle(world, tokens, billing);
        const clientOf = new Map(tokens.map((t) => [t.id, new GraphQLTestClient(server.url, { authorization: `Bearer ${t.text}` })]));
        const pairs = tokens.flatMap((token) => world.orgs.map((org) => ({ token, org })));
        await inParallel(pairs, 8, async ({ token, org }) => {
          const client = clientOf.get(token.id) as GraphQLTestClient;
          const expected = truth.view(token, org.id);
          const label = `${pass}: token ${token.id.slice(0, 8)} (${token.kind} of ${token.ownerId.slice(0, 8)}, ${JSON.stringify(token.scopes)}) → ${org.name}`;
          const withMembers = typeof expected === 'object' && expected !== null && expected.members !== 'FORBIDDEN';
          const response = await client.request<any>(TOKEN_ORGANIZATION(withMembers), { id: org.id });
          const members = withMembers ? null : await client.request<any>(MEMBERS, { id: org.id });
          if (expected === 'UNAUTHENTICATED' || expected === null) {
            counts.organization += 2;
            const code = expected ?? 'NOT_FOUND';
            if (errorCode(response) !== code || response.data) differ(`${label} organization`, response.data ?? errorCode(response), code);
            if (members && errorCode(members) !== code) differ(`${label} members`, members.data ?? errorCode(members), code);
            return;
          }
          counts.organization += 13;
          const got = response.data?.organization;
          if (!got) return void differ(`${label} organization`, response.errors, 'reachable');
          const ids = (connection: any) => connection.edges.map((e: any) => e.node.id);
          const actual: Exclude<TokenView, null | 'UNAUTHENTICATED'> = {
            via: got.viewerAccess.via,
            role: got.viewerAccess.role,
            access: got.viewerAccess.access,
            products: ids(got.products).sort(),
            members: withMembers ? got.members.totalCount : (members?.data?.organization?.members?.totalCount ?? errorCode(members as any)),
            vatVisible: got.vatNumber !== null,
            addressesVisible: got.billingAddresses.length > 0,
            wallet: got.wallet !== null,
            invoices: ids(got.invoices),
            orders: ids(got.orders),
            partnerships: got.partnerships.map((p: any) => p.id).sort(),
            clientPartnerships: got.clientPartnerships.map((p: any) => p.id).sort(),
            partnerProfile: got.partnerProfile !== null,
            partnerRevenue: got.partnerRevenue !== null,
          };
          for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
            if (JSON.stringify(actual[key]) !== JSON.stringify(expected[key])) differ(`${label} ${key}`, actual[key], expected[key]);
          }
        });

        const managedPairs = tokens.flatMap((token) => partnerIds.map((partnerId) => ({ token, partnerId })));
        await inParallel(managedPairs, 8, async ({ token, partnerId }) => {
          const expected = truth.managedClients(token, partnerId);
          const response = await (clientOf.get(token.id) as GraphQLTestClient).request<any>(TOKEN_MANAGED, { id: partnerId });
          counts.managed += 1;
          const label = `${pass}: token ${token.id.slice(0, 8)} managedClients(${partnerId.slice(0, 8)})`;
          if (expected === 'UNAUTHENTICATED' || expected === null) {
            if (errorCode(response) !== (expected ?? 'NOT_FOUND')) differ(label, response.data ?? errorCode(response), expected ?? 'NOT_FOUND');
            return;
          }
          const got = response.data?.managedClients?.edges.map((e: any) => e.node.partnershipId).sort();
          if (JSON.stringify(got) !== JSON.stringify(expected) || response.data?.managedClients?.totalCount !== expected.length) differ(label, got ?? response.errors, expected);
        });

        // Every token against a sample of invoices: its owner's, and any other.
        const downloads = tokens.flatMap((token) => {
          const own = billing.orders.filter((o) => o.payerId === token.ownerId);
          return [...(own.length ? [random.pick(own)] : []), ...(billing.orders.length ? [random.pick(billing.orders)] : [])].map((order) => ({ token, order }));
        });
        await inParallel(downloads, 8, async ({ token, order }) => {
          const response = await fetch(`${server.url}/invoices/${order.invoiceId}.pdf`, { headers: { authorization: `Bearer ${token.text}` } });
          await response.arrayBuffer();
          counts.pdf += 1;
          const expected = truth.pdf(token, order);
          if (response.status !== expected) differ(`${pass}: token ${token.id.slice(0, 8)} invoice ${order.number}.pdf`, response.status, expected);
        });
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `tenant isolation with tokens: seed ${seed} (reproduce: TENANT_SEED=${seed}), ${worlds} worlds, ${counts.tokens} tokens, ${counts.changes} changes mid-run, ` +
        `${cases()} (token, organization, path) cases: ${counts.organization} organization paths, ${counts.managed} managedClients, ${counts.pdf} PDFs, ` +
        `${differences.length} differences, ${seconds} s`,
    );
    expect(differences).toEqual([]);
    expect(cases()).toBeGreaterThanOrEqual(Math.min(minCases, 10_000));
  }, 900_000);
});

const TOKEN_ORGANIZATION = (withMembers: boolean) => `query($id: ID!) { organization(id: $id) { id vatNumber billingAddresses { id }
  viewerAccess { via role access } products(first: 100) { edges { node { id } } } wallet { balance { amountMinor } }
  invoices(first: 100) { edges { node { id } } } orders(first: 100) { edges { node { id } } }
  partnerships { id } clientPartnerships { id } partnerProfile { publicName } partnerRevenue { total { amountMinor } }${withMembers ? ' members(first: 1) { totalCount }' : ''} } }`;
const TOKEN_MANAGED = `query($id: ID!) { managedClients(partnerOrganizationId: $id, first: 100) { totalCount edges { node { partnershipId } } } }`;

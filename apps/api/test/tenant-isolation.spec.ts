import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from '@manager/api-identity';
import { errorCode, GraphQLTestClient } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Tenant isolation as a property: random worlds (organizations, people in every role, EXTERNAL
 * grants, products, partner profiles, partnerships in every state) are written straight into the
 * database, then every actor asks the API about every organization, its products, its members
 * and the managed clients of every partner, and each answer is compared with an ORACLE written
 * here from the generated data alone (it never calls the policy code).
 *
 * Reproduce a run with TENANT_SEED=<seed printed below>; TENANT_CASES sets how many (actor,
 * organization) cases to reach (default 1,200).
 */

// ---------------------------------------------------------------- seeded generator

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    subset: <T>(items: readonly T[], p = 0.5): T[] => items.filter(() => next() < p),
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
type Random = ReturnType<typeof prng>;

type Role = 'LEGAL_RESPONSIBLE' | 'ADMIN' | 'USER' | 'EXTERNAL';
type Status = 'PENDING' | 'ACTIVE' | 'REFUSED' | 'TERMINATED' | 'CANCELLED';
type Access = 'LIMITED' | 'COMPLETE';

interface World {
  orgs: { id: string; name: string }[];
  users: { id: string; email: string; token: string }[];
  memberships: { id: string; userId: string; orgId: string; role: Role; grants: string[] }[];
  products: { id: string; orgId: string; name: string }[];
  partnerships: { id: string; clientId: string; partnerId: string; status: Status; access: Access; endsAt: Date | null; scope: string[] }[];
}

const KINDS = ['PENDING', 'ACTIVE_LIMITED', 'ACTIVE_COMPLETE', 'REFUSED', 'TERMINATED', 'CANCELLED', 'ACTIVE_EXPIRED', 'ACTIVE_ENDING_LATER'] as const;
const DAY = 86_400_000;

function generateWorld(random: Random, index: number): World {
  const orgs = Array.from({ length: random.int(4, 7) }, (_, i) => ({ id: random.uuid(), name: `World ${index} Org ${i}` }));
  const users = Array.from({ length: random.int(5, 8) }, (_, i) => ({
    id: random.uuid(),
    email: `w${index}u${i}@tenant.test`,
    token: randomBytes(24).toString('base64url'),
  }));
  const products = orgs.flatMap((org) =>
    Array.from({ length: random.int(0, 5) }, (_, i) => ({ id: random.uuid(), orgId: org.id, name: `${org.name} product ${i}` })),
  );
  const memberships: World['memberships'] = [];
  for (const org of orgs) {
    const orgProducts = products.filter((p) => p.orgId === org.id).map((p) => p.id);
    const people = random.subset(users, 0.45);
    people.forEach((user, i) => {
      const role: Role = i === 0 && random.chance(0.85) ? 'LEGAL_RESPONSIBLE' : random.pick(['ADMIN', 'USER', 'EXTERNAL'] as const);
      memberships.push({ id: random.uuid(), userId: user.id, orgId: org.id, role, grants: role === 'EXTERNAL' ? random.subset(orgProducts) : [] });
    });
  }
  const partnerships: World['partnerships'] = [];
  for (const client of orgs) {
    const clientProducts = products.filter((p) => p.orgId === client.id).map((p) => p.id);
    for (const partner of orgs) {
      if (partner.id === client.id || !random.chance(0.35)) continue;
      const kind = random.pick(KINDS);
      const status: Status = kind.startsWith('ACTIVE') ? 'ACTIVE' : (kind as Status);
      const access: Access = kind === 'ACTIVE_COMPLETE' ? 'COMPLETE' : kind === 'ACTIVE_LIMITED' ? 'LIMITED' : random.pick(['LIMITED', 'COMPLETE'] as const);
      const endsAt = kind === 'ACTIVE_EXPIRED' ? new Date(Date.now() - random.int(1, 30) * DAY) : kind === 'ACTIVE_ENDING_LATER' ? new Date(Date.now() + random.int(1, 30) * DAY) : null;
      const scope = access === 'LIMITED' ? random.subset(clientProducts, 0.6) : [];
      partnerships.push({ id: random.uuid(), clientId: client.id, partnerId: partner.id, status, access, endsAt, scope });
      // History: an earlier partnership of the same pair that ended one way or another.
      if (random.chance(0.25)) {
        const oldAccess = random.pick(['LIMITED', 'COMPLETE'] as const);
        partnerships.push({
          id: random.uuid(),
          clientId: client.id,
          partnerId: partner.id,
          status: random.pick(['REFUSED', 'TERMINATED', 'CANCELLED'] as const),
          access: oldAccess,
          endsAt: null,
          scope: oldAccess === 'LIMITED' ? random.subset(clientProducts, 0.6) : [],
        });
      }
    }
  }
  return { orgs, users, memberships, products, partnerships };
}

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

// ---------------------------------------------------------------- writing a world

function insert(table: string, columns: string[], rows: unknown[][]): [string, unknown[]] | null {
  if (!rows.length) return null;
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(', ')})`);
  return [`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params];
}

async function writeWorld(server: TestServer, world: World, passwordHash: string): Promise<void> {
  const statements = [
    insert('app_user', ['id', 'email', 'display_name', 'password_hash'], world.users.map((u) => [u.id, u.email, u.email, passwordHash])),
    insert(
      'session',
      ['user_id', 'token_hash', 'expires_at'],
      world.users.map((u) => [u.id, createHash('sha256').update(u.token).digest(), new Date(Date.now() + DAY)]),
    ),
    insert(
      'organization',
      ['id', 'name', 'entity_type', 'country', 'currency', 'vat_number'],
      world.orgs.map((o) => [o.id, o.name, 'COMPANY', 'CH', 'CHF', `CHE-${o.id.slice(0, 8)}`]),
    ),
    insert('billing_address', ['organization_id', 'street', 'postcode', 'city', 'country', 'is_default'], world.orgs.map((o) => [o.id, 'Rue 1', '1000', 'Lausanne', 'CH', true])),
    insert('membership', ['id', 'user_id', 'organization_id', 'role'], world.memberships.map((m) => [m.id, m.userId, m.orgId, m.role])),
    insert(
      'product',
      ['id', 'organization_id', 'category', 'name', 'public_price_minor', 'currency', 'renewal_date'],
      world.products.map((p) => [p.id, p.orgId, 'WEB_HOSTING', p.name, 1000, 'CHF', '2027-01-31']),
    ),
    insert('membership_product_grant', ['membership_id', 'product_id'], world.memberships.flatMap((m) => m.grants.map((g) => [m.id, g]))),
    insert(
      'partner_profile',
      ['organization_id', 'public_name', 'contact_email'],
      [...new Set(world.partnerships.map((p) => p.partnerId))].map((id) => [id, `Partner ${id.slice(0, 8)}`, `p-${id.slice(0, 8)}@tenant.test`]),
    ),
    insert(
      'partnership',
      ['id', 'client_organization_id', 'partner_organization_id', 'status', 'access', 'billing_owner', 'initiated_by', 'ends_at', 'accepted_at'],
      world.partnerships.map((p) => [
        p.id, p.clientId, p.partnerId, p.status, p.access, p.access === 'COMPLETE' ? 'CLIENT' : null, 'CLIENT', p.endsAt,
        p.status === 'ACTIVE' || p.status === 'TERMINATED' ? new Date() : null,
      ]),
    ),
    insert('partnership_product', ['partnership_id', 'product_id'], world.partnerships.flatMap((p) => p.scope.map((id) => [p.id, id]))),
  ];
  await server.dataSource.transaction(async (tx) => {
    for (const statement of statements) if (statement) await tx.query(statement[0], statement[1]);
  });
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
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
    server = await startTestServer();
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
  }, 180_000);
});

import { randomUUID } from 'node:crypto';
import { Fixtures, PASSWORD } from './support/fixtures';
import type { GraphQLResponse, GraphQLTestClient } from './support/graphql-client';
import { billingCounts, PLACE_ORDER, TOP_UP } from './support/billing-orders';
import { CANCEL, CHANGE_ROLE, INVITE, REMOVE, RESEND, SET_PRODUCTS, signedIn, snapshot, TRANSFER } from './support/members';
import { ACTOR_EMAILS, ACTORS, type ActorKind, type ParityWorld, seedParityWorld } from './support/parity-world';
import { GRANT, partnershipSnapshot, SET_END, TERMINATE, UPDATE_SCOPE } from './support/partnerships';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * No hints: for every mutation that names an object by id, and every kind of actor, the answer
 * for a real object the actor may not touch is compared with the answer for a made-up id. Where
 * the actor does not see the object, both must be the same NOT_FOUND, word for word; FORBIDDEN
 * only where it already sees the object. The expected outcome comes from the ORACLE below, written
 * from ARCHITECTURE.md ("Who sees what") and the product's rules, never from the policy code.
 */

// ---------------------------------------------------------------- the oracle (no policy code)

type Target =
  | 'acme'
  | 'hiddenOrganization'
  | 'tom'
  | 'xena'
  | 'own'
  | 'hiddenMember'
  | 'invitation'
  | 'hiddenInvitation'
  | 'limited'
  | 'complete'
  | 'hiddenPartnership'
  | 'product0'
  | 'product2'
  | 'hiddenProduct';
type ObjectKind = 'Organization' | 'Membership' | 'Invitation' | 'Partnership' | 'Product';
const HIDDEN_TARGETS: readonly Target[] = ['hiddenOrganization', 'hiddenMember', 'hiddenInvitation', 'hiddenPartnership', 'hiddenProduct'];
const ALL_PRODUCTS: Target[] = ['product0', 'product2'];

/**
 * What each actor sees of Acme. Every member sees the organization, its people by role, EXTERNAL
 * ones only themselves and their granted product (product 0); a COMPLETE partner sees all products
 * and members, a LIMITED one its name and the scoped product (product 0), nothing else; pending
 * invitations are shown to those who invite; a partnership is seen by the client's legal
 * responsible and administrators, and by the partner it names; a stranger sees nothing at all.
 */
const SEES: Record<ActorKind, { organization: boolean; members: boolean; invitations: boolean; partnerships: Target[]; products: Target[] }> = {
  LEGAL_RESPONSIBLE: { organization: true, members: true, invitations: true, partnerships: ['limited', 'complete'], products: ALL_PRODUCTS },
  ADMIN: { organization: true, members: true, invitations: true, partnerships: ['limited', 'complete'], products: ALL_PRODUCTS },
  USER: { organization: true, members: true, invitations: false, partnerships: [], products: ALL_PRODUCTS },
  EXTERNAL: { organization: true, members: false, invitations: false, partnerships: [], products: ['product0'] },
  LIMITED_PARTNER: { organization: true, members: false, invitations: false, partnerships: ['limited'], products: ['product0'] },
  COMPLETE_PARTNER: { organization: true, members: true, invitations: false, partnerships: ['complete'], products: ALL_PRODUCTS },
  STRANGER: { organization: false, members: false, invitations: false, partnerships: [], products: [] },
};

const MANAGERS = (actor: ActorKind) => actor === 'LEGAL_RESPONSIBLE' || actor === 'ADMIN';

/** Who may do each thing to a target it sees (members: LR and administrators; LR alone hands over its role and manages partners). */
const MAY: Record<string, (actor: ActorKind, target: Target) => boolean> = {
  inviteMember: MANAGERS,
  topUpWallet: MANAGERS,
  grantPartnerAccess: (actor) => actor === 'LEGAL_RESPONSIBLE',
  // New products: the client's managers and a partner with complete access; renewals: anyone acting who sees the product.
  'placeOrder (new product)': (actor) => MANAGERS(actor) || actor === 'COMPLETE_PARTNER',
  'placeOrder (renewal)': (actor) => MANAGERS(actor) || actor === 'COMPLETE_PARTNER' || actor === 'LIMITED_PARTNER',
  changeMemberRole: (actor) => actor === 'LEGAL_RESPONSIBLE' || actor === 'ADMIN',
  // Anyone may leave: removing oneself is always allowed (the legal responsible is then told to hand over first).
  removeMember: (actor, target) => actor === 'LEGAL_RESPONSIBLE' || actor === 'ADMIN' || target === 'own',
  transferLegalResponsibility: (actor) => actor === 'LEGAL_RESPONSIBLE',
  setExternalProducts: (actor) => actor === 'LEGAL_RESPONSIBLE' || actor === 'ADMIN',
  cancelMemberInvitation: (actor) => actor === 'LEGAL_RESPONSIBLE' || actor === 'ADMIN',
  resendMemberInvitation: (actor) => actor === 'LEGAL_RESPONSIBLE' || actor === 'ADMIN',
  updatePartnershipScope: (actor) => actor === 'LEGAL_RESPONSIBLE',
  setPartnershipEndDate: (actor) => actor === 'LEGAL_RESPONSIBLE',
  // Either side ends a partnership.
  terminatePartnership: (actor, target) =>
    actor === 'LEGAL_RESPONSIBLE' || (actor === 'LIMITED_PARTNER' && target === 'limited') || (actor === 'COMPLETE_PARTNER' && target === 'complete'),
};

function sees(actor: ActorKind, kind: ObjectKind, target: Target): boolean {
  if (HIDDEN_TARGETS.includes(target)) return false;
  if (kind === 'Organization') return SEES[actor].organization;
  if (kind === 'Product') return SEES[actor].products.includes(target);
  if (kind === 'Membership') return target === 'own' || SEES[actor].members;
  if (kind === 'Invitation') return SEES[actor].invitations;
  return SEES[actor].partnerships.includes(target);
}

type Expected = 'LIKE_MADE_UP' | 'FORBIDDEN' | 'ALLOWED';

function expected(actor: ActorKind, mutation: Mutation, target: Target): Expected {
  if (!sees(actor, mutation.kind, target)) return 'LIKE_MADE_UP';
  return MAY[mutation.name](actor, target) ? 'ALLOWED' : 'FORBIDDEN';
}

// ---------------------------------------------------------------- the mutations

interface Mutation {
  name: string;
  kind: ObjectKind;
  document: string;
  input(id: string, world: ParityWorld): Record<string, unknown>;
  targets: Target[];
}

const MEMBER_TARGETS: Target[] = ['tom', 'xena', 'own', 'hiddenMember'];
const PARTNERSHIP_TARGETS: Target[] = ['limited', 'complete', 'hiddenPartnership'];

const ORGANIZATION_TARGETS: Target[] = ['acme', 'hiddenOrganization'];

const MUTATIONS: Mutation[] = [
  { name: 'inviteMember', kind: 'Organization', document: INVITE, input: (organizationId) => ({ organizationId, email: 'new@acme.test', role: 'USER' }), targets: ORGANIZATION_TARGETS },
  {
    name: 'topUpWallet',
    kind: 'Organization',
    document: TOP_UP,
    input: (organizationId) => ({ organizationId, amountMinor: 10_000, idempotencyKey: 'no-hints-top-up' }),
    targets: ORGANIZATION_TARGETS,
  },
  {
    name: 'grantPartnerAccess',
    kind: 'Organization',
    document: GRANT,
    input: (clientOrganizationId, world) => ({ clientOrganizationId, partnerOrganizationId: world.elsewhere.id, access: 'COMPLETE', billingOwner: 'CLIENT' }),
    targets: ORGANIZATION_TARGETS,
  },
  {
    name: 'placeOrder (new product)',
    kind: 'Organization',
    document: PLACE_ORDER,
    input: (organizationId) => ({ organizationId, kind: 'NEW_PRODUCT', offer: { category: 'DOMAIN', name: 'Domain .ch' }, idempotencyKey: 'no-hints-new-product' }),
    targets: ORGANIZATION_TARGETS,
  },
  {
    // The product is named inside Acme, which every actor but the stranger reaches.
    name: 'placeOrder (renewal)',
    kind: 'Product',
    document: PLACE_ORDER,
    input: (productId, world) => ({ organizationId: world.acme.id, kind: 'RENEWAL', productId, idempotencyKey: 'no-hints-renewal' }),
    targets: ['product0', 'product2', 'hiddenProduct'],
  },
  { name: 'changeMemberRole', kind: 'Membership', document: CHANGE_ROLE, input: (membershipId) => ({ membershipId, role: 'ADMIN' }), targets: MEMBER_TARGETS },
  { name: 'removeMember', kind: 'Membership', document: REMOVE, input: (membershipId) => ({ membershipId }), targets: MEMBER_TARGETS },
  { name: 'transferLegalResponsibility', kind: 'Membership', document: TRANSFER, input: (membershipId) => ({ membershipId }), targets: MEMBER_TARGETS },
  {
    name: 'setExternalProducts',
    kind: 'Membership',
    document: SET_PRODUCTS,
    input: (membershipId, world) => ({ membershipId, productIds: [world.acmeProducts[2].id] }),
    targets: MEMBER_TARGETS,
  },
  { name: 'cancelMemberInvitation', kind: 'Invitation', document: CANCEL, input: (invitationId) => ({ invitationId }), targets: ['invitation', 'hiddenInvitation'] },
  { name: 'resendMemberInvitation', kind: 'Invitation', document: RESEND, input: (invitationId) => ({ invitationId }), targets: ['invitation', 'hiddenInvitation'] },
  {
    name: 'updatePartnershipScope',
    kind: 'Partnership',
    document: UPDATE_SCOPE,
    input: (partnershipId) => ({ partnershipId, access: 'COMPLETE', billingOwner: 'CLIENT' }),
    targets: PARTNERSHIP_TARGETS,
  },
  {
    name: 'setPartnershipEndDate',
    kind: 'Partnership',
    document: SET_END,
    input: (partnershipId) => ({ partnershipId, endsAt: new Date(Date.now() + 90 * 86_400_000).toISOString() }),
    targets: PARTNERSHIP_TARGETS,
  },
  { name: 'terminatePartnership', kind: 'Partnership', document: TERMINATE, input: (partnershipId) => ({ partnershipId, password: PASSWORD }), targets: PARTNERSHIP_TARGETS },
];

function targetId(world: ParityWorld, actor: ActorKind, target: Target): string | null {
  switch (target) {
    case 'acme':
      return world.acme.id;
    case 'hiddenOrganization':
      return world.hidden.id;
    case 'product0':
      return world.acmeProducts[0].id;
    case 'product2':
      return world.acmeProducts[2].id;
    case 'hiddenProduct':
      return world.hiddenProducts[0].id;
    case 'tom':
      return world.tom.id;
    case 'xena':
      return world.xena.id;
    case 'own':
      return world.own[actor]?.id ?? null;
    case 'hiddenMember':
      return world.hiddenUser.id;
    case 'invitation':
      return world.acmeInvitationId;
    case 'hiddenInvitation':
      return world.hiddenInvitationId;
    case 'limited':
      return world.limitedPartnershipId;
    case 'complete':
      return world.completePartnershipId;
    case 'hiddenPartnership':
      return world.hiddenPartnershipId;
  }
}

/** Members have an own membership in Acme; partners and the stranger have none there. */
const HAS_OWN_MEMBERSHIP: readonly ActorKind[] = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL'];

const CASES = MUTATIONS.flatMap((mutation) =>
  ACTORS.flatMap((actor) =>
    mutation.targets
      .filter((target) => target !== 'own' || HAS_OWN_MEMBERSHIP.includes(actor))
      .map((target) => ({ mutation, actor, target, expected: expected(actor, mutation, target) }))
      .filter((c) => c.expected !== 'ALLOWED'),
  ),
);

/** The parts of an answer that could tell two objects apart. */
function answer(response: GraphQLResponse) {
  const [error] = response.errors ?? [];
  return { status: response.status, data: response.data ?? null, errors: response.errors?.length ?? 0, message: error?.message, extensions: error?.extensions };
}

describe('no hints: an object out of sight answers like a made-up id', () => {
  let server: TestServer;
  let world: ParityWorld;
  let before: unknown;
  const clients = new Map<ActorKind, GraphQLTestClient>();
  const madeUp = new Map<string, Promise<GraphQLResponse>>();

  beforeAll(async () => {
    server = await startTestServer();
    world = await seedParityWorld(new Fixtures(server.dataSource), server.dataSource);
    for (const actor of ACTORS) clients.set(actor, await signedIn(server, ACTOR_EMAILS[actor]));
    before = await everything();
  });
  afterAll(() => server.close());

  /** Every row the mutations above could write: equal before and after all the refusals. */
  async function everything(): Promise<unknown> {
    const [members, partnerships, billing] = [await snapshot(server.dataSource), await partnershipSnapshot(server.dataSource), await billingCounts(server.dataSource)];
    return { members, partnerships, billing };
  }

  /** The answer to a made-up id, asked once per actor and mutation. */
  function madeUpAnswer(actor: ActorKind, mutation: Mutation): Promise<GraphQLResponse> {
    const key = `${actor} ${mutation.name}`;
    if (!madeUp.has(key)) madeUp.set(key, (clients.get(actor) as GraphQLTestClient).request(mutation.document, { input: mutation.input(randomUUID(), world) }));
    return madeUp.get(key) as Promise<GraphQLResponse>;
  }

  it('the table covers every actor, every mutation, and both outcomes', () => {
    expect(new Set(CASES.map((c) => c.actor))).toEqual(new Set(ACTORS));
    expect(new Set(CASES.map((c) => c.mutation.name))).toEqual(new Set(MUTATIONS.map((m) => m.name)));
    // Every actor gets FORBIDDEN somewhere it sees, except those who see nothing of Acme's people or partners.
    const forbiddenActors = new Set(CASES.filter((c) => c.expected === 'FORBIDDEN').map((c) => c.actor));
    expect([...forbiddenActors].sort()).toEqual(['ADMIN', 'COMPLETE_PARTNER', 'EXTERNAL', 'LIMITED_PARTNER', 'USER']);
    expect(CASES.filter((c) => c.expected === 'LIKE_MADE_UP').length).toBeGreaterThan(100);
  });

  it.each(CASES.map((c) => [c.mutation.name, c.actor, c.target, c.expected, c] as const))(
    '%s by %s on %s → %s',
    async (_name, actor, target, outcome, { mutation }) => {
      const id = targetId(world, actor, target) as string;
      const real = await (clients.get(actor) as GraphQLTestClient).request(mutation.document, { input: mutation.input(id, world) });
      const fake = await madeUpAnswer(actor, mutation);
      expect(answer(fake).extensions?.['code']).toBe('NOT_FOUND');
      // A product is named inside Acme: for the stranger, Acme itself is what does not exist.
      const missing = mutation.kind === 'Product' && actor === 'STRANGER' ? 'Organization' : mutation.kind;
      expect(answer(fake).message).toBe(`${missing} not found.`);
      if (outcome === 'LIKE_MADE_UP') expect(answer(real)).toEqual(answer(fake));
      else expect(answer(real).extensions?.['code']).toBe('FORBIDDEN');
    },
  );

  it('wrote nothing for any of the refusals above', async () => {
    expect(await everything()).toEqual(before);
  });
});

// ---------------------------------------------------------------- organization(id) and its fields

/**
 * What each actor reads of Acme, field by field (same oracle as above). Within an organization in
 * sight, nothing answers NOT_FOUND: a record the actor may not read is empty or null, and the two
 * pages of their own (members, audit trail) refuse openly with FORBIDDEN. The audit trail is read
 * by the client's legal responsible and administrators; the organization's own records (VAT
 * number) by its members, its billing addresses, partnerships and wallet by its members but
 * EXTERNAL ones (addresses) or by its managers (partnerships, wallet).
 */
const MEMBER_ROLES: readonly ActorKind[] = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL'];
const FIELDS: Record<string, { selection: string; expected?: (actor: ActorKind) => unknown }> = {
  members: { selection: 'members(first: 5) { totalCount }', expected: (a) => (SEES[a].members ? { totalCount: 6 } : 'FORBIDDEN') },
  auditTrail: { selection: 'auditTrail { totalCount }', expected: (a) => (MANAGERS(a) ? { totalCount: 0 } : 'FORBIDDEN') },
  pendingInvitations: { selection: 'pendingInvitations { email }', expected: (a) => (SEES[a].invitations ? [{ email: 'invitee@acme.test' }] : []) },
  vatNumber: { selection: 'vatNumber', expected: (a) => (MEMBER_ROLES.includes(a) ? 'CHE-116.281.710' : null) },
  billingAddresses: { selection: 'billingAddresses { city }', expected: (a) => (MEMBER_ROLES.includes(a) && a !== 'EXTERNAL' ? [{ city: 'Lausanne' }] : []) },
  partnerships: { selection: 'partnerships { access }', expected: (a) => (MANAGERS(a) ? expect.arrayContaining([{ access: 'LIMITED' }, { access: 'COMPLETE' }]) : []) },
  wallet: { selection: 'wallet { balance { amountMinor } }', expected: (a) => (MANAGERS(a) ? { balance: { amountMinor: 0 } } : null) },
  products: { selection: 'products { totalCount }', expected: (a) => ({ totalCount: SEES[a].products.length === 2 ? 3 : SEES[a].products.length }) },
  // The rest answer for everyone in sight; what they hold is covered by their own specs.
  name: { selection: 'name' },
  viewerRole: { selection: 'viewerRole' },
  viewerAccess: { selection: 'viewerAccess { via access }' },
  vatVerification: { selection: 'vatVerification { status }' },
  termsAcceptedAt: { selection: 'termsAcceptedAt' },
  clientPartnerships: { selection: 'clientPartnerships { id }' },
  invoices: { selection: 'invoices { totalCount }' },
  orders: { selection: 'orders { totalCount }' },
  partnerRevenue: { selection: 'partnerRevenue { byClient { __typename } }' },
  partnerProfile: { selection: 'partnerProfile { publicName }' },
  newProductOffers: { selection: 'newProductOffers { name }' },
};
const FIELD_CASES = ACTORS.flatMap((actor) => Object.keys(FIELDS).map((field) => [field, actor] as const));

describe('no hints: organization(id) and its fields', () => {
  let server: TestServer;
  let world: ParityWorld;
  const clients = new Map<ActorKind, GraphQLTestClient>();
  const query = (field: string) => `query O($id: ID!) { organization(id: $id) { ${FIELDS[field].selection} } }`;

  beforeAll(async () => {
    server = await startTestServer();
    world = await seedParityWorld(new Fixtures(server.dataSource), server.dataSource);
    for (const actor of ACTORS) clients.set(actor, await signedIn(server, ACTOR_EMAILS[actor]));
  });
  afterAll(() => server.close());

  it.each(FIELD_CASES)('%s of Acme for %s: as the oracle says; out of sight, like a made-up organization', async (field, actor) => {
    const client = clients.get(actor) as GraphQLTestClient;
    const fake = answer(await client.request(query(field), { id: randomUUID() }));
    expect([fake.extensions?.['code'], fake.message]).toEqual(['NOT_FOUND', 'Organization not found.']);
    // Nobody reaches the hidden organization: it answers like a made-up id, whatever the field.
    expect(answer(await client.request(query(field), { id: world.hidden.id }))).toEqual(fake);

    const response = await client.request<{ organization: Record<string, unknown> }>(query(field), { id: world.acme.id });
    if (!SEES[actor].organization) return void expect(answer(response)).toEqual(fake);
    const expectedValue = FIELDS[field].expected?.(actor);
    if (expectedValue === 'FORBIDDEN') {
      expect(answer(response).extensions?.['code']).toBe('FORBIDDEN');
      return;
    }
    expect(response.errors).toBeUndefined();
    if (FIELDS[field].expected) expect(response.data?.organization[field]).toEqual(expectedValue);
  });

  it.each(ACTORS.flatMap((actor) => PARTNERSHIP_TARGETS.map((target) => [target, actor] as const)))(
    'partnership(id) of %s for %s: read by the sides that see it, else like a made-up id',
    async (target, actor) => {
      const client = clients.get(actor) as GraphQLTestClient;
      const read = `query P($id: ID!) { partnership(id: $id) { id access } }`;
      const fake = answer(await client.request(read, { id: randomUUID() }));
      expect([fake.extensions?.['code'], fake.message]).toEqual(['NOT_FOUND', 'Partnership not found.']);
      const id = targetId(world, actor, target) as string;
      const response = await client.request<{ partnership: { id: string } }>(read, { id });
      if (sees(actor, 'Partnership', target)) expect(response.data?.partnership.id).toBe(id);
      else expect(answer(response)).toEqual(fake);
    },
  );
});

import { createHash, randomBytes } from 'node:crypto';
import type { TestServer } from './test-server';

/**
 * The random worlds of the tenant-isolation property tests (tenant-isolation.spec.ts and
 * tenant-isolation-billing.spec.ts): a seeded generator of organizations, people in every role,
 * EXTERNAL grants, products and partnerships in every state, and the writer that puts a world
 * straight into the database.
 */

// ---------------------------------------------------------------- seeded generator

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number) {
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
export type Random = ReturnType<typeof prng>;

export type Role = 'LEGAL_RESPONSIBLE' | 'ADMIN' | 'USER' | 'EXTERNAL';
export type Status = 'PENDING' | 'ACTIVE' | 'REFUSED' | 'TERMINATED' | 'CANCELLED';
export type Access = 'LIMITED' | 'COMPLETE';

export interface World {
  orgs: { id: string; name: string }[];
  users: { id: string; email: string; token: string }[];
  memberships: { id: string; userId: string; orgId: string; role: Role; grants: string[] }[];
  products: { id: string; orgId: string; name: string }[];
  partnerships: { id: string; clientId: string; partnerId: string; status: Status; access: Access; endsAt: Date | null; scope: string[]; billingOwner?: 'CLIENT' | 'PARTNER' }[];
}

export const KINDS = ['PENDING', 'ACTIVE_LIMITED', 'ACTIVE_COMPLETE', 'REFUSED', 'TERMINATED', 'CANCELLED', 'ACTIVE_EXPIRED', 'ACTIVE_ENDING_LATER'] as const;
export const DAY = 86_400_000;

export function generateWorld(random: Random, index: number): World {
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

// ---------------------------------------------------------------- writing a world

export function insert(table: string, columns: string[], rows: unknown[][]): [string, unknown[]] | null {
  if (!rows.length) return null;
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(', ')})`);
  return [`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params];
}

export async function writeWorld(server: TestServer, world: World, passwordHash: string): Promise<void> {
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
      ['id', 'client_organization_id', 'client_name', 'partner_organization_id', 'status', 'access', 'billing_owner', 'initiated_by', 'ends_at', 'accepted_at'],
      world.partnerships.map((p) => [
        p.id, p.clientId, world.orgs.find((o) => o.id === p.clientId)?.name, p.partnerId, p.status, p.access, p.access === 'COMPLETE' ? (p.billingOwner ?? 'CLIENT') : null, 'CLIENT', p.endsAt,
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
export async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

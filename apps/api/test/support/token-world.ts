import { mintToken, secretHmac } from '@manager/api-tokens';
import { type BillingParty, type PlannedOrder, writeOrders, type WrittenOrder } from './billing';
import { recordSecret } from './log-leaks';
import { DAY, insert, type Random, type Role, type World } from './tenant-world';
import type { TestServer } from './test-server';

/**
 * API tokens for the random worlds of tenant-isolation.spec.ts: tokens of both kinds owned by
 * every organization, for people of every role (some who lost their role or left since), with
 * random scopes, all or selected clients (selected ones not managed any more, or never), blocks
 * by clients, and dead tokens (revoked, expired, disabled); orders and invoices so that billing
 * paths have something to hide; and the ORACLE of what each token reaches, written from the
 * generated data alone — it never calls the policy code nor reads its tables of permissions.
 */

export const RESOURCES = ['ORGANIZATIONS', 'PRODUCTS', 'MEMBERS', 'ORDERS', 'INVOICES', 'WALLET', 'COMMISSIONS', 'PARTNERSHIPS', 'EXPORTS'] as const;
export type Resource = (typeof RESOURCES)[number];

export interface WorldToken {
  id: string;
  text: string;
  kind: 'ORGANIZATION' | 'PERSONAL';
  ownerId: string;
  /** The person whose current role bounds it. */
  actingUserId: string;
  scopes: Partial<Record<Resource, 'READ' | 'WRITE'>>;
  /** null: all clients. */
  clients: string[] | null;
  blockedBy: string[];
  dead: 'REVOKED' | 'EXPIRED' | 'DISABLED' | null;
}

export interface BillingData {
  orders: WrittenOrder[];
}

const ACTING: Role[] = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER'];
const BILLING_READERS: Role[] = ['LEGAL_RESPONSIBLE', 'ADMIN'];

export function generateTokens(random: Random, world: World): WorldToken[] {
  const tokens: WorldToken[] = [];
  for (const owner of world.orgs) {
    const members = world.memberships.filter((m) => m.orgId === owner.id);
    if (!members.length) continue;
    const clients = [...new Set(world.partnerships.filter((p) => p.partnerId === owner.id).map((p) => p.clientId))];
    for (let i = random.int(1, 3); i > 0; i--) {
      const kind = random.chance(0.5) ? 'ORGANIZATION' : 'PERSONAL';
      const person = random.pick(members);
      // Mostly the full read set or a random mix; sometimes one resource only.
      const scopes: WorldToken['scopes'] = {};
      const style = random.next();
      for (const resource of RESOURCES) {
        if (style < 0.3 || random.chance(style < 0.8 ? 0.6 : 0.15)) scopes[resource] = random.chance(0.3) ? 'WRITE' : 'READ';
      }
      const selected = random.chance(0.5)
        ? null
        : [...random.subset(clients, 0.6), ...(random.chance(0.2) ? [random.pick(world.orgs).id] : [])].filter((id, at, all) => id !== owner.id && all.indexOf(id) === at);
      const text = mintToken(kind).text;
      recordSecret(text);
      tokens.push({
        id: random.uuid(),
        text,
        kind,
        ownerId: owner.id,
        actingUserId: person.userId,
        scopes,
        clients: selected,
        blockedBy: random.subset(clients, 0.2),
        dead: random.chance(0.12) ? random.pick(['REVOKED', 'EXPIRED', 'DISABLED'] as const) : null,
      });
    }
  }
  return tokens;
}

export async function writeTokens(server: TestServer, tokens: WorldToken[]): Promise<void> {
  const statements = [
    insert(
      'api_token',
      ['id', 'kind', 'public_id', 'name', 'owner_organization_id', 'owner_user_id', 'acting_user_id', 'created_by_user_id', 'scopes', 'all_clients',
        'secret_hmac', 'expires_at', 'revoked_at', 'revoked_reason', 'disabled_at'],
      tokens.map((t) => [
        t.id, t.kind, t.text.slice(5, 21), `token ${t.id.slice(0, 8)}`, t.ownerId, t.kind === 'PERSONAL' ? t.actingUserId : null, t.actingUserId,
        t.actingUserId, JSON.stringify(t.scopes), t.clients === null, secretHmac(t.text.slice(21, 53)),
        new Date(Date.now() + (t.dead === 'EXPIRED' ? -DAY : 30 * DAY)), t.dead === 'REVOKED' ? new Date() : null, t.dead === 'REVOKED' ? 'REVOKED' : null,
        t.dead === 'DISABLED' ? new Date() : null,
      ]),
    ),
    insert('api_token_client', ['token_id', 'client_organization_id'], tokens.flatMap((t) => (t.clients ?? []).map((c) => [t.id, c]))),
    insert('api_token_block', ['token_id', 'client_organization_id'], tokens.flatMap((t) => t.blockedBy.map((c) => [t.id, c]))),
  ];
  await server.dataSource.transaction(async (tx) => {
    for (const statement of statements) if (statement) await tx.query(statement[0], statement[1]);
  });
}

/** A few orders per client: paid by the client, or by a COMPLETE partner that pays; placed by the client or a partner. */
export async function writeBilling(server: TestServer, random: Random, world: World): Promise<BillingData> {
  const party = (id: string): BillingParty => {
    const org = world.orgs.find((o) => o.id === id) as World['orgs'][number];
    return { id, name: org.name, country: 'CH', entityType: 'COMPANY', currency: 'CHF', vatNumber: `CHE-${id.slice(0, 8)}` };
  };
  const rates = { resellerDiscountBp: 1000, commissionBp: 500 };
  const planned: PlannedOrder[] = [];
  for (const client of world.orgs) {
    const partnerships = world.partnerships.filter((p) => p.clientId === client.id && p.status === 'ACTIVE');
    for (let i = random.int(0, 2); i > 0; i--) {
      const paying = partnerships.find((p) => p.access === 'COMPLETE' && p.billingOwner === 'PARTNER');
      const placer = partnerships.length && random.chance(0.5) ? random.pick(partnerships).partnerId : null;
      planned.push({
        id: random.uuid(),
        client: party(client.id),
        payer: party(paying ? paying.partnerId : client.id),
        placedBy: { userId: random.pick(world.users).id, name: 'someone' },
        placedByPartner: placer ? { ...party(placer), rates } : null,
        payingPartner: paying ? { ...party(paying.partnerId), rates } : null,
        rebatePartner: null,
        publicPriceMinor: random.int(100, 50_000),
        productName: `Product ${i}`,
        createdAt: new Date(Date.UTC(2025, 0, 1) + random.int(0, 500) * DAY),
      });
    }
  }
  return { orders: await writeOrders(server.dataSource, planned) };
}

export type TokenView =
  | 'UNAUTHENTICATED'
  | null
  | {
      via: 'MEMBER' | 'PARTNER';
      role: Role | null;
      access: 'LIMITED' | 'COMPLETE' | null;
      products: string[];
      members: number | 'FORBIDDEN';
      vatVisible: boolean;
      addressesVisible: boolean;
      wallet: boolean;
      invoices: string[];
      orders: string[];
      /** Client side, any status. */
      partnerships: string[];
      /** Partner side, any status, the clients it selects and that did not block it. */
      clientPartnerships: string[];
      partnerProfile: boolean;
      partnerRevenue: boolean;
    };

/** What each token reaches, from the world's data only (see the file's comment). */
export function tokenOracle(world: World, tokens: WorldToken[], billing: BillingData, now = Date.now()) {
  const live = (p: World['partnerships'][number]) => p.status === 'ACTIVE' && (p.endsAt === null || p.endsAt.getTime() > now);
  const roleOf = (userId: string, orgId: string) => world.memberships.find((m) => m.userId === userId && m.orgId === orgId)?.role;
  const reads = (token: WorldToken, resource: Resource) => token.scopes[resource] !== undefined;
  const alive = (token: WorldToken) => token.dead === null && roleOf(token.actingUserId, token.ownerId) !== undefined;
  const orgProducts = (orgId: string) => world.products.filter((p) => p.orgId === orgId).map((p) => p.id);
  const isPartner = (orgId: string) => world.partnerships.some((p) => p.partnerId === orgId);
  const selects = (token: WorldToken, clientId: string) => (token.clients === null || token.clients.includes(clientId)) && !token.blockedBy.includes(clientId);

  /** The live partnerships through which the token reaches `clientId`: owner is the partner, client selected and not blocking, person acting. */
  const ways = (token: WorldToken, clientId: string) =>
    world.partnerships.filter(
      (p) => p.partnerId === token.ownerId && p.clientId === clientId && live(p) && ACTING.includes(roleOf(token.actingUserId, token.ownerId) as Role) && selects(token, clientId),
    );

  function view(token: WorldToken, orgId: string): TokenView {
    if (!alive(token)) return 'UNAUTHENTICATED';
    const newestFirst = (a: WrittenOrder, b: WrittenOrder) => b.issuedAt.getTime() - a.issuedAt.getTime() || (a.orderId < b.orderId ? 1 : -1);
    // Invoices break ties of the same instant by their own id, as the invoice list does (orders by theirs).
    const newestInvoiceFirst = (a: WrittenOrder, b: WrittenOrder) => b.issuedAt.getTime() - a.issuedAt.getTime() || (a.invoiceId < b.invoiceId ? 1 : -1);
    if (orgId === token.ownerId) {
      const role = roleOf(token.actingUserId, orgId) as Role;
      const billingReader = BILLING_READERS.includes(role);
      const grants = world.memberships.find((m) => m.userId === token.actingUserId && m.orgId === orgId)?.grants ?? [];
      return {
        via: 'MEMBER',
        role,
        access: null,
        products: reads(token, 'PRODUCTS') ? (role === 'EXTERNAL' ? [...grants] : orgProducts(orgId)).sort() : [],
        members: role !== 'EXTERNAL' && reads(token, 'MEMBERS') ? world.memberships.filter((m) => m.orgId === orgId).length : 'FORBIDDEN',
        vatVisible: reads(token, 'ORGANIZATIONS'),
        addressesVisible: role !== 'EXTERNAL' && reads(token, 'ORGANIZATIONS'),
        wallet: billingReader && reads(token, 'WALLET'),
        invoices: billingReader && reads(token, 'INVOICES') ? billing.orders.filter((o) => o.payerId === orgId).sort(newestInvoiceFirst).map((o) => o.invoiceId) : [],
        orders: billingReader && reads(token, 'ORDERS') ? billing.orders.filter((o) => o.clientId === orgId).sort(newestFirst).map((o) => o.orderId) : [],
        partnerships:
          BILLING_READERS.includes(role) && reads(token, 'PARTNERSHIPS') ? world.partnerships.filter((p) => p.clientId === orgId).map((p) => p.id).sort() : [],
        clientPartnerships:
          ACTING.includes(role) && reads(token, 'PARTNERSHIPS')
            ? world.partnerships.filter((p) => p.partnerId === orgId && selects(token, p.clientId)).map((p) => p.id).sort()
            : [],
        partnerProfile: role !== 'EXTERNAL' && reads(token, 'ORGANIZATIONS') && isPartner(orgId),
        partnerRevenue: billingReader && reads(token, 'COMMISSIONS') && isPartner(orgId),
      };
    }
    const through = ways(token, orgId);
    if (!through.length) return null;
    const complete = through.some((p) => p.access === 'COMPLETE');
    const products = new Set<string>();
    for (const p of through) (p.access === 'COMPLETE' ? orgProducts(orgId) : p.scope).forEach((id) => products.add(id));
    return {
      via: 'PARTNER',
      role: null,
      access: complete ? 'COMPLETE' : 'LIMITED',
      products: reads(token, 'PRODUCTS') ? [...products].sort() : [],
      members: complete && reads(token, 'MEMBERS') ? world.memberships.filter((m) => m.orgId === orgId).length : 'FORBIDDEN',
      vatVisible: false,
      addressesVisible: false,
      wallet: false,
      invoices: [],
      // What the owner placed for the client, while it manages it.
      orders: reads(token, 'ORDERS') ? billing.orders.filter((o) => o.clientId === orgId && o.placedByPartnerId === token.ownerId).sort(newestFirst).map((o) => o.orderId) : [],
      partnerships: [],
      clientPartnerships: [],
      partnerProfile: false,
      partnerRevenue: false,
    };
  }

  /** managedClients(partnerId) for the token: the clients it reaches, or NOT_FOUND (null). */
  function managedClients(token: WorldToken, partnerId: string): 'UNAUTHENTICATED' | null | string[] {
    if (!alive(token)) return 'UNAUTHENTICATED';
    if (partnerId !== token.ownerId || !ACTING.includes(roleOf(token.actingUserId, partnerId) as Role) || !reads(token, 'PARTNERSHIPS')) return null;
    return world.partnerships
      .filter((p) => p.partnerId === partnerId && ways(token, p.clientId).includes(p))
      .map((p) => p.id)
      .sort();
  }

  /** An invoice PDF: 200 to the payer's billing readers with INVOICES, 401 to a dead token, 404 to anyone else. */
  function pdf(token: WorldToken, order: WrittenOrder): 200 | 401 | 404 {
    if (!alive(token)) return 401;
    const role = order.payerId === token.ownerId ? roleOf(token.actingUserId, token.ownerId) : undefined;
    return BILLING_READERS.includes(role as Role) && reads(token, 'INVOICES') ? 200 : 404;
  }

  return { view, managedClients, pdf };
}

/** What changes mid-run, on the other side of tokens: written to the database and to `world`/`tokens`, so the oracle follows. */
export async function changeMidRun(server: TestServer, random: Random, world: World, tokens: WorldToken[]): Promise<string[]> {
  const done: string[] = [];
  const db = server.dataSource;
  for (const p of world.partnerships.filter((q) => q.status === 'ACTIVE')) {
    const roll = random.next();
    if (roll < 0.15) {
      p.status = 'TERMINATED';
      await db.query(`UPDATE partnership SET status = 'TERMINATED', ended_at = now() WHERE id = $1`, [p.id]);
      done.push('ended');
    } else if (roll < 0.3 && p.access === 'LIMITED' && p.scope.length) {
      const removed = random.pick(p.scope);
      p.scope = p.scope.filter((id) => id !== removed);
      await db.query(`DELETE FROM partnership_product WHERE partnership_id = $1 AND product_id = $2`, [p.id, removed]);
      done.push('narrowed');
    } else if (roll < 0.4 && p.access === 'COMPLETE') {
      p.access = 'LIMITED';
      p.scope = [];
      await db.query(`UPDATE partnership SET access = 'LIMITED', billing_owner = NULL WHERE id = $1`, [p.id]);
      done.push('narrowed to LIMITED');
    }
  }
  for (const token of tokens) {
    const clients = [...new Set(world.partnerships.filter((p) => p.partnerId === token.ownerId).map((p) => p.clientId))].filter((c) => !token.blockedBy.includes(c));
    if (clients.length && random.chance(0.25)) {
      const client = random.pick(clients);
      token.blockedBy.push(client);
      await db.query(`INSERT INTO api_token_block (token_id, client_organization_id) VALUES ($1, $2)`, [token.id, client]);
      done.push('blocked');
    }
  }
  for (const m of world.memberships.filter((x) => x.role === 'ADMIN' || x.role === 'USER')) {
    const roll = random.next();
    if (roll < 0.1) {
      world.memberships.splice(world.memberships.indexOf(m), 1);
      await db.query(`DELETE FROM membership WHERE id = $1`, [m.id]);
      done.push('member removed');
    } else if (roll < 0.2) {
      m.role = m.role === 'ADMIN' ? 'USER' : 'ADMIN';
      await db.query(`UPDATE membership SET role = $2 WHERE id = $1`, [m.id, m.role]);
      done.push('role changed');
    }
  }
  for (const token of tokens.filter((t) => t.dead === null)) {
    if (random.chance(0.05)) {
      token.dead = 'REVOKED';
      await db.query(`UPDATE api_token SET revoked_at = now(), revoked_reason = 'REVOKED' WHERE id = $1`, [token.id]);
      done.push('revoked');
    }
  }
  return done;
}

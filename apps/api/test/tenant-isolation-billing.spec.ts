import { randomUUID } from 'node:crypto';
import { hashPassword } from '@manager/api-identity';
import { EXPORT_CONCURRENCY } from '@manager/api-billing';
import { EXPORT_COLUMNS, EXPORT_TYPES, type ExportType, type PartnerRates } from '@manager/domain';
import { type BillingParty, type PlannedOrder, writeOrders, type WrittenOrder } from './support/billing';
import { minor, parseCsv, postExport } from './support/exports';
import { errorCode, GraphQLTestClient } from './support/graphql-client';
import { startTestServer, type TestServer } from './support/test-server';
import { DAY, generateWorld, inParallel, prng, type Random, type Role, type World, writeWorld } from './support/tenant-world';

/**
 * Tenant isolation of billing as a property: the random worlds of tenant-isolation.spec.ts (same
 * generator) are given, straight in SQL and by the money rules of libs/domain, orders placed by
 * clients and by partners (current or past), their invoices to whoever paid, the wallet ledgers
 * and the partners' commissions; billing owners of COMPLETE partnerships are drawn, and some
 * orders were paid by a partner that no longer pays (or no longer manages the client). Then every
 * actor asks, for every organization, its wallet, invoices, orders (with invoice ids) and partner
 * revenue, every partner's managedClients with their invoices, and downloads every invoice PDF;
 * each answer is compared with an ORACLE written here from the generated data alone:
 * - invoices belong to the payer: its LEGAL_RESPONSIBLE and ADMIN members read them (list, PDF),
 *   nobody else: a partner never sees invoices of a client who pays, a client never sees the
 *   invoices its partner paid, outsiders see nothing (NOT_FOUND / 404);
 * - ManagedClient.invoices: what the partner paid for that client while it pays (billing PARTNER);
 * - orders of an organization: all for its billing readers, else those placed by a partner the
 *   actor acts for in a live partnership; an order's invoice id only for the payer's readers;
 * - exports (POST /exports, every type, every actor, every organization, and some selections of
 *   managed clients): only the exporting organization's billing readers get a file (anyone else
 *   the 404 of a missing organization), and its rows are exactly the oracle's, in order: the
 *   invoices it paid (with their totals), its own orders and those it placed as a partner in
 *   clients it still manages, its commissions, its ledger; a selection keeps those clients' rows,
 *   and a client it does not manage (any more) is a 404.
 *
 * Reproduce with TENANT_SEED=<seed printed below>; TENANT_CASES sets the (actor, organization) cases (default 1,200),
 * TENANT_EXPORT_CASES the exports checked (default 2,000, in the first worlds, all actors × organizations × types of each).
 */

const BILLING_READERS: Role[] = ['LEGAL_RESPONSIBLE', 'ADMIN'];
const ACTING: Role[] = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER'];

interface BillingWorld {
  rates: Map<string, PartnerRates>;
  orders: WrittenOrder[];
  topUps: Map<string, number>;
}

/** Billing owners for COMPLETE partnerships (set before the world is written), rates for every partner. */
function drawBillingOwners(random: Random, world: World): Map<string, PartnerRates> {
  for (const p of world.partnerships) if (p.access === 'COMPLETE') p.billingOwner = random.chance(0.5) ? 'PARTNER' : 'CLIENT';
  const rates = new Map<string, PartnerRates>();
  for (const p of world.partnerships) {
    if (!rates.has(p.partnerId)) rates.set(p.partnerId, { resellerDiscountBp: random.pick([0, 1000, 1500, 2250]), commissionBp: random.pick([0, 500, 1000, 1250]) });
  }
  return rates;
}

function planOrders(random: Random, world: World, rates: Map<string, PartnerRates>): PlannedOrder[] {
  const party = (id: string): BillingParty => {
    const org = world.orgs.find((o) => o.id === id) as World['orgs'][number];
    return { id, name: org.name, country: 'CH', entityType: 'COMPANY', currency: 'CHF', vatNumber: `CHE-${id.slice(0, 8)}` };
  };
  const rated = (id: string) => ({ ...party(id), rates: rates.get(id) as PartnerRates });
  const planned: PlannedOrder[] = [];
  for (const client of world.orgs) {
    const partnerships = world.partnerships.filter((p) => p.clientId === client.id);
    const complete = partnerships.filter((p) => p.access === 'COMPLETE');
    for (let i = random.int(0, 3); i > 0; i--) {
      // Who placed it (the client's people, or a partner's: current, pending or past), who paid (a COMPLETE partner, often the one billed now).
      const placer = partnerships.length && random.chance(0.5) ? random.pick(partnerships).partnerId : null;
      const paying = complete.length && random.chance(0.6) ? random.pick(complete) : null;
      const payer = paying && (paying.billingOwner === 'PARTNER' || random.chance(0.25)) ? paying.partnerId : null;
      const rebate = !payer && !placer && complete.length && random.chance(0.7) ? random.pick(complete).partnerId : null;
      planned.push({
        id: random.uuid(),
        client: party(client.id),
        payer: party(payer ?? client.id),
        placedBy: { userId: random.pick(world.users).id, name: 'someone' },
        placedByPartner: placer ? rated(placer) : null,
        payingPartner: payer ? rated(payer) : null,
        rebatePartner: rebate ? rated(rebate) : null,
        publicPriceMinor: random.int(100, 50_000),
        productName: `Product ${i}`,
        createdAt: new Date(Date.UTC(2025, 0, 1) + random.int(0, 500) * DAY + random.int(0, DAY - 1)),
      });
    }
  }
  return planned;
}

function oracle(world: World, billing: BillingWorld, now = Date.now()) {
  const live = (p: World['partnerships'][number]) => p.status === 'ACTIVE' && (p.endsAt === null || p.endsAt.getTime() > now);
  const role = (userId: string, orgId: string) => world.memberships.find((m) => m.userId === userId && m.orgId === orgId)?.role;
  const acts = (userId: string, orgId: string) => ACTING.includes(role(userId, orgId) as Role);
  const readsBilling = (userId: string, orgId: string) => BILLING_READERS.includes(role(userId, orgId) as Role);
  const reaches = (userId: string, orgId: string) =>
    role(userId, orgId) !== undefined || world.partnerships.some((p) => p.clientId === orgId && live(p) && acts(userId, p.partnerId));
  const newestFirst = (a: { at: Date; id: string }, b: { at: Date; id: string }) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1);
  const invoicesPaidBy = (orgId: string, clientId?: string) =>
    billing.orders
      .filter((o) => o.payerId === orgId && (!clientId || o.clientId === clientId))
      .map((o) => ({ at: o.issuedAt, id: o.invoiceId }))
      .sort(newestFirst)
      .map((o) => o.id);
  const chronological = [...billing.orders].sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
  const isPartner = (orgId: string) => world.partnerships.some((p) => p.partnerId === orgId);

  function organization(userId: string, orgId: string) {
    if (!reaches(userId, orgId)) return null;
    const reader = readsBilling(userId, orgId);
    const ledger = chronological.flatMap((o) => o.walletEntryIds.filter((e) => e.organizationId === orgId).map((e) => e.id)).reverse();
    const balance =
      billing.orders.filter((o) => o.payerId === orgId).reduce((sum, o) => sum + Math.max(o.totalMinor, 100) - o.totalMinor, 0) +
      billing.orders.filter((o) => o.commission?.partnerId === orgId).reduce((sum, o) => sum + (o.commission?.amountMinor ?? 0), 0);
    const orders = billing.orders
      .filter((o) => o.clientId === orgId)
      .filter((o) => reader || (o.placedByPartnerId !== null && acts(userId, o.placedByPartnerId) &&
        world.partnerships.some((p) => p.clientId === orgId && p.partnerId === o.placedByPartnerId && live(p))))
      .map((o) => ({ at: o.issuedAt, id: o.orderId, invoiceId: readsBilling(userId, o.payerId) ? o.invoiceId : null }))
      .sort(newestFirst)
      .map(({ id, invoiceId }) => ({ id, invoiceId }));
    const commissions = billing.orders
      .filter((o) => o.commission?.partnerId === orgId)
      .map((o) => ({ at: o.commission?.createdAt as Date, id: o.commission?.id as string, amount: o.commission?.amountMinor as number }))
      .sort(newestFirst);
    return {
      wallet: reader ? { balance, entries: ledger } : null,
      invoices: reader ? invoicesPaidBy(orgId) : [],
      orders,
      partnerRevenue: reader && isPartner(orgId) ? { total: commissions.reduce((s, c) => s + c.amount, 0), commissions: commissions.map((c) => c.id) } : null,
    };
  }

  function managedInvoices(userId: string, partnerId: string) {
    if (!acts(userId, partnerId)) return null;
    return world.partnerships
      .filter((p) => p.partnerId === partnerId && live(p))
      .map((p) => ({
        partnershipId: p.id,
        invoices: p.access === 'COMPLETE' && p.billingOwner === 'PARTNER' && readsBilling(userId, partnerId) ? invoicesPaidBy(partnerId, p.clientId).slice(0, 10) : [],
      }))
      .sort((a, b) => (a.partnershipId < b.partnershipId ? -1 : 1));
  }

  const oldestFirst = (a: { at: Date; id: string }, b: { at: Date; id: string }) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1);
  /** The rows of an export (ids in file order, invoices with their totals), or null for a 404. */
  function exportRows(userId: string, orgId: string, type: ExportType, clientIds: string[] | null): string[] | null {
    if (!readsBilling(userId, orgId)) return null;
    if (clientIds && !clientIds.every((id) => world.partnerships.some((p) => p.partnerId === orgId && p.clientId === id && live(p)))) return null;
    const selected = (clientId: string | null) => !clientIds || (clientId !== null && clientIds.includes(clientId));
    const rows = (list: { at: Date; id: string; row: string }[]) => list.sort(oldestFirst).map((r) => r.row);
    switch (type) {
      case 'INVOICES':
        return rows(billing.orders.filter((o) => o.payerId === orgId && selected(o.clientId)).map((o) => ({ at: o.issuedAt, id: o.invoiceId, row: `${o.invoiceId} ${o.totalMinor}` })));
      case 'ORDERS':
        return rows(
          billing.orders
            .filter((o) => selected(o.clientId))
            .filter((o) => o.clientId === orgId ||
              (o.placedByPartnerId === orgId && world.partnerships.some((p) => p.clientId === o.clientId && p.partnerId === orgId && live(p))))
            .map((o) => ({ at: o.issuedAt, id: o.orderId, row: o.orderId })),
        );
      case 'COMMISSIONS':
        return rows(
          billing.orders
            .filter((o) => o.commission?.partnerId === orgId && selected(o.clientId))
            .map((o) => ({ at: o.commission?.createdAt as Date, id: o.commission?.id as string, row: o.commission?.id as string })),
        );
      case 'WALLET_MOVEMENTS':
        // Top-ups belong to no client: a selection keeps the movements of the selected clients' orders.
        return chronological.flatMap((o) => o.walletEntryIds.filter((e) => e.organizationId === orgId && (!clientIds || (e.kind !== 'TOP_UP' && selected(o.clientId)))).map((e) => e.id));
    }
  }

  // Not signed in: 401; signed in without the right: the same 404 as for a missing invoice.
  const pdfStatus = (userId: string | null, order: WrittenOrder) => (!userId ? 401 : readsBilling(userId, order.payerId) ? 200 : 404);
  return { organization, managedInvoices, pdfStatus, exportRows };
}

const ORGANIZATION = `query($id: ID!) { organization(id: $id) {
  wallet { balance { amountMinor } entries(first: 100) { totalCount edges { node { id } } } }
  invoices(first: 100) { totalCount edges { node { id } } }
  orders(first: 100) { totalCount edges { node { id invoiceId } } }
  partnerRevenue { total { amountMinor } commissions(first: 100) { totalCount edges { node { id } } } } } }`;
const MANAGED = `query($id: ID!) { managedClients(partnerOrganizationId: $id, first: 100) { edges { node { partnershipId invoices(first: 10) { id } } } } }`;

describe('tenant isolation of billing (property)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
  });
  afterAll(() => server.close(), 60_000);

  it('every actor sees exactly the invoices, wallets, orders and commissions the oracle says, in lists, per managed client and as PDF', async () => {
    const seed = Number(process.env['TENANT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
    const minCases = Number(process.env['TENANT_CASES'] ?? 1200);
    const random = prng(seed);
    const passwordHash = await hashPassword('tenant-isolation');
    const differences: string[] = [];
    let worlds = 0;
    let cases = 0;
    let invoices = 0;
    let pdfChecks = 0;
    let managedChecks = 0;
    let visibleInvoices = 0;
    let pdfsServed = 0;
    let managedInvoicesSeen = 0;
    let exportChecks = 0;
    const maxExportChecks = Number(process.env['TENANT_EXPORT_CASES'] ?? 2000);
    let exportRowsSeen = 0;
    const started = Date.now();

    for (let w = 0; cases < minCases && differences.length < 20; w++) {
      worlds += 1;
      const world = generateWorld(random, w);
      const rates = drawBillingOwners(random, world);
      const planned = planOrders(random, world, rates);
      await server.reset();
      await writeWorld(server, world, passwordHash);
      for (const [partnerId, rate] of rates) {
        await server.dataSource.query(`UPDATE partner_profile SET reseller_discount_bp = $2, commission_bp = $3 WHERE organization_id = $1`, [
          partnerId, rate.resellerDiscountBp, rate.commissionBp,
        ]);
      }
      const orders = planned.length ? await writeOrders(server.dataSource, planned) : [];
      invoices += orders.length;
      const truth = oracle(world, { rates, orders, topUps: new Map() });
      const clientOf = new Map(world.users.map((user) => {
        const client = new GraphQLTestClient(server.url);
        client.cookies.set('session', user.token);
        return [user.id, client];
      }));
      const differ = (what: string, got: unknown, expected: unknown) =>
        differences.push(`world ${w}: ${what}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);

      const pairs = world.users.flatMap((user) => world.orgs.map((org) => ({ user, org })));
      await inParallel(pairs, 8, async ({ user, org }) => {
        cases += 1;
        const label = `${user.email} → ${org.name}`;
        const expected = truth.organization(user.id, org.id);
        const response = await (clientOf.get(user.id) as GraphQLTestClient).request<any>(ORGANIZATION, { id: org.id });
        if (!expected) {
          if (errorCode(response) !== 'NOT_FOUND' || response.data?.organization) differ(`${label} organization`, response.data ?? errorCode(response), 'NOT_FOUND');
          return;
        }
        const got = response.data?.organization;
        if (!got) return void differ(`${label} organization`, response.errors, 'reachable');
        visibleInvoices += expected.invoices.length;
        const ids = (connection: any) => connection.edges.map((e: any) => e.node.id);
        const wallet = got.wallet && { balance: got.wallet.balance.amountMinor, entries: ids(got.wallet.entries) };
        if (JSON.stringify(wallet) !== JSON.stringify(expected.wallet) || (got.wallet && got.wallet.entries.totalCount !== expected.wallet?.entries.length)) {
          differ(`${label} wallet`, wallet, expected.wallet);
        }
        if (JSON.stringify(ids(got.invoices)) !== JSON.stringify(expected.invoices) || got.invoices.totalCount !== expected.invoices.length) {
          differ(`${label} invoices`, ids(got.invoices), expected.invoices);
        }
        const orders = got.orders.edges.map((e: any) => e.node);
        if (JSON.stringify(orders) !== JSON.stringify(expected.orders) || got.orders.totalCount !== expected.orders.length) differ(`${label} orders`, orders, expected.orders);
        const revenue = got.partnerRevenue && { total: got.partnerRevenue.total.amountMinor, commissions: ids(got.partnerRevenue.commissions) };
        if (JSON.stringify(revenue) !== JSON.stringify(expected.partnerRevenue) || (revenue && got.partnerRevenue.commissions.totalCount !== revenue.commissions.length)) {
          differ(`${label} partnerRevenue`, revenue, expected.partnerRevenue);
        }
      });

      const partnerIds = [...new Set(world.partnerships.map((p) => p.partnerId))];
      const managedPairs = world.users.flatMap((user) => partnerIds.map((partnerId) => ({ user, partnerId })));
      await inParallel(managedPairs, 8, async ({ user, partnerId }) => {
        managedChecks += 1;
        const expected = truth.managedInvoices(user.id, partnerId);
        const response = await (clientOf.get(user.id) as GraphQLTestClient).request<any>(MANAGED, { id: partnerId });
        const label = `${user.email} managedClients(${partnerId.slice(0, 8)}).invoices`;
        if (!expected) {
          if (errorCode(response) !== 'NOT_FOUND') differ(label, response.data ?? errorCode(response), 'NOT_FOUND');
          return;
        }
        const got = (response.data?.managedClients?.edges ?? [])
          .map((e: any) => ({ partnershipId: e.node.partnershipId, invoices: e.node.invoices.map((i: any) => i.id) }))
          .sort((a: any, b: any) => (a.partnershipId < b.partnershipId ? -1 : 1));
        managedInvoicesSeen += expected.reduce((sum, c) => sum + c.invoices.length, 0);
        if (JSON.stringify(got) !== JSON.stringify(expected)) differ(label, got, expected);
      });

      const downloads = [null, ...world.users].flatMap((user) => orders.map((order) => ({ user, order })));
      await inParallel(downloads, 8, async ({ user, order }) => {
        pdfChecks += 1;
        const headers: Record<string, string> = user ? { cookie: `session=${user.token}` } : {};
        const response = await fetch(`${server.url}/invoices/${order.invoiceId}.pdf`, { headers });
        await response.arrayBuffer();
        const expected = truth.pdfStatus(user?.id ?? null, order);
        if (expected === 200) pdfsServed += 1;
        if (response.status !== expected) differ(`${user?.email ?? 'anonymous'} GET /invoices/${order.number}.pdf`, response.status, expected);
      });
      // Every export of every organization by every actor, and selections of managed clients.
      const liveClients = (partnerId: string) => world.partnerships.filter((p) => p.partnerId === partnerId && p.status === 'ACTIVE').map((p) => p.clientId);
      // Bounded (TENANT_EXPORT_CASES, default 2,000): later worlds then check the other paths only.
      const exportCases = exportChecks >= maxExportChecks ? [] : world.users.flatMap((user) =>
        world.orgs.flatMap((org) =>
          EXPORT_TYPES.flatMap((type) => {
            const clients = liveClients(org.id);
            const selections: (string[] | null)[] = [null];
            const chosen = random.chance(0.4) ? random.subset(clients) : [];
            if (chosen.length) selections.push(chosen);
            // A client of another partnership (ended, pending, or another partner's): 404.
            const stranger = world.partnerships.find((p) => p.partnerId !== org.id || p.status !== 'ACTIVE');
            if (stranger && random.chance(0.1)) selections.push([stranger.clientId]);
            return selections.map((clientIds) => ({ user, org, type, clientIds }));
          }),
        ),
      );
      // At most four exports run at once per process (EXPORT_CONCURRENCY); a fifth waits in line a moment, then 429.
      await inParallel(exportCases, EXPORT_CONCURRENCY.maxRunning, async ({ user, org, type, clientIds }) => {
        exportChecks += 1;
        const expected = truth.exportRows(user.id, org.id, type, clientIds);
        const answer = await postExport(server.url, clientOf.get(user.id) as GraphQLTestClient, {
          organizationId: org.id, type, format: 'CSV', from: '2025-01-01', to: '2026-07-01', ...(clientIds ? { clientIds } : {}),
        });
        const label = `${user.email} export ${type} of ${org.name}${clientIds ? ` for ${clientIds.length} clients` : ''}`;
        if (!expected) {
          if (answer.status !== 404 || answer.json?.code !== 'NOT_FOUND') differ(label, `${answer.status} ${answer.text.slice(0, 80)}`, 404);
          return;
        }
        if (answer.status !== 200) return void differ(label, `${answer.status} ${answer.text.slice(0, 80)}`, 200);
        const { rows } = parseCsv(answer.text);
        const got = rows.map((row) => (type === 'INVOICES' ? `${row['Invoice ID']} ${minor(row['Total'])}` : row[EXPORT_COLUMNS[type].columns[0].header]));
        exportRowsSeen += got.length;
        if (JSON.stringify(got) !== JSON.stringify(expected)) differ(label, got, expected);
      });

      // A random id is 404 for everyone.
      const stranger = world.users[0];
      const unknown = await fetch(`${server.url}/invoices/${randomUUID()}.pdf`, { headers: { cookie: `session=${stranger.token}` } });
      if (unknown.status !== 404) differ('unknown invoice PDF', unknown.status, 404);
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `billing tenant isolation: seed ${seed} (reproduce: TENANT_SEED=${seed}), ${worlds} worlds, ${invoices} invoices, ${cases} (actor, organization) cases, ` +
        `${managedChecks} managedClients checks (${managedInvoicesSeen} invoices listed), ${pdfChecks} PDF downloads (${pdfsServed} served), ` +
        `${visibleInvoices} invoices in organization lists, ${exportChecks} exports (${exportRowsSeen} rows), ${differences.length} differences, ${seconds} s`,
    );
    expect(differences).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(Math.min(minCases, 1000));
  }, 600_000);
});

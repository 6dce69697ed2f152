import { Fixtures } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import { signedIn } from './support/members';
import { balance, fund, key, PLACE_ORDER, seedBillingWorld, TOP_UP, type BillingWorld } from './support/billing-orders';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Concurrency: the wallet row lock, the invoice counter lock and the idempotency-key lock, each
 * raced for real over HTTP. Whatever the interleaving: balances equal their ledgers and never go
 * below zero, invoice numbers are gapless and unique, a double submission charges once.
 */
describe('billing races', () => {
  let server: TestServer;
  let fixtures: Fixtures;
  let w: BillingWorld;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    w = await seedBillingWorld(fixtures, server.dataSource);
  });

  const renewal = (productId: string, idempotencyKey = key()) => ({ input: { organizationId: w.client.id, kind: 'RENEWAL', productId, idempotencyKey } });

  async function ledgersReconcile(): Promise<void> {
    const rows = await server.dataSource.query(`
      SELECT w.organization_id, w.balance_minor::bigint AS balance,
             coalesce((SELECT sum(e.amount_minor) FROM wallet_entry e WHERE e.organization_id = w.organization_id), 0)::bigint AS ledger,
             (SELECT e.balance_after_minor FROM wallet_entry e WHERE e.organization_id = w.organization_id ORDER BY position DESC LIMIT 1)::bigint AS last_after
      FROM wallet w`);
    for (const row of rows) {
      expect(row.balance).toBe(row.ledger);
      if (row.last_after !== null) expect(row.last_after).toBe(row.balance);
      expect(Number(row.balance)).toBeGreaterThanOrEqual(0);
    }
  }

  async function numbersGapless(): Promise<string[]> {
    const rows: { number: string; year: number; sequence: number }[] = await server.dataSource.query(`SELECT number, year, sequence FROM invoice ORDER BY year, sequence`);
    const byYear = new Map<number, number[]>();
    for (const row of rows) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row.sequence]);
    for (const [year, sequences] of byYear) {
      expect(sequences).toEqual(sequences.map((_, i) => i + 1));
      const [counter] = await server.dataSource.query(`SELECT last_sequence FROM invoice_counter WHERE year = $1`, [year]);
      expect(counter.last_sequence).toBe(sequences.length);
    }
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    return rows.map((r) => r.number);
  }

  it('two orders racing for the last francs: exactly one succeeds, the wallet ends at zero', async () => {
    for (let round = 0; round < 5; round++) {
      await fund(server.dataSource, w.client, 13_345); // exactly one renewal (123.45 + 8.1 % VAT)
      const [lr, admin] = await Promise.all([signedIn(server, w.clientLr.email), signedIn(server, w.clientAdmin.email)]);
      const results = await Promise.all([lr.request(PLACE_ORDER, renewal(w.products[0].id)), admin.request(PLACE_ORDER, renewal(w.products[1].id))]);
      const codes = results.map(errorCode);
      expect(codes.filter((c) => c === undefined)).toHaveLength(1);
      expect(codes.filter((c) => c !== undefined)).toEqual(['BAD_USER_INPUT']);
      const loser = results.find((r) => r.errors)!;
      expect(loser.errors?.[0].extensions?.['field']).toBe('wallet');
      expect(await balance(server.dataSource, w.client)).toBe(0);
    }
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM customer_order`)).toEqual([{ n: 5 }]);
    await ledgersReconcile();
    expect(await numbersGapless()).toHaveLength(5);
  });

  it('20 concurrent orders, some refused for want of money: invoice numbers gapless and unique', async () => {
    // Twenty people of twenty organizations, each with its own product; every third wallet is empty.
    const buyers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const organization = await fixtures.organization({ name: `Racer ${i}` });
        const person = await fixtures.user({ email: `racer${i}@race.test` });
        await fixtures.membership(person, organization, 'LEGAL_RESPONSIBLE');
        const [product] = await fixtures.products(organization, 1);
        if (i % 3 !== 0) await fund(server.dataSource, organization, 5_000);
        return { organization, person, product, funded: i % 3 !== 0 };
      }),
    );
    const clients = await Promise.all(buyers.map((b) => signedIn(server, b.person.email)));
    const results = await Promise.all(
      buyers.map((b, i) => clients[i].request(PLACE_ORDER, { input: { organizationId: b.organization.id, kind: 'RENEWAL', productId: b.product.id, idempotencyKey: key() } })),
    );
    buyers.forEach((b, i) => expect(errorCode(results[i])).toBe(b.funded ? undefined : 'BAD_USER_INPUT'));
    const numbers = await numbersGapless();
    expect(numbers).toHaveLength(buyers.filter((b) => b.funded).length);
    const returned = results.filter((r) => !r.errors).map((r) => (r.data as any).placeOrder.invoice.number).sort();
    expect(returned).toEqual([...numbers].sort());
    await ledgersReconcile();
  });

  it('a double submission (same key, same moment) is one order and one charge', async () => {
    await fund(server.dataSource, w.client, 100_000);
    const lr = await signedIn(server, w.clientLr.email);
    const vars = renewal(w.products[0].id);
    const results = await Promise.all([1, 2, 3].map(() => lr.request(PLACE_ORDER, vars)));
    expect(results.map(errorCode)).toEqual([undefined, undefined, undefined]);
    const ids = new Set(results.map((r) => (r.data as any).placeOrder.order.id));
    expect(ids.size).toBe(1);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM invoice`)).toEqual([{ n: 1 }]);
    expect(await balance(server.dataSource, w.client)).toBe(100_000 - 13_345);
    const [product] = await server.dataSource.query(`SELECT renewal_date::text AS d FROM product WHERE id = $1`, [w.products[0].id]);
    expect(product.d).toBe('2028-01-31');
    await ledgersReconcile();
  });

  it('a double top-up (same key, same moment) charges once', async () => {
    const lr = await signedIn(server, w.clientLr.email);
    const vars = { input: { organizationId: w.client.id, amountMinor: 25_000, idempotencyKey: key() } };
    const results = await Promise.all([1, 2, 3].map(() => lr.request(TOP_UP, vars)));
    expect(results.map(errorCode)).toEqual([undefined, undefined, undefined]);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM payment`)).toEqual([{ n: 1 }]);
    expect(await balance(server.dataSource, w.client)).toBe(25_000);
    await ledgersReconcile();
  });

  it('orders and top-ups on the same wallet at once: every movement lands, the ledger reconciles', async () => {
    await fund(server.dataSource, w.client, 40_035); // three renewals
    const [lr, admin] = await Promise.all([signedIn(server, w.clientLr.email), signedIn(server, w.clientAdmin.email)]);
    const results = await Promise.all([
      lr.request(PLACE_ORDER, renewal(w.products[0].id)),
      admin.request(TOP_UP, { input: { organizationId: w.client.id, amountMinor: 1_000, idempotencyKey: key() } }),
      admin.request(PLACE_ORDER, renewal(w.products[1].id)),
      lr.request(TOP_UP, { input: { organizationId: w.client.id, amountMinor: 2_000, idempotencyKey: key() } }),
      lr.request(PLACE_ORDER, renewal(w.products[2].id)),
    ]);
    expect(results.map(errorCode)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(await balance(server.dataSource, w.client)).toBe(3_000);
    await ledgersReconcile();
  });
});

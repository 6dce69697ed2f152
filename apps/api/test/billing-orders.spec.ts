import { withSummaries } from './support/audit';
import { Fixtures } from './support/fixtures';
import { errorCode, type GraphQLResponse } from './support/graphql-client';
import { signedIn } from './support/members';
import { balance, billingCounts, fund, key, PLACE_ORDER, seedBillingWorld, TOP_UP, type BillingWorld } from './support/billing-orders';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * placeOrder and topUpWallet: the four pricing cases to the cent, VAT cases, products created
 * and renewed, idempotency, a wallet too small, bad input, and who may order. Every refusal
 * leaves every billing table, the products and the audit trail exactly as they were.
 */
describe('billing: orders and top-ups', () => {
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

  const as = (user: { email: string }) => signedIn(server, user.email);
  const renewal = (organizationId: string, productId: string, idempotencyKey = key()) => ({
    input: { organizationId, kind: 'RENEWAL', productId, idempotencyKey },
  });
  const newProduct = (organizationId: string, name = 'Domain .ch', category = 'DOMAIN', idempotencyKey = key()) => ({
    input: { organizationId, kind: 'NEW_PRODUCT', offer: { category, name }, idempotencyKey },
  });
  const chf = (amountMinor: number) => ({ amountMinor, currency: 'CHF' });
  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  const complete = (billingOwner: 'CLIENT' | 'PARTNER') => fixtures.partnership(w.client, w.partner, { access: 'COMPLETE', billingOwner });
  const entries = (organizationId: string) =>
    server.dataSource.query(`SELECT kind, amount_minor, balance_after_minor::int AS balance_after FROM wallet_entry WHERE organization_id = $1 ORDER BY position`, [organizationId]);

  async function expectNothingWritten(run: () => Promise<GraphQLResponse>, code: string, field?: string): Promise<GraphQLResponse> {
    const before = await billingCounts(server.dataSource);
    const response = await run();
    expect(errorCode(response)).toBe(code);
    if (field) expect(response.errors?.[0]?.extensions?.['field']).toBe(field);
    expect(await billingCounts(server.dataSource)).toEqual(before);
    return response;
  }

  describe('the four pricing cases, to the cent (public price 123.45 CHF, discount 15 %, commission 10 %, Swiss VAT 8.1 %)', () => {
    it('client pays, client orders, no partner: public price + VAT, no commission', async () => {
      await fund(server.dataSource, w.client, 20_000);
      const lr = await as(w.clientLr);
      const { placeOrder } = await lr.data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
      expect(placeOrder.order).toMatchObject({
        pricing: 'CLIENT_DIRECT', payerOrganizationId: w.client.id, publicPrice: chf(12_345), net: chf(12_345), vat: chf(1_000), total: chf(13_345),
        placedByName: 'Clara Client', placedByPartnerName: null,
      });
      expect(placeOrder.invoice).toMatchObject({
        organizationId: w.client.id, vatTreatment: 'SWISS_VAT', vatRate: 0.081, vatNote: null, subtotal: chf(12_345), vat: chf(1_000), total: chf(13_345),
      });
      expect(placeOrder.invoice.number).toMatch(/^\d{4}-000001$/);
      expect(placeOrder.invoice.lines).toEqual([expect.objectContaining({ quantity: 1, unitPrice: chf(12_345), amount: chf(12_345) })]);
      expect(placeOrder.commission).toBeNull();
      expect(await balance(server.dataSource, w.client)).toBe(20_000 - 13_345);
      expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM commission`)).toEqual([{ n: 0 }]);
    });

    it('client pays, client orders, COMPLETE partner billed to the client: the partner earns a REBATE of 12.35', async () => {
      await complete('CLIENT');
      await fund(server.dataSource, w.client, 20_000);
      const { placeOrder } = await (await as(w.clientAdmin)).data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
      expect(placeOrder.order).toMatchObject({ pricing: 'CLIENT_DIRECT', total: chf(13_345), payerOrganizationId: w.client.id });
      expect(placeOrder.commission).toBeNull(); // not the client's to see
      const [commission] = await server.dataSource.query(`SELECT kind, rate_bp, base_minor, amount_minor, partner_organization_id FROM commission`);
      expect(commission).toEqual({ kind: 'REBATE', rate_bp: 1000, base_minor: 12_345, amount_minor: 1_235, partner_organization_id: w.partner.id });
      expect(await entries(w.partner.id)).toEqual([{ kind: 'COMMISSION', amount_minor: 1_235, balance_after: 1_235 }]);
    });

    it('client pays, partner orders: public price to the client, CASHBACK of 12.35 to the partner', async () => {
      const partnership = await complete('CLIENT');
      await fund(server.dataSource, w.client, 20_000);
      const partner = await as(w.partnerLr);
      const { placeOrder } = await partner.data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
      expect(placeOrder.order).toMatchObject({
        pricing: 'PARTNER_FOR_PAYING_CLIENT', payerOrganizationId: w.client.id, net: chf(12_345), total: chf(13_345),
        placedByName: 'Paul Partner', placedByPartnerName: 'Partner GmbH',
      });
      expect(placeOrder.invoice).toBeNull(); // the client's invoice
      expect(placeOrder.commission).toMatchObject({ kind: 'CASHBACK', rate: 0.1, base: chf(12_345), amount: chf(1_235), clientName: 'Client AG' });
      expect(await balance(server.dataSource, w.client)).toBe(20_000 - 13_345);
      expect(await balance(server.dataSource, w.partner)).toBe(1_235);
      const [audit] = await server.dataSource.query(`SELECT action, partner_organization_id FROM audit_event WHERE organization_id = $1`, [w.client.id]);
      expect(audit).toEqual({ action: 'order.renewal', partner_organization_id: w.partner.id });
      // The partner reads this entry as its activity in the client: the client's invoice stays hidden.
      const { partnership: seen } = await partner.data(`query($id: ID!) { partnership(id: $id) { activity { edges { node { summary } } } } }`, {
        id: partnership.id,
      });
      const summaries: string[] = seen.activity.edges.map((e: any) => e.node.summary);
      expect(summaries.length).toBeGreaterThan(0);
      const [{ number }] = await server.dataSource.query(`SELECT number FROM invoice WHERE organization_id = $1`, [w.client.id]);
      for (const summary of summaries) expect(summary).not.toContain(number);
    });

    it('partner pays, partner orders: the discounted price 104.93 + VAT, no commission, the invoice is the partner’s', async () => {
      await complete('PARTNER');
      await fund(server.dataSource, w.partner, 20_000);
      const { placeOrder } = await (await as(w.partnerLr)).data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
      expect(placeOrder.order).toMatchObject({
        pricing: 'PARTNER_PAYS_PARTNER_ORDER', payerOrganizationId: w.partner.id, publicPrice: chf(12_345), net: chf(10_493), vat: chf(850), total: chf(11_343),
      });
      expect(placeOrder.invoice).toMatchObject({ organizationId: w.partner.id, clientOrganizationId: w.client.id, customerName: 'Partner GmbH', total: chf(11_343) });
      expect(placeOrder.commission).toBeNull();
      expect(await balance(server.dataSource, w.partner)).toBe(20_000 - 11_343);
      expect(await balance(server.dataSource, w.client)).toBe(0);
      // The client's trail says what was done and who paid, not the amount.
      const trail = withSummaries(await server.dataSource.query(`SELECT organization_id, action, data FROM audit_event ORDER BY organization_id = $1 DESC`, [w.client.id]));
      expect(trail.map((row: { action: string }) => row.action).sort()).toEqual(['order.paid', 'order.renewal']);
      expect(trail.find((row: { action: string }) => row.action === 'order.renewal').summary).not.toMatch(/CHF/);
    });

    it('partner pays, client orders: the partner pays the public price and earns a REIMBURSEMENT of 18.52', async () => {
      await complete('PARTNER');
      await fund(server.dataSource, w.partner, 20_000);
      const { placeOrder } = await (await as(w.clientLr)).data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
      expect(placeOrder.order).toMatchObject({ pricing: 'PARTNER_PAYS_CLIENT_ORDER', payerOrganizationId: w.partner.id, net: chf(12_345), total: chf(13_345) });
      expect(placeOrder.invoice).toBeNull();
      expect(placeOrder.commission).toBeNull();
      expect(await entries(w.partner.id)).toEqual([
        { kind: 'TOP_UP', amount_minor: 20_000, balance_after: 20_000 },
        { kind: 'ORDER_PAYMENT', amount_minor: -13_345, balance_after: 6_655 },
        { kind: 'COMMISSION', amount_minor: 1_852, balance_after: 8_507 },
      ]);
      const [commission] = await server.dataSource.query(`SELECT kind, rate_bp, amount_minor FROM commission`);
      expect(commission).toEqual({ kind: 'REIMBURSEMENT', rate_bp: 1500, amount_minor: 1_852 });
    });
  });

  describe('VAT by the payer', () => {
    async function orderFor(country: string, entityType: 'COMPANY' | 'INDIVIDUAL', vatNumber: string | null) {
      await server.dataSource.query(
        `UPDATE organization SET country = $2, entity_type = $3, vat_number = $4, currency = 'EUR' WHERE id = $1`,
        [w.client.id, country, entityType, vatNumber],
      );
      await server.dataSource.query(`UPDATE wallet SET currency = 'EUR' WHERE organization_id = $1`, [w.client.id]);
      await server.dataSource.query(`UPDATE product SET currency = 'EUR', public_price_minor = 10000 WHERE id = $1`, [w.products[0].id]);
      await fund(server.dataSource, w.client, 50_000);
      return (await (await as(w.clientLr)).data(PLACE_ORDER, renewal(w.client.id, w.products[0].id))).placeOrder;
    }

    it('FR company with a VAT number: reverse charge, 0 %, the Art. 196 mention', async () => {
      const { invoice, order } = await orderFor('FR', 'COMPANY', 'FR40303265045');
      expect(invoice).toMatchObject({ vatTreatment: 'REVERSE_CHARGE', vatRate: 0, customerVatNumber: 'FR40303265045', customerCountry: 'FR', vat: eur(0), total: eur(10_000) });
      expect(invoice.vatNote).toBe('Reverse charge: VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC');
      expect(order.total).toEqual(eur(10_000));
    });

    it('FR company whose number VIES refused: French VAT like a consumer', async () => {
      await server.dataSource.query(`UPDATE organization SET vat_verification_status = 'INVALID', vat_checked_at = now() WHERE id = $1`, [w.client.id]).catch(() => undefined);
      await server.dataSource.query(`UPDATE organization SET country = 'FR', vat_number = 'FR40303265045', vat_verification_status = 'INVALID', vat_checked_at = now(), currency = 'EUR' WHERE id = $1`, [w.client.id]);
      const { invoice } = await orderFor('FR', 'COMPANY', 'FR40303265045');
      expect(invoice).toMatchObject({ vatTreatment: 'EU_CONSUMER_VAT', vatRate: 0.2, vat: eur(2_000) });
    });

    it('FR individual: 20 % French VAT', async () => {
      const { invoice } = await orderFor('FR', 'INDIVIDUAL', null);
      expect(invoice).toMatchObject({ vatTreatment: 'EU_CONSUMER_VAT', vatRate: 0.2, subtotal: eur(10_000), vat: eur(2_000), total: eur(12_000) });
      expect(invoice.vatNote).toContain('non-Union OSS');
    });

    it('US company: export, 0 %, the export mention', async () => {
      const { invoice } = await orderFor('US', 'COMPANY', null);
      expect(invoice).toMatchObject({ vatTreatment: 'EXPORT', vatRate: 0, vat: eur(0), total: eur(10_000) });
      expect(invoice.vatNote).toContain('outside the scope of Swiss VAT');
    });

    it('a price in another currency is converted at the operator rate, once (100.00 EUR → 93.90 CHF)', async () => {
      await server.dataSource.query(`UPDATE product SET currency = 'EUR', public_price_minor = 10000 WHERE id = $1`, [w.products[0].id]);
      await fund(server.dataSource, w.client, 50_000);
      const { placeOrder } = await (await as(w.clientLr)).data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
      expect(placeOrder.order).toMatchObject({ publicPrice: chf(9_390), net: chf(9_390), vat: chf(761), total: chf(10_151) });
    });
  });

  describe('products', () => {
    it('NEW_PRODUCT creates the product in the client organization, priced in its currency, renewing in a year', async () => {
      await complete('CLIENT');
      await fund(server.dataSource, w.client, 100_000);
      const { placeOrder } = await (await as(w.partnerLr)).data(PLACE_ORDER, newProduct(w.client.id, 'Web Hosting Pro', 'WEB_HOSTING'));
      expect(placeOrder.order).toMatchObject({ kind: 'NEW_PRODUCT', productName: 'Web Hosting Pro', category: 'WEB_HOSTING', publicPrice: chf(13_200), total: chf(14_269) });
      const [product] = await server.dataSource.query(
        `SELECT organization_id, name, category, public_price_minor, currency, renewal_date = (current_date + interval '1 year')::date AS in_a_year FROM product WHERE id = $1`,
        [placeOrder.order.productId],
      );
      expect(product).toEqual({ organization_id: w.client.id, name: 'Web Hosting Pro', category: 'WEB_HOSTING', public_price_minor: 13_200, currency: 'CHF', in_a_year: true });
    });

    it('RENEWAL moves the renewal date one year on, every time', async () => {
      await fund(server.dataSource, w.client, 100_000);
      const lr = await as(w.clientLr);
      await lr.data(PLACE_ORDER, renewal(w.client.id, w.products[1].id));
      await lr.data(PLACE_ORDER, renewal(w.client.id, w.products[1].id));
      const [row] = await server.dataSource.query(`SELECT to_char(renewal_date, 'YYYY-MM-DD') AS d FROM product WHERE id = $1`, [w.products[1].id]);
      expect(row.d).toBe('2029-01-31');
      const orders = await server.dataSource.query(`SELECT renewal_date_before::text AS b, renewal_date_after::text AS a FROM customer_order ORDER BY created_at, b`);
      expect(orders).toEqual([{ b: '2027-01-31', a: '2028-01-31' }, { b: '2028-01-31', a: '2029-01-31' }]);
    });
  });

  describe('idempotency', () => {
    it('the same key with the same input returns the same order and charges once', async () => {
      await fund(server.dataSource, w.client, 100_000);
      const lr = await as(w.clientLr);
      const vars = renewal(w.client.id, w.products[0].id);
      const first = (await lr.data(PLACE_ORDER, vars)).placeOrder;
      const again = (await lr.data(PLACE_ORDER, vars)).placeOrder;
      expect(again.order.id).toBe(first.order.id);
      expect(again.invoice.number).toBe(first.invoice.number);
      expect(await billingCounts(server.dataSource)).toMatchObject({ orders: 1, invoices: 1 });
      expect(await balance(server.dataSource, w.client)).toBe(100_000 - 13_345);
    });

    it('the same key with another input is a CONFLICT on idempotencyKey, nothing written', async () => {
      await fund(server.dataSource, w.client, 100_000);
      const lr = await as(w.clientLr);
      const first = renewal(w.client.id, w.products[0].id);
      await lr.data(PLACE_ORDER, first);
      await expectNothingWritten(() => lr.request(PLACE_ORDER, renewal(w.client.id, w.products[1].id, first.input.idempotencyKey)), 'CONFLICT', 'idempotencyKey');
    });

    it('keys are per person: another person may use the same key for their own order', async () => {
      await fund(server.dataSource, w.client, 100_000);
      const vars = renewal(w.client.id, w.products[0].id);
      const a = (await (await as(w.clientLr)).data(PLACE_ORDER, vars)).placeOrder;
      const b = (await (await as(w.clientAdmin)).data(PLACE_ORDER, vars)).placeOrder;
      expect(a.order.id).not.toBe(b.order.id);
    });
  });

  describe('a wallet too small', () => {
    it('BAD_USER_INPUT on wallet with the missing amount; nothing written', async () => {
      await fund(server.dataSource, w.client, 13_000);
      const lr = await as(w.clientLr);
      const response = await expectNothingWritten(() => lr.request(PLACE_ORDER, renewal(w.client.id, w.products[0].id)), 'BAD_USER_INPUT', 'wallet');
      expect(response.errors?.[0].message).toContain('CHF 3.45 missing');
      expect(response.errors?.[0].extensions?.['missing']).toEqual(chf(345));
      // The new-product path refuses before creating the product.
      await expectNothingWritten(() => lr.request(PLACE_ORDER, newProduct(w.client.id, 'VPS Cloud 16 GB', 'VPS')), 'BAD_USER_INPUT', 'wallet');
    });

    it('exactly enough is enough: the balance ends at zero', async () => {
      await fund(server.dataSource, w.client, 13_345);
      await (await as(w.clientLr)).data(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
      expect(await balance(server.dataSource, w.client)).toBe(0);
    });

    it('the paying partner’s wallet counts, not the client’s', async () => {
      await complete('PARTNER');
      await fund(server.dataSource, w.client, 100_000);
      await expectNothingWritten(async () => (await as(w.clientLr)).request(PLACE_ORDER, renewal(w.client.id, w.products[0].id)), 'BAD_USER_INPUT', 'wallet');
    });
  });

  describe('bad input', () => {
    it.each([
      ['NEW_PRODUCT without an offer', (w: BillingWorld) => ({ organizationId: w.client.id, kind: 'NEW_PRODUCT', idempotencyKey: key() }), 'offer'],
      ['an offer that does not exist', (w: BillingWorld) => ({ organizationId: w.client.id, kind: 'NEW_PRODUCT', offer: { category: 'VPS', name: 'Domain .ch' }, idempotencyKey: key() }), 'offer'],
      ['NEW_PRODUCT with a product id', (w: BillingWorld) => ({ organizationId: w.client.id, kind: 'NEW_PRODUCT', productId: w.products[0].id, offer: { category: 'DOMAIN', name: 'Domain .ch' }, idempotencyKey: key() }), 'productId'],
      ['RENEWAL without a product', (w: BillingWorld) => ({ organizationId: w.client.id, kind: 'RENEWAL', idempotencyKey: key() }), 'productId'],
      ['RENEWAL with an offer', (w: BillingWorld) => ({ organizationId: w.client.id, kind: 'RENEWAL', productId: w.products[0].id, offer: { category: 'DOMAIN', name: 'Domain .ch' }, idempotencyKey: key() }), 'offer'],
      ['a short idempotency key', (w: BillingWorld) => ({ organizationId: w.client.id, kind: 'RENEWAL', productId: w.products[0].id, idempotencyKey: 'short' }), 'idempotencyKey'],
      ['a long idempotency key', (w: BillingWorld) => ({ organizationId: w.client.id, kind: 'RENEWAL', productId: w.products[0].id, idempotencyKey: 'k'.repeat(101) }), 'idempotencyKey'],
    ])('%s → BAD_USER_INPUT, nothing written', async (_, input, field) => {
      await fund(server.dataSource, w.client, 100_000);
      const lr = await as(w.clientLr);
      await expectNothingWritten(() => lr.request(PLACE_ORDER, { input: input(w) }), 'BAD_USER_INPUT', field);
    });

    it('renewing another organization’s product, or a product id that is no id: NOT_FOUND, nothing written', async () => {
      await fund(server.dataSource, w.client, 100_000);
      const lr = await as(w.clientLr);
      await expectNothingWritten(() => lr.request(PLACE_ORDER, renewal(w.client.id, w.outsiderProducts[0].id)), 'NOT_FOUND');
      await expectNothingWritten(() => lr.request(PLACE_ORDER, renewal(w.client.id, 'not-a-uuid')), 'NOT_FOUND');
      await expectNothingWritten(() => lr.request(PLACE_ORDER, renewal(w.outsiderOrg.id, w.outsiderProducts[0].id)), 'NOT_FOUND');
    });
  });

  describe('who may order', () => {
    type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND';
    const cases: [string, (w: BillingWorld) => { email: string }, 'none' | 'LIMITED' | 'COMPLETE' | 'TERMINATED', Outcome, Outcome, Outcome][] = [
      //  actor, partnership, new product, renewal in scope, renewal out of scope
      ['client LR', (w) => w.clientLr, 'none', 'OK', 'OK', 'OK'],
      ['client ADMIN', (w) => w.clientAdmin, 'none', 'OK', 'OK', 'OK'],
      ['client USER', (w) => w.clientUser, 'none', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
      // Product 1 is not granted: out of its sight, so NOT_FOUND like a made-up id (the granted one is refused openly).
      ['client EXTERNAL (granted product 0)', (w) => w.clientExternal, 'none', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'],
      ['outsider', (w) => w.outsider, 'none', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
      ['partner LR, LIMITED (product 0)', (w) => w.partnerLr, 'LIMITED', 'FORBIDDEN', 'OK', 'NOT_FOUND'],
      ['partner USER, LIMITED (product 0)', (w) => w.partnerUser, 'LIMITED', 'FORBIDDEN', 'OK', 'NOT_FOUND'],
      ['partner EXTERNAL, LIMITED', (w) => w.partnerExternal, 'LIMITED', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
      ['partner LR, COMPLETE', (w) => w.partnerLr, 'COMPLETE', 'OK', 'OK', 'OK'],
      ['partner USER, COMPLETE', (w) => w.partnerUser, 'COMPLETE', 'OK', 'OK', 'OK'],
      ['partner LR, TERMINATED', (w) => w.partnerLr, 'TERMINATED', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    ];

    it.each(cases.map(([label, who, partnership, onNew, inScope, outOfScope]) => ({
      title: `${label}, partnership ${partnership}: new ${onNew}, renewal in scope ${inScope}, out of scope ${outOfScope}`,
      who, partnership, onNew, inScope, outOfScope,
    })))(
      '$title',
      async ({ who, partnership, onNew, inScope, outOfScope }) => {
      if (partnership === 'LIMITED') await fixtures.partnership(w.client, w.partner, { access: 'LIMITED', products: [w.products[0]] });
      if (partnership === 'COMPLETE') await fixtures.partnership(w.client, w.partner, { access: 'COMPLETE', billingOwner: 'CLIENT' });
      if (partnership === 'TERMINATED') await fixtures.partnership(w.client, w.partner, { access: 'COMPLETE', status: 'TERMINATED' });
      await fund(server.dataSource, w.client, 1_000_000);
      const actor = await as(who(w));
      const attempts: [Outcome, () => Promise<GraphQLResponse>][] = [
        [onNew, () => actor.request(PLACE_ORDER, newProduct(w.client.id))],
        [inScope, () => actor.request(PLACE_ORDER, renewal(w.client.id, w.products[0].id))],
        [outOfScope, () => actor.request(PLACE_ORDER, renewal(w.client.id, w.products[1].id))],
      ];
      for (const [outcome, attempt] of attempts) {
        if (outcome === 'OK') {
          const response = await attempt();
          expect(response.errors).toBeUndefined();
        } else {
          await expectNothingWritten(attempt, outcome);
        }
      }
    },
    );

    it('anonymous: UNAUTHENTICATED', async () => {
      const response = await server.client().request(PLACE_ORDER, renewal(w.client.id, w.products[0].id));
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    });
  });

  describe('topUpWallet', () => {
    it('credits the wallet through the provider: payment, TOP_UP entry, audit event', async () => {
      const lr = await as(w.clientLr);
      const { topUpWallet } = await lr.data(TOP_UP, { input: { organizationId: w.client.id, amountMinor: 50_000, idempotencyKey: key() } });
      expect(topUpWallet.wallet.balance).toEqual(chf(50_000));
      expect(await entries(w.client.id)).toEqual([{ kind: 'TOP_UP', amount_minor: 50_000, balance_after: 50_000 }]);
      const [payment] = await server.dataSource.query(`SELECT provider, status, amount_minor FROM payment`);
      expect(payment).toEqual({ provider: 'local-fake', status: 'SUCCEEDED', amount_minor: 50_000 });
      expect(await server.dataSource.query(`SELECT action FROM audit_event WHERE organization_id = $1`, [w.client.id])).toEqual([{ action: 'wallet.topped_up' }]);
    });

    it('a retry with the same key charges once; another amount with it is a CONFLICT', async () => {
      const admin = await as(w.clientAdmin);
      const vars = { input: { organizationId: w.client.id, amountMinor: 10_000, idempotencyKey: key() } };
      await admin.data(TOP_UP, vars);
      expect((await admin.data(TOP_UP, vars)).topUpWallet.wallet.balance).toEqual(chf(10_000));
      await expectNothingWritten(() => admin.request(TOP_UP, { input: { ...vars.input, amountMinor: 20_000 } }), 'CONFLICT', 'idempotencyKey');
    });

    it.each([
      ['0.99', 99],
      ['zero', 0],
      ['negative', -10_000],
      ['100,000.01', 10_000_001],
      ['declined by the provider (.13)', 10_013],
    ])('%s → BAD_USER_INPUT on amountMinor, nothing written', async (_, amountMinor) => {
      const lr = await as(w.clientLr);
      await expectNothingWritten(() => lr.request(TOP_UP, { input: { organizationId: w.client.id, amountMinor, idempotencyKey: key() } }), 'BAD_USER_INPUT', 'amountMinor');
    });

    it('an absurd amount is not even an Int: refused by GraphQL, nothing written', async () => {
      const lr = await as(w.clientLr);
      const response = await expectNothingWritten(() => lr.request(TOP_UP, { input: { organizationId: w.client.id, amountMinor: 1e12, idempotencyKey: key() } }), 'BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(/amountMinor|Int/);
    });

    it('the bounds themselves are accepted: 1.00 and 100,000.00', async () => {
      const lr = await as(w.clientLr);
      await lr.data(TOP_UP, { input: { organizationId: w.client.id, amountMinor: 100, idempotencyKey: key() } });
      await lr.data(TOP_UP, { input: { organizationId: w.client.id, amountMinor: 10_000_000, idempotencyKey: key() } });
      expect(await balance(server.dataSource, w.client)).toBe(10_000_100);
    });

    it.each([
      ['client USER', (w: BillingWorld) => w.clientUser, 'FORBIDDEN'],
      ['client EXTERNAL', (w: BillingWorld) => w.clientExternal, 'FORBIDDEN'],
      ['partner LR with COMPLETE access', (w: BillingWorld) => w.partnerLr, 'FORBIDDEN'],
      ['outsider', (w: BillingWorld) => w.outsider, 'NOT_FOUND'],
    ])('%s → its code, nothing written', async (_, who, code) => {
      await fixtures.partnership(w.client, w.partner, { access: 'COMPLETE', billingOwner: 'PARTNER' });
      const actor = await as(who(w));
      await expectNothingWritten(() => actor.request(TOP_UP, { input: { organizationId: w.client.id, amountMinor: 10_000, idempotencyKey: key() } }), code);
    });
  });
});

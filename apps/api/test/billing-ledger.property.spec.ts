import fc from 'fast-check';
import { Organization } from '@manager/api-organizations';
import { NEW_PRODUCT_OFFERS } from '@manager/domain';
import { Fixtures } from './support/fixtures';
import { errorCode, type GraphQLTestClient } from './support/graphql-client';
import { signedIn } from './support/members';
import { fund, key, PLACE_ORDER, TOP_UP } from './support/billing-orders';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Ledger reconciliation as a property: random, seeded sequences of orders (by clients and by
 * partners, new products and renewals, affordable or not), retries, top-ups and billing-owner
 * switches, against an independent model of the money rules written here from the contract (its
 * own rounding, rates and VAT table: nothing computed by the code under test). After each
 * sequence: every order invoiced exactly once to the payer at the time of the order, with the
 * amounts of the model to the cent; commissions to the cent; wallet balances equal the model and
 * their ledgers (and the last balance-after), never negative; invoice totals = lines + VAT;
 * numbers gapless per year. Every refusal is predicted by the model (a wallet too small).
 *
 * Reproduce a run: LEDGER_SEED=<seed> (printed on failure by fast-check); LEDGER_RUNS=<n>.
 */
type Cur = 'CHF' | 'EUR';
interface Party { key: string; id: string; currency: Cur; vatBp: number; lr: string; client?: GraphQLTestClient }
interface ModelPartnership { id: string; client: string; partner: string; access: 'LIMITED' | 'COMPLETE'; billingOwner: 'CLIENT' | 'PARTNER' | null; scope: number[] }
interface ModelProduct { id: string; price: number; currency: Cur }
interface ExpectedOrder { orderId: string; payer: string; net: number; vat: number; total: number; currency: Cur; commission: { partner: string; kind: string; amount: number; currency: Cur } | null }

// The contract's rules, restated independently of libs/domain.
const halfUp = (amount: number, bp: number) => Math.floor((amount * bp + 5_000) / 10_000);
const RATE_PER_MILLION: Record<string, number> = { 'CHF>EUR': 1_065_000, 'EUR>CHF': 939_000 };
const convert = (amount: number, from: Cur, to: Cur) => (from === to ? amount : Math.floor((amount * RATE_PER_MILLION[`${from}>${to}`] + 500_000) / 1_000_000));
const RATES: Record<string, { discount: number; commission: number }> = { P1: { discount: 1500, commission: 1000 }, P2: { discount: 2000, commission: 500 } };

const op = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant('order' as const), client: fc.nat(2), byPartner: fc.boolean(), renewal: fc.boolean(), product: fc.nat(1), offer: fc.nat(NEW_PRODUCT_OFFERS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('retry' as const) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('topUp' as const), party: fc.nat(4), amount: fc.integer({ min: 100, max: 60_000 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('switch' as const), partnership: fc.nat(1) }) },
);

describe('billing ledger (property)', () => {
  let server: TestServer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_WORKER: 'false' });
    fixtures = new Fixtures(server.dataSource);
  });
  afterAll(() => server.close());

  async function world() {
    await server.reset();
    const org = async (k: string, country: string, entityType: 'COMPANY' | 'INDIVIDUAL', currency: Cur, vatNumber: string | null, vatBp: number): Promise<Party> => {
      const organization = await fixtures.organization({ name: `Org ${k}`, country, entityType, currency, vatNumber });
      const person = await fixtures.user({ email: `lr-${k.toLowerCase()}@ledger.test` });
      await fixtures.membership(person, organization, 'LEGAL_RESPONSIBLE');
      return { key: k, id: organization.id, currency, vatBp, lr: person.email };
    };
    const parties = [
      await org('C1', 'CH', 'COMPANY', 'CHF', null, 810),
      await org('C2', 'FR', 'COMPANY', 'EUR', 'FR40303265045', 0),
      await org('C3', 'DE', 'INDIVIDUAL', 'EUR', null, 1900),
      await org('P1', 'CH', 'COMPANY', 'CHF', null, 810),
      await org('P2', 'FR', 'COMPANY', 'EUR', 'FR40303265045', 0),
    ];
    const [c1, c2, c3, p1, p2] = parties;
    const entity = (p: Party) => server.dataSource.manager.findOneByOrFail(Organization, { id: p.id });
    await fixtures.partnerProfile(await entity(p1), { resellerDiscountBp: RATES['P1'].discount, commissionBp: RATES['P1'].commission });
    await fixtures.partnerProfile(await entity(p2), { resellerDiscountBp: RATES['P2'].discount, commissionBp: RATES['P2'].commission });
    const products = new Map<string, ModelProduct[]>();
    for (const [client, prices] of [[c1, [[12_345, 'CHF'], [9_999, 'EUR']]], [c2, [[4_321, 'EUR'], [20_001, 'CHF']]], [c3, [[1_005, 'EUR'], [77_777, 'EUR']]]] as const) {
      const rows = await fixtures.products(await entity(client), 2);
      products.set(client.key, rows.map((row, i) => ({ id: row.id, price: prices[i][0], currency: prices[i][1] as Cur })));
      for (const [i, row] of rows.entries()) {
        await server.dataSource.query(`UPDATE product SET public_price_minor = $2, currency = $3 WHERE id = $1`, [row.id, prices[i][0], prices[i][1]]);
      }
    }
    const partnership = async (client: Party, partner: Party, access: 'LIMITED' | 'COMPLETE', billingOwner: 'CLIENT' | 'PARTNER' | null, scope: number[]): Promise<ModelPartnership> => {
      const row = await fixtures.partnership(await entity(client), await entity(partner), {
        access, billingOwner, products: scope.map((i) => ({ id: products.get(client.key)![i].id }) as never),
      });
      return { id: row.id, client: client.key, partner: partner.key, access, billingOwner, scope };
    };
    const partnerships = [
      await partnership(c1, p1, 'COMPLETE', 'CLIENT', []),
      await partnership(c2, p2, 'COMPLETE', 'PARTNER', []),
      await partnership(c3, p1, 'LIMITED', null, [0]),
      await partnership(c1, p2, 'LIMITED', null, [1]),
    ];
    for (const party of parties) party.client = await signedIn(server, party.lr);
    return { parties, products, partnerships };
  }

  it('every sequence reconciles', async () => {
    const seed = process.env['LEDGER_SEED'] ? Number(process.env['LEDGER_SEED']) : Date.now() % 2_147_483_647;
    const numRuns = Number(process.env['LEDGER_RUNS'] ?? 6);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        const { parties, products, partnerships } = await world();
        const party = (k: string) => parties.find((p) => p.key === k)!;
        const balances = new Map(parties.map((p) => [p.key, 0]));
        const expected: ExpectedOrder[] = [];
        let last: { actor: GraphQLTestClient; vars: Record<string, unknown>; orderId: string } | null = null;
        for (const p of parties) {
          await fund(server.dataSource, { id: p.id }, 30_000);
          balances.set(p.key, 30_000);
        }

        for (const step of ops) {
          if (step.type === 'topUp') {
            const p = parties[step.party];
            const amount = step.amount % 100 === 13 ? step.amount + 1 : step.amount; // .13 is the fake provider's decline
            const response = await p.client!.request(TOP_UP, { input: { organizationId: p.id, amountMinor: amount, idempotencyKey: key() } });
            expect(errorCode(response)).toBeUndefined();
            balances.set(p.key, balances.get(p.key)! + amount);
          } else if (step.type === 'switch') {
            const ps = partnerships.filter((x) => x.access === 'COMPLETE')[step.partnership];
            const to = ps.billingOwner === 'CLIENT' ? 'PARTNER' : 'CLIENT';
            const response = await party(ps.client).client!.request(
              `mutation S($input: ChangeBillingOwnerInput!) { changeBillingOwner(input: $input) { partnership { id billingOwner } } }`,
              { input: { partnershipId: ps.id, billingOwner: to } },
            );
            expect(errorCode(response)).toBeUndefined();
            ps.billingOwner = to;
          } else if (step.type === 'retry') {
            if (!last) continue;
            const response = await last.actor.request(PLACE_ORDER, last.vars);
            expect(errorCode(response)).toBeUndefined();
            expect((response.data as any).placeOrder.order.id).toBe(last.orderId);
          } else {
            const client = parties[step.client];
            const live = partnerships.filter((x) => x.client === client.key);
            // Who orders: the client's LR, or a partner with a partnership that allows this order.
            const candidates = step.byPartner ? live.filter((x) => x.access === 'COMPLETE' || step.renewal) : [];
            const acting = candidates[0] ?? null;
            const productIndex = acting?.access === 'LIMITED' ? acting.scope[0] : step.product;
            const product = products.get(client.key)![productIndex];
            const offer = NEW_PRODUCT_OFFERS[step.offer];
            const list: Partial<Record<Cur, number>> = step.renewal ? { [product.currency]: product.price } : { ...offer.publicPriceMinor };
            const priceIn = (cur: Cur) => list[cur] ?? convert(list[cur === 'CHF' ? 'EUR' : 'CHF'] as number, cur === 'CHF' ? 'EUR' : 'CHF', cur);

            const paying = live.find((x) => x.access === 'COMPLETE' && x.billingOwner === 'PARTNER');
            const rebate = live.find((x) => x.access === 'COMPLETE' && x.billingOwner === 'CLIENT');
            const payer = party(paying ? paying.partner : client.key);
            const publicPrice = priceIn(payer.currency);
            let net = publicPrice;
            let commission: ExpectedOrder['commission'] = null;
            const earn = (partner: string, kind: string, bp: number) => {
              const cur = party(partner).currency;
              const amount = halfUp(priceIn(cur), bp);
              return amount > 0 ? { partner, kind, amount, currency: cur } : null;
            };
            if (paying && acting?.partner === paying.partner) net = halfUp(publicPrice, 10_000 - RATES[paying.partner].discount);
            else if (paying) commission = earn(paying.partner, 'REIMBURSEMENT', RATES[paying.partner].discount);
            else if (acting) commission = earn(acting.partner, 'CASHBACK', RATES[acting.partner].commission);
            else if (rebate) commission = earn(rebate.partner, 'REBATE', RATES[rebate.partner].commission);
            const vat = halfUp(net, payer.vatBp);
            const total = net + vat;

            const actor = acting ? party(acting.partner).client! : client.client!;
            const vars = {
              input: step.renewal
                ? { organizationId: client.id, kind: 'RENEWAL', productId: product.id, idempotencyKey: key() }
                : { organizationId: client.id, kind: 'NEW_PRODUCT', offer: { category: offer.category, name: offer.name }, idempotencyKey: key() },
            };
            const response = await actor.request(PLACE_ORDER, vars);
            if (balances.get(payer.key)! < total) {
              expect(errorCode(response)).toBe('BAD_USER_INPUT');
              expect(response.errors?.[0].extensions?.['field']).toBe('wallet');
              continue;
            }
            expect(errorCode(response)).toBeUndefined();
            const orderId = (response.data as any).placeOrder.order.id as string;
            balances.set(payer.key, balances.get(payer.key)! - total);
            if (commission) balances.set(commission.partner, balances.get(commission.partner)! + commission.amount);
            expected.push({ orderId, payer: payer.id, net, vat, total, currency: payer.currency, commission: commission && { ...commission, partner: party(commission.partner).id } });
            last = { actor, vars, orderId };
          }
        }

        // Orders and their invoices.
        const orders = await server.dataSource.query(`
          SELECT o.id, o.payer_organization_id, o.net_minor, o.vat_minor, o.total_minor, o.currency,
                 (SELECT count(*) FROM invoice i WHERE i.order_id = o.id)::int AS invoices,
                 i.organization_id AS invoice_org, i.subtotal_minor, i.vat_minor AS invoice_vat, i.total_minor AS invoice_total, i.currency AS invoice_currency,
                 (SELECT coalesce(sum(l.amount_minor), 0) FROM invoice_line l WHERE l.invoice_id = i.id)::int AS lines_total,
                 c.partner_organization_id AS commission_partner, c.kind AS commission_kind, c.amount_minor AS commission_amount, c.currency AS commission_currency
          FROM customer_order o LEFT JOIN invoice i ON i.order_id = o.id LEFT JOIN commission c ON c.order_id = o.id`);
        expect(orders).toHaveLength(expected.length);
        for (const e of expected) {
          const row = orders.find((o: { id: string }) => o.id === e.orderId);
          expect(row).toMatchObject({
            payer_organization_id: e.payer, net_minor: e.net, vat_minor: e.vat, total_minor: e.total, currency: e.currency,
            invoices: 1, invoice_org: e.payer, subtotal_minor: e.net, invoice_vat: e.vat, invoice_total: e.total, invoice_currency: e.currency, lines_total: e.net,
          });
          expect(row.invoice_total).toBe(row.lines_total + row.invoice_vat);
          if (e.commission) {
            expect(row).toMatchObject({ commission_partner: e.commission.partner, commission_kind: e.commission.kind, commission_amount: e.commission.amount, commission_currency: e.commission.currency });
          } else {
            expect(row.commission_partner).toBeNull();
          }
        }

        // Wallets: the model, the ledger, the chain of balances-after.
        for (const p of parties) {
          const [wallet] = await server.dataSource.query(
            `SELECT w.balance_minor::bigint AS balance,
                    (SELECT coalesce(sum(amount_minor), 0) FROM wallet_entry e WHERE e.organization_id = w.organization_id)::bigint AS ledger,
                    (SELECT bool_and(balance_after_minor >= 0) FROM wallet_entry e WHERE e.organization_id = w.organization_id) AS never_negative
             FROM wallet w WHERE w.organization_id = $1`,
            [p.id],
          );
          expect(Number(wallet.balance)).toBe(balances.get(p.key));
          expect(Number(wallet.ledger)).toBe(balances.get(p.key));
          expect(wallet.never_negative).toBe(true);
          const chain: { amount_minor: number; balance_after_minor: string }[] = await server.dataSource.query(
            `SELECT amount_minor, balance_after_minor FROM wallet_entry WHERE organization_id = $1 ORDER BY position`,
            [p.id],
          );
          let running = 0;
          for (const entry of chain) {
            running += entry.amount_minor;
            expect(Number(entry.balance_after_minor)).toBe(running);
          }
        }

        // Invoice numbers: gapless and unique per year.
        const numbers: { year: number; sequence: number; number: string }[] = await server.dataSource.query(`SELECT year, sequence, number FROM invoice ORDER BY year, sequence`);
        const years = [...new Set(numbers.map((n) => n.year))];
        for (const year of years) {
          const sequences = numbers.filter((n) => n.year === year).map((n) => n.sequence);
          expect(sequences).toEqual(sequences.map((_, i) => i + 1));
        }
        expect(numbers.every((n) => n.number === `${n.year}-${String(n.sequence).padStart(6, '0')}`)).toBe(true);
      }),
      { seed, numRuns, endOnFailure: true },
    );
  });
});

import type { BillingOwner } from '@manager/domain';
import { DEMO_HISTORY_MONTHS, DEMO_ORGANIZATIONS, DEMO_PARTNERSHIPS, DEMO_USERS } from './demo-data';
import type { HistoryOrder, HistoryParty, HistoryProduct } from './demo-history';

/** What the plan needs from the seed: ids by demo key, email and `org/product name`. */
export interface SeededIds {
  organizations: Map<string, string>;
  users: Map<string, string>;
  products: Map<string, string>;
}

/** A client of the bulk partner, as seeded: its person, its one product and who pays. */
export interface BulkClient {
  party: HistoryParty;
  person: { userId: string; name: string };
  product: HistoryProduct;
  billingOwner: BillingOwner;
}

export function addressText(address: { recipient?: string; street: string; postcode: string; city: string }): string {
  return [address.recipient, address.street, `${address.postcode} ${address.city}`].filter(Boolean).join('\n');
}

/**
 * The demo's past, month by month (deterministic: arithmetic, no randomness), 18 months to now:
 * - Müller (Swiss VAT) and Boulangerie Martin (EU company with a VAT number: reverse charge)
 *   renew a product a month; Sofia Bianchi (an individual in Italy: EU consumer VAT) every other;
 * - Pixel renews Léa Rossi's two products in its LIMITED scope (cashback), Léa the others;
 * - Atelier Dubois (COMPLETE): the client paid (Pixel's orders: cashback; its own: rebate)
 *   until the switch in month 9, then Pixel pays (its own orders at the reseller price; the
 *   client's: reimbursement);
 * - Garage Favre (COMPLETE, Pixel pays) until the partnership ended in month 15, then alone;
 * - each of the bulk partner's clients twice, placed by the partner or the client.
 */
export function demoHistoryOrders(ids: SeededIds, bulk: { partner: HistoryParty; person: { userId: string; name: string }; clients: BulkClient[] }): HistoryOrder[] {
  const party = (key: string): HistoryParty => {
    const demo = DEMO_ORGANIZATIONS.find((o) => o.key === key);
    if (!demo) throw new Error(`demo history: no organization ${key}`);
    return {
      id: ids.organizations.get(key) as string,
      name: demo.name,
      country: demo.country,
      entityType: demo.entityType,
      vatNumber: demo.vatNumber,
      currency: demo.currency,
      address: addressText(demo.billingAddress),
      rates: demo.partner ? { resellerDiscountBp: demo.partner.resellerDiscountBp, commissionBp: demo.partner.commissionBp } : undefined,
    };
  };
  const products = (key: string): HistoryProduct[] =>
    (DEMO_ORGANIZATIONS.find((o) => o.key === key)?.products ?? [])
      .filter(([, , price]) => price > 0)
      .map(([category, name, price]) => ({ id: ids.products.get(`${key}/${name}`) as string, name, category, priceMinor: price }));
  const person = (email: string) => ({ userId: ids.users.get(email) as string, name: DEMO_USERS.find((u) => u.email === email)?.displayName as string });
  const pixel = party('pixel');
  const orders: HistoryOrder[] = [];
  const own = (key: string, email: string, month: number, day: number, product: HistoryProduct): HistoryOrder => ({
    month, day, client: party(key), product, placedBy: person(email), placedByPartner: null, complete: null,
  });
  const dubois = DEMO_PARTNERSHIPS.find((p) => p.client === 'dubois');
  const favre = DEMO_PARTNERSHIPS.find((p) => p.client === 'favre');
  const rossiScope = DEMO_PARTNERSHIPS.find((p) => p.client === 'rossi')?.products ?? [];

  for (let month = 0; month < DEMO_HISTORY_MONTHS; month++) {
    const muller = products('muller');
    orders.push(own('muller', month % 2 ? 'bruno@muller-chocolat.ch' : 'alice@muller-chocolat.ch', month, 3, muller[month % muller.length]));
    const martin = products('martin');
    orders.push(own('martin', 'camille@boulangerie-martin.fr', month, 5, martin[month % martin.length]));
    if (month % 2 === 0) orders.push(own('bianchi', 'sofia@sofiabianchi.it', month, 7, products('bianchi')[(month / 2) % 2]));

    const rossi = products('rossi');
    const scoped = rossi.filter((p) => rossiScope.includes(p.name));
    const unscoped = rossi.filter((p) => !rossiScope.includes(p.name));
    if (month % 6 === 1) for (const product of scoped) orders.push({ ...own('rossi', 'sara@pixel-partners.ch', month, 9, product), placedByPartner: pixel });
    if (month % 6 === 4) orders.push(own('rossi', 'lea@lea-rossi.photo', month, 9, unscoped[(month / 6) % unscoped.length | 0]));

    if (dubois) {
      const billingOwner = month < (dubois.switchedMonth ?? 0) ? (dubois.billingOwnerBefore as BillingOwner) : dubois.billingOwner as BillingOwner;
      const list = products('dubois');
      const byPartner = month % 2 === 0;
      orders.push({
        ...own('dubois', byPartner ? 'paul@pixel-partners.ch' : 'marc@atelier-dubois.ch', month, 12, list[month % list.length]),
        placedByPartner: byPartner ? pixel : null,
        complete: { partner: pixel, billingOwner },
      });
    }
    if (favre) {
      const managed = month < (favre.endedMonth ?? DEMO_HISTORY_MONTHS);
      const list = products('favre');
      const byPartner = managed && month % 2 === 0;
      orders.push({
        ...own('favre', byPartner ? 'sara@pixel-partners.ch' : 'julie@garage-favre.ch', month, 15, list[month % list.length]),
        placedByPartner: byPartner ? pixel : null,
        complete: managed ? { partner: pixel, billingOwner: favre.billingOwner as BillingOwner } : null,
      });
    }
  }

  bulk.clients.forEach((client, i) => {
    for (const month of new Set([(i * 7) % DEMO_HISTORY_MONTHS, (i * 11 + 5) % DEMO_HISTORY_MONTHS])) {
      const byPartner = (i + month) % 2 === 0;
      orders.push({
        month,
        day: 1 + (i % 27),
        client: client.party,
        product: client.product,
        placedBy: byPartner ? bulk.person : client.person,
        placedByPartner: byPartner ? bulk.partner : null,
        complete: { partner: bulk.partner, billingOwner: client.billingOwner },
      });
    }
  });
  return orders;
}

import type { DataSource } from 'typeorm';
import type { Product } from '@manager/api-catalog';
import type { Organization } from '@manager/api-organizations';
import type { User } from '@manager/api-identity';
import { Fixtures } from './fixtures';

/** Helpers of the billing write-side specs (placeOrder, topUpWallet). */

export const PLACE_ORDER = `mutation Place($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    order { id kind productId productName category clientOrganizationId clientName payerOrganizationId placedByName placedByPartnerName
            pricing publicPrice { amountMinor currency } net { amountMinor currency } vat { amountMinor currency } total { amountMinor currency } createdAt }
    invoice { id number organizationId clientOrganizationId customerName customerCountry customerVatNumber vatTreatment vatRate vatNote
              subtotal { amountMinor currency } vat { amountMinor currency } total { amountMinor currency }
              lines { description quantity unitPrice { amountMinor currency } amount { amountMinor currency } } pdfUrl }
    commission { id kind rate amount { amountMinor currency } base { amountMinor currency } orderId clientOrganizationId clientName }
  }
}`;

export const TOP_UP = `mutation TopUp($input: TopUpWalletInput!) { topUpWallet(input: $input) { wallet { balance { amountMinor currency } } } }`;

let keySequence = 0;
/** A fresh idempotency key. */
export function key(): string {
  keySequence += 1;
  return `test-key-${Date.now()}-${keySequence}`;
}

/**
 * Credits a wallet as a top-up would (payment row, TOP_UP entry, balance), straight in the
 * database, so that ledgers reconcile.
 */
export async function fund(dataSource: DataSource, organization: { id: string }, amountMinor: number, payer?: User): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const [wallet]: { currency: string; balance_minor: string }[] = await tx.query(
      `SELECT currency, balance_minor FROM wallet WHERE organization_id = $1 FOR UPDATE`,
      [organization.id],
    );
    const userId = payer?.id ?? (await tx.query(`SELECT user_id FROM membership WHERE organization_id = $1 LIMIT 1`, [organization.id]))[0]?.user_id;
    const [payment]: { id: string }[] = await tx.query(
      `INSERT INTO payment (organization_id, paid_by_user_id, amount_minor, currency, provider, provider_reference, status, idempotency_key, fingerprint)
       VALUES ($1, $2, $3, $4, 'test', gen_random_uuid()::text, 'SUCCEEDED', 'fund-' || gen_random_uuid()::text, 'test') RETURNING id`,
      [organization.id, userId, amountMinor, wallet.currency],
    );
    const balance = Number(wallet.balance_minor) + amountMinor;
    await tx.query(`UPDATE wallet SET balance_minor = $2 WHERE organization_id = $1`, [organization.id, balance]);
    await tx.query(
      `INSERT INTO wallet_entry (organization_id, kind, amount_minor, currency, balance_after_minor, description, payment_id)
       VALUES ($1, 'TOP_UP', $2, $3, $4, 'Test top-up', $5)`,
      [organization.id, amountMinor, wallet.currency, balance, payment.id],
    );
  });
}

export async function balance(dataSource: DataSource, organization: { id: string }): Promise<number> {
  const [row] = await dataSource.query(`SELECT balance_minor FROM wallet WHERE organization_id = $1`, [organization.id]);
  return Number(row.balance_minor);
}

/** Counts of every billing table (and products, audit events): "nothing written" checks. */
export async function billingCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const [row] = await dataSource.query(`SELECT
    (SELECT count(*) FROM customer_order)::int AS orders,
    (SELECT count(*) FROM invoice)::int AS invoices,
    (SELECT count(*) FROM invoice_line)::int AS lines,
    (SELECT count(*) FROM commission)::int AS commissions,
    (SELECT count(*) FROM wallet_entry)::int AS entries,
    (SELECT count(*) FROM payment)::int AS payments,
    (SELECT coalesce(sum(balance_minor), 0) FROM wallet)::bigint::text AS balances,
    (SELECT coalesce(max(last_sequence), 0) FROM invoice_counter)::int AS counter,
    (SELECT count(*) FROM product)::int AS products,
    (SELECT string_agg(renewal_date::text, ',' ORDER BY id) FROM product) AS renewals,
    (SELECT count(*) FROM audit_event)::int AS audit`);
  return row;
}

export const PEOPLE_PASSWORD_NOTE = 'fixtures.PASSWORD';

export interface BillingWorld {
  client: Organization;
  partner: Organization;
  outsiderOrg: Organization;
  products: Product[];
  clientLr: User;
  clientAdmin: User;
  clientUser: User;
  clientExternal: User;
  partnerLr: User;
  partnerUser: User;
  partnerExternal: User;
  outsider: User;
  outsiderProducts: Product[];
}

/**
 * A Swiss client (CHF) with one person per role and three products at 123.45 CHF, a Swiss
 * partner (15 % reseller discount, 10 % commission) with a legal responsible, a USER and an
 * EXTERNAL member, and an outsider organization with its own product. No partnership: each test
 * sets the one it needs.
 */
export async function seedBillingWorld(fixtures: Fixtures, dataSource: DataSource): Promise<BillingWorld> {
  const client = await fixtures.organization({ name: 'Client AG' });
  const partner = await fixtures.organization({ name: 'Partner GmbH' });
  const outsiderOrg = await fixtures.organization({ name: 'Outsider SA' });
  await fixtures.partnerProfile(partner, { resellerDiscountBp: 1500, commissionBp: 1000 });
  const [clientLr, clientAdmin, clientUser, clientExternal, partnerLr, partnerUser, partnerExternal, outsider] = await Promise.all([
    fixtures.user({ email: 'lr@client.test', displayName: 'Clara Client' }),
    fixtures.user({ email: 'admin@client.test', displayName: 'Adam Admin' }),
    fixtures.user({ email: 'user@client.test', displayName: 'Ursula User' }),
    fixtures.user({ email: 'external@client.test', displayName: 'Eve External' }),
    fixtures.user({ email: 'lr@partner.test', displayName: 'Paul Partner' }),
    fixtures.user({ email: 'user@partner.test', displayName: 'Pia Partner' }),
    fixtures.user({ email: 'external@partner.test', displayName: 'Xavier External' }),
    fixtures.user({ email: 'someone@outsider.test', displayName: 'Otto Outsider' }),
  ]);
  await fixtures.membership(clientLr, client, 'LEGAL_RESPONSIBLE');
  await fixtures.membership(clientAdmin, client, 'ADMIN');
  await fixtures.membership(clientUser, client, 'USER');
  const external = await fixtures.membership(clientExternal, client, 'EXTERNAL');
  await fixtures.membership(partnerLr, partner, 'LEGAL_RESPONSIBLE');
  await fixtures.membership(partnerUser, partner, 'USER');
  await fixtures.membership(partnerExternal, partner, 'EXTERNAL');
  await fixtures.membership(outsider, outsiderOrg, 'LEGAL_RESPONSIBLE');
  const products = await fixtures.products(client, 3);
  await dataSource.query(`UPDATE product SET public_price_minor = 12345, renewal_date = '2027-01-31' WHERE organization_id = $1`, [client.id]);
  products.forEach((p) => Object.assign(p, { publicPriceMinor: 12345, renewalDate: '2027-01-31' }));
  await fixtures.grant(external, [products[0]]);
  const outsiderProducts = await fixtures.products(outsiderOrg, 1);
  return { client, partner, outsiderOrg, products, clientLr, clientAdmin, clientUser, clientExternal, partnerLr, partnerUser, partnerExternal, outsider, outsiderProducts };
}

import { randomUUID } from 'node:crypto';
import {
  commissionAmount,
  type CommissionKind,
  type Currency,
  type EntityType,
  type OrderPricing,
  type PartnerRates,
  priceOrder,
  vatAmount,
  vatFor,
} from '@manager/domain';

/** Anything that runs SQL (a data source or a transaction's manager). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

export interface BillingParty {
  id: string;
  name: string;
  country: string;
  entityType: EntityType;
  currency: Currency;
  vatNumber: string | null;
}

export interface PlannedOrder {
  id: string;
  client: BillingParty;
  payer: BillingParty;
  placedBy: { userId: string; name: string };
  /** The partner whose person placed the order, with its rates; null: the client's own people. */
  placedByPartner: (BillingParty & { rates: PartnerRates }) | null;
  payingPartner: (BillingParty & { rates: PartnerRates }) | null;
  rebatePartner: (BillingParty & { rates: PartnerRates }) | null;
  publicPriceMinor: number;
  productName: string;
  createdAt: Date;
}

export interface WrittenOrder {
  orderId: string;
  invoiceId: string;
  number: string;
  payerId: string;
  clientId: string;
  placedByPartnerId: string | null;
  pricing: OrderPricing;
  netMinor: number;
  vatMinor: number;
  totalMinor: number;
  issuedAt: Date;
  commission: { id: string; partnerId: string; kind: CommissionKind; amountMinor: number; createdAt: Date } | null;
  walletEntryIds: { organizationId: string; id: string; kind: string }[];
}

/**
 * Writes orders the way placeOrder would, straight in SQL and by the money rules of libs/domain
 * (pricing, VAT, commission, rounding): for each order its invoice to the payer (gapless number
 * per year, in date order), one line, the payer's top-up and payment in its wallet ledger, and
 * the commission credited to the partner's wallet. All orders are in CHF or the payer's
 * currency as given (no conversion: tests use one currency per order).
 */
export async function writeOrders(dataSource: { transaction<T>(run: (tx: Queryable) => Promise<T>): Promise<T> }, orders: PlannedOrder[]): Promise<WrittenOrder[]> {
  // One transaction: the invoice lines are checked against the subtotal at commit.
  return dataSource.transaction((tx) => writeOrdersIn(tx, orders));
}

async function writeOrdersIn(db: Queryable, orders: PlannedOrder[]): Promise<WrittenOrder[]> {
  const sorted = [...orders].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const counters: { year: number; last_sequence: number }[] = await db.query(`SELECT year, last_sequence FROM invoice_counter`);
  const sequences = new Map<number, number>(counters.map((row) => [row.year, row.last_sequence]));
  const balances = new Map<string, number>();
  const written: WrittenOrder[] = [];
  const entry = async (organizationId: string, kind: string, amount: number, currency: Currency, description: string, at: Date, ref: { orderId?: string; paymentId?: string }) => {
    const balance = (balances.get(organizationId) ?? 0) + amount;
    balances.set(organizationId, balance);
    const id = randomUUID();
    await db.query(
      `INSERT INTO wallet_entry (id, organization_id, kind, amount_minor, currency, balance_after_minor, description, order_id, payment_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, organizationId, kind, amount, currency, balance, description, ref.orderId ?? null, ref.paymentId ?? null, at],
    );
    return { organizationId, id, kind };
  };
  for (const order of sorted) {
    const decision = priceOrder({
      publicPriceMinor: order.publicPriceMinor,
      placedByPartner: order.placedByPartner && { organizationId: order.placedByPartner.id, rates: order.placedByPartner.rates },
      payingPartner: order.payingPartner && { organizationId: order.payingPartner.id, rates: order.payingPartner.rates },
      rebatePartner: order.rebatePartner && { organizationId: order.rebatePartner.id, rates: order.rebatePartner.rates },
    });
    const vat = vatFor({ country: order.payer.country, entityType: order.payer.entityType, hasValidVatNumber: Boolean(order.payer.vatNumber) });
    const netMinor = decision.netMinor;
    const vatMinor = vatAmount(netMinor, vat.rateBp);
    const totalMinor = netMinor + vatMinor;
    const currency = order.payer.currency;
    const at = order.createdAt;
    await db.query(
      `INSERT INTO customer_order (id, kind, client_organization_id, client_name, payer_organization_id, placed_by_user_id, placed_by_name,
         placed_by_partner_organization_id, placed_by_partner_name, product_name, category, renewal_date_after, pricing, currency,
         public_price_minor, net_minor, vat_minor, total_minor, idempotency_key, fingerprint, created_at)
       VALUES ($1, 'NEW_PRODUCT', $2, $3, $4, $5, $6, $7, $8, $9, 'WEB_HOSTING', '2027-12-31', $10, $11, $12, $13, $14, $15, $16, 'fingerprint', $17)`,
      [
        order.id, order.client.id, order.client.name, order.payer.id, order.placedBy.userId, order.placedBy.name,
        order.placedByPartner?.id ?? null, order.placedByPartner?.name ?? null, order.productName, decision.pricing, currency,
        order.publicPriceMinor, netMinor, vatMinor, totalMinor, `key-${order.id}`, at,
      ],
    );
    const year = at.getUTCFullYear();
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    const number = `${year}-${String(sequence).padStart(6, '0')}`;
    const invoiceId = randomUUID();
    await db.query(
      `INSERT INTO invoice (id, number, year, sequence, order_id, organization_id, client_organization_id, client_name, customer_name,
         customer_address, customer_country, customer_vat_number, vat_treatment, vat_rate_bp, vat_note, currency, subtotal_minor, vat_minor,
         total_minor, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
      [
        invoiceId, number, year, sequence, order.id, order.payer.id, order.client.id, order.client.name, order.payer.name,
        'Rue 1\n1000 Lausanne', order.payer.country, order.payer.vatNumber, vat.treatment, vat.rateBp, vat.note, currency,
        netMinor, vatMinor, totalMinor, at,
      ],
    );
    await db.query(
      `INSERT INTO invoice_line (invoice_id, position, description, quantity, unit_price_minor, amount_minor, currency, product_name, category, period_start, period_end)
       VALUES ($1, 1, $2, 1, $3, $3, $4, $5, 'WEB_HOSTING', '2026-12-31', '2027-12-31')`,
      [invoiceId, `${order.productName} (1 year)`, netMinor, currency, order.productName],
    );
    const walletEntryIds: WrittenOrder['walletEntryIds'] = [];
    // The payer tops up exactly what it needs, then pays.
    const paymentId = randomUUID();
    await db.query(
      `INSERT INTO payment (id, organization_id, paid_by_user_id, amount_minor, currency, provider, provider_reference, status, idempotency_key, fingerprint, created_at)
       VALUES ($1, $2, $3, $4, $5, 'test', $8, 'SUCCEEDED', $6, 'fingerprint', $7)`,
      [paymentId, order.payer.id, order.placedBy.userId, Math.max(totalMinor, 100), currency, `topup-${paymentId}`, at, paymentId],
    );
    walletEntryIds.push(await entry(order.payer.id, 'TOP_UP', Math.max(totalMinor, 100), currency, 'Top-up', at, { paymentId }));
    walletEntryIds.push(await entry(order.payer.id, 'ORDER_PAYMENT', -totalMinor, currency, `Invoice ${number}`, at, { orderId: order.id }));
    let commission: WrittenOrder['commission'] = null;
    if (decision.commission) {
      const amountMinor = commissionAmount(order.publicPriceMinor, decision.commission.rateBp);
      const id = randomUUID();
      await db.query(
        `INSERT INTO commission (id, order_id, partner_organization_id, client_organization_id, client_name, kind, rate_bp, currency, base_minor, amount_minor, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [id, order.id, decision.commission.partnerOrganizationId, order.client.id, order.client.name, decision.commission.kind, decision.commission.rateBp, currency, order.publicPriceMinor, amountMinor, at],
      );
      walletEntryIds.push(await entry(decision.commission.partnerOrganizationId, 'COMMISSION', amountMinor, currency, `Commission on ${number}`, at, { orderId: order.id }));
      commission = { id, partnerId: decision.commission.partnerOrganizationId, kind: decision.commission.kind, amountMinor, createdAt: at };
    }
    written.push({
      orderId: order.id, invoiceId, number, payerId: order.payer.id, clientId: order.client.id, placedByPartnerId: order.placedByPartner?.id ?? null,
      pricing: decision.pricing, netMinor, vatMinor, totalMinor, issuedAt: at, commission, walletEntryIds,
    });
  }
  for (const [organizationId, balance] of balances) {
    await db.query(`UPDATE wallet SET balance_minor = $2 WHERE organization_id = $1`, [organizationId, balance]);
  }
  for (const [year, last] of sequences) {
    await db.query(`INSERT INTO invoice_counter (year, last_sequence) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE SET last_sequence = $2`, [year, last]);
  }
  // In the order they were asked for.
  return orders.map((order) => written.find((w) => w.orderId === order.id) as WrittenOrder);
}

/** A party as the tests' fixtures create it. */
export function party(org: { id: string; name: string; country: string; entityType: EntityType; currency: Currency; vatNumber: string | null }): BillingParty {
  return { id: org.id, name: org.name, country: org.country, entityType: org.entityType, currency: org.currency, vatNumber: org.vatNumber };
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lineDescription, type LineFacts } from '@manager/api-billing';
import {
  type BillingOwner,
  commissionAmount,
  type Currency,
  type EntityType,
  type PartnerRates,
  priceOrder,
  type ProductCategory,
  vatAmount,
  vatFor,
} from '@manager/domain';

/** Who takes part in the history: an organization as the money rules see it. */
export interface HistoryParty {
  id: string;
  name: string;
  country: string;
  entityType: EntityType;
  vatNumber: string | null;
  currency: Currency;
  address: string;
  /** Set for partners. */
  rates?: PartnerRates;
}

export interface HistoryProduct {
  id: string;
  name: string;
  category: ProductCategory;
  priceMinor: number;
}

/** One order of the history: who placed it (a person, for the partner or not), and who was billed then. */
export interface HistoryOrder {
  month: number;
  day: number;
  client: HistoryParty;
  product: HistoryProduct;
  placedBy: { userId: string; name: string };
  placedByPartner: HistoryParty | null;
  /** The COMPLETE partnership's partner at the time and its billing owner then, if any. */
  complete: { partner: HistoryParty; billingOwner: BillingOwner } | null;
}

type Row = Record<string, unknown>;

/** Europe/Zurich calendar year (the seller is Swiss), as issueInvoice numbers invoices. */
function invoiceYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Zurich', year: 'numeric' }).format(at));
}


/**
 * Writes the orders of the demo's past as placeOrder would have (the domain's pricing, VAT and
 * commission rules, an invoice to the payer numbered gaplessly per year, the payer's ledger
 * debited and the partner's credited), in date order, topping a wallet up first when it would
 * not cover an order, so that every ledger reconciles and never goes below zero. Set-based: a
 * few INSERTs of arrays, whatever the number of orders. Wallets start at their current balance
 * (the opening balances), and end with at least it again (a last top-up where needed).
 */
/** A row's description columns, as the API writes them (`lineDescription`): the English text, the facts, the sentence in every language. */
function describedColumns(facts: LineFacts) {
  const { description, descriptionFacts, descriptionTexts } = lineDescription(facts);
  return { description, description_facts: descriptionFacts, description_texts: descriptionTexts };
}

export async function writeDemoHistory(tx: EntityManager, start: Date, orders: HistoryOrder[], payers: Map<string, { paidBy: string }>): Promise<number> {
  const at = (o: HistoryOrder) => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + o.month, o.day, 9 + (o.day % 8), (o.day * 7) % 60));
  const planned = orders.map((o) => ({ ...o, at: at(o) })).filter((o) => o.at.getTime() < Date.now() - 86_400_000);
  planned.sort((a, b) => a.at.getTime() - b.at.getTime());

  const balances = new Map<string, number>(
    ((await tx.query(`SELECT organization_id, balance_minor FROM wallet`)) as { organization_id: string; balance_minor: string }[]).map((w) => [w.organization_id, Number(w.balance_minor)]),
  );
  const opening = new Map(balances);
  const payments: Row[] = [];
  const entries: Row[] = [];
  const orderRows: Row[] = [];
  const invoices: Row[] = [];
  const lines: Row[] = [];
  const commissions: Row[] = [];
  const sequences = new Map<number, number>();

  // Each row's sentence is written from its facts in every language, as the API writes them (lineDescription).
  const post = (organizationId: string, kind: string, amountMinor: number, currency: Currency, facts: LineFacts, when: Date, ref: { orderId?: string; paymentId?: string }) => {
    const balance = (balances.get(organizationId) ?? 0) + amountMinor;
    if (balance < 0) throw new Error(`demo history: ${organizationId} would go below zero`);
    balances.set(organizationId, balance);
    entries.push({ organization_id: organizationId, kind, amount_minor: amountMinor, currency, balance_after_minor: balance, ...describedColumns(facts), order_id: ref.orderId ?? null, payment_id: ref.paymentId ?? null, created_at: when.toISOString() });
  };
  const topUp = (organizationId: string, minor: number, currency: Currency, when: Date) => {
    const id = randomUUID();
    const paidBy = payers.get(organizationId)?.paidBy;
    if (!paidBy) throw new Error(`demo history: nobody pays for ${organizationId}`);
    payments.push({ id, organization_id: organizationId, paid_by_user_id: paidBy, amount_minor: minor, currency, provider_reference: `demo-${id}`, idempotency_key: `demo-${id}`, created_at: when.toISOString() });
    post(organizationId, 'TOP_UP', minor, currency, { kind: 'TOP_UP' }, when, { paymentId: id });
  };

  for (const o of planned) {
    const partnerPays = o.complete?.billingOwner === 'PARTNER';
    const payer = partnerPays ? (o.complete as { partner: HistoryParty }).partner : o.client;
    const rated = (p: HistoryParty | null | undefined) => (p?.rates ? { organizationId: p.id, rates: p.rates } : null);
    const decision = priceOrder({
      publicPriceMinor: o.product.priceMinor,
      placedByPartner: rated(o.placedByPartner),
      payingPartner: partnerPays ? rated(o.complete?.partner) : null,
      rebatePartner: o.complete && !partnerPays ? rated(o.complete.partner) : null,
    });
    const vat = vatFor({ country: payer.country, entityType: payer.entityType, hasValidVatNumber: payer.vatNumber !== null });
    const vatMinor = vatAmount(decision.netMinor, vat.rateBp);
    const totalMinor = decision.netMinor + vatMinor;
    const orderId = randomUUID();
    const invoiceId = randomUUID();
    const until = new Date(Date.UTC(o.at.getUTCFullYear() + 1, o.at.getUTCMonth(), o.at.getUTCDate())).toISOString().slice(0, 10);
    const from = o.at.toISOString().slice(0, 10);
    const facts: LineFacts = {
      kind: 'ORDER', order: 'RENEWAL', product: o.product.name, category: o.product.category, from, until,
      client: payer.id === o.client.id ? null : o.client.name, publicPrice: null, country: payer.country,
    };

    if ((balances.get(payer.id) ?? 0) < totalMinor) {
      // The payer tops up before ordering: a round amount that covers a few more orders.
      topUp(payer.id, Math.ceil((totalMinor + 20_000) / 10_000) * 10_000, payer.currency, new Date(o.at.getTime() - 1000));
    }
    orderRows.push({
      id: orderId, kind: 'RENEWAL', client_organization_id: o.client.id, client_name: o.client.name, payer_organization_id: payer.id,
      placed_by_user_id: o.placedBy.userId, placed_by_name: o.placedBy.name,
      placed_by_partner_organization_id: o.placedByPartner?.id ?? null, placed_by_partner_name: o.placedByPartner?.name ?? null,
      product_id: o.product.id, product_name: o.product.name, category: o.product.category, renewal_date_before: from, renewal_date_after: until,
      pricing: decision.pricing, currency: payer.currency, public_price_minor: o.product.priceMinor, net_minor: decision.netMinor, vat_minor: vatMinor,
      total_minor: totalMinor, idempotency_key: `demo-${orderId}`, created_at: o.at.toISOString(),
    });
    const year = invoiceYear(o.at);
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    const number = `${year}-${String(sequence).padStart(6, '0')}`;
    invoices.push({
      id: invoiceId, number, year, sequence, order_id: orderId, organization_id: payer.id, client_organization_id: o.client.id, client_name: o.client.name,
      customer_name: payer.name, customer_address: payer.address, customer_country: payer.country, customer_vat_number: payer.vatNumber,
      vat_treatment: vat.treatment, vat_rate_bp: vat.rateBp, vat_note: vat.note, currency: payer.currency, subtotal_minor: decision.netMinor,
      vat_minor: vatMinor, total_minor: totalMinor, issued_at: o.at.toISOString(),
    });
    lines.push({
      invoice_id: invoiceId, ...describedColumns({ ...facts, publicPrice: decision.pricing === 'PARTNER_PAYS_PARTNER_ORDER' ? { amountMinor: o.product.priceMinor, currency: payer.currency } : null }), unit_price_minor: decision.netMinor, currency: payer.currency, product_name: o.product.name,
      category: o.product.category, period_start: from, period_end: until,
    });
    post(payer.id, 'ORDER_PAYMENT', -totalMinor, payer.currency, facts, o.at, { orderId });
    if (decision.commission) {
      const partner = [o.placedByPartner, o.complete?.partner].find((p) => p?.id === decision.commission?.partnerOrganizationId) as HistoryParty;
      const commission = commissionAmount(o.product.priceMinor, decision.commission.rateBp);
      commissions.push({
        id: randomUUID(), order_id: orderId, partner_organization_id: partner.id, client_organization_id: o.client.id, client_name: o.client.name,
        kind: decision.commission.kind, rate_bp: decision.commission.rateBp, currency: partner.currency, base_minor: o.product.priceMinor,
        amount_minor: commission, created_at: o.at.toISOString(),
      });
      post(partner.id, 'COMMISSION', commission, partner.currency, {
        kind: 'COMMISSION', commission: decision.commission.kind, rateBp: decision.commission.rateBp, base: { amountMinor: o.product.priceMinor, currency: partner.currency },
        product: o.product.name, client: o.client.name, country: partner.country,
      }, o.at, { orderId });
    }
  }
  // Back to at least the opening balance, so the demo's people can order today.
  const yesterday = new Date(Date.now() - 86_400_000);
  for (const [organizationId, balance] of balances) {
    const wanted = opening.get(organizationId) ?? 0;
    if (balance < wanted) {
      const [{ currency }] = await tx.query(`SELECT currency FROM wallet WHERE organization_id = $1`, [organizationId]);
      topUp(organizationId, Math.ceil((wanted - balance) / 10_000) * 10_000, currency, yesterday);
    }
  }

  // One statement per table: the rows as one JSON array, typed by the table itself, in array order.
  const insert = async (table: string, rows: Row[]) => {
    if (!rows.length) return;
    const columns = Object.keys(rows[0]).join(', ');
    await tx.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) WITH ORDINALITY AS r ORDER BY r.ordinality`,
      [JSON.stringify(rows)],
    );
  };
  await insert('payment', payments.map((p) => ({ ...p, provider: 'demo-seed', status: 'SUCCEEDED', fingerprint: 'demo-seed' })));
  await insert('customer_order', orderRows.map((o) => ({ ...o, fingerprint: 'demo-seed' })));
  await insert('invoice', invoices);
  await insert('invoice_line', lines.map((l) => ({ ...l, position: 1, quantity: 1, amount_minor: l['unit_price_minor'] })));
  await insert('commission', commissions);
  // In the order they were posted (chronological): positions follow, and so does each balance-after.
  await insert('wallet_entry', entries);
  await tx.query(
    `UPDATE wallet w SET balance_minor = b.balance::bigint FROM jsonb_each_text($1::jsonb) AS b(organization_id, balance) WHERE w.organization_id = b.organization_id::uuid`,
    [JSON.stringify(Object.fromEntries(balances))],
  );
  await tx.query(
    `INSERT INTO invoice_counter (year, last_sequence) SELECT key::int, value::int FROM jsonb_each_text($1::jsonb)
     ON CONFLICT (year) DO UPDATE SET last_sequence = greatest(invoice_counter.last_sequence, EXCLUDED.last_sequence)`,
    [JSON.stringify(Object.fromEntries(sequences))],
  );
  return planned.length;
}

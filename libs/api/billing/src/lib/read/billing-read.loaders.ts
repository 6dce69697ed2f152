import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  actsForPartnerCondition,
  type Actor,
  billingReaderCondition,
  entityRows,
  type KeysetOrder,
  keysetCountLoader,
  keysetKey,
  type KeysetParentQuery,
  keysetPageLoader,
  policySubject,
  type RequestContext,
  sqlRead,
} from '@manager/api-core';
import { Invoice } from '../invoices/invoice.entity';
import { Order } from '../orders/order.entity';
import { WalletEntry } from '../wallet/wallet-entry.entity';
import { Wallet } from '../wallet/wallet.entity';
import { createManagedClientInvoicesLoader } from './managed-client-invoices.loader';

type Row = Record<string, unknown>;

/** What the client side of `Organization.orders` shows: the payer's readers see all, a partner's people what it placed. */
const visibleOrder = (alias: string, actorParam: string) => `(
  ${billingReaderCondition(`${alias}.client_organization_id`, actorParam, 'ORDERS')}
  OR (${alias}.placed_by_partner_organization_id IS NOT NULL
      AND ${actsForPartnerCondition(`${alias}.client_organization_id`, `${alias}.placed_by_partner_organization_id`, actorParam, 'ORDERS')}))`;

/** Newest first; `timestamptz(3)` keys, the id breaking ties. */
const newestFirst = (column: string): KeysetOrder => ({ keys: [keysetKey.timestamp(`t.${column}`), keysetKey.uuid('t.id')], direction: 'DESC' });
/** A ledger's insertion order: `position` is unique, so it is the whole keyset. */
const LEDGER_ORDER: KeysetOrder = { keys: [keysetKey.bigint('t.position')], direction: 'DESC' };

/**
 * The billing lists, one page per parent, each with the policy's rule for the actor (`$1`): the
 * payer's readers see its invoices and ledger; orders as `visibleOrder` says.
 */
function billingLists(dataSource: DataSource, subject: string | null) {
  const list = <T>(name: string, entity: new () => T, table: string, parent: string, condition: string, order: KeysetOrder): KeysetParentQuery<Row, T> => {
    const rows = entityRows(dataSource, entity, 't');
    return { name, select: rows.columns, from: `${table} t`, parent, where: condition, params: [subject], order, map: rows.map };
  };
  return {
    invoices: list('billing.invoices', Invoice, 'invoice', 't.organization_id', billingReaderCondition('t.organization_id', '$1', 'INVOICES'), newestFirst('issued_at')),
    orders: list('billing.orders', Order, 'customer_order', 't.client_organization_id', visibleOrder('t', '$1'), newestFirst('created_at')),
    walletEntries: list('billing.wallet-entries', WalletEntry, 'wallet_entry', 't.organization_id', billingReaderCondition('t.organization_id', '$1', 'WALLET'), LEDGER_ORDER),
  };
}

/**
 * The billing read side's loaders, built per request for its actor. Every statement carries the
 * access policy's own SQL condition (`billingReaderCondition`: the payer's members with
 * BILLING_READ), so a list can never show more than a single lookup would.
 */
export function createBillingReadLoaders(dataSource: DataSource, actor: Actor | null) {
  // The actor as the policy's SQL conditions read it (a person, or an API token narrowing one).
  const userId = policySubject(actor);
  const invoiceCondition = billingReaderCondition('t.organization_id', '$2', 'INVOICES');
  const walletCondition = billingReaderCondition('t.organization_id', '$2', 'WALLET');
  const invoices = entityRows(dataSource, Invoice, 't');
  const wallets = entityRows(dataSource, Wallet, 't');
  /** One batch read for the actor; nobody signed in reads nothing, without a statement. */
  const read = <R extends Row, T>(name: string, text: string, keys: readonly string[], map: (row: R) => T): Promise<T[]> =>
    userId ? sqlRead(dataSource, { name, text, values: [keys, userId] }, map) : Promise.resolve([]);
  const lists = billingLists(dataSource, userId);
  const options = { nothingVisible: !userId };

  return {
    /** The invoices an organization paid (key: the payer). */
    invoicePage: keysetPageLoader(dataSource, lists.invoices, options),
    invoiceCount: keysetCountLoader(dataSource, lists.invoices, options),
    /** Orders for an organization's products (key: the client). */
    orderPage: keysetPageLoader(dataSource, lists.orders, options),
    orderCount: keysetCountLoader(dataSource, lists.orders, options),
    /** A wallet's ledger, newest first by insertion order (key: the organization). */
    walletEntryPage: keysetPageLoader(dataSource, lists.walletEntries, options),
    walletEntryCount: keysetCountLoader(dataSource, lists.walletEntries, options),
    walletByOrganization: new DataLoader<string, Wallet | null>(async (organizationIds) => {
      const found = await read(
        'billing.wallets',
        `SELECT ${wallets.columns} FROM wallet t WHERE t.organization_id = ANY($1::uuid[]) AND ${walletCondition}`,
        organizationIds,
        wallets.map,
      );
      return organizationIds.map((id) => found.find((wallet) => wallet.organizationId === id) ?? null);
    }),
    /** An order's invoice id, for the payer's readers only (null for anyone else). */
    invoiceIdByOrder: new DataLoader<string, string | null>(async (orderIds) => {
      const found = await read(
        'billing.invoice-ids-by-order',
        `SELECT t.order_id, t.id FROM invoice t WHERE t.order_id = ANY($1::uuid[]) AND ${invoiceCondition}`,
        orderIds,
        (row: { order_id: string; id: string }) => row,
      );
      return orderIds.map((id) => found.find((row) => row.order_id === id)?.id ?? null);
    }),
    /** Invoices by id, for the payer's readers only (PlaceOrderPayload.invoice). */
    invoiceById: new DataLoader<string, Invoice | null>(async (ids) => {
      const found = await read(
        'billing.invoices-by-id',
        `SELECT ${invoices.columns} FROM invoice t WHERE t.id = ANY($1::uuid[]) AND ${invoiceCondition}`,
        ids,
        invoices.map,
      );
      return ids.map((id) => found.find((invoice) => invoice.id === id) ?? null);
    }),
    managedClientInvoices: createManagedClientInvoicesLoader(dataSource, userId),
  };
}
export type BillingReadLoaders = ReturnType<typeof createBillingReadLoaders>;

export function billingReadLoaders(ctx: RequestContext): BillingReadLoaders {
  return ctx.loaders.billing;
}

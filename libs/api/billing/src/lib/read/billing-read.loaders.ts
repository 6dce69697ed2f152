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
  reachablePartnershipCondition,
  type RequestContext,
} from '@manager/api-core';
import { Invoice } from '../invoices/invoice.entity';
import { Order } from '../orders/order.entity';
import { WalletEntry } from '../wallet/wallet-entry.entity';
import type { Wallet } from '../wallet/wallet.entity';
import { INVOICE_COLUMNS, toInvoice, toWallet } from './billing-rows';

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

export interface ManagedClientInvoicesKey {
  partnershipId: string;
  first: number;
}

/**
 * The billing read side's loaders, built per request for its actor. Every statement carries the
 * access policy's own SQL condition (`billingReaderCondition`: the payer's members with
 * BILLING_READ), so a list can never show more than a single lookup would.
 */
export function createBillingReadLoaders(dataSource: DataSource, actor: Actor | null) {
  // The actor as the policy's SQL conditions read it (a person, or an API token narrowing one).
  const userId = policySubject(actor);
  const query = (sql: string, params: unknown[]): Promise<Row[]> => (userId ? dataSource.query(sql, params) : Promise.resolve([]));
  const invoiceCondition = billingReaderCondition('t.organization_id', '$2', 'INVOICES');
  const walletCondition = billingReaderCondition('t.organization_id', '$2', 'WALLET');
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
      const rows = await query(
        `SELECT t.organization_id, t.currency, t.balance_minor, t.updated_at FROM wallet t
         WHERE t.organization_id = ANY($1::uuid[]) AND ${walletCondition}`,
        [organizationIds, userId],
      );
      return organizationIds.map((id) => {
        const row = rows.find((r) => r['organization_id'] === id);
        return row ? toWallet(row) : null;
      });
    }),
    /** An order's invoice id, for the payer's readers only (null for anyone else). */
    invoiceIdByOrder: new DataLoader<string, string | null>(async (orderIds) => {
      const rows = await query(`SELECT t.order_id, t.id FROM invoice t WHERE t.order_id = ANY($1::uuid[]) AND ${invoiceCondition}`, [orderIds, userId]);
      return orderIds.map((id) => (rows.find((r) => r['order_id'] === id)?.['id'] as string | undefined) ?? null);
    }),
    /** Invoices by id, for the payer's readers only (PlaceOrderPayload.invoice). */
    invoiceById: new DataLoader<string, Invoice | null>(async (ids) => {
      const rows = await query(`SELECT ${INVOICE_COLUMNS} FROM invoice t WHERE t.id = ANY($1::uuid[]) AND ${invoiceCondition}`, [ids, userId]);
      return ids.map((id) => {
        const row = rows.find((r) => r['id'] === id);
        return row ? toInvoice(row) : null;
      });
    }),
    /**
     * The latest invoices a partner paid for each managed client of a page, in ONE statement for
     * the whole page (a LATERAL join per partnership, served by invoice_client_idx): only while
     * the partner pays (billing owner PARTNER), only for the partner's billing readers.
     */
    managedClientInvoices: new DataLoader<ManagedClientInvoicesKey, Invoice[], string>(
      async (keys) => {
        const byFirst = new Map<number, string[]>();
        for (const key of keys) byFirst.set(key.first, [...(byFirst.get(key.first) ?? []), key.partnershipId]);
        const found = new Map<string, Invoice[]>();
        for (const [first, partnershipIds] of byFirst) {
          const rows = await query(
            `SELECT ps.id AS partnership_id, i.*
             FROM partnership ps
             CROSS JOIN LATERAL (
               SELECT ${INVOICE_COLUMNS} FROM invoice t
               WHERE t.organization_id = ps.partner_organization_id AND t.client_organization_id = ps.client_organization_id
               ORDER BY t.issued_at DESC, t.id DESC
               LIMIT $3
             ) i
             WHERE ps.id = ANY($1::uuid[]) AND ps.billing_owner = 'PARTNER' AND ${reachablePartnershipCondition('ps', '$2')}
               AND ${billingReaderCondition('ps.partner_organization_id', '$2', 'INVOICES')}
             ORDER BY ps.id, i.issued_at DESC, i.id DESC`,
            [[...new Set(partnershipIds)], userId, first],
          );
          for (const id of partnershipIds) {
            found.set(`${id}|${first}`, rows.filter((r) => r['partnership_id'] === id).map(({ partnership_id: _, ...row }) => toInvoice(row)));
          }
        }
        return keys.map((key) => found.get(`${key.partnershipId}|${key.first}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.partnershipId}|${key.first}` },
    ),
  };
}
export type BillingReadLoaders = ReturnType<typeof createBillingReadLoaders>;

export function billingReadLoaders(ctx: RequestContext): BillingReadLoaders {
  return ctx.loaders.billing;
}

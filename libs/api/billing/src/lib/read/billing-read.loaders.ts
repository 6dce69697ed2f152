import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { actsForPartnerCondition, type Actor, billingReaderCondition, livePartnershipCondition, type RequestContext } from '@manager/api-core';
import type { Invoice } from '../invoices/invoice.entity';
import type { Wallet } from '../wallet/wallet.entity';
import { INVOICE_COLUMNS, toInvoice, toOrder, toWallet, toWalletEntry } from './billing-rows';
import { createParentCountLoader, createParentPageLoader, isoOf, type Keyset } from './parent-page.loader';

type Row = Record<string, unknown>;

/** What the client side of `Organization.orders` shows: the payer's readers see all, a partner's people what it placed. */
const visibleOrder = (alias: string, actorParam: string) => `(
  ${billingReaderCondition(`${alias}.client_organization_id`, actorParam)}
  OR (${alias}.placed_by_partner_organization_id IS NOT NULL
      AND ${actsForPartnerCondition(`${alias}.client_organization_id`, `${alias}.placed_by_partner_organization_id`, actorParam)}))`;

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
  const userId = actor?.userId ?? null;
  const query = (sql: string, params: unknown[]): Promise<Row[]> => (userId ? dataSource.query(sql, params) : Promise.resolve([]));
  const page = (table: string, columns: string, parentColumn: string, order: string, keyset: string, condition: string) =>
    (parentIds: string[], first: number, after: Keyset | null) =>
      query(
        `SELECT * FROM (
           SELECT ${columns}, ${parentColumn} AS parent_id, row_number() OVER (PARTITION BY ${parentColumn} ORDER BY ${order}) AS rn
           FROM ${table} t
           WHERE ${parentColumn} = ANY($1::uuid[]) AND ${condition}
             AND ($3::text IS NULL OR ${keyset})
         ) ranked WHERE rn <= $5 ORDER BY parent_id, rn`,
        [parentIds, userId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
      );
  const count = (table: string, parentColumn: string, condition: string) => (parentIds: string[]) =>
    query(
      `SELECT ${parentColumn} AS parent_id, count(*)::int AS count FROM ${table} t
       WHERE ${parentColumn} = ANY($1::uuid[]) AND ${condition} GROUP BY ${parentColumn}`,
      [parentIds, userId],
    ) as Promise<{ parent_id: string; count: number }[]>;

  const invoiceCondition = billingReaderCondition('t.organization_id', '$2');
  const orderCondition = visibleOrder('t', '$2');
  const walletCondition = billingReaderCondition('t.organization_id', '$2');
  const byTime = (column: string) => ({
    order: `t.${column} DESC, t.id DESC`,
    keyset: `(t.${column}, t.id) < ($3::timestamptz, $4::uuid)`,
    sortKey: (row: Row) => isoOf(row[column]),
  });
  const invoiceTime = byTime('issued_at');
  const orderTime = byTime('created_at');

  return {
    /** The invoices an organization paid (key: the payer). */
    invoicePage: createParentPageLoader({
      fetch: page('invoice', INVOICE_COLUMNS.split(',').map((c) => `t.${c.trim()}`).join(', '), 't.organization_id', invoiceTime.order, invoiceTime.keyset, invoiceCondition),
      sortKey: invoiceTime.sortKey,
      toNode: toInvoice,
      sort: 'time',
    }),
    invoiceCount: createParentCountLoader(count('invoice', 't.organization_id', invoiceCondition)),
    /** Orders for an organization's products (key: the client). */
    orderPage: createParentPageLoader({
      fetch: page('customer_order', 't.*', 't.client_organization_id', orderTime.order, orderTime.keyset, orderCondition),
      sortKey: orderTime.sortKey,
      toNode: toOrder,
      sort: 'time',
    }),
    orderCount: createParentCountLoader(count('customer_order', 't.client_organization_id', orderCondition)),
    /** A wallet's ledger, newest first by insertion order (key: the organization). */
    walletEntryPage: createParentPageLoader({
      fetch: page('wallet_entry', 't.*', 't.organization_id', 't.position DESC', '(t.position < $3::bigint OR (t.position = $3::bigint AND t.id < $4::uuid))', walletCondition),
      sortKey: (row) => String(row['position']),
      toNode: toWalletEntry,
      sort: 'position',
    }),
    walletEntryCount: createParentCountLoader(count('wallet_entry', 't.organization_id', walletCondition)),
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
             WHERE ps.id = ANY($1::uuid[]) AND ps.billing_owner = 'PARTNER' AND ${livePartnershipCondition('ps')}
               AND ${billingReaderCondition('ps.partner_organization_id', '$2')}
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

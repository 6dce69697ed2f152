import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { billingReaderCondition, entityRows, reachablePartnershipCondition } from '@manager/api-core';
import { Invoice } from '../invoices/invoice.entity';

export interface ManagedClientInvoicesKey {
  partnershipId: string;
  first: number;
}

/**
 * The latest invoices a partner paid for each managed client of a page, in ONE statement for
 * the whole page (a LATERAL join per partnership, served by invoice_client_idx): only while the
 * partnership is live and billed to the partner (billing owner PARTNER), only for the partner's
 * billing readers.
 *
 * A declared read model (apps/api/src/table-ownership.ts): it reads partners' `partnership`
 * itself, because asking partners for the partnerships first would cost a second statement per
 * page of clients. It runs through `dataSource.query`, where billing-read.spec watches for it.
 */
/** `userId` is the policy's subject (`policySubject(actor)`: a person, or an API token narrowing one). */
export function createManagedClientInvoicesLoader(dataSource: DataSource, userId: string | null) {
  const invoices = entityRows(dataSource, Invoice, 't');
  const byInvoice = entityRows(dataSource, Invoice, 'i');
  return new DataLoader<ManagedClientInvoicesKey, Invoice[], string>(
    async (keys) => {
      if (!userId) return keys.map(() => []);
      const byFirst = new Map<number, string[]>();
      for (const key of keys) byFirst.set(key.first, [...(byFirst.get(key.first) ?? []), key.partnershipId]);
      const found = new Map<string, Invoice[]>();
      for (const [first, partnershipIds] of byFirst) {
        // The inner select names the invoice's columns (as its properties); `i.*` only repeats them.
        const rows: (Record<string, unknown> & { partnershipId: string })[] = await dataSource.query(
          `SELECT ps.id AS "partnershipId", i.*
           FROM partnership ps
           CROSS JOIN LATERAL (
             SELECT ${invoices.columns} FROM invoice t
             WHERE t.organization_id = ps.partner_organization_id AND t.client_organization_id = ps.client_organization_id
             ORDER BY t.issued_at DESC, t.id DESC
             LIMIT $3
           ) i
           WHERE ps.id = ANY($1::uuid[]) AND ps.billing_owner = 'PARTNER' AND ${reachablePartnershipCondition('ps', '$2')}
             AND ${billingReaderCondition('ps.partner_organization_id', '$2', 'INVOICES')}
           ORDER BY ps.id, i."issuedAt" DESC, i."id" DESC`,
          [[...new Set(partnershipIds)], userId, first],
        );
        for (const id of partnershipIds) found.set(`${id}|${first}`, rows.filter((row) => row.partnershipId === id).map(byInvoice.map));
      }
      return keys.map((key) => found.get(`${key.partnershipId}|${key.first}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.partnershipId}|${key.first}` },
  );
}

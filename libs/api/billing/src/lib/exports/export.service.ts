import { policySubject, readsBillingExport, type BillingResource, type RequestContext, tokenSelectsClient } from '@manager/api-core';
import { organizationNames } from '@manager/api-organizations';
import { liveClientIdsAmong } from '@manager/api-partners';
import { exportFileName, type ExportType } from '@manager/domain';
import type { ExportRequest } from './export-request';
import type { ExportRun } from './export-stream';

/** The scope a token needs for each type (beside EXPORTS), and the billing list the policy checks. */
const EXPORT_RESOURCE: Record<ExportType, BillingResource> = {
  INVOICES: 'INVOICES',
  ORDERS: 'ORDERS',
  COMMISSIONS: 'COMMISSIONS',
  WALLET_MOVEMENTS: 'WALLET',
};

export type ExportPlan =
  | { ok: true; fileName: string; run: ExportRun }
  | { ok: false; status: 404; code: 'NOT_FOUND'; message: string; field?: string };

/**
 * Decides an export before any byte is sent: the exporting organization's billing readers only
 * (legal responsible and administrators; a partner's USERs are told NOT_FOUND, like anyone the
 * organization is none of the business of; a token needs EXPORTS and the type's scope), and
 * each selected client managed by it right now through a partnership the actor reaches (a token:
 * selected, not blocked). The rows themselves are checked again, one by one, in SQL.
 */
export async function planExport(ctx: RequestContext, request: ExportRequest): Promise<ExportPlan> {
  const missing = (what: string, field?: string): ExportPlan => ({ ok: false, status: 404, code: 'NOT_FOUND', message: `${what} not found.`, ...(field ? { field } : {}) });
  if (!(await readsBillingExport(ctx, request.organizationId, EXPORT_RESOURCE[request.type]))) return missing('Organization', 'organizationId');
  if (request.clientIds) {
    const live = new Set(await liveClientIdsAmong(ctx.dataSource, request.organizationId, request.clientIds));
    const unreachable = request.clientIds.findIndex((id) => !live.has(id) || !tokenSelectsClient(ctx.actor, id));
    if (unreachable >= 0) return missing('Client organization', `clientIds.${unreachable}`);
  }
  const [organization] = await organizationNames(ctx.dataSource, [request.organizationId]);
  if (!organization) return missing('Organization', 'organizationId');
  return {
    ok: true,
    fileName: exportFileName(organization.name, request.type, request.from, request.to, ctx.language),
    run: {
      type: request.type,
      format: request.format,
      subject: policySubject(ctx.actor) as string,
      organizationId: request.organizationId,
      from: request.fromDate,
      to: request.toDate,
      clientIds: request.clientIds,
      decimalSeparator: request.format === 'CSV_EXCEL' ? request.decimalSeparator : '.',
      // The header row: the language of the body's locale, else the caller's.
      language: request.headerLanguage ?? ctx.language,
      prefix: request.format === 'CSV_EXCEL' ? '\ufeff' : '',
    },
  };
}

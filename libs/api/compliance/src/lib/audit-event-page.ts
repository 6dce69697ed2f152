import { type Connection, entityRows, type KeysetOrder, keysetKey, keysetPage, pageRequest, type RequestContext } from '@manager/api-core';
import { AuditEvent } from './audit-event.entity';

/** Newest first; `created_at` keeps milliseconds (see the migration), the id breaks ties. */
const NEWEST_FIRST: KeysetOrder = { keys: [keysetKey.timestamp('e.created_at'), keysetKey.uuid('e.id')], direction: 'DESC' };

export interface AuditEventFilter {
  organizationId: string;
  /** Only what this partner's people did in the organization. */
  partnerOrganizationId?: string;
}

/**
 * One page of an organization's audit events, newest first: the one read of the trail, for the
 * organization's own page and for a partnership's activity. The caller has decided who may read
 * it; `totalCount` costs a statement only when selected.
 */
export function auditEventPage(ctx: RequestContext, filter: AuditEventFilter, first: number, after: string | null): Promise<Connection<AuditEvent>> {
  const page = pageRequest(NEWEST_FIRST, first, after);
  const events = entityRows(ctx.dataSource, AuditEvent, 'e');
  const byPartner = filter.partnerOrganizationId !== undefined;
  return keysetPage(
    ctx.dataSource,
    {
      name: byPartner ? 'compliance.partner-activity' : 'compliance.audit-trail',
      select: events.columns,
      from: 'audit_event e',
      where: byPartner ? 'e.organization_id = $1 AND e.partner_organization_id = $2' : 'e.organization_id = $1',
      params: byPartner ? [filter.organizationId, filter.partnerOrganizationId] : [filter.organizationId],
      order: NEWEST_FIRST,
      map: events.map,
    },
    page,
  );
}

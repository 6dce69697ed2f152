import type { EntityManager } from 'typeorm';
import type { RequestContext } from '@manager/api-core';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  organizationId: string;
  action: string;
  summary: string;
  target?: { type: string; id: string };
  /** Set when the actor acts for a partner organization (partner program). */
  partnerOrganizationId?: string | null;
}

/**
 * Records an audit event in the caller's transaction (pass the transaction's manager), naming
 * the signed-in person of `ctx`.
 *
 * @example
 * await recordAuditEvent(tx, ctx, { organizationId, action: 'member.removed', summary: 'Removed Ada Lovelace' });
 */
export async function recordAuditEvent(manager: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordAuditEvent must run inside the transaction of the change it records');
  }
  const actorUserId = ctx.actor?.userId ?? null;
  const [actor] = actorUserId ? await manager.query(`SELECT display_name FROM app_user WHERE id = $1`, [actorUserId]) : [];
  await manager.insert(AuditEvent, {
    organizationId: entry.organizationId,
    actorUserId,
    actorName: actor?.display_name ?? null,
    partnerOrganizationId: entry.partnerOrganizationId ?? null,
    action: entry.action,
    summary: entry.summary,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
  });
}

import type { TxContext } from '../transaction';

export interface AuditEntry {
  organizationId: string;
  action: string;
  summary: string;
  target?: { type: string; id: string };
  /** Set when the actor acts for a partner organization (partner program). */
  partnerOrganizationId?: string | null;
}

/**
 * Records an audit event in the caller's transaction (`ctx.tx`), naming the signed-in person of
 * `ctx`.
 *
 * Lives in core, beside the outbox, because every context writes audit events while only
 * compliance reads them (its `AuditEvent` entity, migration and trail resolver): were the writer
 * in compliance, organizations → compliance → organizations would be a cycle.
 *
 * @example
 * await recordAuditEvent(txc, { organizationId, action: 'member.removed', summary: 'Removed Ada Lovelace' });
 */
export async function recordAuditEvent(ctx: TxContext, entry: AuditEntry): Promise<void> {
  const manager = ctx.tx;
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordAuditEvent must run inside the transaction of the change it records');
  }
  const actorUserId = ctx.actor?.userId ?? null;
  await manager.query(
    `INSERT INTO audit_event
       (organization_id, actor_user_id, actor_name, partner_organization_id, action, summary, target_type, target_id)
     VALUES ($1, $2, (SELECT display_name FROM app_user WHERE id = $2), $3, $4, $5, $6, $7)`,
    [
      entry.organizationId,
      actorUserId,
      entry.partnerOrganizationId ?? null,
      entry.action,
      entry.summary,
      entry.target?.type ?? null,
      entry.target?.id ?? null,
    ],
  );
}

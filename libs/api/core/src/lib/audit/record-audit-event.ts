import { AUDIT_ACTIONS, type AuditAction, type AuditData } from '@manager/domain';
import type { TxContext } from '../transaction';

/**
 * One event to record: an action of the vocabulary (`AUDIT_ACTIONS` in `@manager/domain`) with
 * the data of that action, so the compiler refuses data that does not fit. `targetId` names the
 * object of the action's target type; actions without a target take none.
 */
export type AuditEntry<A extends AuditAction = AuditAction> = {
  [K in A]: {
    organizationId: string;
    action: K;
    data: AuditData<K>;
    /** Set when the actor acts for a partner organization (partner program). */
    partnerOrganizationId?: string | null;
  } & ((typeof AUDIT_ACTIONS)[K]['target'] extends null ? { targetId?: never } : { targetId: string });
}[A];

/**
 * Records an audit event in the caller's transaction (`ctx.tx`), naming the signed-in person of
 * `ctx` (and the API token, when the request was made with one; a job passes `actor: null`). The event is stored as data; `renderAuditEvent` words it when the trail is read, in the
 * reader's language.
 *
 * Lives in core, beside the outbox, because every context writes audit events while only
 * compliance reads them (its `AuditEvent` entity, migration and trail resolver): were the writer
 * in compliance, organizations → compliance → organizations would be a cycle.
 *
 * @example
 * await recordAuditEvent(txc, {
 *   organizationId,
 *   action: 'member.removed',
 *   data: { memberName: 'Ada Lovelace', role: 'USER' },
 *   targetId: membership.id,
 * });
 */
export async function recordAuditEvent<A extends AuditAction>(ctx: Pick<TxContext, 'tx' | 'actor'>, entry: AuditEntry<A>): Promise<void> {
  const manager = ctx.tx;
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordAuditEvent must run inside the transaction of the change it records');
  }
  const actorUserId = ctx.actor?.userId ?? null;
  const token = ctx.actor?.token ?? null;
  const targetType: string | null = AUDIT_ACTIONS[entry.action].target;
  await manager.query(
    `INSERT INTO audit_event
       (organization_id, actor_user_id, actor_name, partner_organization_id, action, data, target_type, target_id, api_token_id, api_token_name)
     VALUES ($1, $2, (SELECT display_name FROM app_user WHERE id = $2), $3, $4, $5::jsonb, $6, $7, $8, $9)`,
    [
      entry.organizationId,
      actorUserId,
      entry.partnerOrganizationId ?? null,
      entry.action,
      JSON.stringify(entry.data),
      targetType,
      entry.targetId ?? null,
      token?.id ?? null,
      token?.name ?? null,
    ],
  );
}

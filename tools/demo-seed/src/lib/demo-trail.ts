import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '@manager/api-core';
import { AUDIT_ACTIONS } from '@manager/domain';

/**
 * The audit trail of what the demo seed creates, so that every demo organization's Activity tells
 * how it came to be (created, terms accepted, address added, people joined, partners invited…),
 * as if the people had done it in the app: the same structured events, each naming its actor.
 *
 * The seed writes its rows in one transaction, where `now()` is one instant: the events are
 * spaced one second apart, in the order they were recorded, so the trail reads in that order.
 */
export class DemoTrail {
  private readonly events: { entry: AuditEntry; actorUserId: string }[] = [];

  record(actorUserId: string, entry: AuditEntry): void {
    this.events.push({ entry, actorUserId });
  }

  /** One statement for the whole trail, however many events (the bulk clients' included). */
  async write(tx: EntityManager): Promise<void> {
    const count = this.events.length;
    if (!count) return;
    const rows = this.events.map(({ entry, actorUserId }, index) => ({
      organization_id: entry.organizationId,
      actor_user_id: actorUserId,
      partner_organization_id: entry.partnerOrganizationId ?? null,
      action: entry.action,
      data: entry.data,
      target_type: AUDIT_ACTIONS[entry.action].target,
      target_id: entry.targetId ?? null,
      seconds_before: count - index,
    }));
    await tx.query(
      `INSERT INTO audit_event
         (organization_id, actor_user_id, actor_name, partner_organization_id, action, data, target_type, target_id, created_at)
       SELECT r.organization_id, r.actor_user_id, u.display_name, r.partner_organization_id, r.action, r.data, r.target_type, r.target_id,
              now() - make_interval(secs => r.seconds_before)
       FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, actor_user_id uuid, partner_organization_id uuid, action text,
              data jsonb, target_type text, target_id text, seconds_before int)
       JOIN app_user u ON u.id = r.actor_user_id
       ORDER BY r.seconds_before DESC`,
      [JSON.stringify(rows)],
    );
  }
}

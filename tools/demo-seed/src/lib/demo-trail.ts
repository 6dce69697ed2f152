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

  async write(tx: EntityManager): Promise<void> {
    const count = this.events.length;
    for (const [index, { entry, actorUserId }] of this.events.entries()) {
      await tx.query(
        `INSERT INTO audit_event
           (organization_id, actor_user_id, actor_name, partner_organization_id, action, data, target_type, target_id, created_at)
         VALUES ($1, $2, (SELECT display_name FROM app_user WHERE id = $2), $3, $4, $5::jsonb, $6, $7, now() - make_interval(secs => $8))`,
        [
          entry.organizationId,
          actorUserId,
          entry.partnerOrganizationId ?? null,
          entry.action,
          JSON.stringify(entry.data),
          AUDIT_ACTIONS[entry.action].target,
          entry.targetId ?? null,
          count - index,
        ],
      );
    }
  }
}

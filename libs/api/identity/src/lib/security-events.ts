import type { EntityManager } from 'typeorm';
import type { SecurityAction, SecurityDataByAction } from '@manager/domain';

/**
 * Records one event of the person's security activity in the caller's transaction, as data of
 * the closed vocabulary (`SECURITY_ACTIONS`); `renderSecurityEvent` words it when read.
 * Organizations calls it too (a two-step policy change is also in the changer's activity).
 */
export async function recordSecurityEvent<A extends SecurityAction>(tx: EntityManager, userId: string, action: A, data: SecurityDataByAction[A]): Promise<void> {
  if (!tx.queryRunner?.isTransactionActive) throw new Error('recordSecurityEvent must run inside the transaction of the change it records');
  await tx.query(`INSERT INTO security_event (user_id, action, data) VALUES ($1, $2, $3::jsonb)`, [userId, action, JSON.stringify(data)]);
}

import { PARTNERSHIP_TRANSITIONS, type PartnershipStatus } from '@manager/domain';
import type { TxContext } from '@manager/api-core';
import { Partnership } from '../partnership.entity';

/** The columns a status change may write besides the status and the stamps the transition sets itself. */
export type PartnershipTransitionChanges = Partial<
  Pick<Partnership, 'access' | 'billingOwner' | 'endsAt' | 'acceptedByUserId' | 'endedByUserId' | 'endedBySide' | 'reminded7dAt' | 'reminded1dAt'>
>;

export function isPartnershipTransition(from: PartnershipStatus, to: PartnershipStatus): boolean {
  return PARTNERSHIP_TRANSITIONS[from].includes(to);
}

/**
 * The one way a partnership's status changes. A pair outside PARTNERSHIP_TRANSITIONS is a bug in
 * the caller (no user input chooses it), so it throws a plain Error, reported as INTERNAL.
 *
 * The UPDATE is guarded by `status = from`: of two changes at the same instant the second waits
 * for the first, then matches nothing, and this answers false — each caller words its own CONFLICT
 * for the lost race. The stamps follow from the change itself: leaving PENDING kills the invitation
 * token (it only ever opens a pending invitation), ACTIVE stamps accepted_at, every end ended_at.
 */
export async function transitionPartnership(
  ctx: TxContext,
  partnershipId: string,
  from: PartnershipStatus,
  to: PartnershipStatus,
  changes: PartnershipTransitionChanges = {},
): Promise<boolean> {
  if (!isPartnershipTransition(from, to)) {
    throw new Error(`Partnership ${partnershipId}: ${from} → ${to} is not in PARTNERSHIP_TRANSITIONS.`);
  }
  const stamps = {
    ...(from === 'PENDING' ? { invitationTokenHash: null } : {}),
    ...(to === 'ACTIVE' ? { acceptedAt: () => 'now()' } : { endedAt: () => 'now()' }),
  };
  const result = await ctx.tx
    .createQueryBuilder()
    .update(Partnership)
    .set({ ...changes, ...stamps, status: to })
    .where('id = :partnershipId AND status = :from', { partnershipId, from })
    .execute();
  return (result.affected ?? 0) > 0;
}

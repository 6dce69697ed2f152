import {
  badUserInput,
  conflict,
  forbidden,
  recordAuditEvent,
  requirePermissionOn,
  type OrganizationObject,
  type RequestContext,
  inTransaction,
} from '@manager/api-core';
import { displayNameOf } from '@manager/api-identity';
import type { MembershipRole } from '@manager/domain';
import { Membership } from '../membership.entity';
import { grantProducts, revokeAllGrants, revokeGrantsExcept } from './membership-grants';
import { actorUserId, checkGrantableProducts, lockMembershipInReach, returningRows } from './membership-lookup';

const USE_TRANSFER = 'The legal responsible changes only by handing the role over: use transferLegalResponsibility.';
const ADMIN_CANNOT_TOUCH_LR = 'Only the legal responsible can hand over their role; nobody else changes or removes it.';

/** A membership as the policy weighs it: someone else's is hidden from whoever does not read the members. */
function seen(membership: Membership): OrganizationObject {
  return { kind: 'Membership', userId: membership.userId };
}

export async function changeMemberRole(ctx: RequestContext, membershipId: string, role: MembershipRole): Promise<Membership> {
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { membership } = await lockMembershipInReach(txc, membershipId);
    const access = await requirePermissionOn(ctx, membership.organizationId, seen(membership), 'MEMBERS_MANAGE', 'Only the legal responsible and administrators change roles.');
    if (role === 'LEGAL_RESPONSIBLE') throw badUserInput('role', USE_TRANSFER);
    if (membership.role === 'LEGAL_RESPONSIBLE') {
      if (access.role !== 'LEGAL_RESPONSIBLE') throw forbidden(ADMIN_CANNOT_TOUCH_LR);
      throw conflict(
        'An organization always has exactly one legal responsible: hand the role to another member with transferLegalResponsibility first.',
        'role',
      );
    }
    if (membership.role === role) return membership;
    const previousRole = membership.role;
    await tx.update(Membership, { id: membership.id }, { role });
    // Grants mean something only for EXTERNAL members; other roles read every product.
    if (previousRole === 'EXTERNAL') await revokeAllGrants(tx, membership.id);
    const name = await displayNameOf(tx, membership.userId);
    await recordAuditEvent(txc, {
      organizationId: membership.organizationId,
      action: 'member.role_changed',
      data: { memberName: name, role: { from: previousRole, to: role } },
      targetId: membership.id,
    });
    return Object.assign(membership, { role });
  });
}

/** Removes a member; anyone but the legal responsible may also remove themselves (leave). */
export async function removeMember(ctx: RequestContext, membershipId: string): Promise<string> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { membership } = await lockMembershipInReach(txc, membershipId);
    const leaving = membership.userId === userId;
    if (!leaving) {
      await requirePermissionOn(ctx, membership.organizationId, seen(membership), 'MEMBERS_MANAGE', 'Only the legal responsible and administrators remove members.');
    }
    if (membership.role === 'LEGAL_RESPONSIBLE') {
      if (!leaving) throw forbidden(ADMIN_CANNOT_TOUCH_LR);
      throw conflict(
        'You are the legal responsible: hand the role to another member with transferLegalResponsibility before leaving.',
        'membershipId',
      );
    }
    const name = await displayNameOf(tx, membership.userId);
    await tx.delete(Membership, { id: membership.id });
    await recordAuditEvent(
      txc,
      leaving
        ? { organizationId: membership.organizationId, action: 'member.left', data: { memberName: name }, targetId: membership.id }
        : { organizationId: membership.organizationId, action: 'member.removed', data: { memberName: name, role: membership.role }, targetId: membership.id },
    );
    return membership.id;
  });
}

/**
 * Hands the legal responsibility to another member: the actor (the legal responsible) becomes
 * ADMIN, then the other member becomes LEGAL_RESPONSIBLE, in one transaction (the partial unique
 * index allows one at a time, so the order matters). A concurrent second transfer finds the actor
 * no longer legal responsible and changes nothing.
 */
export async function transferLegalResponsibility(
  ctx: RequestContext,
  membershipId: string,
): Promise<{ previous: Membership; current: Membership }> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { membership: target } = await lockMembershipInReach(txc, membershipId);
    const refusal = 'Only the legal responsible hands over the legal responsibility.';
    await requirePermissionOn(ctx, target.organizationId, seen(target), 'LEGAL_RESPONSIBILITY_TRANSFER', refusal);
    if (target.userId === userId) throw badUserInput('membershipId', 'You already are the legal responsible. Choose another member.');
    if (target.role === 'EXTERNAL') {
      throw badUserInput('membershipId', 'An external member cannot become legal responsible: make them a user or an administrator first.');
    }
    const demoted = await returningRows<{ id: string }>(
      tx,
      `UPDATE membership SET role = 'ADMIN' WHERE organization_id = $1 AND user_id = $2 AND role = 'LEGAL_RESPONSIBLE' RETURNING id`,
      [target.organizationId, userId],
    );
    // The policy read the role before this transaction; the row decides.
    if (demoted.length !== 1) throw forbidden(refusal);
    await tx.update(Membership, { id: target.id }, { role: 'LEGAL_RESPONSIBLE' });
    const previous = await tx.findOneByOrFail(Membership, { id: demoted[0].id });
    const current = await tx.findOneByOrFail(Membership, { id: target.id });
    const [from, to] = [await displayNameOf(tx, previous.userId), await displayNameOf(tx, current.userId)];
    await recordAuditEvent(txc, {
      organizationId: target.organizationId,
      action: 'member.legal_responsibility_transferred',
      data: { fromName: from, toName: to },
      targetId: current.id,
    });
    return { previous, current };
  });
}

/** Replaces the set of products an EXTERNAL member is granted (at least one). */
export async function setExternalProducts(ctx: RequestContext, membershipId: string, productIds: readonly string[]): Promise<Membership> {
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { membership } = await lockMembershipInReach(txc, membershipId);
    await requirePermissionOn(ctx, membership.organizationId, seen(membership), 'MEMBERS_MANAGE', 'Only the legal responsible and administrators grant products.');
    if (membership.role !== 'EXTERNAL') {
      throw badUserInput('membershipId', 'Only external members are granted products one by one; the other roles see every product.');
    }
    const ids = await checkGrantableProducts(tx, membership.organizationId, productIds);
    await revokeGrantsExcept(tx, membership.id, ids);
    await grantProducts(tx, membership.id, ids);
    const name = await displayNameOf(tx, membership.userId);
    await recordAuditEvent(txc, {
      organizationId: membership.organizationId,
      action: 'member.products_granted',
      data: { memberName: name, productCount: ids.length },
      targetId: membership.id,
    });
    return membership;
  });
}

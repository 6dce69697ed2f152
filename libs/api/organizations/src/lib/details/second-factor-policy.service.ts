import { forbidden, inTransaction, recordAuditEvent, requirePermission, type RequestContext } from '@manager/api-core';
import { recordSecurityEvent } from '@manager/api-identity';
import { Organization } from '../organization.entity';

/**
 * The legal responsible (the one role with LEGAL_RESPONSIBILITY_TRANSFER) turns the two-step
 * requirement on or off. Turning it on needs a session that has a second factor itself, so that
 * the legal responsible never locks themselves out; from the next request on, members without one
 * reach nothing but enrolment, and partners' people reach the organization only with one. Written
 * to the organization's trail and to the changer's security activity.
 */
export async function setSecondFactorRequirement(ctx: RequestContext, organizationId: string, required: boolean): Promise<Organization> {
  await requirePermission(ctx, organizationId, 'LEGAL_RESPONSIBILITY_TRANSFER', 'Only the legal responsible can require two-step verification.');
  const actor = ctx.actor;
  if (required && !actor?.token && !actor?.secondFactor) {
    // FORBIDDEN, not SECOND_FACTOR_REQUIRED: this person is not held at enrolment (the SPA sends those there).
    throw forbidden('Turn on two-step verification for your own account first (a passkey or an authenticator app), then require it of your members.');
  }
  return inTransaction(ctx, async (txc) => {
    const organization = await txc.tx.findOneOrFail(Organization, { where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
    if (organization.requiresSecondFactor === required) return organization;
    await txc.tx.update(Organization, { id: organizationId }, { requiresSecondFactor: required });
    organization.requiresSecondFactor = required;
    await recordAuditEvent(txc, { organizationId, action: 'organization.second_factor_policy_changed', data: { required }, targetId: organizationId });
    if (actor) await recordSecurityEvent(txc.tx, actor.userId, 'organization.second_factor_policy_changed', { organizationName: organization.name, required });
    return organization;
  });
}

import { type RequestContext, inTransaction } from '@manager/api-core';
import type { ScopeChange } from '@manager/domain';
import { changedEmails, enqueueAll, type PartnershipChange } from '../emails/partnership-emails';
import { partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import type { Partnership } from '../partnership.entity';
import type { SetPartnershipEndDateInput, UpdatePartnershipScopeInput } from './lifecycle.inputs';
import { displayNameOf } from '@manager/api-identity';
import { auditPartnership, auditScope } from './partnership-audit';
import { actorUserId, lockPartnership, reloadPartnership, requireStatus } from './partnership-lookup';
import { checkEndsAt, checkScope, scopeProductNames, writeScopeProducts } from './partnership-scope';

/** What changed, as the trail records it: the same decision as the sentence of the partner's email below. */
function scopeChange(before: Partnership, after: Partnership, previousCount: number, products: { added: number; removed: number; total: number }): ScopeChange {
  if (before.access !== after.access) {
    return { kind: 'ACCESS', from: auditScope(before.access, previousCount, before.billingOwner), to: auditScope(after.access, products.total, after.billingOwner) };
  }
  if (after.access === 'COMPLETE' && before.billingOwner !== after.billingOwner) return { kind: 'BILLING_OWNER', billingOwner: after.billingOwner ?? 'CLIENT' };
  return after.access === 'LIMITED' ? { kind: 'PRODUCTS', ...products } : { kind: 'UNCHANGED' };
}

/**
 * The client's legal responsible changes an ACTIVE partnership's scope: products of a LIMITED one,
 * or LIMITED ↔ COMPLETE (the billing owner is then required, or cleared). The partner is emailed.
 */
export async function updatePartnershipScope(ctx: RequestContext, input: UpdatePartnershipScopeInput): Promise<Partnership> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { partnership: before } = await lockPartnership(txc, input.partnershipId, 'CLIENT');
    requireStatus(before, 'ACTIVE');
    const scope = await checkScope(tx, before.clientOrganizationId, input);
    const previousProducts: { product_id: string }[] = await tx.query(`SELECT product_id FROM partnership_product WHERE partnership_id = $1`, [
      before.id,
    ]);
    await tx.query(`UPDATE partnership SET access = $2, billing_owner = $3 WHERE id = $1`, [before.id, scope.access, scope.billingOwner]);
    await writeScopeProducts(tx, before.id, scope.productIds);
    const after = await reloadPartnership(tx, before.id);

    const previous = new Set(previousProducts.map((row) => row.product_id));
    const added = scope.productIds.filter((id) => !previous.has(id)).length;
    const removed = [...previous].filter((id) => !scope.productIds.includes(id)).length;
    // What the partner's email says changed (in each recipient's language).
    let change: PartnershipChange = { kind: 'UNCHANGED' };
    if (before.access !== after.access) {
      change = {
        kind: 'ACCESS',
        from: { access: before.access, productCount: previous.size, billingOwner: before.billingOwner },
        to: { access: after.access, productCount: scope.productIds.length, billingOwner: after.billingOwner },
      };
    } else if (after.access === 'COMPLETE' && before.billingOwner !== after.billingOwner) {
      change = { kind: 'BILLING_OWNER', to: after.billingOwner ?? 'CLIENT' };
    } else if (after.access === 'LIMITED') {
      change = { kind: 'PRODUCTS', added, removed, total: scope.productIds.length };
    }
    const parties = await partnershipParties(tx, after.clientOrganizationId, after.partnerOrganizationId);
    await auditPartnership(txc, after, 'CLIENT', 'partnership.scope_changed', {
      clientName: parties.clientName,
      partnerName: parties.partnerName,
      change: scopeChange(before, after, previous.size, { added, removed, total: scope.productIds.length }),
    });
    await enqueueAll(
      tx,
      changedEmails(parties, {
        changerName: await displayNameOf(tx, userId),
        change,
        scope: { access: after.access, billingOwner: after.billingOwner, productNames: await scopeProductNames(tx, after.id), endsAt: after.endsAt },
        link: partnerClientsLink(ctx.publicUrl, after.partnerOrganizationId),
      }),
    );
    return after;
  });
}

/**
 * The client's legal responsible sets (in the future) or clears the end date of a pending or
 * active partnership. After it the partnership grants nothing (the policy checks it); reminders go
 * out 7 days and 1 day before, once each for this date.
 */
export async function setPartnershipEndDate(ctx: RequestContext, input: SetPartnershipEndDateInput): Promise<Partnership> {
  const userId = actorUserId(ctx);
  const endsAt = checkEndsAt(input.endsAt);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { partnership } = await lockPartnership(txc, input.partnershipId, 'CLIENT');
    requireStatus(partnership, 'PENDING', 'ACTIVE');
    await tx.query(`UPDATE partnership SET ends_at = $2, reminded_7d_at = NULL, reminded_1d_at = NULL WHERE id = $1`, [partnership.id, endsAt]);
    const after = await reloadPartnership(tx, partnership.id);
    const parties = await partnershipParties(tx, after.clientOrganizationId, after.partnerOrganizationId);
    await auditPartnership(txc, after, 'CLIENT', 'partnership.end_date_changed', {
      clientName: parties.clientName,
      partnerName: parties.partnerName,
      endsAt: endsAt ? endsAt.toISOString().slice(0, 10) : null,
    });
    if (after.status === 'ACTIVE') {
      await enqueueAll(
        tx,
        changedEmails(parties, {
          changerName: await displayNameOf(tx, userId),
          change: { kind: 'END_DATE', endsAt },
          scope: { access: after.access, billingOwner: after.billingOwner, productNames: await scopeProductNames(tx, after.id), endsAt: after.endsAt },
          link: partnerClientsLink(ctx.publicUrl, after.partnerOrganizationId),
        }),
      );
    }
    return after;
  });
}

import {
  conflict,
  forbidden,
  inTransaction,
  notFound,
  partnershipIsLive,
  requirePartnershipSide,
  type RequestContext,
  type SqlReader,
} from '@manager/api-core';
import { productsByRenewal } from '@manager/api-catalog';
import { type OrganizationContact, organizationContacts } from '@manager/api-organizations';
import type { BillingOwner } from '@manager/domain';
import { billingOwnerChangedEmails, enqueueAll } from '../emails/partnership-emails';
import { partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties } from '../emails/partnership-parties';
import { displayNameOf } from '@manager/api-identity';
import { auditPartnership } from '../lifecycle/partnership-audit';
import { actorUserId, CLIENT_REFUSAL, lockPartnership, reloadPartnership, requireStatus, sidesOf } from '../lifecycle/partnership-lookup';
import type { Partnership } from '../partnership.entity';
import { type BillingFacts, billingOwnerChangeSummary, terminationSummary } from './billing-owner.sentences';
import { BillingOwnerChangePreview, type ChangeBillingOwnerInput, RenewalHandover, TerminationImpact } from './billing-owner.types';

/** At most this many renewals are listed before a termination (the summary gives the full count). */
export const MAX_LISTED_RENEWALS = 500;

/** Names, currencies and the partner's rates, from the two organizations as their owner reads them. */
function billingFactsOf(client: OrganizationContact, partner: OrganizationContact): BillingFacts {
  return {
    clientName: client.name,
    clientCurrency: client.currency,
    partnerName: partner.partner?.publicName ?? partner.name,
    partnerCurrency: partner.currency,
    resellerDiscountBp: partner.partner?.resellerDiscountBp ?? 0,
    commissionBp: partner.partner?.commissionBp ?? 0,
  };
}

/** A partnership's billing facts: one statement. */
async function billingFacts(db: SqlReader, partnership: Pick<Partnership, 'clientOrganizationId' | 'partnerOrganizationId'>): Promise<BillingFacts> {
  const contacts = await organizationContacts(db, [partnership.clientOrganizationId, partnership.partnerOrganizationId]);
  const client = contacts.get(partnership.clientOrganizationId);
  const partner = contacts.get(partnership.partnerOrganizationId);
  if (!client || !partner) throw new Error('billingFacts: a party of the partnership is missing');
  return billingFactsOf(client, partner);
}

/** Only a live COMPLETE partnership has a billing owner to change. */
function requireBillingOwner(partnership: Partnership): BillingOwner {
  requireStatus(partnership, 'ACTIVE');
  if (!partnershipIsLive(partnership)) throw conflict('This partnership has reached its end date: it grants nothing any more.', 'partnershipId');
  if (partnership.access !== 'COMPLETE' || !partnership.billingOwner) {
    throw conflict('Only a partnership with complete access has a billing owner: with limited access the client always pays.', 'partnershipId');
  }
  return partnership.billingOwner;
}

/**
 * The client's legal responsible (PARTNERS_MANAGE) previews a change of billing owner: plain
 * sentences of who will pay, where invoices will live and which prices and commissions apply.
 * The partner's side and the client's administrators read the partnership but not this: FORBIDDEN.
 */
export async function billingOwnerChangePreview(ctx: RequestContext, partnership: Partnership, to: BillingOwner): Promise<BillingOwnerChangePreview> {
  const sides = await sidesOf(ctx, partnership);
  if (!sides.client && !sides.partner) throw notFound('Partnership');
  if (!sides.client?.permissions.includes('PARTNERS_MANAGE')) throw forbidden(CLIENT_REFUSAL);
  const from = requireBillingOwner(partnership);
  const facts = await billingFacts(ctx.dataSource, partnership);
  return Object.assign(new BillingOwnerChangePreview(), { from, to, summary: billingOwnerChangeSummary(ctx.language, facts, from, to) });
}

/**
 * The client's legal responsible switches who pays under a COMPLETE, ACTIVE partnership. It applies
 * to orders placed from this moment (the payer is read when an order is placed, under the same
 * row lock); invoices already issued stay with the organization they were issued to. The partner
 * is emailed, and both trails record it. Choosing the current billing owner again changes nothing.
 */
export async function changeBillingOwner(ctx: RequestContext, input: ChangeBillingOwnerInput): Promise<Partnership> {
  const userId = actorUserId(ctx);
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const { partnership } = await lockPartnership(txc, input.partnershipId, 'CLIENT');
    const from = requireBillingOwner(partnership);
    if (from === input.billingOwner) return partnership;
    await tx.query(`UPDATE partnership SET billing_owner = $2 WHERE id = $1`, [partnership.id, input.billingOwner]);
    const after = await reloadPartnership(tx, partnership.id);
    const parties = await partnershipParties(tx, after.clientOrganizationId, after.partnerOrganizationId);
    const facts = billingFactsOf(parties.client, parties.partner);
    await auditPartnership(txc, after, 'CLIENT', 'partnership.billing_owner_changed', {
      clientName: facts.clientName,
      partnerName: facts.partnerName,
      billingOwner: input.billingOwner,
    });
    await enqueueAll(
      tx,
      billingOwnerChangedEmails(parties, {
        changerName: await displayNameOf(tx, userId),
        to: input.billingOwner,
        billing: facts,
        link: partnerClientsLink(ctx.publicUrl, after.partnerOrganizationId),
      }),
    );
    return after;
  });
}

/**
 * What ending a partnership changes in billing, for either side before it confirms: with the
 * partner paying, every product of the client renews at the client's expense from then on (listed
 * with its renewal date and public price); with the client paying, nothing changes in billing.
 * Only a live partnership lists products: a finished one reaches nothing.
 */
export async function terminationImpact(ctx: RequestContext, partnership: Partnership): Promise<TerminationImpact> {
  await requirePartnershipSide(ctx, partnership);
  const facts = await billingFacts(ctx.dataSource, partnership);
  const impact = Object.assign(new TerminationImpact(), { billingOwner: partnership.billingOwner, renewalsFallingToClient: [] as RenewalHandover[], summary: [] as string[] });
  if (!partnershipIsLive(partnership)) {
    impact.summary = terminationSummary(ctx.language, facts, { live: false });
    return impact;
  }
  if (partnership.billingOwner !== 'PARTNER') {
    impact.summary = terminationSummary(ctx.language, facts, { live: true, billingOwner: partnership.billingOwner, access: partnership.access });
    return impact;
  }
  const { products, total: count } = await productsByRenewal(ctx.dataSource, partnership.clientOrganizationId, MAX_LISTED_RENEWALS);
  impact.renewalsFallingToClient = products.map((product) =>
    Object.assign(new RenewalHandover(), {
      productId: product.id,
      productName: product.name,
      renewalDate: product.renewalDate,
      publicPrice: { amountMinor: product.publicPriceMinor, currency: product.currency },
    }),
  );
  impact.summary = terminationSummary(ctx.language, facts, { live: true, billingOwner: 'PARTNER', renewals: count, nextRenewal: products[0]?.renewalDate ?? null });
  return impact;
}

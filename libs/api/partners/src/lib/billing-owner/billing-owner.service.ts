import { conflict, forbidden, notFound, partnershipIsLive, requirePartnershipSide, type RequestContext, type OutgoingEmail, inTransaction } from '@manager/api-core';
import { type BillingOwner, type Currency, possessive } from '@manager/domain';
import { enqueueAll } from '../emails/partnership-emails';
import { partnershipEmail } from '../emails/partnership-email';
import { partnerClientsLink } from '../emails/partnership-links';
import { partnershipParties, type PartnershipParties, type Queryable } from '../emails/partnership-parties';
import { auditPartnership, displayNameOf } from '../lifecycle/partnership-audit';
import { actorUserId, CLIENT_REFUSAL, lockPartnership, reloadPartnership, requireStatus, sidesOf } from '../lifecycle/partnership-lookup';
import type { Partnership } from '../partnership.entity';
import { type BillingFacts, billingOwnerChangeSummary, whoPaysNow } from './billing-owner.sentences';
import { BillingOwnerChangePreview, type ChangeBillingOwnerInput, RenewalHandover, TerminationImpact } from './billing-owner.types';

/** At most this many renewals are listed before a termination (the summary gives the full count). */
export const MAX_LISTED_RENEWALS = 500;

/** Names, currencies and the partner's rates: one statement. */
async function billingFacts(manager: Queryable, partnership: Pick<Partnership, 'clientOrganizationId' | 'partnerOrganizationId'>): Promise<BillingFacts> {
  const [row] = (await manager.query(
    `SELECT c.name AS client_name, c.currency AS client_currency,
            coalesce(pp.public_name, po.name) AS partner_name, po.currency AS partner_currency,
            coalesce(pp.reseller_discount_bp, 0) AS reseller_discount_bp, coalesce(pp.commission_bp, 0) AS commission_bp
     FROM organization c, organization po LEFT JOIN partner_profile pp ON pp.organization_id = po.id
     WHERE c.id = $1 AND po.id = $2`,
    [partnership.clientOrganizationId, partnership.partnerOrganizationId],
  )) as { client_name: string; client_currency: Currency; partner_name: string; partner_currency: Currency; reseller_discount_bp: number; commission_bp: number }[];
  return {
    clientName: row.client_name,
    clientCurrency: row.client_currency,
    partnerName: row.partner_name,
    partnerCurrency: row.partner_currency,
    resellerDiscountBp: row.reseller_discount_bp,
    commissionBp: row.commission_bp,
  };
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
  return Object.assign(new BillingOwnerChangePreview(), { from, to, summary: billingOwnerChangeSummary(facts, from, to) });
}

function billingOwnerChangedEmails(
  parties: PartnershipParties,
  facts: { changerName: string; to: BillingOwner; summary: string[]; link: string; headline: string },
): OutgoingEmail[] {
  return parties.partnerRecipients.map((to) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_BILLING_OWNER_CHANGED',
      to,
      subject: `${parties.clientName} changed who pays: ${facts.to === 'PARTNER' ? `${parties.partnerName} pays from now on` : `${parties.clientName} pays from now on`}`,
      paragraphs: [`${facts.changerName} of ${parties.clientName} changed the payment method of your partnership: ${facts.headline}.`, 'What this means:'],
      details: facts.summary,
      links: [{ label: 'See your clients', url: facts.link }],
      footnote: 'Orders placed before this change keep their invoices where they were issued.',
    }),
  );
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
    const facts = await billingFacts(tx, after);
    const headline = whoPaysNow(facts, input.billingOwner);
    await auditPartnership(txc, after, 'CLIENT', 'partnership.billing_owner_changed', {
      clientName: facts.clientName,
      partnerName: facts.partnerName,
      billingOwner: input.billingOwner,
    });
    const parties = await partnershipParties(tx, after.clientOrganizationId, after.partnerOrganizationId);
    await enqueueAll(
      tx,
      billingOwnerChangedEmails(parties, {
        changerName: await displayNameOf(tx, userId),
        to: input.billingOwner,
        headline,
        summary: billingOwnerChangeSummary(facts, from, input.billingOwner),
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
  const { clientName: client, partnerName: partner } = facts;
  const impact = Object.assign(new TerminationImpact(), { billingOwner: partnership.billingOwner, renewalsFallingToClient: [] as RenewalHandover[], summary: [] as string[] });
  if (!partnershipIsLive(partnership)) {
    impact.summary = ['This partnership is not active: it grants nothing, and ending it changes nothing in billing.'];
    return impact;
  }
  const access = `${possessive(partner)} people will no longer reach ${client}, at once.`;
  if (partnership.billingOwner !== 'PARTNER') {
    impact.summary = [
      `Nothing changes in billing: ${client} already pays for its orders and renewals, and its invoices stay in its organization.`,
      ...(partnership.access === 'COMPLETE' ? [`${partner} no longer earns cashbacks or rebates on ${possessive(client)} orders.`] : []),
      access,
    ];
    return impact;
  }
  const rows: { id: string; name: string; renewal_date: string; public_price_minor: number; currency: Currency; total: number }[] = await ctx.dataSource.query(
    `SELECT id, name, to_char(renewal_date, 'YYYY-MM-DD') AS renewal_date, public_price_minor, currency, count(*) OVER ()::int AS total
     FROM product WHERE organization_id = $1
     ORDER BY renewal_date, lower(name), id
     LIMIT $2`,
    [partnership.clientOrganizationId, MAX_LISTED_RENEWALS],
  );
  impact.renewalsFallingToClient = rows.map((row) =>
    Object.assign(new RenewalHandover(), {
      productId: row.id,
      productName: row.name,
      renewalDate: row.renewal_date,
      publicPrice: { amountMinor: row.public_price_minor, currency: row.currency },
    }),
  );
  const count = rows[0]?.total ?? 0;
  impact.summary = [
    `${partner} stops paying for ${client}: every order and renewal from then on is paid by ${client} from its own wallet, at the public price.`,
    count
      ? `${count} product${count === 1 ? '' : 's'} of ${client} will renew at ${possessive(client)} expense; the next renewal is on ${rows[0].renewal_date}.`
      : `${client} has no products to renew yet.`,
    `Invoices already issued stay where they were issued: those ${partner} paid stay in ${possessive(partner)} organization.`,
    `Keep ${possessive(client)} wallet topped up before the next renewal.`,
    access,
  ];
  return impact;
}

import { countryName } from '../countries/countries';
import { PARTNERSHIP_ACCESS_LABELS, type BillingOwner, type PartnershipAccess } from '../partnerships';
import { MEMBERSHIP_ROLE_LABELS, PRODUCT_CATEGORY_LABELS, type MembershipRole } from '../vocabulary';
import { possessive } from '../words/possessive';
import type { AuditMoney, AuditScope, OrderLine, OrderPayment, PartnershipActData, PartnershipPartiesData, ScopeChange } from './audit-data';
import type { AuditCatalog } from './audit-catalog';

/*
 * The trail in English: the sentences the API wrote into `audit_event.summary` before events were
 * structured, word for word (the activity pages must not change). Another language is another
 * catalog beside this one, registered in `audit-render.ts`.
 */

/** "CHF 1,234.50", as the API prints amounts in descriptions and messages. */
function money({ amountMinor, currency }: AuditMoney): string {
  const abs = Math.abs(amountMinor);
  return `${amountMinor < 0 ? '-' : ''}${currency} ${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

const country = (code: string) => countryName(code) ?? code;
const role = (value: MembershipRole) => MEMBERSHIP_ROLE_LABELS[value];
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const tokenKind = (kind: 'ORGANIZATION' | 'PERSONAL') => (kind === 'ORGANIZATION' ? 'organization' : 'personal');
const access = (value: PartnershipAccess) => PARTNERSHIP_ACCESS_LABELS[value].toLowerCase();
const payer = (owner: BillingOwner) => (owner === 'PARTNER' ? 'the partner pays' : 'the client pays');

function scope(value: AuditScope): string {
  return value.access === 'LIMITED' ? `limited access to ${count(value.productCount, 'product')}` : `complete access (${payer(value.billingOwner)})`;
}

/** The sentence of the trail the row is in. */
const inTrail = (data: PartnershipPartiesData, words: { client: string; partner: string }) => (data.trail === 'CLIENT' ? words.client : words.partner);

/** For events one side does to the other: the client's change, as each side reads it. */
const clientDid = (data: PartnershipPartiesData, what: string) => inTrail(data, { client: `For ${data.partnerName}: ${what}`, partner: `${data.clientName} ${what}` });

/** For events either side may do: four sentences, by who acted and whose trail it is. */
const byWhom = (data: PartnershipActData, words: Record<'CLIENT' | 'PARTNER', { client: string; partner: string }>) => inTrail(data, words[data.by]);

function scopeChange(change: ScopeChange): string {
  switch (change.kind) {
    case 'ACCESS':
      return `changed the access from ${scope(change.from)} to ${scope(change.to)}`;
    case 'BILLING_OWNER':
      return `changed who pays: ${payer(change.billingOwner)} from now on`;
    case 'PRODUCTS':
      return `changed the products in scope (${change.added} added, ${change.removed} removed; ${change.total} in all)`;
    case 'UNCHANGED':
      return 'confirmed the access unchanged';
  }
}

function orderLine(line: OrderLine): string {
  const product = `${line.productName} (${PRODUCT_CATEGORY_LABELS[line.category]})`;
  return line.kind === 'NEW_PRODUCT' ? `${product}, new, until ${line.until}` : `Renewal of ${product}, ${line.from} → ${line.until}`;
}

function orderPlaced(data: { line: OrderLine; payment: OrderPayment }): string {
  const { payment } = data;
  if (payment.kind === 'PAID_BY') return `${orderLine(data.line)}: paid by ${payment.payerName}`;
  if (payment.kind === 'INVOICED') return `${orderLine(data.line)}: invoiced to the organization`;
  return `${orderLine(data.line)}: paid ${money(payment.amount)}, invoice ${payment.invoiceNumber}`;
}

const COMMISSION_LABELS = { CASHBACK: 'Cashback', REBATE: 'Rebate', REIMBURSEMENT: 'Reimbursement' } as const;

export const AUDIT_CATALOG_EN: AuditCatalog = {
  'organization.created': (d) =>
    `Created the organization "${d.name}" (${d.entityType === 'COMPANY' ? 'company' : 'individual'} in ${country(d.country)}${d.vatNumber ? `, VAT number ${d.vatNumber}` : ''})`,
  'organization.updated': (d) => {
    const parts: string[] = [];
    if (d.name) parts.push(`changed the name from "${d.name.from}" to "${d.name.to}"`);
    if (d.country) parts.push(`changed the country from ${country(d.country.from)} to ${country(d.country.to)}`);
    if (d.vatNumber) {
      const { from, to } = d.vatNumber;
      parts.push(!to ? `removed the VAT number ${from}` : !from ? `set the VAT number to ${to}` : `changed the VAT number from ${from} to ${to}`);
    }
    const sentence = parts.join('; ');
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  },
  'organization.vat_verified': (d) =>
    ({
      VALID: `VIES confirmed the VAT number ${d.vatNumber}${d.registeredName ? `, registered to "${d.registeredName}"` : ''}`,
      INVALID: `VIES does not know the VAT number ${d.vatNumber} as registered for intra-Community trade`,
      UNAVAILABLE: `VIES could not check the VAT number ${d.vatNumber} (service unavailable); it will be checked again on the next save`,
    })[d.status],
  'billing_address.added': (d) => `Added the billing address "${d.address}"${d.isDefault ? ' (default)' : ''}`,
  'billing_address.updated': (d) =>
    d.kind === 'MADE_DEFAULT'
      ? `Made "${d.address}" the default billing address`
      : `Changed the billing address "${d.from}" to "${d.to}"${d.nowDefault ? ', now the default' : ''}`,
  'billing_address.removed': (d) => `Removed the billing address "${d.address}"`,
  'terms.accepted': (d) => `Accepted the general terms of use, version ${d.version}`,

  'member.role_changed': (d) => `Changed ${possessive(d.memberName)} role from ${role(d.role.from)} to ${role(d.role.to)}`,
  'member.removed': (d) => `Removed ${d.memberName} (${role(d.role)})`,
  'member.left': (d) => `${d.memberName} left the organization`,
  'member.legal_responsibility_transferred': (d) => `Handed the legal responsibility from ${d.fromName} to ${d.toName}; ${d.fromName} is now ${role('ADMIN')}`,
  'member.products_granted': (d) => `Set the products ${d.memberName} (${role('EXTERNAL')}) sees: ${count(d.productCount, 'product')}`,
  'member.invited': (d) => `Invited ${d.email} as ${role(d.role)}${d.productCount ? ` with access to ${count(d.productCount, 'product')}` : ''}`,
  'member.invitation_cancelled': (d) => `Cancelled the invitation of ${d.email} as ${role(d.role)}`,
  'member.invitation_resent': (d) => `Sent the invitation of ${d.email} again, with a new link`,
  'member.joined': (d) => `${d.memberName} joined as ${role(d.role)}${d.invitedByName ? ` (invited by ${d.invitedByName})` : ''}`,

  'partnership.request_sent': (d) => `Asked ${d.email} for ${access(d.access)}`,
  'partnership.requested': (d) => `${d.partnerName} asked for ${access(d.access)} to the organization`,
  'partnership.invited': (d) => {
    const what = `${scope(d.scope)}${d.endsAt ? ` until ${d.endsAt}` : ''}`;
    return inTrail(d, {
      client: `Invited ${d.partnerName} to manage the organization with ${what}`,
      partner: `${d.clientName} invited the organization to manage it with ${what}`,
    });
  },
  'partnership.invitation_resent': (d) => `Sent the invitation of ${d.partnerName} again, with a new link`,
  'partnership.invitation_cancelled': (d) =>
    byWhom(d, {
      CLIENT: { client: `Deleted the invitation of ${d.partnerName}`, partner: `${d.clientName} deleted its invitation` },
      PARTNER: { client: `${d.partnerName} withdrew its request for access`, partner: `Withdrew the request for access to ${d.clientName}` },
    }),
  'partnership.accepted': (d) => {
    const asked = d.askedFor ? ` (it asked for ${d.askedFor.access === 'LIMITED' ? 'limited access' : scope(d.askedFor)})` : '';
    const now = `${d.partnerName} now has ${scope(d.scope)}`;
    return byWhom(d, {
      CLIENT: { client: `Accepted the partner's request${asked}: ${now}`, partner: `The client accepted the request${asked}: ${now} to ${d.clientName}` },
      PARTNER: { client: `The partner accepted the invitation: ${now}`, partner: `Accepted the invitation: ${now} to ${d.clientName}` },
    });
  },
  'partnership.refused': (d) =>
    byWhom(d, {
      CLIENT: { client: `Refused the request of ${d.partnerName}`, partner: `${d.clientName} refused the request for access` },
      PARTNER: { client: `${d.partnerName} refused the invitation`, partner: `Refused the invitation of ${d.clientName}` },
    }),
  'partnership.external_member_folded': (d) => {
    const coverage =
      d.coverage.access === 'COMPLETE'
        ? 'complete access covers every product'
        : `${count(d.coverage.grantedCount, 'granted product')} kept in its scope (${d.coverage.addedCount} added)`;
    return `${possessive(d.memberName)} external membership ended: the partnership with ${d.partnerName} covers it now (${coverage})`;
  },
  'partnership.scope_changed': (d) => clientDid(d, scopeChange(d.change)),
  'partnership.end_date_changed': (d) =>
    clientDid(d, d.endsAt ? `set the end of the partnership to ${d.endsAt}` : 'removed the end date of the partnership'),
  'partnership.billing_owner_changed': (d) => {
    const now =
      d.billingOwner === 'PARTNER'
        ? `${d.partnerName} pays for ${possessive(d.clientName)} orders and renewals from now on`
        : `${d.clientName} pays for its own orders and renewals from now on`;
    return clientDid(d, `changed who pays: ${now}`);
  },
  'partnership.terminated': (d) =>
    byWhom(d, {
      CLIENT: { client: `Ended the partnership with ${d.partnerName}`, partner: `${d.clientName} ended the partnership` },
      PARTNER: { client: `${d.partnerName} ended the partnership`, partner: `Ended the partnership with ${d.clientName}` },
    }),

  'order.new_product': orderPlaced,
  'order.renewal': orderPlaced,
  'order.paid': (d) => `Paid ${money(d.amount)} for ${d.clientName}: ${orderLine(d.line)}, invoice ${d.invoiceNumber}`,
  'commission.credited': (d) => `${COMMISSION_LABELS[d.kind]} of ${money(d.amount)} on ${d.productName} for ${d.clientName}`,
  'wallet.topped_up': (d) => `Wallet top-up of ${money(d.amount)} (balance ${money(d.balance)})`,
  'api_token.created': (d) => `Created the ${tokenKind(d.kind)} API token "${d.tokenName}"`,
  'api_token.rotated': (d) => `Rotated the ${tokenKind(d.kind)} API token "${d.tokenName}"`,
  'api_token.revoked': (d) =>
    d.reason === 'LEAKED'
      ? `Revoked the ${tokenKind(d.kind)} API token "${d.tokenName}": it was reported as published`
      : `Revoked the ${tokenKind(d.kind)} API token "${d.tokenName}"`,
  'api_token.blocked': (d) => `Blocked ${d.partnerName}'s API token "${d.tokenName}" for this organization`,
  'api_token.unblocked': (d) => `Unblocked ${d.partnerName}'s API token "${d.tokenName}" for this organization`,
  'api_token.daily_reads': (d) =>
    `${d.partnerName}'s API token "${d.tokenName}" read this organization's data on ${d.day} (${count(d.activeMinutes, 'active minute')})`,
  'dpa.generated': (d) => `Generated the data processing agreement (GDPR certificate), version ${d.version}`,
};

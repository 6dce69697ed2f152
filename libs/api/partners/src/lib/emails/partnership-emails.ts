import type { EntityManager } from 'typeorm';
import { enqueueEmail, type OutgoingEmail } from '@manager/api-core';
import { BILLING_OWNER_EXPLANATIONS, type BillingOwner, PARTNERSHIP_ACCESS_LABELS, type PartnershipAccess, type PartnershipSide, billingOwnerExplanation, possessive } from '@manager/domain';
import { day, partnershipEmail, type EmailLink } from './partnership-email';
import type { PartnershipParties } from './partnership-parties';

export interface ScopeFacts {
  access: PartnershipAccess;
  billingOwner: BillingOwner | null;
  productNames: string[];
  endsAt: Date | null;
}

/** The scope as bullet points: access, products or payment method (explained to `reader`'s side), end date. */
export function scopeDetails(scope: ScopeFacts, reader: PartnershipSide): string[] {
  const details = [PARTNERSHIP_ACCESS_LABELS[scope.access]];
  if (scope.access === 'LIMITED') details.push(`Products: ${scope.productNames.join(', ') || 'none'}`);
  if (scope.billingOwner) {
    const payer = scope.billingOwner === 'CLIENT' ? 'the client pays' : 'the partner pays';
    details.push(`Payment method: ${payer}. ${billingOwnerExplanation(scope.billingOwner, reader)}`);
  }
  details.push(scope.endsAt ? `Until ${day(scope.endsAt)}` : 'No end date');
  return details;
}

/** Queues one email per recipient, in the caller's transaction. */
export async function enqueueAll(tx: EntityManager, emails: OutgoingEmail[]): Promise<void> {
  for (const email of emails) await enqueueEmail(tx, email);
}

const each = (recipients: string[], build: (to: string) => OutgoingEmail) => recipients.map(build);

/** To the partner: a client grants access (accept or refuse with the token link). */
export function invitationEmails(
  parties: PartnershipParties,
  facts: { inviterName: string; scope: ScopeFacts; accept: string; refuse: string; expiresAt: Date },
): OutgoingEmail[] {
  return each(parties.partnerRecipients, (to) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_INVITATION',
      to,
      subject: `${parties.clientName} invites ${parties.partnerName} to manage its products`,
      paragraphs: [
        `${facts.inviterName} of ${parties.clientName} grants ${parties.partnerName} access to the organization on the Manager.`,
        `The legal responsible or an administrator of ${parties.partnerName} can accept or refuse it. The link works once, until ${day(facts.expiresAt)}.`,
      ],
      details: scopeDetails(facts.scope, 'PARTNER'),
      links: [
        { label: 'Accept the invitation', url: facts.accept },
        { label: 'Refuse it', url: facts.refuse },
      ],
      footnote: 'If you did not expect this invitation, ignore this email: nothing happens until someone answers.',
    }),
  );
}

/** To the client's legal responsible: a partner asks for access. */
export function requestEmail(
  to: string,
  facts: { partnerName: string; requesterName: string; access: PartnershipAccess; billingOwner: BillingOwner | null; message: string | null; link: string; expiresAt: Date },
): OutgoingEmail {
  const billing = facts.billingOwner
    ? [`Payment method proposed: ${facts.billingOwner === 'CLIENT' ? 'you pay' : 'the partner pays'}. ${BILLING_OWNER_EXPLANATIONS[facts.billingOwner]}`]
    : [];
  return partnershipEmail({
    kind: 'PARTNERSHIP_REQUEST',
    to,
    subject: `${facts.partnerName} asks for access to your organization`,
    paragraphs: [
      `${facts.requesterName} of ${facts.partnerName} asks for ${PARTNERSHIP_ACCESS_LABELS[facts.access].toLowerCase()} to your organization on the Manager.`,
      ...(facts.message ? [`Their message: “${facts.message}”`] : []),
      `Review the request: you choose the products and who pays before accepting, or refuse it. It waits until ${day(facts.expiresAt)}.`,
    ],
    details: [PARTNERSHIP_ACCESS_LABELS[facts.access], ...billing],
    links: [{ label: 'Review the request', url: facts.link }],
    footnote: 'If you do not know this partner, refuse the request: nothing is shared until you accept.',
  });
}

/** To both sides: the partnership started. */
export function acceptedEmails(
  parties: PartnershipParties,
  facts: { accepterName: string; scope: ScopeFacts; clientLink: string; partnerLink: string },
): OutgoingEmail[] {
  const subject = `${parties.partnerName} now manages ${parties.clientName}`;
  const paragraph = `${facts.accepterName} accepted: the partnership between ${parties.clientName} and ${parties.partnerName} is active.`;
  return [
    ...each(parties.clientRecipients, (to) =>
      partnershipEmail({
        kind: 'PARTNERSHIP_ACCEPTED',
        to,
        subject,
        paragraphs: [paragraph, `Every action the partner's people take in your organization appears in its activity.`],
        details: scopeDetails(facts.scope, 'CLIENT'),
        links: [{ label: 'See the partnership', url: facts.clientLink }],
      }),
    ),
    ...each(parties.partnerRecipients, (to) =>
      partnershipEmail({
        kind: 'PARTNERSHIP_ACCEPTED',
        to,
        subject,
        paragraphs: [paragraph, `${parties.clientName} now appears among your clients under management.`],
        details: scopeDetails(facts.scope, 'PARTNER'),
        links: [{ label: 'See your clients', url: facts.partnerLink }],
      }),
    ),
  ];
}

/** To the side that asked: the other side refused. */
export function refusedEmails(
  recipients: string[],
  facts: { refuserName: string; refuserOrganization: string; otherOrganization: string; link: EmailLink },
): OutgoingEmail[] {
  return each(recipients, (to) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_REFUSED',
      to,
      subject: `${facts.refuserOrganization} declined the partnership`,
      paragraphs: [
        `${facts.refuserName} of ${facts.refuserOrganization} declined the partnership with ${facts.otherOrganization}. Nothing is shared.`,
      ],
      links: [facts.link],
    }),
  );
}

/** To the partner: the client changed the scope, the billing owner or the end date. */
export function changedEmails(
  parties: PartnershipParties,
  facts: { changerName: string; what: string; scope: ScopeFacts; link: string },
): OutgoingEmail[] {
  return each(parties.partnerRecipients, (to) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_CHANGED',
      to,
      subject: `${parties.clientName} changed your access`,
      paragraphs: [`${facts.changerName} of ${parties.clientName} ${facts.what}.`, 'The partnership now stands as follows:'],
      details: scopeDetails(facts.scope, 'PARTNER'),
      links: [{ label: 'See your clients', url: facts.link }],
    }),
  );
}

/** To both sides: one of them ended the partnership. */
export function terminatedEmails(
  parties: PartnershipParties,
  facts: { enderName: string; enderOrganization: string; clientLink: string; partnerLink: string },
): OutgoingEmail[] {
  const subject = `The partnership between ${parties.clientName} and ${parties.partnerName} has ended`;
  const paragraphs = [
    `${facts.enderName} of ${facts.enderOrganization} ended the partnership between ${parties.clientName} and ${parties.partnerName}.`,
    `${possessive(parties.partnerName)} people no longer reach ${parties.clientName}. The partnership's history stays readable on both sides.`,
  ];
  return [
    ...each(parties.clientRecipients, (to) =>
      partnershipEmail({ kind: 'PARTNERSHIP_TERMINATED', to, subject, paragraphs, links: [{ label: 'See the partnership', url: facts.clientLink }] }),
    ),
    ...each(parties.partnerRecipients, (to) =>
      partnershipEmail({ kind: 'PARTNERSHIP_TERMINATED', to, subject, paragraphs, links: [{ label: 'See your clients', url: facts.partnerLink }] }),
    ),
  ];
}

/** To both sides: the end date is near. */
export function endReminderEmails(
  parties: PartnershipParties,
  facts: { endsAt: Date; daysLeft: number; clientLink: string; partnerLink: string },
): OutgoingEmail[] {
  const when = facts.daysLeft <= 1 ? 'tomorrow' : `in ${facts.daysLeft} days`;
  const subject = `The partnership between ${parties.clientName} and ${parties.partnerName} ends ${when}`;
  const paragraphs = [
    `The partnership between ${parties.clientName} and ${parties.partnerName} ends on ${day(facts.endsAt)} (${when}). After that, ${possessive(parties.partnerName)} people no longer reach ${parties.clientName}.`,
    `To keep it going, ${possessive(parties.clientName)} legal responsible can move or clear the end date.`,
  ];
  return [
    ...each(parties.clientRecipients, (to) =>
      partnershipEmail({ kind: 'PARTNERSHIP_END_REMINDER', to, subject, paragraphs, links: [{ label: 'See the partnership', url: facts.clientLink }] }),
    ),
    ...each(parties.partnerRecipients, (to) =>
      partnershipEmail({ kind: 'PARTNERSHIP_END_REMINDER', to, subject, paragraphs, links: [{ label: 'See your clients', url: facts.partnerLink }] }),
    ),
  ];
}

import type { EntityManager } from 'typeorm';
import { enqueueEmail, type OutgoingEmail } from '@manager/api-core';
import { type BillingOwner, type Language, type PartnershipAccess, type PartnershipSide } from '@manager/domain';
import { partnershipEmailMessages as m } from './partnership-emails.catalog';
import { day, partnershipEmail, type Recipient } from './partnership-email';
import type { PartnershipParties } from './partnership-parties';
import { type BillingFacts, billingOwnerChangeSentences } from '../billing-owner/billing-owner.sentences';

export interface ScopeFacts {
  access: PartnershipAccess;
  billingOwner: BillingOwner | null;
  productNames: string[];
  endsAt: Date | null;
}

/** Which page a link opens, named in the reader's language. */
export type LinkTarget = 'seePartnership' | 'seeClients';

/** The scope as bullet points: access, products or payment method (explained to `reader`'s side), end date. */
export function scopeDetails(language: Language, scope: ScopeFacts, reader: PartnershipSide): string[] {
  const details = [m.t(language, 'access', { access: scope.access })];
  if (scope.access === 'LIMITED') details.push(m.t(language, 'products', { products: scope.productNames.join(', ') || m.t(language, 'productsNone') }));
  if (scope.billingOwner) details.push(m.t(language, 'payment', { owner: scope.billingOwner, reader }));
  details.push(scope.endsAt ? m.t(language, 'until', { date: day(language, scope.endsAt) }) : m.t(language, 'noEndDate'));
  return details;
}

/** Queues one email per recipient, in the caller's transaction. */
export async function enqueueAll(tx: EntityManager, emails: OutgoingEmail[]): Promise<void> {
  for (const email of emails) await enqueueEmail(tx, email);
}

const each = (recipients: Recipient[], build: (to: string, language: Language) => OutgoingEmail) => recipients.map((r) => build(r.email, r.language));

/** To the partner: a client grants access (accept or refuse with the token link). */
export function invitationEmails(
  parties: PartnershipParties,
  facts: { inviterName: string; scope: ScopeFacts; accept: string; refuse: string; expiresAt: Date },
): OutgoingEmail[] {
  const names = { client: parties.clientName, partner: parties.partnerName, inviter: facts.inviterName };
  return each(parties.partnerRecipients, (to, l) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_INVITATION',
      to,
      language: l,
      subject: m.t(l, 'invitationSubject', names),
      paragraphs: [m.t(l, 'invitationGrants', names), m.t(l, 'invitationWho', { ...names, until: day(l, facts.expiresAt) })],
      details: scopeDetails(l, facts.scope, 'PARTNER'),
      links: [
        { label: m.t(l, 'invitationAccept'), url: facts.accept },
        { label: m.t(l, 'invitationRefuse'), url: facts.refuse },
      ],
      footnote: m.t(l, 'invitationFootnote'),
    }),
  );
}

/** To the client's legal responsible, in their language: a partner asks for access. */
export function requestEmail(
  to: Recipient,
  facts: { partnerName: string; requesterName: string; access: PartnershipAccess; billingOwner: BillingOwner | null; message: string | null; link: string; expiresAt: Date },
): OutgoingEmail {
  const l = to.language;
  const values = { partner: facts.partnerName, requester: facts.requesterName, access: facts.access };
  return partnershipEmail({
    kind: 'PARTNERSHIP_REQUEST',
    to: to.email,
    language: l,
    subject: m.t(l, 'requestSubject', values),
    paragraphs: [
      m.t(l, 'requestAsks', values),
      ...(facts.message ? [m.t(l, 'requestMessage', { message: facts.message })] : []),
      m.t(l, 'requestReviewText', { until: day(l, facts.expiresAt) }),
    ],
    details: [m.t(l, 'access', values), ...(facts.billingOwner ? [m.t(l, 'requestPayment', { owner: facts.billingOwner })] : [])],
    links: [{ label: m.t(l, 'requestReview'), url: facts.link }],
    footnote: m.t(l, 'requestFootnote'),
  });
}

/** To both sides: the partnership started. */
export function acceptedEmails(
  parties: PartnershipParties,
  facts: { accepterName: string; scope: ScopeFacts; clientLink: string; partnerLink: string },
): OutgoingEmail[] {
  const names = { client: parties.clientName, partner: parties.partnerName, accepter: facts.accepterName };
  return [
    ...each(parties.clientRecipients, (to, l) =>
      partnershipEmail({
        kind: 'PARTNERSHIP_ACCEPTED',
        to,
        language: l,
        subject: m.t(l, 'acceptedSubject', names),
        paragraphs: [m.t(l, 'acceptedParagraph', names), m.t(l, 'acceptedToClient')],
        details: scopeDetails(l, facts.scope, 'CLIENT'),
        links: [{ label: m.t(l, 'seePartnership'), url: facts.clientLink }],
      }),
    ),
    ...each(parties.partnerRecipients, (to, l) =>
      partnershipEmail({
        kind: 'PARTNERSHIP_ACCEPTED',
        to,
        language: l,
        subject: m.t(l, 'acceptedSubject', names),
        paragraphs: [m.t(l, 'acceptedParagraph', names), m.t(l, 'acceptedToPartner', names)],
        details: scopeDetails(l, facts.scope, 'PARTNER'),
        links: [{ label: m.t(l, 'seeClients'), url: facts.partnerLink }],
      }),
    ),
  ];
}

/** To the side that asked: the other side refused. */
export function refusedEmails(
  recipients: Recipient[],
  facts: { refuserName: string; refuserOrganization: string; otherOrganization: string; link: { target: LinkTarget; url: string } },
): OutgoingEmail[] {
  const values = { refuser: facts.refuserName, refuserOrganization: facts.refuserOrganization, otherOrganization: facts.otherOrganization };
  return each(recipients, (to, l) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_REFUSED',
      to,
      language: l,
      subject: m.t(l, 'refusedSubject', values),
      paragraphs: [m.t(l, 'refusedParagraph', values)],
      links: [{ label: m.t(l, facts.link.target), url: facts.link.url }],
    }),
  );
}

/** A scope as the change sentence names it. */
export interface ScopeSummary {
  access: PartnershipAccess;
  productCount: number;
  billingOwner: BillingOwner | null;
}

/** What the client changed in a partnership, for the partner's email. */
export type PartnershipChange =
  | { kind: 'ACCESS'; from: ScopeSummary; to: ScopeSummary }
  | { kind: 'BILLING_OWNER'; to: BillingOwner }
  | { kind: 'PRODUCTS'; added: number; removed: number; total: number }
  | { kind: 'END_DATE'; endsAt: Date | null }
  | { kind: 'UNCHANGED' };

/** The sentence "<who> of <client> changed …" in `language`. */
export function changeSentence(language: Language, changer: string, client: string, change: PartnershipChange): string {
  const scope = (s: ScopeSummary) => m.t(language, 'scope', { access: s.access, count: s.productCount, owner: s.billingOwner ?? 'CLIENT' });
  const none = { from: '', to: '', owner: 'CLIENT', added: 0, removed: 0, total: 0, endsAt: '' };
  const values: Record<string, string | number> = { ...none, changer, client, change: change.kind };
  if (change.kind === 'ACCESS') Object.assign(values, { from: scope(change.from), to: scope(change.to) });
  if (change.kind === 'BILLING_OWNER') values['owner'] = change.to;
  if (change.kind === 'PRODUCTS') Object.assign(values, { added: change.added, removed: change.removed, total: change.total });
  if (change.kind === 'END_DATE') {
    if (change.endsAt) values['endsAt'] = day(language, change.endsAt);
    else values['change'] = 'END_DATE_REMOVED';
  }
  return m.t(language, 'changedParagraph', values);
}

/** To the partner: the client changed the scope, the billing owner or the end date. */
export function changedEmails(
  parties: PartnershipParties,
  facts: { changerName: string; change: PartnershipChange; scope: ScopeFacts; link: string },
): OutgoingEmail[] {
  return each(parties.partnerRecipients, (to, l) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_CHANGED',
      to,
      language: l,
      subject: m.t(l, 'changedSubject', { client: parties.clientName }),
      paragraphs: [changeSentence(l, facts.changerName, parties.clientName, facts.change), m.t(l, 'changedStands')],
      details: scopeDetails(l, facts.scope, 'PARTNER'),
      links: [{ label: m.t(l, 'seeClients'), url: facts.link }],
    }),
  );
}

/** To both sides: one of them ended the partnership. */
export function terminatedEmails(
  parties: PartnershipParties,
  facts: { enderName: string; enderOrganization: string; clientLink: string; partnerLink: string },
): OutgoingEmail[] {
  const values = { client: parties.clientName, partner: parties.partnerName, ender: facts.enderName, enderOrganization: facts.enderOrganization };
  const email = (to: string, l: Language, target: LinkTarget, url: string) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_TERMINATED',
      to,
      language: l,
      subject: m.t(l, 'terminatedSubject', values),
      paragraphs: [m.t(l, 'terminatedParagraph', values), m.t(l, 'terminatedAfter', values)],
      links: [{ label: m.t(l, target), url }],
    });
  return [
    ...each(parties.clientRecipients, (to, l) => email(to, l, 'seePartnership', facts.clientLink)),
    ...each(parties.partnerRecipients, (to, l) => email(to, l, 'seeClients', facts.partnerLink)),
  ];
}

/** To both sides: the end date is near. */
export function endReminderEmails(
  parties: PartnershipParties,
  facts: { endsAt: Date; daysLeft: number; clientLink: string; partnerLink: string },
): OutgoingEmail[] {
  const email = (to: string, l: Language, target: LinkTarget, url: string) => {
    const values = { client: parties.clientName, partner: parties.partnerName, days: Math.max(1, facts.daysLeft), endsAt: day(l, facts.endsAt) };
    return partnershipEmail({
      kind: 'PARTNERSHIP_END_REMINDER',
      to,
      language: l,
      subject: m.t(l, 'reminderSubject', values),
      paragraphs: [m.t(l, 'reminderParagraph', values), m.t(l, 'reminderKeep', values)],
      links: [{ label: m.t(l, target), url }],
    });
  };
  return [
    ...each(parties.clientRecipients, (to, l) => email(to, l, 'seePartnership', facts.clientLink)),
    ...each(parties.partnerRecipients, (to, l) => email(to, l, 'seeClients', facts.partnerLink)),
  ];
}

/** What the billing-owner sentences need: names, currencies and the partner's rates (basis points). */
export type BillingOwnerEmailFacts = BillingFacts;

/** To the partner: the client changed who pays. */
export function billingOwnerChangedEmails(
  parties: PartnershipParties,
  facts: { changerName: string; to: BillingOwner; billing: BillingOwnerEmailFacts; link: string },
): OutgoingEmail[] {
  const values = { client: parties.clientName, partner: parties.partnerName, changer: facts.changerName, owner: facts.to };
  return each(parties.partnerRecipients, (to, l) =>
    partnershipEmail({
      kind: 'PARTNERSHIP_BILLING_OWNER_CHANGED',
      to,
      language: l,
      subject: m.t(l, 'billingSubject', values),
      paragraphs: [m.t(l, 'billingParagraph', values), m.t(l, 'billingMeans')],
      details: billingOwnerChangeSentences(l, facts.billing, facts.to),
      links: [{ label: m.t(l, 'seeClients'), url: facts.link }],
      footnote: m.t(l, 'billingFootnote'),
    }),
  );
}

import type { SqlReader } from '@manager/api-core';
import { userSummaries } from '@manager/api-identity';
import { type OrganizationContact, organizationContacts } from '@manager/api-organizations';
import { DEFAULT_LANGUAGE, type Language } from '@manager/domain';
import type { Recipient } from './partnership-email';

/** The two organizations of a partnership as emails name and reach them. */
export interface PartnershipParties {
  clientName: string;
  /** The partner's public name (its profile), else its organization name. */
  partnerName: string;
  /** The client's legal responsible, in their language. */
  clientRecipients: Recipient[];
  /**
   * The partner's contact email (its profile) and its legal responsible, without duplicates. The
   * contact address (often a shared mailbox, with no account of its own) is written to in the
   * language of the partner's legal responsible.
   */
  partnerRecipients: Recipient[];
  /** Both organizations as their owner reads them (currencies, the partner's rates). */
  client: OrganizationContact;
  partner: OrganizationContact;
}

/**
 * Both organizations (organizations' contacts) and their legal responsibles' emails (identity):
 * two statements, the second reading their emails with their languages. Pass the transaction when
 * inside one. A person who chose no language reads English.
 */
export async function partnershipParties(db: SqlReader, clientOrganizationId: string, partnerOrganizationId: string): Promise<PartnershipParties> {
  const contacts = await organizationContacts(db, [clientOrganizationId, partnerOrganizationId]);
  const client = contacts.get(clientOrganizationId);
  const partner = contacts.get(partnerOrganizationId);
  if (!client || !partner) throw new Error(`partnershipParties: organization ${client ? partnerOrganizationId : clientOrganizationId} not found`);
  const legalResponsibles = [client.legalResponsibleUserId, partner.legalResponsibleUserId].filter((id): id is string => Boolean(id));
  const people = new Map((await userSummaries(db, legalResponsibles)).map((user) => [user.id, user]));
  const lr = (contact: OrganizationContact): Recipient | null => {
    const person = contact.legalResponsibleUserId ? people.get(contact.legalResponsibleUserId) : undefined;
    return person ? { email: person.email, language: person.language ?? DEFAULT_LANGUAGE } : null;
  };
  const partnerLr = lr(partner);
  const contactLanguage: Language = partnerLr?.language ?? DEFAULT_LANGUAGE;
  const contactEmail = partner.partner?.contactEmail;
  return {
    clientName: client.name,
    partnerName: partner.partner?.publicName ?? partner.name,
    clientRecipients: unique([lr(client)]),
    partnerRecipients: unique([contactEmail ? { email: contactEmail, language: contactLanguage } : null, partnerLr]),
    client,
    partner,
  };
}

/** Each address once (compared lower-case). */
function unique(recipients: (Recipient | null)[]): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  for (const recipient of recipients) {
    const email = recipient?.email.toLowerCase();
    if (recipient && email && !byEmail.has(email)) byEmail.set(email, { email, language: recipient.language });
  }
  return [...byEmail.values()];
}

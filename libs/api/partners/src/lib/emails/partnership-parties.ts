import type { SqlReader } from '@manager/api-core';
import { userSummaries } from '@manager/api-identity';
import { type OrganizationContact, organizationContacts } from '@manager/api-organizations';

/** The two organizations of a partnership as emails name and reach them. */
export interface PartnershipParties {
  clientName: string;
  /** The partner's public name (its profile), else its organization name. */
  partnerName: string;
  /** The client's legal responsible. */
  clientRecipients: string[];
  /** The partner's contact email (its profile) and its legal responsible, without duplicates. */
  partnerRecipients: string[];
  /** Both organizations as their owner reads them (currencies, the partner's rates). */
  client: OrganizationContact;
  partner: OrganizationContact;
}

/**
 * Both organizations (organizations' contacts) and their legal responsibles' emails (identity):
 * two statements. Pass the transaction when inside one.
 */
export async function partnershipParties(db: SqlReader, clientOrganizationId: string, partnerOrganizationId: string): Promise<PartnershipParties> {
  const contacts = await organizationContacts(db, [clientOrganizationId, partnerOrganizationId]);
  const client = contacts.get(clientOrganizationId);
  const partner = contacts.get(partnerOrganizationId);
  if (!client || !partner) throw new Error(`partnershipParties: organization ${client ? partnerOrganizationId : clientOrganizationId} not found`);
  const legalResponsibles = [client.legalResponsibleUserId, partner.legalResponsibleUserId].filter((id): id is string => Boolean(id));
  const emailOf = new Map((await userSummaries(db, legalResponsibles)).map((user) => [user.id, user.email]));
  const lr = (contact: OrganizationContact) => (contact.legalResponsibleUserId ? (emailOf.get(contact.legalResponsibleUserId) ?? null) : null);
  const unique = (emails: (string | null | undefined)[]) => [...new Set(emails.filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase()))];
  return {
    clientName: client.name,
    partnerName: partner.partner?.publicName ?? partner.name,
    clientRecipients: unique([lr(client)]),
    partnerRecipients: unique([partner.partner?.contactEmail, lr(partner)]),
    client,
    partner,
  };
}

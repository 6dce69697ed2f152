import { type KeysetOrder, keysetKey, type KeysetQuery } from '@manager/api-core';

/** A listed partner as a directory shows it: its public profile, never its rates. */
export interface PartnerDirectoryEntry {
  organizationId: string;
  publicName: string;
  contactEmail: string;
  country: string | null;
  description: string;
}

export interface ListedPartnerProfileRow {
  organization_id: string;
  public_name: string;
  contact_email: string;
  country: string | null;
  description: string;
}

const BY_PUBLIC_NAME: KeysetOrder = { keys: [keysetKey.text('lower(public_name)'), keysetKey.uuid('organization_id')], direction: 'ASC' };

/**
 * Listed partner profiles whose public name or contact email matches the LIKE `pattern`, by
 * public name: the keyset query for core's `keysetPage` / `keysetCount`, each entry passed through
 * `toItem` (the caller's GraphQL object). Only listed profiles are read and the rates are not
 * selected at all.
 */
export function listedPartnerProfiles<T>(pattern: string, toItem: (entry: PartnerDirectoryEntry) => T): KeysetQuery<ListedPartnerProfileRow, T> {
  return {
    name: 'organizations.listed-partner-profiles',
    select: 'organization_id, public_name, contact_email, country, description',
    from: 'partner_profile',
    where: 'listed AND (lower(public_name) LIKE $1 OR lower(contact_email) LIKE $1)',
    params: [pattern],
    order: BY_PUBLIC_NAME,
    map: (row) =>
      toItem({
        organizationId: row.organization_id,
        publicName: row.public_name,
        contactEmail: row.contact_email,
        country: row.country,
        description: row.description,
      }),
  };
}

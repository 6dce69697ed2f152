import { badUserInput, type KeysetOrder, keysetCount, keysetKey, keysetPage, type KeysetQuery, pageRequest, type RequestContext } from '@manager/api-core';
import { PartnerListing, PartnerListingConnection } from './partner-listing.type';

export const DIRECTORY_SEARCH_MIN = 2;
export const DIRECTORY_SEARCH_MAX = 100;

interface ListingRow {
  organization_id: string;
  public_name: string;
  contact_email: string;
  country: string | null;
  description: string;
}

const BY_NAME: KeysetOrder = { keys: [keysetKey.text('lower(public_name)'), keysetKey.uuid('organization_id')], direction: 'ASC' };

/** Listed profiles matching the pattern, by name; rates are not selected at all. */
function listedPartners(pattern: string): KeysetQuery<ListingRow, PartnerListing> {
  return {
    name: 'partners.directory',
    select: 'organization_id, public_name, contact_email, country, description',
    from: 'partner_profile',
    where: 'listed AND (lower(public_name) LIKE $1 OR lower(contact_email) LIKE $1)',
    params: [pattern],
    order: BY_NAME,
    map: (row) =>
      Object.assign(new PartnerListing(), {
        organizationId: row.organization_id,
        publicName: row.public_name,
        contactEmail: row.contact_email,
        country: row.country,
        description: row.description,
      }),
  };
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
export function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Listed partners whose public name or contact email contains `search` (case-insensitive), by
 * name. Only listed profiles are ever read, so a search says nothing about other accounts; rates
 * are not selected at all.
 */
export async function searchPartnerDirectory(
  ctx: RequestContext,
  search: string,
  first: number,
  after: string | null,
): Promise<PartnerListingConnection> {
  const text = search.trim();
  if (text.length < DIRECTORY_SEARCH_MIN) {
    throw badUserInput('search', `Type at least ${DIRECTORY_SEARCH_MIN} characters of a partner's name or email.`);
  }
  if (text.length > DIRECTORY_SEARCH_MAX) throw badUserInput('search', `Search with at most ${DIRECTORY_SEARCH_MAX} characters.`);
  const page = pageRequest(BY_NAME, first, after);
  const pattern = likeContains(text);
  return Object.assign(new PartnerListingConnection(), await keysetPage(ctx.dataSource, listedPartners(pattern), page), { pattern });
}

/** How many listed partners match: asked only when `totalCount` is selected. */
export function countPartnerDirectory(ctx: RequestContext, pattern: string): Promise<number> {
  return keysetCount(ctx.dataSource, listedPartners(pattern));
}

import { badUserInput, keysetCount, keysetPage, pageRequest, type RequestContext } from '@manager/api-core';
import { listedPartnerProfiles } from '@manager/api-organizations';
import { PartnerListing, PartnerListingConnection } from './partner-listing.type';

export const DIRECTORY_SEARCH_MIN = 2;
export const DIRECTORY_SEARCH_MAX = 100;

/** The directory lists organizations' listed partner profiles (organizations owns that query), as GraphQL objects. */
const listedPartners = (pattern: string) => listedPartnerProfiles(pattern, (entry) => Object.assign(new PartnerListing(), entry));

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
export function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Listed partners whose public name or contact email contains `search` (case-insensitive), by
 * name; an empty search browses the whole directory (it is public to every signed-in person: a
 * listing is a partner asking to be found). Only listed profiles are ever read, so a search says
 * nothing about other accounts; rates are not selected at all. One character is refused: it
 * would match nearly everything while looking like a search.
 */
export async function searchPartnerDirectory(
  ctx: RequestContext,
  search: string,
  first: number,
  after: string | null,
): Promise<PartnerListingConnection> {
  const text = search.trim();
  if (text.length > 0 && text.length < DIRECTORY_SEARCH_MIN) {
    throw badUserInput('search', `Type at least ${DIRECTORY_SEARCH_MIN} characters of a partner's name or email, or nothing to browse the directory.`);
  }
  if (text.length > DIRECTORY_SEARCH_MAX) throw badUserInput('search', `Search with at most ${DIRECTORY_SEARCH_MAX} characters.`);
  const pattern = likeContains(text);
  const listed = listedPartners(pattern);
  const page = pageRequest(listed.order, first, after);
  return Object.assign(new PartnerListingConnection(), await keysetPage(ctx.dataSource, listed, page), { pattern });
}

/** How many listed partners match: asked only when `totalCount` is selected. */
export function countPartnerDirectory(ctx: RequestContext, pattern: string): Promise<number> {
  return keysetCount(ctx.dataSource, listedPartners(pattern));
}

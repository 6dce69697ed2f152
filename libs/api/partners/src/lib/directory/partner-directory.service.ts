import { badUserInput, checkPageSize, cursorPart, decodeCursor, encodeCursor, type RequestContext, toConnection } from '@manager/api-core';
import { PartnerListing, PartnerListingConnection } from './partner-listing.type';

export const DIRECTORY_SEARCH_MIN = 2;
export const DIRECTORY_SEARCH_MAX = 100;

interface ListingRow {
  organization_id: string;
  public_name: string;
  contact_email: string;
  country: string | null;
  description: string;
  sort_key: string;
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
  const size = checkPageSize(first);
  const [afterName, afterId] = after ? decodeCursor(after, [cursorPart.text(), cursorPart.uuid]) : [null, null];
  const pattern = likeContains(text);
  const rows: ListingRow[] = await ctx.dataSource.query(
    `SELECT organization_id, public_name, contact_email, country, description, lower(public_name) AS sort_key
     FROM partner_profile
     WHERE listed AND (lower(public_name) LIKE $1 OR lower(contact_email) LIKE $1)
       AND ($2::text IS NULL OR (lower(public_name), organization_id) > ($2::text, $3::uuid))
     ORDER BY lower(public_name), organization_id
     LIMIT $4`,
    [pattern, afterName, afterId, size + 1],
  );
  const page = toConnection(rows, size, (row) => encodeCursor([row.sort_key, row.organization_id]));
  return Object.assign(new PartnerListingConnection(), {
    pageInfo: page.pageInfo,
    edges: page.edges.map((edge) => ({
      cursor: edge.cursor,
      node: Object.assign(new PartnerListing(), {
        organizationId: edge.node.organization_id,
        publicName: edge.node.public_name,
        contactEmail: edge.node.contact_email,
        country: edge.node.country,
        description: edge.node.description,
      }),
    })),
    pattern,
  });
}

/** How many listed partners match: asked only when `totalCount` is selected. */
export async function countPartnerDirectory(ctx: RequestContext, pattern: string): Promise<number> {
  const [row]: { count: number }[] = await ctx.dataSource.query(
    `SELECT count(*)::int AS count FROM partner_profile WHERE listed AND (lower(public_name) LIKE $1 OR lower(contact_email) LIKE $1)`,
    [pattern],
  );
  return row.count;
}

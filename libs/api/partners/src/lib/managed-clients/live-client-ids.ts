import { livePartnershipCondition, sqlRead, type SqlReader } from '@manager/api-core';

/**
 * Of `clientOrganizationIds`, those the partner manages right now (an ACTIVE, not expired
 * partnership: the policy's own condition). For other contexts that must check a client list
 * (an API token's selected clients) without reading partnerships themselves.
 */
export async function liveClientIdsAmong(db: SqlReader, partnerOrganizationId: string, clientOrganizationIds: readonly string[]): Promise<string[]> {
  if (!clientOrganizationIds.length) return [];
  return sqlRead(
    db,
    {
      name: 'partners.live-client-ids',
      text: `SELECT ps.client_organization_id FROM partnership ps
             WHERE ps.partner_organization_id = $1 AND ps.client_organization_id = ANY($2::uuid[]) AND ${livePartnershipCondition('ps')}`,
      values: [partnerOrganizationId, clientOrganizationIds],
    },
    (row: { client_organization_id: string }) => row.client_organization_id,
  );
}

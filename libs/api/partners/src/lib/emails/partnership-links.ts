/**
 * The SPA addresses partnership emails link to (agreed with the SPA in contracts/issue4.graphql).
 * `publicUrl` has no trailing slash.
 */

/** Partner side: the invitation page, where the partner's LR or an administrator accepts or refuses. */
export function invitationLink(publicUrl: string, token: string, answer?: 'refuse'): string {
  const link = `${publicUrl}/partners/invitations?token=${encodeURIComponent(token)}`;
  return answer ? `${link}&answer=${answer}` : link;
}

/** Client side: the partnership's page in the client organization. */
export function clientPartnershipLink(publicUrl: string, clientOrganizationId: string, partnershipId: string): string {
  return `${publicUrl}/org/${clientOrganizationId}/partners/${partnershipId}`;
}

/** Partner side: its clients under management. */
export function partnerClientsLink(publicUrl: string, partnerOrganizationId: string): string {
  return `${publicUrl}/org/${partnerOrganizationId}/clients`;
}

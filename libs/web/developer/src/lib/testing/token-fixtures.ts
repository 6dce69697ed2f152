import { ApiScopeResource } from '@manager/domain';
import type { ApiTokenRowFragment, PartnerApiAccessRowFragment, ViewerAccessLike } from '@manager/web-data-access';

/** A token as the API lists it (an active organization token reading everything), with what a test changes. */
export function token(over: Partial<ApiTokenRowFragment> = {}): ApiTokenRowFragment {
  return {
    id: 't1',
    kind: 'ORGANIZATION',
    name: 'CRM sync',
    displayPrefix: 'mgro_AbCdEfGhIjKlMnOp…',
    createdByName: 'Sara Rochat',
    scopes: Object.values(ApiScopeResource).map((resource) => ({ resource, level: 'READ' as const })),
    clientSelection: 'ALL',
    selectedClients: [],
    status: 'ACTIVE',
    createdAt: new Date(Date.now() - 86_400_000).toISOString(),
    expiresAt: new Date(Date.now() + 89 * 86_400_000 + 3_600_000).toISOString(),
    revokedAt: null,
    lastRotatedAt: null,
    previousSecretValidUntil: null,
    lastUsedAt: null,
    lastUsedIp: null,
    disablesAt: null,
    ...over,
  };
}

export function access(over: Partial<PartnerApiAccessRowFragment> = {}): PartnerApiAccessRowFragment {
  return {
    tokenId: 't1',
    partnerOrganizationId: 'pixel',
    partnerName: 'Pixel Partners',
    tokenName: 'CRM sync',
    kind: 'ORGANIZATION',
    displayPrefix: 'mgro_AbCdEfGhIjKlMnOp…',
    scopes: [{ resource: 'PRODUCTS', level: 'READ' }],
    createdByName: 'Sara Rochat',
    expiresAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000).toISOString(),
    lastUsedAt: null,
    blocked: false,
    blockedAt: null,
    ...over,
  };
}

/** The page query's organization, for a member of `viewer`'s role. */
export function tokensPageOrganization(viewer: ViewerAccessLike, partner = true) {
  return {
    id: 'org-1',
    name: 'Pixel Partners Sàrl',
    viewerAccess: { role: null, access: null, ...viewer, permissions: [...viewer.permissions] },
    partnerProfile: partner ? { publicName: 'Pixel Partners' } : null,
  };
}

export function connection<T>(nodes: T[], hasNextPage = false) {
  return { totalCount: nodes.length, pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c1' : null }, edges: nodes.map((node) => ({ node })) };
}

/** The text of an element, spaces collapsed (templates break lines). */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { MatIconTestingModule } from '@angular/material/icon/testing';

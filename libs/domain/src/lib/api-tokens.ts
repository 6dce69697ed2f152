import type { Permission } from './permissions';

/**
 * API tokens: the vocabulary the API's policy and the SPA's token page share. A token's rights on
 * a request are its scopes ∩ what its way in grants (the creator's current role in the owner, or
 * the live partnership with a client) — the policy applies `tokenPermissions` to the permissions
 * it computed for the person, and `tokenReads` to what it lets the person read.
 */

export const ApiTokenKind = { ORGANIZATION: 'ORGANIZATION', PERSONAL: 'PERSONAL' } as const;
export type ApiTokenKind = (typeof ApiTokenKind)[keyof typeof ApiTokenKind];

/** What a scope is about. EXPORTS opens the CSV exports (POST /exports), on top of the scope of what is exported; no permission maps to it. */
export const ApiScopeResource = {
  ORGANIZATIONS: 'ORGANIZATIONS',
  PRODUCTS: 'PRODUCTS',
  MEMBERS: 'MEMBERS',
  ORDERS: 'ORDERS',
  INVOICES: 'INVOICES',
  WALLET: 'WALLET',
  COMMISSIONS: 'COMMISSIONS',
  PARTNERSHIPS: 'PARTNERSHIPS',
  EXPORTS: 'EXPORTS',
} as const;
export type ApiScopeResource = (typeof ApiScopeResource)[keyof typeof ApiScopeResource];

/** WRITE includes READ. */
export const ApiScopeLevel = { READ: 'READ', WRITE: 'WRITE' } as const;
export type ApiScopeLevel = (typeof ApiScopeLevel)[keyof typeof ApiScopeLevel];

/** A token's scopes: at most one level per resource; a resource absent is not granted at all. */
export type ApiTokenScopes = Partial<Record<ApiScopeResource, ApiScopeLevel>>;

/** What a new token gets when its creator names no scope: reading everything, writing nothing. */
export const DEFAULT_API_TOKEN_SCOPES: ApiTokenScopes = Object.fromEntries(
  Object.values(ApiScopeResource).map((resource) => [resource, 'READ']),
) as ApiTokenScopes;

/**
 * Every permission of the role table as the scope a token needs to use it: the one place where
 * scopes meet permissions. A token keeps a permission when it holds `level` on any of
 * `resources` (BILLING_READ covers three lists; each list then checks its own resource).
 * `api-tokens.spec.ts` pins it, and the compiler refuses a permission added without its line.
 */
export const PERMISSION_SCOPES: Record<Permission, { resources: readonly ApiScopeResource[]; level: ApiScopeLevel }> = {
  ORGANIZATION_UPDATE: { resources: ['ORGANIZATIONS'], level: 'WRITE' },
  MEMBERS_READ: { resources: ['MEMBERS'], level: 'READ' },
  MEMBERS_MANAGE: { resources: ['MEMBERS'], level: 'WRITE' },
  // Never usable through a token anyway: transferLegalResponsibility is a person's act (session only).
  LEGAL_RESPONSIBILITY_TRANSFER: { resources: ['MEMBERS'], level: 'WRITE' },
  AUDIT_READ: { resources: ['ORGANIZATIONS'], level: 'READ' },
  PARTNERS_MANAGE: { resources: ['PARTNERSHIPS'], level: 'WRITE' },
  CLIENTS_MANAGE: { resources: ['PARTNERSHIPS'], level: 'WRITE' },
  ORDERS_PLACE: { resources: ['ORDERS'], level: 'WRITE' },
  PRODUCTS_RENEW: { resources: ['ORDERS'], level: 'WRITE' },
  BILLING_READ: { resources: ['INVOICES', 'WALLET', 'COMMISSIONS'], level: 'READ' },
  BILLING_MANAGE: { resources: ['WALLET'], level: 'WRITE' },
};

/** Whether `scopes` allow `level` on `resource` (WRITE includes READ). */
export function scopeAllows(scopes: ApiTokenScopes, resource: ApiScopeResource, level: ApiScopeLevel = 'READ'): boolean {
  const held = scopes[resource];
  return held === 'WRITE' || (held === 'READ' && level === 'READ');
}

/**
 * The permissions a token keeps of the ones its way in grants: those whose scope it holds.
 *
 * @example
 * tokenPermissions(ROLE_PERMISSIONS.ADMIN, { ORDERS: 'WRITE' }); // ['ORDERS_PLACE', 'PRODUCTS_RENEW']
 */
export function tokenPermissions(permissions: readonly Permission[], scopes: ApiTokenScopes): Permission[] {
  return permissions.filter((permission) => {
    const { resources, level } = PERMISSION_SCOPES[permission];
    return resources.some((resource) => scopeAllows(scopes, resource, level));
  });
}

/** The resources `scopes` let a token read (WRITE includes READ): what the policy's SQL conditions check. */
export function tokenReads(scopes: ApiTokenScopes): ApiScopeResource[] {
  return Object.values(ApiScopeResource).filter((resource) => scopeAllows(scopes, resource));
}

export const API_TOKEN_RULES = {
  /** Expiry is mandatory: default and bounds, in days. */
  defaultExpiresInDays: 90,
  maxExpiresInDays: 365,
  /** How long the secret replaced by a rotation may keep working. */
  maxGracePeriodDays: 7,
  /** Unused this long: disabled (warned this many days before). */
  disableAfterUnusedDays: 90,
  disableWarningDays: 7,
  /** Expired and revoked tokens stay listed (greyed) this long. */
  listedAfterEndDays: 90,
  /** Reminders before expiry (days), then one on the day it expires. */
  expiryReminderDays: [30, 7, 1] as readonly number[],
  nameMaxLength: 100,
  maxSelectedClients: 500,
  /** A rotation within this many seconds of the previous one is refused: concurrent rotations, one winner. */
  rotationCooldownSeconds: 60,
} as const;

/**
 * The token text, for secret scanners: `mgro_` (organization) or `mgrp_` (personal), then 54
 * base62 characters: a 16-character public id, a 32-character secret (190 bits) and a
 * 6-character CRC32 checksum (base62) of everything before it, prefix included.
 */
export const API_TOKEN_PATTERN = /\bmgr[op]_[0-9A-Za-z]{54}\b/;
export const API_TOKEN_PREFIXES: Record<ApiTokenKind, string> = { ORGANIZATION: 'mgro_', PERSONAL: 'mgrp_' };

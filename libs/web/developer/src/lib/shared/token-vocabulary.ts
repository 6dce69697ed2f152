import { ApiScopeResource, type ApiScopeLevel, type ApiTokenKind } from '@manager/domain';
import type { ApiTokenStatus } from '@manager/web-data-access';

/** The resources in the order the form and the summaries list them (the domain's order). */
export const SCOPE_RESOURCES: readonly ApiScopeResource[] = Object.values(ApiScopeResource);

export const SCOPE_RESOURCE_LABELS: Readonly<Record<ApiScopeResource, string>> = {
  ORGANIZATIONS: 'Organizations',
  PRODUCTS: 'Products',
  MEMBERS: 'Members',
  ORDERS: 'Orders',
  INVOICES: 'Invoices',
  WALLET: 'Wallet',
  COMMISSIONS: 'Commissions',
  PARTNERSHIPS: 'Partnerships',
  EXPORTS: 'Exports',
};

/** One line under each resource in the form: what reading it opens. */
export const SCOPE_RESOURCE_HINTS: Readonly<Record<ApiScopeResource, string>> = {
  ORGANIZATIONS: 'Names, details, addresses and the activity',
  PRODUCTS: 'Products and their renewal dates',
  MEMBERS: 'People and their roles',
  ORDERS: 'Orders; writing places orders and renewals',
  INVOICES: 'Invoices and their PDFs',
  WALLET: 'Balance and movements; writing tops it up',
  COMMISSIONS: 'Cashback, rebates and reimbursements',
  PARTNERSHIPS: 'Partnerships and invitations',
  EXPORTS: 'CSV exports',
};

/** What the scope form offers per resource: nothing, reading, or reading and writing. */
export type ScopeChoice = 'NONE' | ApiScopeLevel;

export const SCOPE_CHOICE_LABELS: Readonly<Record<ScopeChoice, string>> = {
  NONE: 'No access',
  READ: 'Read',
  WRITE: 'Read and write',
};

export const TOKEN_KIND_LABELS: Readonly<Record<ApiTokenKind, string>> = {
  ORGANIZATION: 'Organization token',
  PERSONAL: 'Personal token',
};

export const TOKEN_STATUS_LABELS: Readonly<Record<ApiTokenStatus, string>> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
  DISABLED: 'Disabled',
  SUSPENDED: 'Suspended',
};

/** Why a token that is not active does not work, and what brings it back (the API's rules in words). */
export const TOKEN_STATUS_NOTES: Readonly<Record<Exclude<ApiTokenStatus, 'ACTIVE'>, string>> = {
  EXPIRED: 'It no longer works. Create a new token.',
  REVOKED: 'It no longer works. Create a new token.',
  DISABLED: 'Switched off after 90 days without use. Rotate it to use it again.',
  SUSPENDED: 'The person whose role bounds it left or lost that role. Rotate it to resume.',
};

/** Rotating brings a switched-off token back; an expired or revoked one is over. */
export function canRotate(status: ApiTokenStatus): boolean {
  return status === 'ACTIVE' || status === 'DISABLED' || status === 'SUSPENDED';
}

export function canRevoke(status: ApiTokenStatus): boolean {
  return status !== 'REVOKED' && status !== 'EXPIRED';
}

export interface ScopeLike {
  resource: ApiScopeResource;
  level: ApiScopeLevel;
}

/**
 * A token's scopes in one line, writes first: "Read and write: Orders · Read: Organizations,
 * Products"; all nine resources at one level read "Read everything" / "Read and write everything".
 *
 * @example scopeSummary([{ resource: 'PRODUCTS', level: 'READ' }]) // "Read: Products"
 */
export function scopeSummary(scopes: readonly ScopeLike[]): string {
  if (scopes.length === 0) return 'No access';
  const named = (level: ApiScopeLevel) =>
    SCOPE_RESOURCES.filter((resource) => scopes.some((s) => s.resource === resource && s.level === level)).map((r) => SCOPE_RESOURCE_LABELS[r]);
  const writes = named('WRITE');
  const reads = named('READ');
  if (writes.length === SCOPE_RESOURCES.length) return 'Read and write everything';
  if (reads.length === SCOPE_RESOURCES.length) return 'Read everything';
  const parts: string[] = [];
  if (writes.length) parts.push(`Read and write: ${writes.join(', ')}`);
  if (reads.length) parts.push(`Read: ${reads.join(', ')}`);
  return parts.join(' · ');
}

/**
 * Which clients a token reaches, in words: "All clients", or the names chosen (the first three,
 * then how many more).
 *
 * @example clientSummary('SELECTED', [{ name: 'Léa Rossi' }]) // "Léa Rossi"
 */
export function clientSummary(selection: 'ALL' | 'SELECTED', clients: readonly { name: string }[]): string {
  if (selection === 'ALL') return 'All clients, current and future';
  const names = clients.map((c) => c.name);
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** The scope form's default: reading everything, writing nothing (the API's default too). */
export function defaultScopeChoices(): Record<ApiScopeResource, ScopeChoice> {
  return Object.fromEntries(SCOPE_RESOURCES.map((resource) => [resource, 'READ'])) as Record<ApiScopeResource, ScopeChoice>;
}

/** The form's choices as the API's scope list: one entry per resource granted. */
export function scopesInput(choices: Readonly<Record<ApiScopeResource, ScopeChoice>>): ScopeLike[] {
  return SCOPE_RESOURCES.flatMap((resource) => {
    const choice = choices[resource];
    return choice === 'NONE' ? [] : [{ resource, level: choice }];
  });
}

import { ApiScopeResource, type ApiScopeLevel, type ApiTokenKind } from '@manager/domain';
import type { ApiTokenStatus } from '@manager/web-data-access';

/** The resources in the order the form and the summaries list them (the domain's order). */
export const SCOPE_RESOURCES: readonly ApiScopeResource[] = Object.values(ApiScopeResource);

/** The refusal of the token pages to a viewer who is not a member (a partner's people). */
export const NOT_A_MEMBER_REASON = $localize`:@@developer.refused.notAMember:API tokens belong to the organization's members. Partners create tokens in their own organization.`;
export const UNREACHABLE = $localize`:@@developer.unreachable:The Manager cannot be reached right now. Try again in a moment.`;

export const SCOPE_RESOURCE_LABELS: Readonly<Record<ApiScopeResource, string>> = {
  ORGANIZATIONS: $localize`:@@developer.scope.organizations:Organizations`,
  PRODUCTS: $localize`:@@developer.scope.products:Products`,
  MEMBERS: $localize`:@@developer.scope.members:Members`,
  ORDERS: $localize`:@@developer.scope.orders:Orders`,
  INVOICES: $localize`:@@developer.scope.invoices:Invoices`,
  WALLET: $localize`:@@developer.scope.wallet:Wallet`,
  COMMISSIONS: $localize`:@@developer.scope.commissions:Commissions`,
  PARTNERSHIPS: $localize`:@@developer.scope.partnerships:Partnerships`,
  EXPORTS: $localize`:@@developer.scope.exports:Exports`,
};

/** One line under each resource in the form: what reading it opens. */
export const SCOPE_RESOURCE_HINTS: Readonly<Record<ApiScopeResource, string>> = {
  ORGANIZATIONS: $localize`:@@developer.scopeHint.organizations:Names, details, addresses and the activity`,
  PRODUCTS: $localize`:@@developer.scopeHint.products:Products and their renewal dates`,
  MEMBERS: $localize`:@@developer.scopeHint.members:People and their roles`,
  ORDERS: $localize`:@@developer.scopeHint.orders:Orders; writing places orders and renewals`,
  INVOICES: $localize`:@@developer.scopeHint.invoices:Invoices and their PDFs`,
  WALLET: $localize`:@@developer.scopeHint.wallet:Balance and movements; writing tops it up`,
  COMMISSIONS: $localize`:@@developer.scopeHint.commissions:Cashback, rebates and reimbursements`,
  PARTNERSHIPS: $localize`:@@developer.scopeHint.partnerships:Partnerships and invitations`,
  EXPORTS: $localize`:@@developer.scopeHint.exports:CSV exports`,
};

/** What the scope form offers per resource: nothing, reading, or reading and writing. */
export type ScopeChoice = 'NONE' | ApiScopeLevel;

export const SCOPE_CHOICE_LABELS: Readonly<Record<ScopeChoice, string>> = {
  NONE: $localize`:@@developer.scopeChoice.none:No access`,
  READ: $localize`:@@developer.scopeChoice.read:Read`,
  WRITE: $localize`:@@developer.scopeChoice.write:Read and write`,
};

export const TOKEN_KIND_LABELS: Readonly<Record<ApiTokenKind, string>> = {
  ORGANIZATION: $localize`:@@developer.tokenKind.organization:Organization token`,
  PERSONAL: $localize`:@@developer.tokenKind.personal:Personal token`,
};

export const TOKEN_STATUS_LABELS: Readonly<Record<ApiTokenStatus, string>> = {
  ACTIVE: $localize`:@@developer.tokenStatus.active:Active`,
  EXPIRED: $localize`:@@developer.tokenStatus.expired:Expired`,
  REVOKED: $localize`:@@developer.tokenStatus.revoked:Revoked`,
  DISABLED: $localize`:@@developer.tokenStatus.disabled:Disabled`,
  SUSPENDED: $localize`:@@developer.tokenStatus.suspended:Suspended`,
};

/** Why a token that is not active does not work, and what brings it back (the API's rules in words). */
export const TOKEN_STATUS_NOTES: Readonly<Record<Exclude<ApiTokenStatus, 'ACTIVE'>, string>> = {
  EXPIRED: $localize`:@@developer.tokenStatusNote.over:It no longer works. Create a new token.`,
  REVOKED: $localize`:@@developer.tokenStatusNote.over:It no longer works. Create a new token.`,
  DISABLED: $localize`:@@developer.tokenStatusNote.disabled:Switched off after 90 days without use. Rotate it to use it again.`,
  SUSPENDED: $localize`:@@developer.tokenStatusNote.suspended:The person whose role bounds it left or lost that role. Rotate it to resume.`,
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
  if (scopes.length === 0) return SCOPE_CHOICE_LABELS.NONE;
  const named = (level: ApiScopeLevel) =>
    SCOPE_RESOURCES.filter((resource) => scopes.some((s) => s.resource === resource && s.level === level)).map((r) => SCOPE_RESOURCE_LABELS[r]);
  const writes = named('WRITE');
  const reads = named('READ');
  if (writes.length === SCOPE_RESOURCES.length) return $localize`:@@developer.scopeSummary.writeAll:Read and write everything`;
  if (reads.length === SCOPE_RESOURCES.length) return $localize`:@@developer.scopeSummary.readAll:Read everything`;
  const parts: string[] = [];
  if (writes.length) parts.push($localize`:@@developer.scopeSummary.write:Read and write: ${writes.join(', ')}:resources:`);
  if (reads.length) parts.push($localize`:@@developer.scopeSummary.read:Read: ${reads.join(', ')}:resources:`);
  return parts.join(' · ');
}

/**
 * Which clients a token reaches, in words: "All clients", or the names chosen (the first three,
 * then how many more).
 *
 * @example clientSummary('SELECTED', [{ name: 'Léa Rossi' }]) // "Léa Rossi"
 */
export function clientSummary(selection: 'ALL' | 'SELECTED', clients: readonly { name: string }[]): string {
  if (selection === 'ALL') return $localize`:@@developer.clientSummary.all:All clients, current and future`;
  const names = clients.map((c) => c.name);
  if (names.length <= 3) return names.join(', ');
  const first = names.slice(0, 3).join(', ');
  const more = names.length - 3;
  // $localize has no ICU: one message per plural form English needs (one, other).
  return more === 1
    ? $localize`:@@developer.clientSummary.oneMore:${first}:names: and 1 more`
    : $localize`:@@developer.clientSummary.more:${first}:names: and ${more}:count: more`;
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

/**
 * Which context owns which table, and the few places allowed to read across contexts.
 *
 * A context writes only its own tables (SQL or TypeORM), through its own services; another context
 * that needs a change calls the owner's exported function. Reads of another context's tables go
 * through the owner's exported loaders or query functions, except in the places declared below:
 * the access policy, which must see every context to decide who sees what, and read models whose
 * one-statement joins are the reason a list costs one statement per nesting level.
 *
 * `apps/api/test/table-ownership.spec.ts` checks every SQL string and ORM call in `libs/api`
 * against this file, and this map against the entities each context registers.
 */
export const tableOwners = {
  email_outbox: 'core',

  app_user: 'identity',
  session: 'identity',
  login_attempt: 'identity',
  password_confirmation_attempt: 'identity',
  password_reset_request: 'identity',
  password_reset_token: 'identity',
  webauthn_credential: 'identity',
  totp_secret: 'identity',
  recovery_code: 'identity',
  pending_sign_in: 'identity',
  webauthn_challenge: 'identity',
  second_factor_attempt: 'identity',
  security_event: 'identity',

  organization: 'organizations',
  partner_profile: 'organizations',
  membership: 'organizations',
  membership_product_grant: 'organizations',
  member_invitation: 'organizations',
  terms_acceptance: 'organizations',
  billing_address: 'organizations',

  product: 'catalog',

  audit_event: 'compliance',
  dpa_certificate: 'compliance',
  // Consent records are compliance's (ARCHITECTURE.md), though tied to a person: kept as evidence
  // of each decision, deleted with the person (ON DELETE CASCADE).
  cookie_consent: 'compliance',

  partnership: 'partners',
  partnership_product: 'partners',

  customer_order: 'billing',
  invoice: 'billing',
  invoice_line: 'billing',
  invoice_counter: 'billing',
  wallet: 'billing',
  wallet_entry: 'billing',
  payment: 'billing',
  commission: 'billing',

  api_token: 'tokens',
  api_token_client: 'tokens',
  api_token_block: 'tokens',
  api_token_usage: 'tokens',
  api_token_rate_bucket: 'tokens',
  api_token_leak_report: 'tokens',
} as const;

export type TableName = keyof typeof tableOwners;
export type ContextName = (typeof tableOwners)[TableName];

export interface CrossContextAccess {
  /** Path from the repository root. */
  readonly file: string;
  /** Another context's tables this file may name in its SQL. */
  readonly reads?: readonly TableName[];
  /** Another context's tables this file may write: only for a writer that every context calls. */
  readonly writes?: readonly TableName[];
  readonly why: string;
}

export const crossContextAccess: readonly CrossContextAccess[] = [
  {
    file: 'libs/api/core/src/lib/policy/access-policy.ts',
    reads: ['membership', 'membership_product_grant', 'organization', 'partnership', 'partnership_product', 'product'],
    why: 'the access policy decides who sees what: it reads memberships, grants and partnerships of every context, and which organizations require two-step verification',
  },
  {
    file: 'libs/api/core/src/lib/audit/record-audit-event.ts',
    reads: ['app_user'],
    writes: ['audit_event'],
    why: "the audit trail's one writer: every context records events, and compliance (which owns the table) sits above some of them in the dependency graph",
  },

  // Applied migrations are history: rewriting one would change databases already migrated.
  {
    file: 'libs/api/partners/src/lib/migrations/1764170007000-CreatePartnerships.ts',
    writes: ['partner_profile'],
    why: 'added the partner program columns to partner_profile when partnerships arrived (applied migration)',
  },
  {
    file: 'libs/api/partners/src/lib/migrations/1764170007100-IndexManagedClients.ts',
    writes: ['organization'],
    why: "indexed organization names for the managed clients' keyset (applied migration)",
  },

  // identity

  // organizations
  {
    file: 'libs/api/organizations/src/lib/members/member-list.ts',
    reads: ['app_user'],
    why: "the members page is ordered by the people's names (its keyset), so its one statement joins identity's users and primes the person loader",
  },
  {
    file: 'libs/api/organizations/src/lib/members/granted-products.loader.ts',
    reads: ['product'],
    why: "grantedProductIds come in product-name order in the grants' one batch statement; catalog sits above organizations, so there is no catalog loader to ask",
  },

  // catalog
  {
    file: 'libs/api/catalog/src/lib/migrations/1764170002000-CreateCatalog.ts',
    writes: ['membership_product_grant'],
    why: 'created membership_product_grant (now organizations\' table) and its index with the catalog (applied migration)',
  },

  // compliance
  {
    file: 'libs/api/compliance/src/lib/certificate/dpa-certificate.service.ts',
    reads: ['app_user'],
    why: 'the data processing agreement prints, and its acceptance record keeps, the name of the person who generated it as it was then; compliance sits beside identity, with no identity function to ask',
  },

  // partners
  {
    file: 'libs/api/partners/src/lib/partnership-read/partnership-read.loaders.ts',
    reads: ['product'],
    why: "read model: `scopeProducts` joins each LIMITED partnership's scope to the client's products under the policy's visibility condition, and `productsInScope` counts a whole page of managed clients' products (all of the client's for COMPLETE), each in one statement per request level",
  },
  {
    file: 'libs/api/partners/src/lib/partnership-read/products-in-scope.ts',
    reads: ['product'],
    why: "read model: how many products a partnership covers (all of the client's for COMPLETE), one SQL expression counted per partnership by the `productsInScope` loader and carried by the managed clients' page for its rows",
  },
  {
    file: 'libs/api/partners/src/lib/managed-clients/managed-clients.service.ts',
    reads: ['organization'],
    why: "read model: the managed clients' page joins its rows' client organizations (by id, after its LIMIT) to prime the organization loader (organizations' `joinedOrganization` names the columns), so the clients cost no statement of their own",
  },

  // billing
  {
    file: 'libs/api/billing/src/lib/read/managed-client-invoices.loader.ts',
    reads: ['partnership'],
    why: "a page of managed clients gets its invoices in ONE statement (a LATERAL join per partnership, kept only while live and billed to the partner); asking partners for the partnerships first would add a statement per page, and partners sits below billing",
  },

  // tokens
  {
    file: 'libs/api/tokens/src/lib/migrations/1764170030000-CreateApiTokens.ts',
    writes: ['audit_event'],
    why: 'adds api_token_id / api_token_name to the audit trail, so a change made with a token names it (the columns are written by core\'s recordAuditEvent)',
  },
  {
    file: 'libs/api/tokens/src/lib/auth/authenticate-token.ts',
    reads: ['membership'],
    why: 'authenticating a token is one statement per request (the ≤ 1 ms budget): the token, its selection and blocks, and whether the person bounding it is still a member of its owner',
  },
  {
    file: 'libs/api/tokens/src/lib/manage/api-token-read.ts',
    reads: ['membership', 'organization'],
    why: "the token lists' read model: each token's status (is the person bounding it still a member: SUSPENDED) and the names of selected and used clients, one statement per page",
  },
  {
    file: 'libs/api/tokens/src/lib/manage/api-token.service.ts',
    reads: ['app_user'],
    why: "a new token keeps its creator's name at the time (the lists show it after the creator leaves), read inside the INSERT",
  },
  {
    file: 'libs/api/tokens/src/lib/emails/token-emails.ts',
    reads: ['organization', 'membership', 'app_user'],
    why: "the recipients of a token email (the owner's legal responsible and administrators, and the creator) in one statement",
  },
  {
    file: 'libs/api/tokens/src/lib/client/partner-api-access.service.ts',
    reads: ['partnership', 'organization', 'partner_profile', 'membership'],
    why: "the client's API-access list: the partners' tokens that reach it through a live partnership whose person still acts for the partner, with the partner's name, one statement per page",
  },
  {
    file: 'libs/api/tokens/src/lib/lifecycle/token-lifecycle.ts',
    reads: ['organization', 'partner_profile'],
    why: "the daily read summaries name the partner (its public name, else its organization's) in the client's trail",
  },
];

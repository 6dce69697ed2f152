import { randomBytes } from 'node:crypto';
import { test as base, expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';

/**
 * The world each test builds for itself, through the PUBLIC API only (the GraphQL mutations the
 * SPA uses, and the developer outbox `/dev/emails.json` for the links emails carry): its own
 * organizations, people and products, with unique names and emails, so that specs run in any
 * order, in any number of workers, against a fresh or a reused server, without knowing about each
 * other.
 *
 *   const client = await world.organization('billing', { vatNumber: 'FR13393892815', products: ['Domain .com'] });
 *   const chloe = await client.addMember('USER');
 *   await logIn(page, chloe);
 *
 * How people come to exist: sign-ups are limited per IP address (10 an hour, with no setting to
 * change it), so the run signs up ONE founder (global-setup.ts) and every person is born from an
 * invitation: to the founder's organization (the lobby), which they leave at once (`person()`), or
 * straight into the organization that needs them (`addMember()`). Organizations are created by
 * their legal responsible with `createOrganization`, which no limit counts.
 *
 * What only the demo seed provides, used READ-ONLY (no public mutation makes an organization a
 * partner: partner profiles are set by the operator):
 * - the listed partner Pixel Partners (`PIXEL`) and its ADMIN sara (`SARA`), who signs in and
 *   answers the invitations of the world's own clients. Those partnerships, and the commissions,
 *   invoices and wallet movements of orders placed under them, are rows of the world's clients that
 *   Pixel also sees: specs only ever look at Pixel's rows filtered by their own client's unique
 *   name, and at its revenue total as a difference (billing.spec.ts is the one journey that makes
 *   Pixel earn or pay, CHF 55.23 from the CHF 2,000.00 the seed gives its wallet; exports.spec.ts makes it
 *   pay too, after topping its wallet up by more than that). No spec changes a
 *   demo row, a demo account's password or theme, or fails a demo account's sign-in.
 * Shared by construction, and far from reach: the per-IP limit of failed sign-ins (30 in 15
 * minutes; the suite fails about 8) and of password-reset requests (20 an hour; it asks 2).
 */

export const FOUNDER_ENV = 'E2E_FOUNDER';

/** The account global-setup.ts signs up, and the organization people are invited into first. */
export interface FounderAccount {
  email: string;
  password: string;
  lobbyId: string;
}

/** The seeded demo partner (tools/demo-seed): CHF, 15 % reseller discount, 10 % commission. */
export const PIXEL = {
  publicName: 'Pixel Partners',
  organizationName: 'Pixel Partners Sàrl',
  contactEmail: 'hello@pixel-partners.ch',
  currency: 'CHF',
  resellerDiscountBp: 1500,
  commissionBp: 1000,
} as const;

/** Pixel's ADMIN in the demo seed: may answer invitations, read its billing and revenue. */
export const SARA = { email: 'sara@pixel-partners.ch', name: 'Sara Rochat', password: 'demo-password' } as const;

/** Pixel's legal responsible in the demo seed: partnership invitations are emailed to him too. */
export const PAUL_EMAIL = 'paul@pixel-partners.ch';

/** Who can sign in in the browser: `logIn(page, person)`. */
export interface Account {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/**
 * An address nobody else uses, so parallel workers (and repeated runs against a reused server)
 * never collide: `e2e-<time>-<random>-<tag>@example.test`.
 */
export function uniqueEmail(tag: string): string {
  return `e2e-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}-${tag}@example.test`.toLowerCase();
}

/** A short suffix that makes a name unique to this test. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`.toUpperCase();
}

/** A password the policy accepts (12+ characters, not common, not built from the email or name). */
export function newPassword(): string {
  return `e2e-${randomBytes(6).toString('hex')}-Passphrase!`;
}

/** One GraphQL operation through a request context (its cookies are its session); errors throw. */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

export interface OutboxEmail {
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: string;
}

/** The outbox rows for one recipient, newest first (the API's developer page, outside production). */
export async function emailsTo(request: APIRequestContext, to: string): Promise<OutboxEmail[]> {
  const response = await request.get(`/dev/emails.json?to=${encodeURIComponent(to)}`);
  expect(response.ok()).toBe(true);
  return response.json();
}

/** Waits for the newest email to `to` that `pick` accepts, and returns what `pick` found in it. */
export async function awaitEmail<T>(request: APIRequestContext, to: string, what: string, pick: (email: OutboxEmail) => T | null): Promise<T> {
  let found: T | null = null;
  await expect
    .poll(
      async () => {
        for (const email of await emailsTo(request, to)) {
          found = pick(email);
          if (found !== null) return true;
        }
        return false;
      },
      { message: `${what} to ${to}` },
    )
    .toBe(true);
  return found as T;
}

const MEMBER_INVITATION_TOKEN = /\/invitations\/accept\?token=([^\s"'<>&]+)/;

export type MemberRole = 'ADMIN' | 'USER' | 'EXTERNAL';

export interface Product {
  id: string;
  name: string;
  category: string;
}

export interface OrganizationOptions {
  /** A person who already exists becomes its legal responsible; by default a new one. */
  owner?: Person;
  /** Display name of the new legal responsible. */
  ownerName?: string;
  name?: string;
  entityType?: 'COMPANY' | 'INDIVIDUAL';
  /** ISO code; FR (EUR) by default, CH for a Swiss one (CHF). */
  country?: 'FR' | 'CH';
  vatNumber?: string | null;
  billingAddresses?: { street: string; postcode: string; city: string; country: string; isDefault: boolean }[];
  /** Offer names (newProductOffers) the legal responsible orders, in this order, after a top-up. */
  products?: readonly string[];
}

/** Somebody the world created: their login, and a signed-in API session of their own. */
export class Person implements Account {
  constructor(
    private readonly world: World,
    readonly email: string,
    readonly name: string,
    readonly password: string,
    readonly api: APIRequestContext,
  ) {}

  gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return graphql<T>(this.api, query, variables);
  }

  /** Creates an organization this person is the legal responsible of (the terms accepted). */
  async createOrganization(tag: string, options: Omit<OrganizationOptions, 'owner' | 'ownerName'> = {}): Promise<Organization> {
    const country = options.country ?? 'FR';
    const suffix = uniqueSuffix();
    const details = {
      entityType: options.entityType ?? 'COMPANY',
      name: options.name ?? `E2E ${tag} ${suffix} ${country === 'FR' ? 'SARL' : 'AG'}`,
      country,
      vatNumber: options.vatNumber ?? null,
      billingAddresses: options.billingAddresses ?? [
        country === 'FR'
          ? { street: '1 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR', isDefault: true }
          : { street: 'Bahnhofstrasse 1', postcode: '8001', city: 'Zürich', country: 'CH', isDefault: true },
      ],
    };
    const version = await this.world.termsVersion();
    const data = await this.gql<{ createOrganization: { organization: { id: string; name: string; currency: string } } }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id name currency } } }',
      { input: { acceptTerms: true, termsVersion: version, organization: details } },
    );
    const created = data.createOrganization.organization;
    const organization = new Organization(this.world, String(created.id), created.name, created.currency, this);
    if (options.products?.length) await organization.order(...options.products);
    return organization;
  }
}

/** An organization the world created, with its legal responsible and the products ordered for it. */
export class Organization {
  readonly products: Product[] = [];

  constructor(
    private readonly world: World,
    readonly id: string,
    readonly name: string,
    readonly currency: string,
    readonly owner: Person,
  ) {}

  /** The product of this name (the first one, if its offer was ordered twice). */
  product(name: string): Product {
    const product = this.products.find((p) => p.name === name);
    if (!product) throw new Error(`${this.name} has no product "${name}"`);
    return product;
  }

  /**
   * Tops the wallet up by what the offers cost (with room for VAT), then orders them one by one
   * as the legal responsible: the products are named after the offers.
   */
  async order(...offerNames: string[]): Promise<Product[]> {
    const { organization } = await this.owner.gql<{ organization: { newProductOffers: { category: string; name: string; publicPrice: { amountMinor: number } }[] } }>(
      'query ($id: ID!) { organization(id: $id) { newProductOffers { category name publicPrice { amountMinor } } } }',
      { id: this.id },
    );
    const offers = offerNames.map((name) => {
      const offer = organization.newProductOffers.find((o) => o.name === name);
      if (!offer) throw new Error(`no new-product offer "${name}"`);
      return offer;
    });
    // Whole units, +30 % for any VAT rate: never an amount ending in .13, which the fake provider declines.
    const amountMinor = Math.ceil((offers.reduce((sum, o) => sum + o.publicPrice.amountMinor, 0) * 1.3) / 100) * 100 + 100;
    await this.owner.gql('mutation ($input: TopUpWalletInput!) { topUpWallet(input: $input) { wallet { balance { amountMinor } } } }', {
      input: { organizationId: this.id, amountMinor, idempotencyKey: `e2e-top-up-${uniqueSuffix()}` },
    });
    const ordered: Product[] = [];
    for (const offer of offers) {
      const data = await this.owner.gql<{ placeOrder: { order: { productId: string; productName: string; category: string } } }>(
        'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { order { productId productName category } } }',
        {
          input: {
            organizationId: this.id,
            kind: 'NEW_PRODUCT',
            offer: { category: offer.category, name: offer.name },
            idempotencyKey: `e2e-order-${uniqueSuffix()}`,
          },
        },
      );
      const order = data.placeOrder.order;
      ordered.push({ id: String(order.productId), name: order.productName, category: order.category });
    }
    this.products.push(...ordered);
    return ordered;
  }

  /** A NEW person, born from an invitation to this organization with this role (EXTERNAL: granted `products`). */
  async addMember(role: MemberRole, options: { name?: string; products?: readonly Product[] } = {}): Promise<Person> {
    const email = uniqueEmail(role.toLowerCase());
    const token = await this.invite(email, role, options.products);
    const { person } = await this.world.acceptAsNewAccount(token, email, options.name ?? `${role === 'ADMIN' ? 'Adèle' : 'Ursule'} ${uniqueSuffix()}`);
    return person;
  }

  /** An EXISTING person joins with this role (EXTERNAL: granted `products`), accepting in their own session. */
  async join(person: Person, role: MemberRole, products?: readonly Product[]): Promise<void> {
    const token = await this.invite(person.email, role, products);
    await person.gql('mutation ($input: AcceptMemberInvitationInput!) { acceptMemberInvitation(input: $input) { membership { id } } }', {
      input: { token },
    });
  }

  /** The legal responsible invites `email`; returns the token of the emailed link. */
  private async invite(email: string, role: MemberRole, products?: readonly Product[]): Promise<string> {
    await this.owner.gql('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }', {
      input: { organizationId: this.id, email, role, productIds: role === 'EXTERNAL' ? (products ?? []).map((p) => p.id) : null },
    });
    return this.world.invitationToken(email, this.name);
  }

  /**
   * The legal responsible invites a listed partner (`grantPartnerAccess`): a PENDING partnership,
   * emailed to the partner. Returns its id.
   */
  async invitePartner(
    partnerOrganizationId: string,
    grant: { access: 'COMPLETE'; billingOwner: 'CLIENT' | 'PARTNER' } | { access: 'LIMITED'; products: readonly Product[] },
  ): Promise<string> {
    const input =
      grant.access === 'COMPLETE'
        ? { access: 'COMPLETE', billingOwner: grant.billingOwner }
        : { access: 'LIMITED', productIds: grant.products.map((p) => p.id) };
    const data = await this.owner.gql<{ grantPartnerAccess: { partnership: { id: string } } }>(
      'mutation ($input: GrantPartnerAccessInput!) { grantPartnerAccess(input: $input) { partnership { id } } }',
      { input: { clientOrganizationId: this.id, partnerOrganizationId, ...input } },
    );
    return String(data.grantPartnerAccess.partnership.id);
  }
}

/** The founder's signed-in session, one per worker. */
export interface Founder {
  account: FounderAccount;
  api: APIRequestContext;
}

export class World {
  private readonly contexts: APIRequestContext[] = [];
  private terms: Promise<string> | null = null;
  private sara: Promise<APIRequestContext> | null = null;
  private pixel: Promise<string> | null = null;

  constructor(
    private readonly baseURL: string,
    private readonly founder: Founder,
  ) {}

  /** A new person who belongs to no organization (born in the lobby, which they have left). */
  async person(name = `Léon ${uniqueSuffix()}`): Promise<Person> {
    const email = uniqueEmail('person');
    await graphql(this.founder.api, 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }', {
      input: { organizationId: this.founder.account.lobbyId, email, role: 'USER' },
    });
    const token = await this.invitationToken(email, null);
    const { person, membershipId } = await this.acceptAsNewAccount(token, email, name);
    await person.gql('mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }', {
      input: { membershipId },
    });
    return person;
  }

  /** A new organization with a new legal responsible (or `options.owner`), and the products asked for. */
  async organization(tag: string, options: OrganizationOptions = {}): Promise<Organization> {
    const owner = options.owner ?? (await this.person(options.ownerName));
    return owner.createOrganization(tag, options);
  }

  /** The demo partner Pixel Partners' organization id, from the public partner directory. */
  pixelId(): Promise<string> {
    this.pixel ??= graphql<{ partnerDirectory: { edges: { node: { organizationId: string; publicName: string } }[] } }>(
      this.founder.api,
      'query ($search: String!) { partnerDirectory(search: $search) { edges { node { organizationId publicName } } } }',
      { search: PIXEL.publicName },
    ).then((data) => {
      const node = data.partnerDirectory.edges.map((e) => e.node).find((n) => n.publicName === PIXEL.publicName);
      if (!node) throw new Error(`${PIXEL.publicName} is not in the partner directory: is DEMO_SEED on?`);
      return String(node.organizationId);
    });
    return this.pixel;
  }

  /** sara accepts, for Pixel, a partnership one of the world's clients offered. */
  async acceptForPixel(partnershipId: string): Promise<void> {
    this.sara ??= this.signedIn(SARA.email, SARA.password);
    await graphql(
      await this.sara,
      'mutation ($input: RespondToPartnershipInvitationInput!) { acceptPartnershipInvitation(input: $input) { partnership { id status } } }',
      { input: { partnershipId } },
    );
  }

  /** @internal The token of the newest member invitation emailed to `email` (to `organizationName`, when given). */
  invitationToken(email: string, organizationName: string | null): Promise<string> {
    return awaitEmail(this.founder.api, email, 'an invitation email', (mail) => {
      if (mail.kind !== 'MEMBER_INVITATION' || (organizationName && !mail.subject.includes(organizationName))) return null;
      const match = MEMBER_INVITATION_TOKEN.exec(mail.text_body);
      return match ? decodeURIComponent(match[1]) : null;
    });
  }

  /** @internal Accepts an invitation as a new account, signed in by the same response. */
  async acceptAsNewAccount(token: string, email: string, name: string): Promise<{ person: Person; membershipId: string }> {
    const api = await this.newContext();
    const password = newPassword();
    const data = await graphql<{ acceptMemberInvitation: { membership: { id: string } } }>(
      api,
      'mutation ($input: AcceptMemberInvitationInput!) { acceptMemberInvitation(input: $input) { membership { id } } }',
      { input: { token, displayName: name, password } },
    );
    return { person: new Person(this, email, name, password, api), membershipId: String(data.acceptMemberInvitation.membership.id) };
  }

  /** @internal */
  termsVersion(): Promise<string> {
    this.terms ??= graphql<{ termsOfUse: { version: string } }>(this.founder.api, '{ termsOfUse { version } }').then((d) => d.termsOfUse.version);
    return this.terms;
  }

  private async signedIn(email: string, password: string): Promise<APIRequestContext> {
    const api = await this.newContext();
    await graphql(api, 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', { input: { email, password } });
    return api;
  }

  private async newContext(): Promise<APIRequestContext> {
    const context = await playwrightRequest.newContext({ baseURL: this.baseURL });
    this.contexts.push(context);
    return context;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.dispose()));
  }
}

/**
 * `test` with a `world` of the test's own: `test('…', async ({ page, world }) => …)`. The
 * founder's session is per worker; everything else is per test.
 */
export const test = base.extend<{ world: World }, { founder: Founder }>({
  founder: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring
    async ({}, use, workerInfo) => {
      const raw = process.env[FOUNDER_ENV];
      if (!raw) throw new Error(`${FOUNDER_ENV} is unset: playwright.config.ts must run support/global-setup.ts`);
      const account = JSON.parse(raw) as FounderAccount;
      const baseURL = workerInfo.project.use.baseURL;
      const api = await playwrightRequest.newContext({ baseURL });
      await graphql(api, 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', {
        input: { email: account.email, password: account.password },
      });
      await use({ account, api });
      await api.dispose();
    },
    { scope: 'worker' },
  ],
  world: async ({ baseURL, founder }, use) => {
    const world = new World(String(baseURL), founder);
    await use(world);
    await world.dispose();
  },
});

export { expect };

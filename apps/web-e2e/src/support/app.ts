import { join } from 'node:path';
import { expect, request as playwrightRequest, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** The seeded demo data (tools/demo-seed): every demo account shares this password. */
export const DEMO_PASSWORD = 'demo-password';

export const USERS = {
  alice: { email: 'alice@muller-chocolat.ch', name: 'Alice Müller' },
  bruno: { email: 'bruno@muller-chocolat.ch', name: 'Bruno Keller' },
  chloe: { email: 'chloe@muller-chocolat.ch', name: 'Chloé Favre' },
  hugo: { email: 'hugo@boulangerie-martin.fr', name: 'Hugo Bernard' },
  ines: { email: 'ines@boulangerie-martin.fr', name: 'Inès Petit' },
  lea: { email: 'lea@lea-rossi.photo', name: 'Léa Rossi' },
  paul: { email: 'paul@pixel-partners.ch', name: 'Paul Meier' },
  tom: { email: 'tom@pixel-partners.ch', name: 'Tom Girard' },
  sara: { email: 'sara@pixel-partners.ch', name: 'Sara Rochat' },
  camille: { email: 'camille@boulangerie-martin.fr', name: 'Camille Martin' },
} as const;

export type DemoUser = (typeof USERS)[keyof typeof USERS];

export const ORGS = {
  muller: 'Chocolaterie Müller AG',
  martin: 'Boulangerie Martin SAS',
  rossi: 'Léa Rossi',
  pixel: 'Pixel Partners Sàrl',
} as const;

/** /org/<uuid>, capturing the id. */
export const ORG_URL = /\/org\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/;

export function orgIdOf(page: Page): string {
  const match = ORG_URL.exec(page.url());
  if (!match) throw new Error(`not on an organization page: ${page.url()}`);
  return match[1];
}

export function emailField(page: Page): Locator {
  return page.getByLabel('Email');
}

/** The field labelled exactly "Password" (not its "Show password" button nor the strength meter). */
export function passwordField(page: Page): Locator {
  return page.getByLabel('Password', { exact: true });
}

/** Logs in through the form and waits for the dashboard the app lands on. */
export async function logIn(page: Page, user: { readonly email: string }, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await emailField(page).fill(user.email);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(ORG_URL);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export function productRows(page: Page): Locator {
  return page.getByTestId('product-row');
}

export async function openUserMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'User menu' }).click();
  await expect(page.getByRole('menuitem', { name: 'Log out' })).toBeVisible();
}

export async function switchOrganization(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Switch organization' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${escapeRegExp(name)}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export async function logOut(page: Page): Promise<void> {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/change-user$/);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * WCAG relative luminance (0 black … 1 white) of the colour the page is painted with: the body's
 * computed background-color, or the root element's when the body is transparent.
 */
export async function backgroundLuminance(page: Page): Promise<number> {
  const colour = await page.evaluate(() => {
    const transparent = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
    const body = getComputedStyle(document.body).backgroundColor;
    return transparent(body) ? getComputedStyle(document.documentElement).backgroundColor : body;
  });
  return luminance(colour);
}

export function luminance(cssColour: string): number {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(cssColour);
  if (!match) throw new Error(`unexpected computed colour "${cssColour}"`);
  const [r, g, b] = [match[1], match[2], match[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Waits until the page is painted dark (luminance < 0.2). */
export async function expectDark(page: Page): Promise<void> {
  await expect.poll(() => backgroundLuminance(page), { message: 'page background should be dark' }).toBeLessThan(0.2);
}

/** Waits until the page is painted light (luminance > 0.8). */
export async function expectLight(page: Page): Promise<void> {
  await expect.poll(() => backgroundLuminance(page), { message: 'page background should be light' }).toBeGreaterThan(0.8);
}

export type ThemeLabel = 'Automatic' | 'Light' | 'Dark';

/** Picks a theme in the user menu and waits until the account has saved it. */
export async function chooseTheme(page: Page, label: ThemeLabel): Promise<void> {
  await openUserMenu(page);
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      response.request().method() === 'POST' &&
      (response.request().postData() ?? '').includes('updateThemePreference') &&
      response.ok(),
  );
  await page.getByRole('menuitem', { name: label, exact: true }).click();
  await saved;
  await expect(page.getByRole('menu')).toHaveCount(0);
}

/**
 * Puts the account back to AUTO straight through the API (own request context, own session), so
 * a failed test cannot leave its theme behind for the next run of the same user.
 */
export async function resetThemeThroughApi(
  request: import('@playwright/test').APIRequestContext,
  user: DemoUser,
): Promise<void> {
  const post = (query: string, variables: Record<string, unknown>) =>
    request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const login = await post('mutation ($input: LoginInput!) { login(input: $input) { __typename } }', {
    input: { email: user.email, password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const reset = await post(
    'mutation ($input: UpdateThemePreferenceInput!) { updateThemePreference(input: $input) { user { themePreference } } }',
    { input: { themePreference: 'AUTO' } },
  );
  const body = await reset.json();
  expect(body.errors).toBeUndefined();
  expect(body.data.updateThemePreference.user.themePreference).toBe('AUTO');
}

// ── Accounts created by the tests (issue 3) ────────────────────────────────────────────────────

/** The password of every account a test creates (the API wants at least 10 characters). */
export const NEW_PASSWORD = 'e2e-password-123';

/**
 * An address nobody else uses, so parallel workers (and repeated runs against a reused server)
 * never collide: `e2e-<time>-<random>-<tag>@example.test`.
 */
export function uniqueEmail(tag: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `e2e-${Date.now().toString(36)}-${random}-${tag}@example.test`.toLowerCase();
}

/** A short suffix that makes an organization name unique to this test. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();
}

export interface BillingAddressValue {
  street: string;
  postcode: string;
  city: string;
  country: string;
  isDefault: boolean;
  recipient?: string | null;
}

export interface SignUpValues {
  name: string;
  email: string;
  organization: {
    entityType: 'COMPANY' | 'INDIVIDUAL';
    name: string;
    country: string;
    vatNumber?: string | null;
    billingAddresses: BillingAddressValue[];
  };
}

export interface SignedUpAccount {
  user: { email: string; name: string };
  organizationId: string;
  organizationName: string;
}

async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/**
 * Signs up an account and its first organization straight through the API (its own request
 * context: the caller's cookies are untouched), for tests whose subject comes after sign-up.
 * Mind the API's sign-up throttle (10 per IP address an hour): the whole suite stays well under it.
 */
export async function signUpThroughApi(baseURL: string, values: SignUpValues): Promise<SignedUpAccount> {
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    const terms = await graphql<{ termsOfUse: { version: string } }>(request, '{ termsOfUse { version } }');
    const data = await graphql<{ signUp: { organization: { id: string; name: string } } }>(
      request,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { organization { id name } } }',
      {
        input: {
          displayName: values.name,
          email: values.email,
          password: NEW_PASSWORD,
          acceptTerms: true,
          termsVersion: terms.termsOfUse.version,
          organization: values.organization,
        },
      },
    );
    const organization = data.signUp.organization;
    return {
      user: { email: values.email, name: values.name },
      organizationId: String(organization.id),
      organizationName: organization.name,
    };
  } finally {
    await request.dispose();
  }
}

/** A French company with one address, for tests that need a legal responsible of their own. */
export function frenchCompany(tag: string, extra: Partial<SignUpValues['organization']> = {}): SignUpValues {
  const suffix = uniqueSuffix();
  return {
    name: `Léon ${tag} ${suffix}`,
    email: uniqueEmail(tag),
    organization: {
      entityType: 'COMPANY',
      name: `E2E ${tag} ${suffix} SARL`,
      country: 'FR',
      vatNumber: null,
      billingAddresses: [{ street: '1 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR', isDefault: true }],
      ...extra,
    },
  };
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

/** Waits for the invitation email to `to` and returns the path of its link (`/invitations/accept?token=…`). */
export async function invitationLinkFor(request: APIRequestContext, to: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        for (const email of await emailsTo(request, to)) {
          const match = /\/invitations\/accept\?token=[^\s"'<>]+/.exec(email.text_body);
          if (match) {
            link = match[0];
            return true;
          }
        }
        return false;
      },
      { message: `an invitation email to ${to}` },
    )
    .toBe(true);
  return link;
}

/**
 * Waits for the partnership invitation email to `to` whose subject names `clientName`, and
 * returns the path of its accept link (`/partners/invitations?token=…`, without `&answer=refuse`).
 * The outbox lists the newest first, so a resent invitation wins.
 */
export async function partnershipInvitationLinkFor(request: APIRequestContext, to: string, clientName: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        for (const email of await emailsTo(request, to)) {
          if (email.kind !== 'PARTNERSHIP_INVITATION' || !email.subject.includes(clientName)) continue;
          const match = /\/partners\/invitations\?token=[^\s"'<>&]+/.exec(email.text_body);
          if (match) {
            link = match[0];
            return true;
          }
        }
        return false;
      },
      { message: `a partnership invitation from ${clientName} to ${to}` },
    )
    .toBe(true);
  return link;
}

/** Opens one of the organization tabs (Dashboard, Details, Members, Activity, and the partner program's Partners and Clients). */
export async function openOrgTab(
  page: Page,
  tab: 'dashboard' | 'details' | 'members' | 'activity' | 'partners' | 'clients',
): Promise<void> {
  await page.getByTestId(`org-tab-${tab}`).click();
  await expect(page).toHaveURL(tab === 'dashboard' ? /\/org\/[^/]+$/ : new RegExp(`/org/[^/]+/${tab}$`));
}

/** Picks a country in a searchable country field (types the name, clicks the option). */
export async function chooseCountry(field: Locator, name: string): Promise<void> {
  await field.fill(name);
  await field.page().getByRole('option', { name, exact: true }).click();
  await expect(field).toHaveValue(name);
}

/**
 * Saves the page as `<name>-light.png` and `<name>-dark.png` under test-output/screenshots,
 * switching the emulated OS scheme (the app follows it live with the "Automatic" theme), and
 * leaves the page light.
 */
export async function screenshotsLightAndDark(page: Page, name: string): Promise<void> {
  const dir = join(__dirname, '..', '..', 'test-output', 'screenshots');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectDark(page);
  await page.screenshot({ path: join(dir, `${name}-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await expectLight(page);
  await page.screenshot({ path: join(dir, `${name}-light.png`), fullPage: true });
}

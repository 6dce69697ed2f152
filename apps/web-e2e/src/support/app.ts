import { join } from 'node:path';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { awaitEmail } from './world';

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
export async function logIn(page: Page, account: { readonly email: string; readonly password: string }): Promise<void> {
  await page.goto('/login');
  await emailField(page).fill(account.email);
  await passwordField(page).fill(account.password);
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
 * Waits for the newest invitation email to `to` (to join `organizationName`, when given: people the
 * world creates got one to the lobby first) and returns the path of its link (`/invitations/accept?token=…`).
 */
export function invitationLinkFor(request: APIRequestContext, to: string, organizationName?: string): Promise<string> {
  return awaitEmail(request, to, 'an invitation email', (email) =>
    email.kind === 'MEMBER_INVITATION' && (!organizationName || email.subject.includes(organizationName))
      ? (/\/invitations\/accept\?token=[^\s"'<>]+/.exec(email.text_body)?.[0] ?? null)
      : null,
  );
}

/**
 * Waits for the partnership invitation email to `to` whose subject names `clientName`, and
 * returns the path of its accept link (`/partners/invitations?token=…`, without `&answer=refuse`).
 * The outbox lists the newest first, so a resent invitation wins.
 */
export function partnershipInvitationLinkFor(request: APIRequestContext, to: string, clientName: string): Promise<string> {
  return awaitEmail(request, to, `a partnership invitation from ${clientName}`, (email) =>
    email.kind === 'PARTNERSHIP_INVITATION' && email.subject.includes(clientName)
      ? (/\/partners\/invitations\?token=[^\s"'<>&]+/.exec(email.text_body)?.[0] ?? null)
      : null,
  );
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
  await nextPaint(page);
  await page.screenshot({ path: join(dir, `${name}-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await expectLight(page);
  await nextPaint(page);
  await page.screenshot({ path: join(dir, `${name}-light.png`), fullPage: true });
}

/** Waits two frames: what the last change restyled (a colour scheme, a width) is painted before a screenshot. */
export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { logIn, nextPaint, openUserMenu, screenshotsLightAndDark } from './support/app';
import { expect, test } from './support/world';
import { spaText } from './support/i18n';

const screenshots = join(__dirname, '..', 'test-output', 'screenshots');
const SESSION_COOKIES = ['session', '__Host-session'];
const MY_CONSENTS = '{ myCookieConsents(first: 10) { totalCount edges { node { source version choices { category granted } } } } }';

/** The cookie jar holds the session cookie at most: nothing optional, before or after a choice. */
async function expectOnlyNecessaryCookies(context: BrowserContext): Promise<void> {
  const names = (await context.cookies()).map((cookie) => cookie.name);
  expect(names.filter((name) => !SESSION_COOKIES.includes(name))).toEqual([]);
}

const storedDecision = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('mgr.cookie-consent') ?? 'null') as { choices: Record<string, boolean>; source: string } | null);

async function openCookiePreferences(page: Page) {
  await page.getByTestId('site-footer').getByRole('button', { name: 'Cookie preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('compliance: footer, cookie preferences, supported browsers, data protection', () => {
  test('the footer is on every page, signed in or not, with the product version', async ({ page, world }) => {
    const version = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')).version as string;
    for (const path of ['/login', '/signup', '/privacy', '/browsers', '/terms']) {
      await page.goto(path);
      const footer = page.getByTestId('site-footer');
      await expect(footer.getByRole('link', { name: 'Privacy statement' })).toBeVisible();
      await expect(footer.getByRole('link', { name: 'Terms of use' })).toBeVisible();
      await expect(footer.getByRole('button', { name: 'Cookie preferences' })).toBeVisible();
      await expect(footer.getByRole('link', { name: 'Supported browsers' })).toBeVisible();
      await expect(footer).toContainText(`Manager ${version}`);
    }
    await page.goto('/login');
    await screenshotsLightAndDark(page, 'footer-login');
    const owner = (await world.organization('footer')).owner;
    await logIn(page, owner);
    await expect(page.getByTestId('site-footer')).toBeVisible();
    await page.getByTestId('site-footer').scrollIntoViewIfNeeded();
    await page.emulateMedia({ colorScheme: 'dark' });
    await nextPaint(page);
    await page.getByTestId('site-footer').screenshot({ path: join(screenshots, 'footer-signed-in-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await nextPaint(page);
    await page.getByTestId('site-footer').screenshot({ path: join(screenshots, 'footer-signed-in-light.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await nextPaint(page);
    await page.screenshot({ path: join(screenshots, 'footer-signed-in-390.png'), fullPage: true });

    // The public pages read as an operator's: who, what, why, how long, where, whom to write to.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/privacy');
    const text = page.getByTestId('privacy-text');
    for (const words of ['Manager Hosting SA', 'What we collect, and why', 'How long we keep it', 'Switzerland', 'dpo@manager-hosting.example', 'Alpine Mail Relay AG']) await expect(text).toContainText(words);
    await screenshotsLightAndDark(page, 'privacy-statement');
    await page.goto('/browsers');
    await expect(page.getByTestId('browsers-table').locator('[data-agent="chrome"] td')).toHaveText('134 or later');
    await expect(page.getByTestId('browsers-table').locator('[data-agent="safari"] td')).toHaveText('17.5 or later');
    await expect(page.getByRole('link', { name: 'Brave' })).toHaveAttribute('href', 'https://brave.com/download/');
  });

  test('cookie preferences: nothing optional before consent, reject and accept in one click each, each decision recorded for the person', async ({ page, world }) => {
    const person = (await world.organization('cookies')).owner;
    await logIn(page, person);
    await expectOnlyNecessaryCookies(page.context());
    expect(await storedDecision(page)).toBeNull();

    let dialog = await openCookiePreferences(page);
    await expect(dialog.getByRole('heading', { name: 'Strictly necessary' })).toBeVisible();
    // Off until chosen.
    for (const id of ['preferences', 'analytics']) await expect(dialog.getByTestId(`cookie-toggle-${id}`).getByRole('switch')).not.toBeChecked();
    // Reject and accept look the same: one click each.
    const [reject, accept] = [dialog.getByTestId('cookie-reject'), dialog.getByTestId('cookie-accept')];
    expect(await reject.evaluate((el) => el.className)).toBe(await accept.evaluate((el) => el.className));
    await screenshotsLightAndDark(page, 'cookie-dialog');
    await page.setViewportSize({ width: 390, height: 844 });
    await nextPaint(page);
    await page.screenshot({ path: join(screenshots, 'cookie-dialog-390.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    await reject.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('footer-cookie-preferences')).toBeFocused();
    expect(await storedDecision(page)).toMatchObject({ source: 'DIALOG', choices: { preferences: false, analytics: false } });
    await expectOnlyNecessaryCookies(page.context());

    dialog = await openCookiePreferences(page);
    await dialog.getByTestId('cookie-accept').click();
    await expect(dialog).toBeHidden();
    expect(await storedDecision(page)).toMatchObject({ choices: { preferences: true, analytics: true } });
    await expectOnlyNecessaryCookies(page.context());

    // Recorded on the account: both decisions, newest first, listed on the account's Privacy page.
    await expect.poll(async () => (await person.gql<{ myCookieConsents: { totalCount: number } }>(MY_CONSENTS)).myCookieConsents.totalCount).toBe(2);
    await openUserMenu(page);
    await page.getByTestId('user-menu-privacy').click();
    await expect(page.getByTestId('cookie-decision')).toHaveCount(2);
    await expect(page.getByTestId('cookie-decision').first()).toContainText('analytics: on, preferences: on');
    await expect(page.getByTestId('cookie-decision').last()).toContainText('analytics: off, preferences: off');

    // Keyboard: Escape closes, focus goes back where it was.
    await page.getByTestId('account-cookie-preferences').click();
    await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('Global Privacy Control is a refusal, recorded without a click', async ({ browser, world }) => {
    const person = (await world.organization('gpc')).owner;
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    const page = await context.newPage();
    await logIn(page, person);
    await expect.poll(() => storedDecision(page)).toMatchObject({ source: 'GPC', choices: { preferences: false, analytics: false } });
    await expect
      .poll(async () => (await person.gql<{ myCookieConsents: { edges: { node: { source: string } }[] } }>(MY_CONSENTS)).myCookieConsents.edges.map((e) => e.node.source))
      .toEqual(['GPC']);
    const dialog = await openCookiePreferences(page);
    await expect(dialog.getByTestId('cookie-gpc')).toBeVisible();
    for (const id of ['preferences', 'analytics']) await expect(dialog.getByTestId(`cookie-toggle-${id}`).getByRole('switch')).not.toBeChecked();
    await expectOnlyNecessaryCookies(context);
    await context.close();
  });

  test('browsers: a missing feature shows the static page in the person’s language, an old version a dismissible banner, a current Chromium neither', async ({ browser, page }) => {
    const violations: string[] = [];
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await expect(page.locator('#outdated-browser')).toHaveCount(0);
    await expect(page.locator('#old-browser-banner')).toHaveCount(0);
    expect(violations).toEqual([]);

    // A feature the app needs removed in the page: the static page, in French, no Angular.
    const old = await browser.newContext({ locale: 'fr-CH' });
    await old.addInitScript(() => delete (window as { structuredClone?: unknown }).structuredClone);
    const oldPage = await old.newPage();
    await oldPage.goto('/login');
    const outdated = oldPage.locator('#outdated-browser');
    await expect(outdated.getByRole('heading', { name: 'Votre navigateur est trop ancien pour le Manager' })).toBeVisible();
    for (const name of ['Google Chrome', 'Mozilla Firefox', 'Microsoft Edge', 'Safari (macOS)', 'Opera', 'Brave']) await expect(outdated.getByRole('link', { name })).toBeVisible();
    await expect(oldPage.locator('app-root')).toHaveCount(0);
    await oldPage.screenshot({ path: join(screenshots, 'outdated-browser.png') });
    await old.close();

    // Only the user agent is old (Chrome 120): a banner, dismissible, and the app still works.
    const ua = await browser.newContext({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', locale: 'de-CH' });
    const uaPage = await ua.newPage();
    await uaPage.goto('/login');
    const banner = uaPage.locator('#old-browser-banner');
    await expect(banner).toContainText('Ihre Browserversion ist älter');
    // A German browser: the app itself speaks German too (issue 14).
    const logInDe = spaText('de', 'auth.login.submit');
    await expect(uaPage.getByRole('button', { name: logInDe, exact: true })).toBeVisible();
    await uaPage.screenshot({ path: join(screenshots, 'old-browser-banner.png') });
    await banner.getByRole('button', { name: 'Schliessen' }).click();
    await expect(banner).toHaveCount(0);
    await uaPage.reload();
    await expect(uaPage.getByRole('button', { name: logInDe, exact: true })).toBeVisible();
    await expect(uaPage.locator('#old-browser-banner')).toHaveCount(0);
    await ua.close();
  });

  test('data protection: owners and admins generate the certificate from the account menu; it verifies publicly; others see no link', async ({ page, world }) => {
    const organization = await world.organization('dpa', { country: 'CH' });
    await logIn(page, organization.owner);
    await openUserMenu(page);
    await page.getByTestId('user-menu-data-protection').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Data protection' })).toBeVisible();
    await expect(page.getByTestId('dpa-version')).toContainText('Version 2026-1');

    const download = page.waitForEvent('download');
    await page.getByTestId('dpa-generate').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^data-processing-agreement-2026-1-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(page.getByTestId('dpa-record')).toHaveCount(1);
    await expect(page.getByTestId('dpa-record')).toContainText(organization.owner.name);
    await screenshotsLightAndDark(page, 'data-protection');
    await page.setViewportSize({ width: 390, height: 844 });
    await nextPaint(page);
    await page.screenshot({ path: join(screenshots, 'data-protection-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The code in the list opens the public check.
    await page.getByTestId('dpa-record').getByRole('link').click();
    await expect(page.getByTestId('dpa-verification-result')).toContainText('Genuine');
    await expect(page.getByTestId('dpa-verification-result')).toContainText(organization.name);
    // The downloaded file itself verifies, byte for byte.
    await page.getByTestId('dpa-verification-file').setInputFiles(await file.path());
    await expect(page.getByTestId('dpa-verification-result')).toContainText('this very file was issued by us');

    const user = await organization.addMember('USER');
    await page.context().clearCookies();
    await logIn(page, user);
    await openUserMenu(page);
    await expect(page.getByTestId('user-menu-security')).toBeVisible();
    await expect(page.getByTestId('user-menu-data-protection')).toHaveCount(0);
  });
});

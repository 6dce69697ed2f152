import type { Browser, Page } from '@playwright/test';
import { expectDark, expectLight, nextPaint, openUserMenu, ORG_URL } from './support/app';
import { expect, graphql, test, type Account } from './support/world';

/**
 * The SPA in English, French, German and Italian, one build for all: the translations load before
 * bootstrap (apps/web/src/main.ts), the switch reloads the page in the language chosen.
 * Texts checked here are the language infrastructure's own (the switch's label, the shell's
 * account menu), so the test does not depend on which feature pages are translated yet.
 */

const SWITCH_LABEL = { en: 'Language', fr: 'Langue', de: 'Sprache', it: 'Lingua' } as const;
const USER_MENU = { en: 'User menu', fr: 'Menu du compte', de: 'Kontomenü', it: 'Menu dell’account' } as const;
type Lang = keyof typeof SWITCH_LABEL;

function languageSwitch(page: Page) {
  return page.getByTestId('language-switch');
}

async function expectLanguage(page: Page, language: Lang): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('combobox', { name: SWITCH_LABEL[language], exact: true })).toHaveValue(language);
}

/** Signs the page's context in through the API (language-neutral: no login form texts), then opens the organization. */
async function signIn(page: Page, account: Account, orgId: string): Promise<void> {
  await graphql(page.request, 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', { input: { email: account.email, password: account.password } });
  await page.goto(`/org/${orgId}`);
  await expect(page).toHaveURL(ORG_URL);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Whether the API on this branch has `setLanguage` yet (the api-i18n helper's mutation). */
async function apiSavesLanguage(page: Page): Promise<boolean> {
  const response = await page.request.post('/graphql', {
    data: { query: 'mutation { setLanguage(language: FR) { id } }' },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return !(body.errors ?? []).some((e) => /Cannot query field "setLanguage"/.test(e.message));
}

test.describe('languages', () => {
  test('the login page in each language through the switch, kept after a reload', async ({ page }) => {
    // The catalog is requested once per start: index.html preloads it, main.ts's fetch takes that response.
    const catalogRequests: string[] = [];
    page.on('request', (request) => /\/i18n\/\w+\.json$/.test(request.url()) && catalogRequests.push(new URL(request.url()).pathname));
    await page.goto('/login');
    await expectLanguage(page, 'en');
    for (const language of ['fr', 'de', 'it', 'en'] as const) {
      await Promise.all([page.waitForEvent('load'), languageSwitch(page).selectOption(language)]);
      await expectLanguage(page, language);
      await page.reload();
      await expectLanguage(page, language);
    }
    // English is the source: nothing to load.
    expect(catalogRequests).toEqual(['/i18n/fr.json', '/i18n/fr.json', '/i18n/de.json', '/i18n/de.json', '/i18n/it.json', '/i18n/it.json']);
  });

  test('a signed-in person switches language in the account menu: kept after a reload and on the account', async ({ page, browser, world }) => {
    test.fixme(!(await apiSavesLanguage(page)), 'setLanguage(language: Language!) is not in the API on this branch yet (api-i18n helper)');
    const org = await world.organization('languages', { country: 'CH' });
    await signIn(page, org.owner, org.id);
    await openUserMenu(page);
    await Promise.all([page.waitForEvent('load'), page.getByRole('menuitemradio', { name: 'Deutsch' }).click()]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: USER_MENU.de })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const saved = await graphql<{ me: { language: string | null } }>(page.request, '{ me { language } }');
    expect(saved.me.language).toBe('DE');

    // Another device (no language stored, an English browser): the account's language follows after sign-in.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, org.owner, org.id);
    await expect(otherPage.locator('html')).toHaveAttribute('lang', 'de');
    await expect(otherPage.getByRole('button', { name: USER_MENU.de })).toBeVisible();
    await other.close();
  });

  test('the dashboard in French, German and Italian at phone width, light and dark (screenshots)', async ({ browser, world }, testInfo) => {
    const org = await world.organization('languages', { country: 'CH', products: ['Web Hosting Starter', 'Domain .ch', 'kChat Business'] });
    for (const language of ['fr', 'de', 'it'] as const) {
      const page = await phonePage(browser, language);
      await signIn(page, org.owner, org.id);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('button', { name: USER_MENU[language] })).toBeVisible();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await (scheme === 'dark' ? expectDark(page) : expectLight(page));
        await nextPaint(page);
        await testInfo.attach(`dashboard-${language}-390-${scheme}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
      }
      await page.context().close();
    }
  });

  test.fixme('the journey in each language: sign up, invite a member, grant a partner access, the emails on /dev/emails, an invoice PDF in German', async () => {
    // Written after the merge of the feature libraries' translations and the API's catalogs
    // (emails, PDFs): on this branch neither exists, so the journey cannot read in French yet.
  });
});

async function phonePage(browser: Browser, language: Lang): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // The language chosen on this device before the first load, as the switch leaves it.
  await context.addInitScript((chosen) => localStorage.setItem('mgr.language', chosen), language);
  return context.newPage();
}

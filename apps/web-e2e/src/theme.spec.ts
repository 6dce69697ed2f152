import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  ORGS,
  USERS,
  chooseTheme,
  expectDark,
  expectLight,
  logIn,
  logOut,
  productRows,
  resetThemeThroughApi,
  switchOrganization,
  type DemoUser,
} from './support/app';

// Theme tests use bruno, chloe, hugo and ines (never an account the auth tests use), one account
// per test, so parallel workers never fight over an account's saved preference.

const screenshots = join(__dirname, '..', 'test-output', 'screenshots');

async function signedInPage(browser: Browser, user: DemoUser, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await logIn(page, user);
  return page;
}

function rootColorScheme(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.style.colorScheme);
}

test.describe('theme', () => {
  test('with "Automatic" the dashboard paints dark on a dark OS and light on a light OS', async ({ browser }) => {
    const schemes = [
      ['light', expectLight],
      ['dark', expectDark],
    ] as const;
    for (const [scheme, expectPainted] of schemes) {
      const page = await signedInPage(browser, USERS.chloe, scheme);
      await switchOrganization(page, ORGS.muller);
      await expect(productRows(page)).toHaveCount(14);
      await expectPainted(page);
      // Nothing pinned: the stylesheet's `color-scheme: light dark` decides.
      expect(await rootColorScheme(page)).toBe('');
      await page.screenshot({ path: join(screenshots, `dashboard-${scheme}.png`), fullPage: true });
      await page.context().close();
    }
  });

  test('with "Automatic" the page follows the OS live, without a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await logIn(page, USERS.ines);
    await expectLight(page);
    await page.evaluate(() => ((window as unknown as { e2eMarker: boolean }).e2eMarker = true));

    await page.emulateMedia({ colorScheme: 'dark' });
    await expectDark(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expectLight(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectDark(page);

    // Same document all along: it was never reloaded.
    expect(await page.evaluate(() => (window as unknown as { e2eMarker?: boolean }).e2eMarker)).toBe(true);
  });

  test.describe('a saved choice', () => {
    test.afterEach(async ({ request }, testInfo) => {
      const user = testInfo.annotations.find((a) => a.type === 'user')?.description;
      const demoUser = Object.values(USERS).find((u) => u.email === user);
      if (demoUser) await resetThemeThroughApi(request, demoUser);
    });

    test('Dark on a light OS survives a reload, follows the account to a fresh device, and Automatic gives the OS back', async ({
      browser,
    }) => {
      test.info().annotations.push({ type: 'user', description: USERS.bruno.email });
      const page = await signedInPage(browser, USERS.bruno, 'light');
      await expectLight(page);

      await chooseTheme(page, 'Dark');
      await expectDark(page);
      expect(await rootColorScheme(page)).toBe('dark');

      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectDark(page);

      // Another device (fresh context, light OS): dark as soon as bruno signs in there.
      const other = await browser.newContext({ colorScheme: 'light' });
      const otherPage = await other.newPage();
      await otherPage.goto('/login');
      // Signed-out pages follow the OS even though the account prefers DARK.
      await expectLight(otherPage);
      await logIn(otherPage, USERS.bruno);
      await expectDark(otherPage);

      // Logging out hands the page back to the OS: "Change user" and the login are light.
      await logOut(otherPage);
      await expectLight(otherPage);
      await otherPage.getByRole('button', { name: 'Use another account' }).click();
      await expect(otherPage).toHaveURL(/\/login/);
      await expectLight(otherPage);
      await other.close();

      await chooseTheme(page, 'Automatic');
      await expectLight(page);
      expect(await rootColorScheme(page)).toBe('');
      // …live again: the OS now decides.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectDark(page);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectDark(page);
      await page.context().close();
    });

    test('Light on a dark OS stays light, ignores OS changes, and survives a reload', async ({ browser }) => {
      test.info().annotations.push({ type: 'user', description: USERS.hugo.email });
      const page = await signedInPage(browser, USERS.hugo, 'dark');
      await expectDark(page);

      await chooseTheme(page, 'Light');
      await expectLight(page);
      expect(await rootColorScheme(page)).toBe('light');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectLight(page);

      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectLight(page);

      await chooseTheme(page, 'Automatic');
      await expectDark(page);
      await page.context().close();
    });
  });
});

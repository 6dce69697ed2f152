import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chooseTheme, expectDark, expectLight, logIn, logOut, productRows, switchOrganization } from './support/app';
import { expect, test, type Account } from './support/world';

// Each test signs in as a person of its own (support/world.ts), so no other test ever sees the
// theme it saves, and a failed test leaves nothing behind for the next run.

const screenshots = join(__dirname, '..', 'test-output', 'screenshots');

async function signedInPage(browser: Browser, user: Account, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await logIn(page, user);
  return page;
}

function rootColorScheme(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.style.colorScheme);
}

test.describe('theme', () => {
  test('with "Automatic" the dashboard paints dark on a dark OS and light on a light OS', async ({ browser, world }) => {
    // Like the demo's chloe: a USER of a company with products.
    const muller = await world.organization('theme', { country: 'CH', products: ['Web Hosting Starter', 'Domain .ch', 'kChat Business'] });
    const chloe = await muller.addMember('USER');
    const schemes = [
      ['light', expectLight],
      ['dark', expectDark],
    ] as const;
    for (const [scheme, expectPainted] of schemes) {
      const page = await signedInPage(browser, chloe, scheme);
      await switchOrganization(page, muller.name);
      await expect(productRows(page)).toHaveCount(muller.products.length);
      await expectPainted(page);
      // Nothing pinned: the stylesheet's `color-scheme: light dark` decides.
      expect(await rootColorScheme(page)).toBe('');
      await page.screenshot({ path: join(screenshots, `dashboard-${scheme}.png`), fullPage: true });
      await page.context().close();
    }
  });

  test('with "Automatic" the page follows the OS live, without a reload', async ({ page, world }) => {
    const ines = (await world.organization('theme')).owner;
    await page.emulateMedia({ colorScheme: 'light' });
    await logIn(page, ines);
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
    test('Dark on a light OS survives a reload, follows the account to a fresh device, and Automatic gives the OS back', async ({
      browser,
      world,
    }) => {
      const bruno = (await world.organization('theme')).owner;
      const page = await signedInPage(browser, bruno, 'light');
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
      await logIn(otherPage, bruno);
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

    test('Light on a dark OS stays light, ignores OS changes, and survives a reload', async ({ browser, world }) => {
      const hugo = (await world.organization('theme')).owner;
      const page = await signedInPage(browser, hugo, 'dark');
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

import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  ORG_URL,
  ORGS,
  USERS,
  emailField,
  logIn,
  logOut,
  orgIdOf,
  passwordField,
  productRows,
  switchOrganization,
} from './support/app';

// Each test gets its own browser context (fresh cookies and localStorage). Auth tests use alice,
// paul and lea so they never share an account with the theme tests running in parallel.

test.describe('signing in and moving between organizations', () => {
  test('alice lands on her own organization, sees Müller\'s 14 products and only her 2 granted products at Boulangerie Martin', async ({
    page,
  }) => {
    await logIn(page, USERS.alice);

    // The switcher lists her own organization first (legal responsible), then the one where she
    // is an external member: she lands on the first.
    await page.getByRole('button', { name: 'Switch organization' }).click();
    const options = page.getByTestId('org-option');
    await expect(options).toHaveCount(2);
    await expect(options.nth(0)).toContainText(ORGS.muller);
    await expect(options.nth(1)).toContainText(ORGS.martin);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGS.muller);
    await expect(page.getByRole('button', { name: 'Switch organization' })).toContainText(ORGS.muller);
    const landingId = orgIdOf(page);
    // 14 products fit in the first page of 20.
    await expect(productRows(page)).toHaveCount(14);
    await expect(page.getByTestId('products-count')).toHaveText('14 products');

    await switchOrganization(page, ORGS.martin);
    await expect(page).toHaveURL(ORG_URL);
    const martinId = orgIdOf(page);
    expect(martinId).not.toBe(landingId);
    // EXTERNAL member: exactly the two granted products, nothing else of the 12.
    await expect(productRows(page)).toHaveCount(2);
    await expect(page.getByTestId('products-count')).toHaveText('2 products');
    const names = await productRows(page).locator('td.name').allTextContents();
    expect(names.map((n) => n.trim()).sort()).toEqual(['Mail boulangerie-martin.fr', 'boulangerie-martin.fr'].sort());

    // The organization lives in the URL: a reload stays there.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGS.martin);
    await expect(page).toHaveURL(new RegExp(`/org/${martinId}`));
  });

  test('/ redirects to the first organization and two tabs show two organizations at once', async ({ context }) => {
    const first = await context.newPage();
    await logIn(first, USERS.paul);
    const landingId = orgIdOf(first);
    await switchOrganization(first, ORGS.pixel);
    const pixelId = orgIdOf(first);
    await expect(productRows(first)).toHaveCount(6);

    const second = await context.newPage();
    await second.goto('/');
    await expect(second).toHaveURL(new RegExp(`/org/${landingId}`));
    await switchOrganization(second, ORGS.rossi);
    const rossiId = orgIdOf(second);
    expect(rossiId).not.toBe(pixelId);
    await expect(productRows(second)).toHaveCount(4);

    // The first tab is not dragged along, even after a reload.
    await first.reload();
    await expect(first).toHaveURL(new RegExp(`/org/${pixelId}`));
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(ORGS.pixel);
    await expect(productRows(first)).toHaveCount(6);
    await expect(second.getByRole('heading', { level: 1 })).toHaveText(ORGS.rossi);

    // Paul is EXTERNAL at Müller: only the two granted products.
    await switchOrganization(second, ORGS.muller);
    const names = await productRows(second).locator('td.name').allTextContents();
    expect(names.map((n) => n.trim()).sort()).toEqual(['SSL shop.muller-chocolat.ch', 'shop.muller-chocolat.ch'].sort());
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(ORGS.pixel);
  });

  test('log out lists the account under "Change user", which pre-fills the login; "Use another account" does not', async ({
    page,
  }) => {
    await logIn(page, USERS.lea);
    await logOut(page);

    const account = page.getByTestId('remembered-account').filter({ hasText: USERS.lea.email });
    await expect(account).toHaveCount(1);
    await expect(account).toContainText(USERS.lea.name);

    // Signed out for real: the dashboard is no longer reachable.
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);

    await page.goto('/change-user');
    await page.getByTestId('remembered-account').filter({ hasText: USERS.lea.email }).click();
    await expect(page).toHaveURL(/\/login\?(.*&)?email=/);
    await expect(emailField(page)).toHaveValue(USERS.lea.email);
    await expect(passwordField(page)).toHaveValue('');
    // …and the password is all that is left to type.
    await passwordField(page).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGS.rossi);

    await logOut(page);
    await page.getByRole('button', { name: 'Use another account' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(emailField(page)).toHaveValue('');
    await expect(passwordField(page)).toHaveValue('');
  });

  test('a wrong password or an unknown email shows the same generic error', async ({ page }) => {
    await page.goto('/login');
    await emailField(page).fill(USERS.paul.email);
    await passwordField(page).fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');
    await expect(page).toHaveURL(/\/login/);

    await emailField(page).fill(`nobody-${randomUUID()}@example.com`);
    await passwordField(page).fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');
  });

  test('repeated wrong passwords are throttled with a countdown', async ({ page }) => {
    // tom is used by no other test: his failures cannot throttle anyone else's login.
    await page.goto(`/login?email=${encodeURIComponent(USERS.tom.email)}`);
    await expect(emailField(page)).toHaveValue(USERS.tom.email);
    const logInButton = page.getByRole('button', { name: 'Log in' });
    const alert = page.getByRole('alert');
    const tooMany = /^Too many attempts\. Try again in (\d+) s\.$/;
    const attempt = async (password: string) => {
      await passwordField(page).fill(password);
      const answered = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/graphql' && (r.request().postData() ?? '').includes('login'),
      );
      await logInButton.click();
      await answered;
    };
    // 5 failures per email are allowed in the window…
    for (let i = 1; i <= 5; i++) {
      await attempt(`wrong-${i}`);
      await expect(alert).toHaveText('Incorrect email or password.');
    }
    // …the next attempt is refused, whatever the password.
    await attempt(DEMO_PASSWORD);
    await expect(alert).toHaveText(tooMany);
    const seconds = Number(tooMany.exec((await alert.textContent())?.trim() ?? '')?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
    // Waiting is the only way on: the form does not submit meanwhile…
    await expect(logInButton).toBeDisabled();
    // …and the countdown runs.
    await expect(alert).not.toHaveText(`Too many attempts. Try again in ${seconds} s.`, { timeout: 3_000 });
  });

  test('an organization the user cannot see is "not found", whether it exists or not', async ({ browser, page }) => {
    // Learn the id of Pixel Partners (paul's first organization), which alice has no access to.
    const paulContext = await browser.newContext();
    const paulPage = await paulContext.newPage();
    await logIn(paulPage, USERS.paul);
    await switchOrganization(paulPage, ORGS.pixel);
    const pixelId = orgIdOf(paulPage);
    await paulContext.close();

    await logIn(page, USERS.alice);
    for (const id of [randomUUID(), pixelId]) {
      await page.goto(`/org/${id}`);
      await expect(page.getByRole('heading', { name: 'Organization not found' })).toBeVisible();
      await expect(page.getByText(ORGS.pixel)).toHaveCount(0);
      await expect(productRows(page)).toHaveCount(0);
    }
  });

  test('signed out, an organization URL redirects to the login', async ({ page }) => {
    const orgPath = `/org/${randomUUID()}`;
    await page.goto(orgPath);
    await expect(page).toHaveURL(/\/login/);
    await expect(emailField(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  });
});

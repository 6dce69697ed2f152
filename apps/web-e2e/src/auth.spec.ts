import { randomUUID } from 'node:crypto';
import {
  ORG_URL,
  emailField,
  logIn,
  logOut,
  orgIdOf,
  passwordField,
  productRows,
  screenshotsLightAndDark,
  switchOrganization,
} from './support/app';
import { expect, test, uniqueSuffix } from './support/world';

// Each test gets its own browser context (fresh cookies and localStorage) and its own people and
// organizations (support/world.ts): whatever a test signs in as, no other test uses.

/** The twelve offers, and two domains again: 14 products, which fit in the first page of 20. */
const FOURTEEN_OFFERS = [
  'Web Hosting Starter',
  'Web Hosting Pro',
  'Mail Service 5 addresses',
  'Mail Service 20 addresses',
  'Domain .ch',
  'Domain .com',
  'kDrive Solo 1 TB',
  'kDrive Team 3 TB',
  'kChat Business',
  'SSL certificate DV',
  'VPS Cloud 4 GB',
  'VPS Cloud 16 GB',
  'Domain .ch',
  'Domain .com',
] as const;

test.describe('signing in and moving between organizations', () => {
  test('alice lands on her own organization, sees its 14 products and only her 2 granted products at the other one', async ({
    page,
    world,
  }) => {
    // Like the demo's alice: legal responsible of a company with 14 products, EXTERNAL member of
    // another one, granted 2 of its 4 products.
    const muller = await world.organization('muller', { country: 'CH', products: FOURTEEN_OFFERS });
    const alice = muller.owner;
    const martin = await world.organization('martin', { products: ['Domain .com', 'Mail Service 5 addresses', 'Web Hosting Pro', 'kChat Business'] });
    await martin.join(alice, 'EXTERNAL', [martin.product('Domain .com'), martin.product('Mail Service 5 addresses')]);
    await logIn(page, alice);

    // The switcher lists her own organization first (legal responsible), then the one where she
    // is an external member: she lands on the first.
    await page.getByRole('button', { name: 'Switch organization' }).click();
    const options = page.getByTestId('org-option');
    await expect(options).toHaveCount(2);
    await expect(options.nth(0)).toContainText(muller.name);
    await expect(options.nth(1)).toContainText(martin.name);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(muller.name);
    await expect(page.getByRole('button', { name: 'Switch organization' })).toContainText(muller.name);
    const landingId = orgIdOf(page);
    // 14 products fit in the first page of 20.
    await expect(productRows(page)).toHaveCount(14);
    await expect(page.getByTestId('products-count')).toHaveText('14 products');

    await switchOrganization(page, martin.name);
    await expect(page).toHaveURL(ORG_URL);
    const martinId = orgIdOf(page);
    expect(martinId).not.toBe(landingId);
    // EXTERNAL member: exactly the two granted products, nothing else of the 4.
    await expect(productRows(page)).toHaveCount(2);
    await expect(page.getByTestId('products-count')).toHaveText('2 products');
    const names = await productRows(page).locator('td.name').allTextContents();
    expect(names.map((n) => n.trim()).sort()).toEqual(['Domain .com', 'Mail Service 5 addresses'].sort());

    // The organization lives in the URL: a reload stays there.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(martin.name);
    await expect(page).toHaveURL(new RegExp(`/org/${martinId}`));
  });

  test('/ redirects to the first organization and two tabs show two organizations at once', async ({ context, world }) => {
    // Like the demo's paul: legal responsible of a company with 6 products (where he lands),
    // administrator of one with 4, EXTERNAL member of a third, granted 2 of its products.
    const pixel = await world.organization('pixel', { country: 'CH', products: FOURTEEN_OFFERS.slice(0, 6) });
    const paul = pixel.owner;
    const rossi = await world.organization('rossi', { products: FOURTEEN_OFFERS.slice(6, 10) });
    await rossi.join(paul, 'ADMIN');
    const muller = await world.organization('muller', { country: 'CH', products: ['Web Hosting Pro', 'SSL certificate DV', 'Domain .ch'] });
    await muller.join(paul, 'EXTERNAL', [muller.product('Web Hosting Pro'), muller.product('SSL certificate DV')]);

    const first = await context.newPage();
    await logIn(first, paul);
    const landingId = orgIdOf(first);
    await switchOrganization(first, pixel.name);
    const pixelId = orgIdOf(first);
    await expect(productRows(first)).toHaveCount(6);

    const second = await context.newPage();
    await second.goto('/');
    await expect(second).toHaveURL(new RegExp(`/org/${landingId}`));
    await switchOrganization(second, rossi.name);
    const rossiId = orgIdOf(second);
    expect(rossiId).not.toBe(pixelId);
    await expect(productRows(second)).toHaveCount(4);

    // The first tab is not dragged along, even after a reload.
    await first.reload();
    await expect(first).toHaveURL(new RegExp(`/org/${pixelId}`));
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(pixel.name);
    await expect(productRows(first)).toHaveCount(6);
    await expect(second.getByRole('heading', { level: 1 })).toHaveText(rossi.name);

    // Paul is EXTERNAL at the third: only the two granted products.
    await switchOrganization(second, muller.name);
    const names = await productRows(second).locator('td.name').allTextContents();
    expect(names.map((n) => n.trim()).sort()).toEqual(['SSL certificate DV', 'Web Hosting Pro'].sort());
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(pixel.name);
  });

  test('log out lists the account under "Change user", which pre-fills the login; "Use another account" does not', async ({
    page,
    world,
  }) => {
    // Like the demo's Léa Rossi: an individual, whose organization bears her name.
    const name = `Léa ${uniqueSuffix()}`;
    const rossi = await world.organization('rossi', { entityType: 'INDIVIDUAL', name, ownerName: name });
    const lea = rossi.owner;
    await logIn(page, lea);
    await logOut(page);

    const account = page.getByTestId('remembered-account').filter({ hasText: lea.email });
    await expect(account).toHaveCount(1);
    await expect(account).toContainText(lea.name);

    // Signed out for real: the dashboard is no longer reachable.
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);

    await page.goto('/change-user');
    await page.getByTestId('remembered-account').filter({ hasText: lea.email }).click();
    await expect(page).toHaveURL(/\/login\?(.*&)?email=/);
    await expect(emailField(page)).toHaveValue(lea.email);
    await expect(passwordField(page)).toHaveValue('');
    // …and the password is all that is left to type.
    await passwordField(page).fill(lea.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(rossi.name);

    await logOut(page);
    await page.getByRole('button', { name: 'Use another account' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(emailField(page)).toHaveValue('');
    await expect(passwordField(page)).toHaveValue('');
  });

  test('a wrong password or an unknown email shows the same generic error', async ({ page, world }) => {
    const paul = await world.person();
    await page.goto('/login');
    await emailField(page).fill(paul.email);
    await passwordField(page).fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');
    await expect(page).toHaveURL(/\/login/);

    await emailField(page).fill(`nobody-${randomUUID()}@example.com`);
    await passwordField(page).fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');
  });

  test('repeated wrong passwords are throttled with a countdown', async ({ page, world }) => {
    // An account of this test's own: its failures cannot throttle anyone else's login.
    const tom = await world.person();
    await page.goto(`/login?email=${encodeURIComponent(tom.email)}`);
    await expect(emailField(page)).toHaveValue(tom.email);
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
    await attempt(tom.password);
    await expect(alert).toHaveText(tooMany);
    const seconds = Number(tooMany.exec((await alert.textContent())?.trim() ?? '')?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
    // Waiting is the only way on: the form does not submit meanwhile…
    await expect(logInButton).toBeDisabled();
    // …and the countdown runs.
    await expect(alert).not.toHaveText(`Too many attempts. Try again in ${seconds} s.`, { timeout: 3_000 });
  });

  test('an organization the user cannot see is "not found", whether it exists or not', async ({ browser, page, world }) => {
    const [pixel, muller] = await Promise.all([world.organization('pixel', { country: 'CH' }), world.organization('muller', { country: 'CH' })]);
    // Learn the id of paul's organization in his own browser, which alice has no access to.
    const paulContext = await browser.newContext();
    const paulPage = await paulContext.newPage();
    await logIn(paulPage, pixel.owner);
    await switchOrganization(paulPage, pixel.name);
    const pixelId = orgIdOf(paulPage);
    await paulContext.close();

    await logIn(page, muller.owner);
    for (const id of [randomUUID(), pixelId]) {
      await page.goto(`/org/${id}`);
      await expect(page.getByRole('heading', { name: 'Organization not found' })).toBeVisible();
      await expect(page.getByText(pixel.name)).toHaveCount(0);
      await expect(productRows(page)).toHaveCount(0);
    }
  });

  test('"Change user" on a device that remembers no account offers to log in, not "another" account', async ({ page }) => {
    await page.goto('/change-user');
    await expect(page.getByRole('heading', { level: 1, name: 'Change user' })).toBeVisible();
    await expect(page.getByText('No account has been used on this device yet.')).toBeVisible();
    await expect(page.getByTestId('remembered-account')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Use another account' })).toHaveCount(0);
    await screenshotsLightAndDark(page, 'change-user-empty');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  test('signed out, an organization URL redirects to the login', async ({ page }) => {
    const orgPath = `/org/${randomUUID()}`;
    await page.goto(orgPath);
    await expect(page).toHaveURL(/\/login/);
    await expect(emailField(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  });
});

import type { APIRequestContext, Page } from '@playwright/test';
import { ORG_URL, emailField, logIn, logOut, openUserMenu, screenshotsLightAndDark } from './support/app';
import { emailsTo, expect, test } from './support/world';

// "Forgot password?" and the password change, with people and organizations of the tests' own
// (support/world.ts). An expired link is refused by the API
// (apps/api/test/password-reset.spec.ts moves the row's expiry back in the database, which this
// suite cannot reach); the page shows that refusal exactly like a used link's, checked here.

test.describe.configure({ timeout: 120_000 });

const STRONG = 'violet tractors sing at dawn';

/** Waits for the reset email to `to` and returns the path of its link (`/reset-password#token=…`). */
async function resetLinkFor(request: APIRequestContext, to: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        for (const email of await emailsTo(request, to)) {
          const match = email.kind === 'PASSWORD_RESET' ? /\/reset-password#token=[A-Za-z0-9_-]+/.exec(email.text_body) : null;
          if (match) {
            link = match[0];
            return true;
          }
        }
        return false;
      },
      { message: `a password reset email to ${to}` },
    )
    .toBe(true);
  return link;
}

/** Every URL and Referer the page sends, to show the token never leaves but in a request body to the API. */
function recordOutgoing(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    seen.push(request.url());
    const referer = request.headers()['referer'];
    if (referer) seen.push(referer);
  });
  return seen;
}

async function narrowScreenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshotsLightAndDark(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('forgot password', () => {
  test('a link by email sets a new password once, signs the person in, and the old password stops working', async ({
    page,
    request,
    world,
  }) => {
    const organization = await world.organization('forgot');
    const account = { user: organization.owner, organizationName: organization.name };
    const email = account.user.email;

    await page.goto('/login');
    await emailField(page).fill(email);
    await screenshotsLightAndDark(page, 'login-forgot-password-link');
    await page.getByTestId('forgot-password-link').click();
    await expect(page).toHaveURL(/\/forgot-password\?email=/);
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await expect(emailField(page)).toHaveValue(email);
    await screenshotsLightAndDark(page, 'forgot-password');
    await narrowScreenshots(page, 'forgot-password');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByTestId('reset-link-sent')).toContainText(`If ${email} has a Manager account`);
    await screenshotsLightAndDark(page, 'forgot-password-sent');

    // An unknown address reads exactly the same.
    await page.getByRole('button', { name: 'Use another address' }).click();
    await emailField(page).fill('nobody-here@example.test');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByTestId('reset-link-sent')).toContainText('If nobody-here@example.test has a Manager account');

    const link = await resetLinkFor(request, email);
    const token = link.split('#token=')[1];
    const outgoing = recordOutgoing(page);
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    // Out of the address bar at once, and the page's own requests carry it in no URL or Referer.
    await expect(page).toHaveURL(/\/reset-password$/);
    await expect(emailField(page)).toHaveValue(email);

    const field = page.getByRole('textbox', { name: 'New password' });
    const feedback = page.getByTestId('password-feedback');
    await field.fill('password');
    await expect(page.getByTestId('password-strength')).toContainText('Too short');
    await field.fill('password1234');
    await expect(page.getByTestId('password-strength')).toContainText('Too easy to guess');
    await expect(feedback).toContainText('too easy to guess');
    await field.fill(email);
    await expect(feedback).toContainText('email address or your name');
    await page.getByRole('button', { name: 'Save and log in' }).click();
    await expect(page.locator('mat-error').filter({ hasText: 'email address or your name' })).toBeVisible();
    await field.fill(STRONG);
    await expect(page.getByTestId('password-strength')).toHaveAttribute('data-level', /[34]/);
    await expect(page.getByRole('meter', { name: 'Password strength' })).toHaveAttribute('aria-valuetext', /Strong|Very strong/);
    await screenshotsLightAndDark(page, 'reset-password');
    await narrowScreenshots(page, 'reset-password');
    await page.getByRole('button', { name: 'Save and log in' }).click();

    // Signed in, on the dashboard of their organization.
    await expect(page).toHaveURL(ORG_URL);
    await expect(page.getByRole('heading', { level: 1, name: account.organizationName })).toBeVisible();
    expect(outgoing.filter((url) => url.includes(token))).toEqual([]);

    // The notice.
    await expect
      .poll(async () => (await emailsTo(request, email)).map((e) => e.kind))
      .toContain('PASSWORD_CHANGED');

    // The new password signs in; the old one no longer does.
    await logOut(page);
    await page.goto('/login');
    await emailField(page).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(account.user.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Incorrect email or password.');
    await logIn(page, { email, password: STRONG });

    // The used link, opened again.
    await logOut(page);
    await page.goto(link);
    await expect(page.getByTestId('reset-link-invalid')).toContainText('This link is no longer valid.');
    await expect(page).toHaveURL(/\/reset-password$/);
    await screenshotsLightAndDark(page, 'reset-password-invalid');
    await page.getByRole('link', { name: 'Ask for a new link' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
  });

  test('a reset page without a token, or with a made-up one, says the link is not valid', async ({ page }) => {
    await page.goto('/reset-password');
    await expect(page.getByTestId('reset-link-invalid')).toBeVisible();
    await page.goto('/reset-password#token=madeUpTokenThatMatchesNothing0000000000000');
    await expect(page.getByTestId('reset-link-invalid')).toBeVisible();
    await expect(page).toHaveURL(/\/reset-password$/);
  });
});

test.describe('changing the password', () => {
  test('from the security page: the other browser is signed out, this one stays', async ({ page, browser, world }) => {
    const account = { user: (await world.organization('change')).owner };
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await logIn(other, account.user);
    await logIn(page, account.user);

    await openUserMenu(page);
    await page.getByRole('menuitem', { name: 'Security' }).click();
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();

    // A wrong current password is refused on its field.
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password').fill(STRONG);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.locator('mat-form-field').filter({ hasText: 'Current password' }).locator('mat-error')).toContainText(/password/i);
    await screenshotsLightAndDark(page, 'account-security');
    await narrowScreenshots(page, 'account-security');

    await page.getByLabel('Current password').fill(account.user.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByTestId('password-changed')).toBeVisible();
    await expect(page.getByLabel('Current password')).toHaveValue('');

    // The other browser's session has ended: its next page load goes to the login form.
    await other.goto('/');
    await expect(other).toHaveURL(/\/login/);
    await otherContext.close();

    // This one stays signed in.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
    await logOut(page);
    await logIn(page, { email: account.user.email, password: STRONG });
  });
});

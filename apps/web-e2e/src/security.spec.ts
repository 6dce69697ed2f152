import type { CDPSession, Page } from '@playwright/test';
import { generate } from 'otplib';
import { ORG_URL, emailField, logIn, logOut, passwordField, screenshotsLightAndDark } from './support/app';
import { expect, test } from './support/world';

// Two-step verification in Chromium: passkeys through Chromium's virtual authenticator (CDP
// WebAuthn domain: a platform authenticator with resident keys and user verification), the
// authenticator app by reading the secret from the page and computing codes here, and a recovery
// code. The API's own specs (apps/api/test/second-factor.spec.ts) cover the refusals.

test.describe.configure({ timeout: 120_000 });

async function virtualAuthenticator(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return cdp;
}

async function openSecurity(page: Page): Promise<void> {
  await page.goto('/account/security');
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
}

async function saveRecoveryCodes(page: Page): Promise<string[]> {
  await expect(page.getByTestId('recovery-code-item')).toHaveCount(10);
  const codes = await page.getByTestId('recovery-code-item').allTextContents();
  expect(codes).toHaveLength(10);
  await page.getByTestId('recovery-codes-saved').click();
  await expect(page.getByTestId('recovery-codes')).toBeHidden();
  return codes.map((c) => c.trim());
}

test('registers a passkey, logs out, and logs in with the passkey alone', async ({ page, world }) => {
  const organization = await world.organization('passkey');
  await virtualAuthenticator(page);
  await logIn(page, organization.owner);
  await openSecurity(page);

  await page.getByTestId('passkey-name').fill('This laptop');
  await page.getByTestId('passkey-add').click();
  await saveRecoveryCodes(page);
  await expect(page.getByTestId('passkey-row-name')).toHaveText('This laptop');
  await expect(page.getByTestId('recovery-codes-count')).toHaveText('10 of 10 left');
  await expect(page.getByTestId('security-activity')).toContainText('Added the passkey "This laptop"');

  await logOut(page);
  await page.goto('/login');
  await page.getByTestId('passkey-sign-in').click();
  await expect(page).toHaveURL(ORG_URL);
  await openSecurity(page);
  await expect(page.getByTestId('passkey-row-name')).toHaveText('This laptop');
  await expect(page.getByText(/last used/)).toBeVisible();
  await expect(page.getByTestId('security-activity')).toContainText('Logged in with a passkey alone');
  await expect(page.getByTestId('this-session')).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshotsLightAndDark(page, 'security-passkey-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshotsLightAndDark(page, 'security-passkey-390');
});

test('enrols an authenticator app from the page, then logs in with a recovery code and with a code', async ({ page, world }) => {
  const organization = await world.organization('totp');
  const owner = organization.owner;
  await logIn(page, owner);
  await openSecurity(page);

  await page.getByTestId('totp-start').click();
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  await expect(page.getByRole('img', { name: 'QR code for the authenticator app' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshotsLightAndDark(page, 'security-totp-setup-390');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshotsLightAndDark(page, 'security-totp-setup-1280');

  const now = Math.floor(Date.now() / 1000);
  await page.getByTestId('totp-code').fill(await generate({ secret, epoch: now }));
  await page.getByTestId('totp-confirm').click();
  await expect(page.getByTestId('recovery-codes')).toBeVisible();
  await screenshotsLightAndDark(page, 'security-recovery-codes-1280');
  const codes = await saveRecoveryCodes(page);
  await expect(page.getByTestId('totp-on')).toBeVisible();

  // A recovery code: says how many are left.
  await logOut(page);
  await page.goto('/login');
  await emailField(page).fill(owner.email);
  await passwordField(page).fill(owner.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
  await screenshotsLightAndDark(page, 'login-second-step-1280');
  await page.getByTestId('use-recovery-code').click();
  await page.getByTestId('recovery-code').fill(codes[0]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('recovery-codes-left')).toContainText('9 recovery codes left');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(ORG_URL);

  // A code from the app (the next step's: the enrolment spent the current one; ±1 step is accepted).
  await logOut(page);
  await page.goto('/login');
  await emailField(page).fill(owner.email);
  await passwordField(page).fill(owner.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('second-factor-code').fill(await generate({ secret, epoch: now + 30 }));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(ORG_URL);

  await openSecurity(page);
  await expect(page.getByTestId('recovery-codes-count')).toHaveText('9 of 10 left');
  await expect(page.getByTestId('security-activity')).toContainText('Used a recovery code (9 left)');
  await expect(page.getByTestId('this-session')).toHaveCount(1); // besides the world's API session
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshotsLightAndDark(page, 'security-totp-390');
});


test('the legal responsible requires two-step verification; a member is held at enrolment until they set it up', async ({ page, world }) => {
  const organization = await world.organization('policy');
  const member = await organization.addMember('USER');
  const { owner } = organization;

  // The legal responsible turns it on for themselves (a passkey), then for the members.
  await virtualAuthenticator(page);
  await logIn(page, owner);
  const orgUrl = page.url();
  await openSecurity(page);
  await page.getByTestId('passkey-name').fill('Office laptop');
  await page.getByTestId('passkey-add').click();
  await saveRecoveryCodes(page);
  await page.goto(`${orgUrl}/details`);
  await expect(page.getByRole('heading', { name: 'Organization details' })).toBeVisible();
  await page.getByTestId('require-second-factor').click();
  await expect(page.getByTestId('require-second-factor').getByRole('switch')).toBeChecked();
  await expect(page.getByTestId('policy-error')).toBeHidden();
  await screenshotsLightAndDark(page, 'organization-second-factor-policy-1280');
  await logOut(page);

  // The member logs in with the password: only enrolment is open.
  await page.goto('/login');
  await emailField(page).fill(member.email);
  await passwordField(page).fill(member.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/security-setup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-step verification' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshotsLightAndDark(page, 'security-setup-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByTestId('totp-start').click();
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  await page.getByTestId('totp-code').fill(await generate({ secret }));
  await page.getByTestId('totp-confirm').click();
  await saveRecoveryCodes(page);
  await expect(page.getByTestId('setup-done')).toBeVisible();
  await page.getByTestId('setup-continue').click();
  await expect(page).toHaveURL(ORG_URL);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

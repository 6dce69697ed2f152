import type { Page } from '@playwright/test';
import {
  emailField,
  invitationLinkFor,
  logIn,
  openOrgTab,
  orgIdOf,
  passwordField,
  screenshotsLightAndDark,
  switchOrganization,
} from './support/app';
import { expect, newPassword, test, uniqueEmail } from './support/world';

// Issue 3: members, invitations and what each role sees. Invitations go to unique emails, and
// every organization and person is the test's own (support/world.ts).

test.describe.configure({ timeout: 90_000 });

/** Members → "Invite a member" → email and role → "Send invitation"; waits for the pending row. */
async function invite(page: Page, email: string, role: 'Administrator' | 'User'): Promise<void> {
  await openOrgTab(page, 'members');
  await page.getByRole('button', { name: 'Invite a member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a member' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('invitation-row').filter({ hasText: email })).toContainText(role);
}

test.describe('inviting members', () => {
  test('a new person creates their account from the invitation email and lands in the organization', async ({
    page,
    browser,
    request,
    world,
  }) => {
    const host = await world.organization('inviter');
    const inviteeEmail = uniqueEmail('invitee');

    await logIn(page, host.owner);
    await openOrgTab(page, 'members');
    await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
    await expect(page.getByTestId('member-row')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Pending invitations' })).toBeVisible();
    await invite(page, inviteeEmail, 'User');
    const pending = page.getByTestId('invitation-row').filter({ hasText: inviteeEmail });
    await expect(pending).toContainText(`invited by ${host.owner.name}`);
    await screenshotsLightAndDark(page, 'members-legal-responsible');
    // Stored, not only shown.
    await page.reload();
    await expect(pending).toHaveCount(1);

    // The invitee follows the link from the email, in another browser.
    const link = await invitationLinkFor(request, inviteeEmail);
    const guestContext = await browser.newContext();
    const guest = await guestContext.newPage();
    await guest.goto(link);
    await expect(guest.getByTestId('invitation-preview')).toBeVisible();
    await expect(guest.getByTestId('invitation-organization')).toHaveText(host.name);
    await expect(guest.getByTestId('invitation-role')).toHaveText('User');
    await expect(emailField(guest)).toHaveValue(inviteeEmail);
    await screenshotsLightAndDark(guest, 'invitation-create-account');
    await guest.getByLabel('Your name').fill('Nadia Invitée');
    await passwordField(guest).fill(newPassword());
    await guest.getByRole('button', { name: 'Create account and join' }).click();

    // Joined and signed in, in that organization, as a user (no activity).
    await expect(guest).toHaveURL(new RegExp(`/org/${host.id}$`));
    await expect(guest.getByRole('heading', { level: 1 })).toHaveText(host.name);
    await expect(guest.getByTestId('org-tab-members')).toBeVisible();
    await expect(guest.getByTestId('org-tab-activity')).toHaveCount(0);

    // The link works once.
    await guest.goto(link);
    await expect(guest.getByTestId('invitation-invalid')).toBeVisible();
    await guestContext.close();

    // The legal responsible sees a member where the invitation was.
    await page.reload();
    const member = page.getByTestId('member-row').filter({ hasText: inviteeEmail });
    await expect(member).toContainText('Nadia Invitée');
    await expect(member.getByTestId('member-role')).toContainText('User');
    await expect(page.getByTestId('member-row')).toHaveCount(2);
    await expect(page.getByTestId('invitation-row')).toHaveCount(0);

    await openOrgTab(page, 'activity');
    const events = page.getByTestId('audit-event');
    await expect(events.filter({ hasText: `Invited ${inviteeEmail} as User` })).toHaveCount(1);
    await expect(events.filter({ hasText: /Nadia Invitée joined as User/ })).toHaveCount(1);
  });

  test('a user with an organization of their own signs in from the invitation, accepts, and switches between both', async ({
    page,
    browser,
    request,
    world,
  }) => {
    const [host, guestOrganization] = await Promise.all([world.organization('host'), world.organization('guest')]);
    await logIn(page, host.owner);
    await invite(page, guestOrganization.owner.email, 'User');

    const link = await invitationLinkFor(request, guestOrganization.owner.email, host.name);
    const guestContext = await browser.newContext();
    const guest = await guestContext.newPage();
    // Signed out, an existing account is asked to sign in first, and comes back to the invitation.
    await guest.goto(link);
    await expect(guest.getByTestId('invitation-organization')).toHaveText(host.name);
    await guest.getByTestId('invitation-sign-in').click();
    await expect(emailField(guest)).toHaveValue(guestOrganization.owner.email);
    await passwordField(guest).fill(guestOrganization.owner.password);
    await guest.getByRole('button', { name: 'Log in' }).click();
    await expect(guest).toHaveURL(/\/invitations\/accept\?token=/);
    await guest.getByRole('button', { name: 'Accept' }).click();

    await expect(guest).toHaveURL(new RegExp(`/org/${host.id}$`));
    await expect(guest.getByRole('heading', { level: 1 })).toHaveText(host.name);

    // Both organizations are in the switcher; switching goes there and back.
    await guest.getByRole('button', { name: 'Switch organization' }).click();
    await expect(guest.getByTestId('org-option')).toHaveCount(2);
    await guest.keyboard.press('Escape');
    await switchOrganization(guest, guestOrganization.name);
    expect(orgIdOf(guest)).toBe(guestOrganization.id);
    await expect(guest.getByTestId('org-tab-activity')).toBeVisible();
    await switchOrganization(guest, host.name);
    expect(orgIdOf(guest)).toBe(host.id);
    await expect(guest.getByTestId('org-tab-activity')).toHaveCount(0);
    await guestContext.close();
  });
});

test.describe('what each role sees', () => {
  test('a user sees the details read-only, the members without management, and no activity', async ({ page, world }) => {
    // Like the demo's Müller: a Swiss company (no VAT number), alice its legal responsible, chloe a USER.
    const muller = await world.organization('muller', { country: 'CH' });
    const alice = muller.owner;
    const chloe = await muller.addMember('USER');
    await logIn(page, chloe);
    await switchOrganization(page, muller.name);
    const mullerId = orgIdOf(page);
    await expect(page.getByTestId('org-tab-dashboard')).toBeVisible();
    await expect(page.getByTestId('org-tab-details')).toBeVisible();
    await expect(page.getByTestId('org-tab-members')).toBeVisible();
    await expect(page.getByTestId('org-tab-activity')).toHaveCount(0);

    await openOrgTab(page, 'details');
    await expect(page.getByRole('heading', { name: 'Organization details' })).toBeVisible();
    await expect(page.getByText('Only the legal responsible and administrators can change these details.')).toBeVisible();
    await expect(page.getByTestId('details-name')).toHaveText(muller.name);
    await expect(page.getByTestId('details-country')).toHaveText('Switzerland');
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expect(page.getByTestId('accept-terms')).toHaveCount(0);
    // A Swiss company: no VAT row.
    await expect(page.getByTestId('details-vat-number')).toHaveCount(0);

    await openOrgTab(page, 'members');
    await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
    const rows = page.getByTestId('member-row');
    await expect(rows.filter({ hasText: alice.email })).toContainText('Legal responsible');
    await expect(rows.filter({ hasText: chloe.email })).toContainText('(you)');
    await expect(page.getByRole('button', { name: 'Invite a member' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /^Role of / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Actions for / })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Pending invitations' })).toHaveCount(0);
    await expect(page.getByTestId('invitation-row')).toHaveCount(0);
    await screenshotsLightAndDark(page, 'members-user');

    // Typing the address does not help.
    await page.goto(`/org/${mullerId}/activity`);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
    await expect(page.getByTestId('audit-event')).toHaveCount(0);
  });

  test('an administrator manages invitations and sees them in the activity', async ({ page, world }) => {
    const email = uniqueEmail('admin-invite');
    const muller = await world.organization('muller', { country: 'CH' });
    const bruno = await muller.addMember('ADMIN');
    await logIn(page, bruno);
    await switchOrganization(page, muller.name);
    await expect(page.getByTestId('org-tab-activity')).toBeVisible();

    await invite(page, email, 'User');
    await openOrgTab(page, 'activity');
    await expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible();
    const invited = page.getByTestId('audit-event').filter({ hasText: `Invited ${email} as User` });
    await expect(invited).toHaveCount(1);
    await expect(invited).toContainText(bruno.name);

    // Cancel the invitation, which is in the trail too.
    await openOrgTab(page, 'members');
    const row = page.getByTestId('invitation-row').filter({ hasText: email });
    await row.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel invitation' }).click();
    await expect(row).toHaveCount(0);
    await openOrgTab(page, 'activity');
    await expect(page.getByTestId('audit-event').filter({ hasText: `Cancelled the invitation of ${email} as User` })).toHaveCount(1);
  });
});

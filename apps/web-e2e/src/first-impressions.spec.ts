import type { Page } from '@playwright/test';
import { ORG_URL, emailField, invitationLinkFor, logIn, orgIdOf, partnershipInvitationLinkFor, passwordField, screenshotsLightAndDark } from './support/app';
import { PIXEL, SARA, expect, test, uniqueEmail } from './support/world';

// Issue 16: every screen reads right, loads gracefully and leads somewhere. Each journey builds its
// own organizations (support/world.ts); the demo is only read: Pixel Partners (the listed partner,
// through sara) and the renewals of Chocolaterie Müller (alice, who only looks).

const PARTNER = PIXEL.publicName;
/** What the partner reads of "the client pays": the partner's side, never the client's "You keep the invoices". */
const CLIENT_PAYS_FOR_PARTNER =
  'The client keeps the invoices and pays for every order and renewal, including those you place at the public price. You earn a cashback on those, and a rebate on the orders the client places itself.';
const ALICE = { email: 'alice@muller-chocolat.ch', password: 'demo-password' } as const;

/** Light and dark, at 1280 px and at 390 px (a phone), then back to the desktop width. */
async function screenshots(page: Page, name: string): Promise<void> {
  await screenshotsLightAndDark(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshotsLightAndDark(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('first impressions', () => {
  test('a partnership invitation link opened signed out says who invites whom to what, in the partner’s words, then leads to its answer', async ({
    browser,
    world,
  }) => {
    const client = await world.organization('invites-pixel');
    await client.invitePartner(await world.pixelId(), { access: 'COMPLETE', billingOwner: 'CLIENT' });
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const link = await partnershipInvitationLinkFor(page.request, PIXEL.contactEmail, client.name);
      await page.goto(link);
      const card = page.getByTestId('partnership-invitation-preview');
      await expect(card).toContainText(`${client.name} invites ${PARTNER} to manage its whole organization.`);
      await expect(card).toContainText('Complete access');
      // The partner's billing sentence, not the client's.
      await expect(page.getByTestId('invitation-payment-method')).toContainText(CLIENT_PAYS_FOR_PARTNER);
      await expect(page.getByTestId('invitation-payment-method')).not.toContainText('You keep the invoices');
      await screenshots(page, 'impressions-partner-invitation-signed-out');

      await page.getByTestId('partnership-invitation-log-in').click();
      await expect(page).toHaveURL(/\/login\?returnUrl=/);
      await emailField(page).fill(SARA.email);
      await passwordField(page).fill(SARA.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      // Back on the same link, signed in: the answer.
      await expect(page).toHaveURL(new RegExp(`/partners/invitations\\?token=`));
      await expect(page.getByRole('heading', { level: 1, name: `${client.name} invites ${PARTNER}` })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Accept' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Refuse' })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('a member invitation can be declined, signed out; the organization sees who declined', async ({ page, world }) => {
    const org = await world.organization('declined');
    const email = uniqueEmail('declines');
    await org.owner.gql('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }', {
      input: { organizationId: org.id, email, role: 'USER' },
    });
    const link = await invitationLinkFor(page.request, email, org.name);
    await page.goto(link);
    await expect(page.getByTestId('invitation-organization')).toHaveText(org.name);
    const decline = page.getByRole('button', { name: 'Decline' });
    await expect(decline).toBeVisible();
    await screenshots(page, 'impressions-member-invitation');
    await decline.click();
    await expect(page.getByTestId('invitation-declined')).toContainText(`You declined the invitation to join ${org.name}.`);
    await screenshots(page, 'impressions-member-invitation-declined');

    // The link is spent, and the organization's activity says who declined.
    await page.goto(link);
    await expect(page.getByTestId('invitation-invalid')).toBeVisible();
    const trail = await org.owner.gql<{ organization: { pendingInvitations: unknown[]; auditTrail: { edges: { node: { summary: string } }[] } } }>(
      'query ($id: ID!) { organization(id: $id) { pendingInvitations { id } auditTrail(first: 5) { edges { node { summary } } } } }',
      { id: org.id },
    );
    expect(trail.organization.pendingInvitations).toEqual([]);
    expect(trail.organization.auditTrail.edges.map((e) => e.node.summary)).toContain(`${email} declined the invitation to join as User`);
  });

  test('a partnership opened from Clients keeps the Clients tab active, and its back link says Clients', async ({ page, world }) => {
    const client = await world.organization('tab', { products: ['Mail Service 5 addresses'] });
    const partnershipId = await client.invitePartner(await world.pixelId(), { access: 'LIMITED', products: [client.product('Mail Service 5 addresses')] });
    await world.acceptForPixel(partnershipId);
    await logIn(page, SARA);
    const pixelId = await world.pixelId();

    await page.goto(`/org/${pixelId}/clients`);
    await page.getByTestId('clients-search').fill(client.name);
    // The search reloads the list after a pause: open the row's menu once its row has settled.
    await expect(page.getByText('Showing 1 of 1')).toBeVisible();
    await expect(async () => {
      if (!(await page.getByRole('menu').isVisible())) await page.getByRole('button', { name: `Actions for ${client.name}` }).click();
      await page.getByRole('menuitem', { name: 'Partnership details' }).click({ timeout: 2_000 });
      await expect(page).toHaveURL(/\/clients\/[0-9a-f-]+$/, { timeout: 2_000 });
    }).toPass();
    await expect(page).toHaveURL(new RegExp(`/org/${pixelId}/clients/${partnershipId}$`));
    await expect(page.getByTestId('org-tab-clients')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('org-tab-partners')).not.toHaveAttribute('aria-current', 'page');
    await expect(page.locator('a.back-link')).toContainText('Clients');
    await screenshots(page, 'impressions-partnership-from-clients');

    // An older link under Partners (an email) lands in the same place.
    await page.goto(`/org/${pixelId}/partners/${partnershipId}`);
    await expect(page).toHaveURL(new RegExp(`/org/${pixelId}/clients/${partnershipId}$`));
    await expect(page.getByTestId('org-tab-clients')).toHaveAttribute('aria-current', 'page');
  });

  test('a deep link with a slow API shows the frame’s skeleton at once, never a blank page', async ({ page, world }) => {
    const org = await world.organization('slow');
    await logIn(page, org.owner);
    const delay = 2_500;
    await page.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    const started = Date.now();
    await page.goto(`/org/${org.id}/members`, { waitUntil: 'commit' });
    const skeleton = page.getByTestId('shell-skeleton');
    await expect(skeleton).toBeVisible({ timeout: delay - 500 });
    expect(Date.now() - started).toBeLessThan(delay);
    await expect(skeleton.getByText('Manager')).toBeVisible();
    await screenshots(page, 'impressions-slow-deep-link');
    // Then the real page, with its frame.
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible({ timeout: 30_000 });
    await expect(skeleton).toHaveCount(0);
    await page.unroute('**/graphql');
  });

  test('refusals read the same everywhere and lead back; the user menu offers Change user', async ({ page, world }) => {
    const org = await world.organization('refusal', { products: ['Domain .com'] });
    const user = await org.addMember('EXTERNAL', { products: org.products });
    await logIn(page, user);
    await page.goto(`/org/${org.id}/members`);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
    await screenshots(page, 'impressions-refused');
    await page.getByTestId('page-way-back').click();
    await expect(page).toHaveURL(new RegExp(`/org/${org.id}$`));

    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: 'Change user' }).click();
    await expect(page).toHaveURL(/\/change-user$/);
    await expect(page.getByTestId('remembered-account').filter({ hasText: user.email })).toHaveCount(1);
  });

  test('the partner directory is listed before anything is typed, and "No partner yet" leads to it', async ({ page, world }) => {
    const org = await world.organization('directory');
    await logIn(page, org.owner);
    await page.goto(`/org/${org.id}/partners`);
    await expect(page.getByRole('heading', { name: 'No partner yet' })).toBeVisible();
    await screenshots(page, 'impressions-no-partner');
    await page.getByRole('link', { name: 'Add one from the directory' }).click();
    await expect(page).toHaveURL(new RegExp(`/org/${org.id}/partners/new$`));
    await expect(page.getByTestId('partner-search')).toHaveValue('');
    await expect(page.getByTestId('partner-result').filter({ hasText: PARTNER })).toHaveCount(1);
    await screenshots(page, 'impressions-directory');
  });

  test('the dashboard shows renewals due soon first, in words, with their state, and filters by category', async ({ page, world }) => {
    // Built for this test: every product renews in a year.
    const org = await world.organization('dashboard', { products: ['Web Hosting Starter', 'Domain .com', 'kDrive Solo 1 TB'] });
    await logIn(page, org.owner);
    const rows = page.getByTestId('product-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.getByTestId('product-state')).toHaveText(['Active', 'Active', 'Active']);
    await expect(rows.first().getByTestId('renewal-in')).toHaveText(/^in 36[56] days$/);
    // Nothing is due soon: every Renew is the quiet one.
    await expect(page.locator('[data-testid="renew-button"][data-due="soon"]')).toHaveCount(0);

    // A native select: the browser's own list, picked as a person would with it.
    await page.getByTestId('category-filter').selectOption({ label: 'Domain' });
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Domain .com');
    await expect(page.getByTestId('products-count')).toHaveText('1 product');
    await page.getByTestId('category-filter').selectOption({ label: 'VPS' });
    await expect(page.getByRole('heading', { name: 'No products in this category' })).toBeVisible();
    await page.getByRole('button', { name: 'Show all categories' }).click();
    await expect(rows).toHaveCount(3);

    // The demo's Müller (only looked at): a renewal due in 12 days leads the list and stands out.
    await logIn(page, ALICE);
    await expect(page).toHaveURL(ORG_URL);
    expect(orgIdOf(page)).toBeTruthy();
    const first = rows.first();
    await expect(first.getByTestId('product-state')).toHaveText('Expiring');
    await expect(first.getByTestId('renewal-in')).toHaveText(/^in \d{1,2} days$/);
    await expect(first.getByTestId('renew-button')).toHaveAttribute('data-due', 'soon');
    await expect(rows.last().getByTestId('product-state')).toHaveText('Active');
    await expect(rows.last().getByTestId('renew-button')).not.toHaveAttribute('data-due', 'soon');
    // Dates in the browser's en-GB: day, month, year.
    await expect(first.locator('.renewal-date')).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    await screenshots(page, 'impressions-dashboard');
  });
});

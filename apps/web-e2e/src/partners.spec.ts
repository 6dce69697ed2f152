import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  ORGS,
  ORG_URL,
  USERS,
  emailsTo,
  logIn,
  openOrgTab,
  orgIdOf,
  partnershipInvitationLinkFor,
  productRows,
  screenshotsLightAndDark,
} from './support/app';

// Issue 4: the partner program, from both sides at once (two browser contexts).
//
// Who plays which part, and why:
// - partner: Pixel Partners, the only listed partner of the demo, through sara (its ADMIN, member of
//   nothing else), who may accept invitations.
// - client: camille, legal responsible of Boulangerie Martin SAS. Not alice's Müller: paul, the
//   legal responsible of Pixel, is an EXTERNAL member of Müller, and ANY acceptance by Pixel folds
//   that membership into the partnership (his two granted products join the LIMITED scope and his
//   membership is deleted, as designed in libs/api/partners/src/lib/lifecycle/partnership-start.ts),
//   which would break auth.spec.ts (paul's two granted products at Müller) and the "exactly the
//   chosen products" check. Nobody of Pixel is a member of Martin. Léa Rossi's partnership with
//   Pixel is already ACTIVE (at most one live partnership per pair), and Martin's seeded invitation
//   to Pixel is PENDING: camille deletes it first, as the Partners tab offers, then grants anew.
//   No other spec reads Martin's partnerships; alice's two EXTERNAL products at Martin are untouched.
//
// The tests of this file run one after the other in one worker (mode 'default': a failure does not
// skip the next one): the Clients tab is read (and photographed) with the seeded invitation before
// the journey deletes it.
test.describe.configure({ mode: 'default' });

const PARTNER = 'Pixel Partners';
const PARTNER_CONTACT = 'hello@pixel-partners.ch';
const ACTING_AS_LIMITED = `You are acting as ${PARTNER} (partner, limited access)`;

/** Martin's products the journey hands to Pixel: [name, category] (names can repeat across categories). */
const FIRST_SCOPE = [
  ['commandes.boulangerie-martin.fr', 'Web hosting'],
  ['Mail boulangerie-martin.fr', 'Mail service'],
] as const;
const ADDED = ['kDrive Recettes', 'kDrive'] as const;

/** "Nov 26, 2026": how the SPA (en-US) writes a day, in the browser's time zone (playwright.config.ts). */
function day(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'Europe/Zurich' }).format(date);
}

/** "name · category" of every product row of the dashboard, sorted. */
async function productsOnDashboard(page: Page): Promise<string[]> {
  const rows = await productRows(page).all();
  const names: string[] = [];
  for (const row of rows) {
    const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
    names.push(`${cells[0]} · ${cells[1]}`);
  }
  return names.sort();
}

function expected(products: readonly (readonly [string, string])[]): string[] {
  return products.map(([name, category]) => `${name} · ${category}`).sort();
}

/** Ticks a product in the LIMITED scope picker: opens its category, then its checkbox (exact label). */
async function tickProduct(scope: Locator, name: string, category: string): Promise<void> {
  await scope.getByTestId('scope-category').filter({ hasText: category }).click();
  const group = scope.getByRole('group', { name: `${category} products` });
  const box = group.getByRole('checkbox', { name, exact: true });
  await box.check();
  await expect(box).toBeChecked();
}

test.describe('a partner organization', () => {
  test("Pixel's Clients tab lists Léa Rossi (limited, 2 products, since the seed) and Boulangerie Martin's invitation", async ({ page }) => {
    await logIn(page, USERS.sara);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGS.pixel);
    await openOrgTab(page, 'clients');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

    // Clients under management: Léa Rossi, with the partnership's access, scope size and start.
    const lea = page.getByTestId('client-row').filter({ hasText: ORGS.rossi });
    await expect(lea).toHaveCount(1);
    const cells = lea.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(ORGS.rossi);
    await expect(cells.nth(1)).toHaveText('Limited access');
    // LIMITED: the client pays, nothing to show in the billing column.
    await expect(cells.nth(2)).toHaveText('—');
    await expect(lea.getByRole('cell').filter({ hasText: /^\s*2\s*$/ })).toHaveCount(1);
    // The demo seed accepted it today.
    await expect(lea).toContainText(day(new Date()));
    // Boulangerie Martin is not a client yet: its invitation waits for an answer.
    await expect(page.getByTestId('client-row').filter({ hasText: ORGS.martin })).toHaveCount(0);

    const received = page.getByTestId('invitation-received-row');
    const martin = received.filter({ hasText: ORGS.martin });
    await expect(martin).toHaveCount(1);
    await expect(martin).toContainText('Complete access · The client pays');
    await expect(martin).toContainText(`Invited ${day(new Date())}`);
    // sara (ADMIN) may answer it.
    await expect(martin.getByRole('button', { name: 'Accept' })).toBeEnabled();
    await expect(martin.getByRole('button', { name: 'Refuse' })).toBeEnabled();

    await screenshotsLightAndDark(page, 'partners-clients-tab');

    // The client opens from its row: acting as Pixel, limited to the two products in scope.
    await lea.getByRole('link', { name: ORGS.rossi }).click();
    await expect(page).toHaveURL(ORG_URL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGS.rossi);
    await expect(page.getByTestId('acting-banner')).toHaveText(ACTING_AS_LIMITED);
    await expect(productRows(page)).toHaveCount(2);
    expect(await productsOnDashboard(page)).toEqual(
      expected([
        ['Mail lea-rossi.photo', 'Mail service'],
        ['kDrive Photos', 'kDrive'],
      ]),
    );
  });
});

test.describe('partnership journey', () => {
  test('Martin grants Pixel limited access to two products, Pixel accepts and sees exactly them, Martin widens the scope, then ends it with its password and Pixel loses access', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const clientContext = await browser.newContext();
    const partnerContext = await browser.newContext();
    const client = await clientContext.newPage();
    const partner = await partnerContext.newPage();

    try {
      let martinId = '';
      let partnershipId = '';

      await test.step('client: camille deletes the seeded invitation, then adds Pixel Partners with limited access to two products', async () => {
        await logIn(client, USERS.camille);
        await expect(client.getByRole('heading', { level: 1 })).toHaveText(ORGS.martin);
        martinId = orgIdOf(client);
        await openOrgTab(client, 'partners');
        await expect(client.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
        await expect(client.getByRole('heading', { name: 'No partner yet' })).toBeVisible();

        const seeded = client.getByTestId('partnership-row').filter({ hasText: PARTNER });
        await expect(seeded).toHaveCount(1);
        await expect(seeded).toHaveAttribute('data-status', 'PENDING');
        await expect(seeded).toContainText('Complete access · The client pays');
        await seeded.getByRole('button', { name: 'Delete' }).click();
        const confirm = client.getByRole('dialog');
        await expect(confirm.getByRole('heading', { name: `Delete the invitation to ${PARTNER}?` })).toBeVisible();
        await confirm.getByRole('button', { name: 'Delete' }).click();
        await expect(client.getByText('Invitation deleted.')).toBeVisible();
        // Gone before the screenshots of the next steps.
        await expect(client.getByText('Invitation deleted.')).toHaveCount(0);
        await expect(seeded).toHaveCount(0);
        await expect(client.getByRole('heading', { name: 'Waiting for an answer' })).toHaveCount(0);

        await client.getByTestId('add-partner').click();
        await expect(client).toHaveURL(new RegExp(`/org/${martinId}/partners/new$`));
        await expect(client.getByRole('heading', { level: 2, name: 'Which partner?' })).toBeVisible();
        await client.getByTestId('partner-search').fill('Pixel');
        const result = client.getByTestId('partner-result').filter({ hasText: PARTNER });
        await expect(result).toHaveCount(1);
        await expect(result).toContainText(PARTNER_CONTACT);
        await result.click();
        await expect(client.getByRole('status').filter({ hasText: 'Selected:' })).toHaveText(`Selected: ${PARTNER}`);
        await screenshotsLightAndDark(client, 'partners-add-1-search');
        await client.getByRole('button', { name: 'Continue' }).click();

        await expect(client.getByRole('heading', { level: 2, name: `What may ${PARTNER} do?` })).toBeVisible();
        await client.getByTestId('access-card-limited').click();
        await expect(client.getByRole('radio', { name: /Limited access/ })).toBeChecked();
        await screenshotsLightAndDark(client, 'partners-add-2-access');
        await client.getByRole('button', { name: 'Continue' }).click();

        await expect(client.getByRole('heading', { level: 2, name: 'Which products?' })).toBeVisible();
        const scope = client.locator('mgr-product-scope-picker');
        for (const [name, category] of FIRST_SCOPE) await tickProduct(scope, name, category);
        await expect(client.getByTestId('scope-summary')).toHaveText('2 products selected');
        await screenshotsLightAndDark(client, 'partners-add-3-products');
        await client.getByRole('button', { name: 'Continue' }).click();

        await expect(client.getByRole('heading', { level: 2, name: 'Check and send' })).toBeVisible();
        await expect(client.getByTestId('review-access')).toHaveText('Limited access');
        const summary = client.locator('dl.summary');
        await expect(summary).toContainText(`${PARTNER} (${PARTNER_CONTACT})`);
        await expect(summary.getByRole('listitem')).toHaveCount(2);
        for (const [name, category] of FIRST_SCOPE) {
          await expect(summary.getByRole('listitem').filter({ hasText: category })).toContainText(name);
        }
        await screenshotsLightAndDark(client, 'partners-add-4-review');
        await client.getByRole('button', { name: 'Continue' }).click();

        const sent = client.getByTestId('partner-invitation-sent');
        await expect(sent.getByRole('heading', { name: 'Invitation sent' })).toBeVisible();
        await expect(sent).toContainText(`An email has been sent to ${PARTNER} to accept or refuse.`);
        await screenshotsLightAndDark(client, 'partners-add-5-sent');

        await sent.getByRole('link', { name: 'Back to the partners' }).click();
        await expect(client).toHaveURL(new RegExp(`/org/${martinId}/partners$`));
        await expect(client.getByRole('heading', { name: 'Waiting for an answer' })).toBeVisible();
        const pending = client.getByTestId('partnership-row').filter({ hasText: PARTNER });
        await expect(pending).toHaveCount(1);
        await expect(pending).toHaveAttribute('data-status', 'PENDING');
        await expect(pending).toContainText('Limited access');
        await expect(pending).toContainText('Pending');
        await expect(pending).toContainText(`Invited ${day(new Date())}`);
        await expect(pending.getByRole('button', { name: 'Resend' })).toBeVisible();
        partnershipId = (await pending.getAttribute('data-partnership-id')) ?? '';
        expect(partnershipId).not.toBe('');
        // Still nothing under "Your partners": it is not active before Pixel accepts.
        await expect(client.getByRole('heading', { name: 'No partner yet' })).toBeVisible();
      });

      await test.step('partner: sara opens the emailed link and accepts; she lands on Martin acting as Pixel, with exactly the two products', async () => {
        // The invitation goes to the partner's contact address and to its legal responsible.
        const link = await partnershipInvitationLinkFor(partner.request, PARTNER_CONTACT, ORGS.martin);
        expect(link).toMatch(/^\/partners\/invitations\?token=/);
        const toPaul = await emailsTo(partner.request, USERS.paul.email);
        expect(toPaul.some((e) => e.kind === 'PARTNERSHIP_INVITATION' && e.subject.includes(ORGS.martin))).toBe(true);
        const invitation = (await emailsTo(partner.request, PARTNER_CONTACT)).find((e) => e.kind === 'PARTNERSHIP_INVITATION');
        expect(invitation?.subject).toBe(`${ORGS.martin} invites ${PARTNER} to manage its products`);
        expect(invitation?.text_body).toContain('Products: ');
        for (const [name] of FIRST_SCOPE) expect(invitation?.text_body).toContain(name);

        await logIn(partner, USERS.sara);
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(ORGS.pixel);
        // The Clients tab lists it under the invitations received (the deleted one is gone).
        await openOrgTab(partner, 'clients');
        const received = partner.getByTestId('invitation-received-row').filter({ hasText: ORGS.martin });
        await expect(received).toHaveCount(1);
        await expect(received).toContainText('Limited access');
        await partner.goto(link);
        const card = partner.getByTestId('partnership-invitation');
        await expect(card.getByRole('heading', { level: 1 })).toHaveText(`${ORGS.martin} invites ${PARTNER}`);
        await expect(card).toContainText('Limited access');
        await expect(card.getByRole('listitem')).toHaveCount(2);
        for (const [name] of FIRST_SCOPE) await expect(card.getByRole('listitem').filter({ hasText: name }).first()).toBeVisible();
        await card.getByRole('button', { name: 'Accept' }).click();

        await expect(partner).toHaveURL(new RegExp(`/org/${martinId}$`));
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(ORGS.martin);
        await expect(partner.getByTestId('acting-banner')).toHaveText(ACTING_AS_LIMITED);
        await expect(productRows(partner)).toHaveCount(2);
        await expect(partner.getByTestId('products-count')).toHaveText('2 products');
        expect(await productsOnDashboard(partner)).toEqual(expected(FIRST_SCOPE));
        // Nothing else of Martin: its dashboard is the only tab.
        await expect(partner.getByTestId('org-tab-dashboard')).toBeVisible();
        for (const tab of ['details', 'members', 'activity', 'partners', 'clients', 'billing', 'revenue']) {
          await expect(partner.getByTestId(`org-tab-${tab}`)).toHaveCount(0);
        }
        await screenshotsLightAndDark(partner, 'partners-acting-as-banner');

        // The invitation link worked once.
        await partner.goto(link);
        await expect(partner.getByTestId('partnership-invitation-invalid')).toBeVisible();

        // Typing the addresses of Martin's other pages shows none of its members or details.
        for (const page of ['members', 'details', 'activity']) {
          await partner.goto(`/org/${martinId}/${page}`);
          // Whatever the page settles on (an empty state, or the read-only details: name, type and
          // country, as on the dashboard), the VAT number, addresses and people stay hidden.
          await expect(partner.locator('mgr-empty-state, h1').first()).toBeVisible();
          await expect(partner.getByRole('progressbar')).toHaveCount(0);
          await expect(partner.getByText(USERS.camille.email)).toHaveCount(0);
          await expect(partner.getByText('rue des Boulangers')).toHaveCount(0);
          await expect(partner.getByText('FR40303265045')).toHaveCount(0);
        }
        await partner.goto(`/org/${martinId}`);
        await expect(productRows(partner)).toHaveCount(2);
      });

      await test.step('client: the partnership is active; camille adds a third product with "Change access"', async () => {
        await client.reload();
        const row = client.getByTestId('partnership-row').filter({ hasText: PARTNER });
        await expect(client.getByRole('heading', { name: 'Your partners' })).toBeVisible();
        await expect(row).toHaveCount(1);
        await expect(row).toContainText('Active');
        await expect(row).toContainText(`Since ${day(new Date())}`);
        await expect(client.getByRole('heading', { name: 'Waiting for an answer' })).toHaveCount(0);

        await row.getByRole('link', { name: PARTNER }).click();
        await expect(client).toHaveURL(new RegExp(`/org/${martinId}/partners/${partnershipId}$`));
        await expect(client.getByRole('heading', { level: 1 })).toHaveText(PARTNER);
        await expect(client.getByTestId('partnership-status')).toHaveText('Active');
        await expect(client.getByTestId('partnership-access')).toHaveText('Limited access');
        const covered = client.getByTestId('partnership-products').getByRole('listitem');
        await expect(covered).toHaveCount(2);

        await client.getByRole('button', { name: 'Change access' }).click();
        const editor = client.getByTestId('scope-editor');
        await expect(editor.getByRole('radio', { name: /Limited access/ })).toBeChecked();
        await expect(editor.getByTestId('scope-summary')).toHaveText('2 products selected');
        await tickProduct(editor, ADDED[0], ADDED[1]);
        await expect(editor.getByTestId('scope-summary')).toHaveText('3 products selected');
        await editor.getByRole('button', { name: 'Save' }).click();
        await expect(editor).toHaveCount(0);
        await expect(covered).toHaveCount(3);
        await expect(covered.filter({ hasText: ADDED[0] })).toHaveCount(1);
      });

      await test.step('partner: a reload shows the three products', async () => {
        await partner.reload();
        await expect(partner.getByTestId('acting-banner')).toHaveText(ACTING_AS_LIMITED);
        await expect(productRows(partner)).toHaveCount(3);
        expect(await productsOnDashboard(partner)).toEqual(expected([...FIRST_SCOPE, ADDED]));
      });

      await test.step('client: ending asks twice; a wrong password is refused on its field and changes nothing, the right one ends it', async () => {
        await client.getByRole('button', { name: 'End the partnership' }).click();
        const dialog = client.getByRole('dialog');
        await expect(dialog.getByRole('heading', { name: `End the partnership with ${PARTNER}?` })).toBeVisible();
        await dialog.getByRole('button', { name: 'End the partnership' }).click();
        await expect(dialog.getByRole('heading', { name: 'Confirm with your password' })).toBeVisible();

        const password = dialog.getByLabel('Password');
        await password.fill('not-the-password');
        await dialog.getByRole('button', { name: 'End the partnership' }).click();
        await expect(dialog.locator('mat-error')).toHaveText('Incorrect password: enter the password you sign in with to confirm.');
        await expect(password).toHaveAttribute('aria-invalid', 'true');
        await expect(dialog).toBeVisible();

        // Nothing changed: the partner still works in Martin.
        await partner.reload();
        await expect(productRows(partner)).toHaveCount(3);

        await password.fill(DEMO_PASSWORD);
        await dialog.getByRole('button', { name: 'End the partnership' }).click();
        await expect(dialog).toHaveCount(0);
        await expect(client.getByText(`The partnership with ${PARTNER} has ended.`)).toBeVisible();
        await expect(client).toHaveURL(new RegExp(`/org/${martinId}/partners$`));
        await expect(client.getByTestId('partnership-row').filter({ hasText: PARTNER })).toHaveCount(0);
        await expect(client.getByRole('heading', { name: 'No partner yet' })).toBeVisible();

        // Its page stays readable: status ended, the scope it had, and the activity.
        await client.goto(`/org/${martinId}/partners/${partnershipId}`);
        await expect(client.getByTestId('partnership-status')).toHaveText('Ended');
        await expect(client.getByRole('button', { name: 'Change access' })).toHaveCount(0);
        await expect(client.getByRole('heading', { name: 'End the partnership' })).toHaveCount(0);
        await expect(client.getByTestId('partnership-activity-row').first()).toBeVisible();
      });

      await test.step('partner: the open client dashboard loses access on its next request, and Martin leaves the Clients tab', async () => {
        await partner.reload();
        await expect(partner.getByRole('heading', { name: 'Organization not found' })).toBeVisible();
        await expect(productRows(partner)).toHaveCount(0);
        await expect(partner.getByTestId('acting-banner')).toHaveCount(0);
        await expect(partner.getByText(FIRST_SCOPE[1][0])).toHaveCount(0);

        await partner.goto('/');
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(ORGS.pixel);
        const pixelId = orgIdOf(partner);
        await openOrgTab(partner, 'clients');
        await expect(partner.getByTestId('client-row').filter({ hasText: ORGS.rossi })).toHaveCount(1);
        await expect(partner.getByTestId('client-row').filter({ hasText: ORGS.martin })).toHaveCount(0);
        // Nor is it offered in the switcher any more.
        await partner.getByRole('button', { name: 'Switch organization' }).click();
        await expect(partner.getByRole('menuitem', { name: new RegExp(ORGS.martin) })).toHaveCount(0);
        await partner.keyboard.press('Escape');

        // The history stays readable from the partner's side too.
        await partner.goto(`/org/${pixelId}/partners/${partnershipId}`);
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(ORGS.martin);
        await expect(partner.getByTestId('partnership-status')).toHaveText('Ended');
        await expect(partner.getByTestId('partnership-activity-row').first()).toBeVisible();
        // …without the products of a partnership that is over.
        await expect(partner.getByTestId('partnership-products')).toHaveCount(0);
      });
    } finally {
      await clientContext.close();
      await partnerContext.close();
    }
  });
});

import type { Locator, Page } from '@playwright/test';
import { ORG_URL, logIn, openOrgTab, orgIdOf, partnershipInvitationLinkFor, productRows, screenshotsLightAndDark } from './support/app';
import { PAUL_EMAIL, PIXEL, SARA, emailsTo, expect, test, type World } from './support/world';

// Issue 4: the partner program, from both sides at once (two browser contexts).
//
// Who plays which part, and why:
// - partner: the demo's Pixel Partners, the only listed partner (no public mutation makes one),
//   through sara (its ADMIN, member of nothing else), who may accept invitations. Everything of
//   Pixel's is read filtered by the names of this test's own clients: other specs' clients of Pixel
//   come and go in parallel.
// - clients: organizations of the test's own (support/world.ts), with their legal responsible and
//   products, set up through the API as the demo seed set up Léa Rossi (an ACTIVE, LIMITED
//   partnership on two products) and Boulangerie Martin (a PENDING invitation, complete access, the
//   client paying). Nobody of Pixel is a member of them: an acceptance by Pixel folds such
//   memberships into the partnership, which would change what the test expects to see.

const PARTNER = PIXEL.publicName;
const PARTNER_CONTACT = PIXEL.contactEmail;
const ACTING_AS_LIMITED = `You are acting as ${PARTNER} (partner, limited access)`;
/** "Add a partner": the same four names from the first step to the last (issue 16). */
const STEP_TITLES = ['Partner', 'Access', 'Products or payment', 'Check and send'];
/** What the partner reads of "the client pays" (the partner's side, never the client's "You keep the invoices"). */
const CLIENT_PAYS_FOR_PARTNER =
  'The client keeps the invoices and pays for every order and renewal, including those you place at the public price. You earn a cashback on those, and a rebate on the orders the client places itself.';

/** The client's products the journey hands to Pixel: [name, category] (names are the offers'). */
const FIRST_SCOPE = [
  ['Web Hosting Starter', 'Web hosting'],
  ['Mail Service 5 addresses', 'Mail service'],
] as const;
const ADDED = ['kDrive Solo 1 TB', 'kDrive'] as const;

/** Like the demo's Léa Rossi: a client managed by Pixel since today, LIMITED to two of its three products. */
async function limitedClientOfPixel(world: World, tag: string) {
  const client = await world.organization(tag, { products: ['Mail Service 5 addresses', 'kDrive Solo 1 TB', 'Domain .com'] });
  const partnershipId = await client.invitePartner(await world.pixelId(), {
    access: 'LIMITED',
    products: [client.product('Mail Service 5 addresses'), client.product('kDrive Solo 1 TB')],
  });
  await world.acceptForPixel(partnershipId);
  return client;
}

/** "26 Nov 2026": how the SPA writes a day in the browser's locale (en-GB) and time zone (playwright.config.ts). */
function day(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/Zurich' }).format(date);
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
  test("Pixel's Clients tab lists a client (limited, 2 products, since today) and another one's invitation", async ({ page, world }) => {
    const [rossi, martin] = await Promise.all([limitedClientOfPixel(world, 'client-limited'), world.organization('client-invites')]);
    await martin.invitePartner(await world.pixelId(), { access: 'COMPLETE', billingOwner: 'CLIENT' });

    await logIn(page, SARA);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PIXEL.organizationName);
    await openOrgTab(page, 'clients');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

    // Clients under management: the limited one, with the partnership's access, scope size and start.
    const lea = page.getByTestId('client-row').filter({ hasText: rossi.name });
    await expect(lea).toHaveCount(1);
    // The first cell is the row's export checkbox.
    const cells = lea.getByRole('cell');
    await expect(cells.nth(0).getByRole('checkbox')).toHaveCount(1);
    await expect(cells.nth(1)).toHaveText(rossi.name);
    await expect(cells.nth(2)).toHaveText('Limited access');
    // LIMITED: the client pays, nothing to show in the billing column.
    await expect(cells.nth(3)).toHaveText('—');
    await expect(lea.getByRole('cell').filter({ hasText: /^\s*2\s*$/ })).toHaveCount(1);
    // Accepted today.
    await expect(lea).toContainText(day(new Date()));
    // The other is not a client yet: its invitation waits for an answer.
    await expect(page.getByTestId('client-row').filter({ hasText: martin.name })).toHaveCount(0);

    const received = page.getByTestId('invitation-received-row');
    const invitation = received.filter({ hasText: martin.name });
    await expect(invitation).toHaveCount(1);
    await expect(invitation).toContainText('Complete access · The client pays');
    await expect(invitation).toContainText(`Invited ${day(new Date())}`);
    // sara (ADMIN) may answer it.
    await expect(invitation.getByRole('button', { name: 'Accept' })).toBeEnabled();
    await expect(invitation.getByRole('button', { name: 'Refuse' })).toBeEnabled();

    await screenshotsLightAndDark(page, 'partners-clients-tab');

    // The invitation's own page (the emailed link) explains the payment method to the partner, as the email does.
    const link = await partnershipInvitationLinkFor(page.request, PARTNER_CONTACT, martin.name);
    const email = (await emailsTo(page.request, PARTNER_CONTACT)).find((e) => e.kind === 'PARTNERSHIP_INVITATION' && e.subject.includes(martin.name));
    expect(email?.text_body).toContain(`Payment method: the client pays. ${CLIENT_PAYS_FOR_PARTNER}`);
    expect(email?.text_body).not.toContain('You keep the invoices');
    await page.goto(link);
    const card = page.getByTestId('partnership-invitation');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText(`${martin.name} invites ${PARTNER}`);
    await expect(card.getByTestId('invitation-payment-method')).toHaveText(`The client pays ${CLIENT_PAYS_FOR_PARTNER}`);
    await expect(card).not.toContainText('You keep the invoices');
    await screenshotsLightAndDark(page, 'partners-invitation-complete');
    await page.goBack();
    await expect(lea).toHaveCount(1);

    // The client opens from its row: acting as Pixel, limited to the two products in scope.
    await lea.getByRole('link', { name: rossi.name }).click();
    await expect(page).toHaveURL(ORG_URL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(rossi.name);
    await expect(page.getByTestId('acting-banner')).toHaveText(ACTING_AS_LIMITED);
    await expect(productRows(page)).toHaveCount(2);
    expect(await productsOnDashboard(page)).toEqual(
      expected([
        ['Mail Service 5 addresses', 'Mail service'],
        ['kDrive Solo 1 TB', 'kDrive'],
      ]),
    );
  });
});

test.describe('partnership journey', () => {
  test('a client grants Pixel limited access to two products, Pixel accepts and sees exactly them, the client widens the scope, then ends it with its password and Pixel loses access', async ({
    browser,
    world,
  }) => {
    test.setTimeout(120_000);
    // Like the demo's Boulangerie Martin: a French company with a VAT number, four products, and
    // a pending invitation to Pixel (complete access, the client paying); and, like Léa Rossi, a
    // client Pixel manages throughout.
    const [martin, rossi] = await Promise.all([
      world.organization('partnership', {
        vatNumber: 'FR40303265045',
        billingAddresses: [{ street: '4 rue des Boulangers', postcode: '69001', city: 'Lyon', country: 'FR', isDefault: true }],
        products: ['Web Hosting Starter', 'Mail Service 5 addresses', 'kDrive Solo 1 TB', 'Domain .com'],
      }),
      limitedClientOfPixel(world, 'client-stays'),
    ]);
    const camille = martin.owner;
    await martin.invitePartner(await world.pixelId(), { access: 'COMPLETE', billingOwner: 'CLIENT' });
    const clientContext = await browser.newContext();
    const partnerContext = await browser.newContext();
    const client = await clientContext.newPage();
    const partner = await partnerContext.newPage();

    try {
      let martinId = '';
      let partnershipId = '';

      await test.step('client: camille deletes the pending invitation, then adds Pixel Partners with limited access to two products', async () => {
        await logIn(client, camille);
        await expect(client.getByRole('heading', { level: 1 })).toHaveText(martin.name);
        martinId = orgIdOf(client);
        await openOrgTab(client, 'partners');
        await expect(client.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
        // Above a pending invitation, not "No partner yet" (it would read as if the invitation did not exist).
        await expect(client.getByTestId('no-active-partner')).toContainText('No partner has accepted yet');
        await expect(client.getByTestId('no-active-partner')).toContainText('The partners you invited appear here once they accept.');
        await expect(client.getByRole('heading', { name: 'No partner yet' })).toHaveCount(0);

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
        // The steps keep their names whatever the access chosen later.
        const steps = client.getByRole('list', { name: 'Steps' }).getByRole('listitem').locator('span:not(.dot)');
        await expect(steps).toHaveText(STEP_TITLES);
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
        await expect(steps).toHaveText(STEP_TITLES);
        const scope = client.locator('mgr-product-scope-picker');
        for (const [name, category] of FIRST_SCOPE) await tickProduct(scope, name, category);
        await expect(client.getByTestId('scope-summary')).toHaveText('2 products selected');
        await screenshotsLightAndDark(client, 'partners-add-3-products');
        await client.getByRole('button', { name: 'Continue' }).click();

        await expect(client.getByRole('heading', { level: 2, name: 'Check and send' })).toBeVisible();
        await expect(client.getByTestId('review-access')).toHaveText('Limited access');
        // The last step sends: its button says so.
        await expect(client.getByTestId('add-partner-next')).toHaveText('Send invitation');
        await expect(client.getByRole('button', { name: 'Continue' })).toHaveCount(0);
        const summary = client.locator('dl.summary');
        await expect(summary).toContainText(`${PARTNER} (${PARTNER_CONTACT})`);
        await expect(summary.getByRole('listitem')).toHaveCount(2);
        for (const [name, category] of FIRST_SCOPE) {
          await expect(summary.getByRole('listitem').filter({ hasText: category })).toContainText(name);
        }
        await screenshotsLightAndDark(client, 'partners-add-4-review');
        await client.getByRole('button', { name: 'Send invitation' }).click();

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
        await expect(client.getByTestId('no-active-partner')).toBeVisible();
      });

      await test.step('partner: sara opens the emailed link and accepts; she lands on the client acting as Pixel, with exactly the two products', async () => {
        // The invitation goes to the partner's contact address and to its legal responsible.
        const link = await partnershipInvitationLinkFor(partner.request, PARTNER_CONTACT, martin.name);
        expect(link).toMatch(/^\/partners\/invitations\?token=/);
        const toPaul = await emailsTo(partner.request, PAUL_EMAIL);
        expect(toPaul.some((e) => e.kind === 'PARTNERSHIP_INVITATION' && e.subject.includes(martin.name))).toBe(true);
        // The newest of this client's (other specs' clients write to Pixel at the same time).
        const invitation = (await emailsTo(partner.request, PARTNER_CONTACT)).find(
          (e) => e.kind === 'PARTNERSHIP_INVITATION' && e.subject.includes(martin.name),
        );
        expect(invitation?.subject).toBe(`${martin.name} invites ${PARTNER} to manage its products`);
        expect(invitation?.text_body).toContain('Products: ');
        for (const [name] of FIRST_SCOPE) expect(invitation?.text_body).toContain(name);

        await logIn(partner, SARA);
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(PIXEL.organizationName);
        // The Clients tab lists it under the invitations received (the deleted one is gone).
        await openOrgTab(partner, 'clients');
        const received = partner.getByTestId('invitation-received-row').filter({ hasText: martin.name });
        await expect(received).toHaveCount(1);
        await expect(received).toContainText('Limited access');
        await partner.goto(link);
        const card = partner.getByTestId('partnership-invitation');
        await expect(card.getByRole('heading', { level: 1 })).toHaveText(`${martin.name} invites ${PARTNER}`);
        await expect(card).toContainText('Limited access');
        await expect(card.getByRole('listitem')).toHaveCount(2);
        for (const [name] of FIRST_SCOPE) await expect(card.getByRole('listitem').filter({ hasText: name }).first()).toBeVisible();
        await card.getByRole('button', { name: 'Accept' }).click();

        await expect(partner).toHaveURL(new RegExp(`/org/${martinId}$`));
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(martin.name);
        await expect(partner.getByTestId('acting-banner')).toHaveText(ACTING_AS_LIMITED);
        await expect(productRows(partner)).toHaveCount(2);
        await expect(partner.getByTestId('products-count')).toHaveText('2 products');
        expect(await productsOnDashboard(partner)).toEqual(expected(FIRST_SCOPE));
        // Nothing else of the client: its dashboard is the only tab.
        await expect(partner.getByTestId('org-tab-dashboard')).toBeVisible();
        for (const tab of ['details', 'members', 'activity', 'partners', 'clients', 'billing', 'revenue']) {
          await expect(partner.getByTestId(`org-tab-${tab}`)).toHaveCount(0);
        }
        await screenshotsLightAndDark(partner, 'partners-acting-as-banner');

        // The invitation link worked once.
        await partner.goto(link);
        await expect(partner.getByTestId('partnership-invitation-invalid')).toBeVisible();

        // Typing the addresses of the client's other pages shows none of its members or details.
        for (const page of ['members', 'details', 'activity']) {
          await partner.goto(`/org/${martinId}/${page}`);
          // Whatever the page settles on (an empty state, or the read-only details: name, type and
          // country, as on the dashboard), the VAT number, addresses and people stay hidden.
          await expect(partner.locator('mgr-empty-state, h1').first()).toBeVisible();
          await expect(partner.getByRole('progressbar')).toHaveCount(0);
          await expect(partner.getByText(camille.email)).toHaveCount(0);
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
        // LIMITED has no billing owner: no "Payment method" claimed, a sentence says who pays instead.
        await expect(client.getByTestId('partnership-billing-owner')).toHaveCount(0);
        await expect(client.getByTestId('partnership-payment-explained')).toHaveText(
          `Limited access has no payment method: you pay for your products and keep the invoices, also for the renewals ${PARTNER} places.`,
        );
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
        await expect(dialog.locator('mat-error')).toHaveText('Incorrect password: enter the password you log in with to confirm.');
        await expect(password).toHaveAttribute('aria-invalid', 'true');
        await expect(dialog).toBeVisible();

        // Nothing changed: the partner still works in the client.
        await partner.reload();
        await expect(productRows(partner)).toHaveCount(3);

        await password.fill(camille.password);
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

      await test.step('partner: the open client dashboard loses access on its next request, and the client leaves the Clients tab', async () => {
        await partner.reload();
        await expect(partner.getByRole('heading', { name: 'Organization not found' })).toBeVisible();
        await expect(productRows(partner)).toHaveCount(0);
        await expect(partner.getByTestId('acting-banner')).toHaveCount(0);
        await expect(partner.getByText(FIRST_SCOPE[1][0])).toHaveCount(0);

        await partner.goto('/');
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(PIXEL.organizationName);
        const pixelId = orgIdOf(partner);
        await openOrgTab(partner, 'clients');
        await expect(partner.getByTestId('client-row').filter({ hasText: rossi.name })).toHaveCount(1);
        await expect(partner.getByTestId('client-row').filter({ hasText: martin.name })).toHaveCount(0);
        // Nor is it offered in the switcher any more.
        await partner.getByRole('button', { name: 'Switch organization' }).click();
        await expect(partner.getByRole('menuitem', { name: new RegExp(martin.name) })).toHaveCount(0);
        await partner.keyboard.press('Escape');

        // The history stays readable from the partner's side too.
        await partner.goto(`/org/${pixelId}/partners/${partnershipId}`);
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(martin.name);
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

import type { Page } from '@playwright/test';
import { logIn, orgIdOf, screenshotsLightAndDark } from './support/app';
import { REVERSE_CHARGE_NOTE, applyBasisPoints, convertMinor, invoiceRowsFor, money, openTab, productRow, swissVat } from './support/billing';
import { PIXEL, SARA, expect, test } from './support/world';

// Issue 5: billing ownership, from both sides at once (two browser contexts).
//
// Who plays which part, and why:
// - client: a French company of this test's own (support/world.ts), with a VAT number (an EU
//   company with a valid number: reverse charge, 0 % VAT), invoiced in EUR. A fresh organization
//   starts with an empty wallet, which gives the "wallet too small" case for free, and its invoices
//   are only the ones this test makes.
// - partner: the demo's Pixel Partners (CHF, 15 % reseller discount, 10 % commission; no public
//   mutation makes a partner) through sara, its ADMIN: accepting needs CLIENTS_MANAGE (LR/ADMIN) and
//   reading Billing and Revenue needs BILLING_READ. Everything of Pixel's is read filtered by this
//   test's client, and its revenue as a difference from before the order, so repeated runs against a
//   reused server still pass.
//
// Money (contracts/issue5.graphql), with the offer "Web Hosting Starter" (public price EUR 64.00):
// - client pays (reverse charge): total EUR 64.00 per order, nothing added;
// - partner orders for the paying client: CASHBACK = 10 % of the public price in the PARTNER's
//   currency (the commission is credited to its CHF wallet): 6,400 EUR → 6,010 CHF → CHF 6.01;
// - partner pays: 6,010 × 85 % = CHF 51.09 net, Swiss VAT 8.1 % (Pixel is Swiss) = CHF 4.14, CHF 55.23.

const OFFER = { category: 'Web hosting', name: 'Web Hosting Starter', publicMinor: 6_400 } as const;
const TOP_UP_MINOR = 20_000;
const publicInChf = convertMinor(OFFER.publicMinor, 'EUR', 'CHF');
const CASHBACK_MINOR = applyBasisPoints(publicInChf, PIXEL.commissionBp);
const RESELLER_NET_MINOR = applyBasisPoints(publicInChf, 10_000 - PIXEL.resellerDiscountBp);
const RESELLER_TOTAL_MINOR = RESELLER_NET_MINOR + swissVat(RESELLER_NET_MINOR);
const ACTING_AS_COMPLETE = `You are acting as ${PIXEL.publicName} (partner, complete access)`;

/** "CHF 1,234.56" / "€64.00" → minor units. */
function minorOf(text: string): number {
  const digits = text.replace(/[^\d.]/g, '');
  return Math.round(Number(digits) * 100);
}

async function revenueTotalMinor(page: Page): Promise<number> {
  const total = page.getByTestId('revenue-total');
  await expect(total).toBeVisible();
  return minorOf((await total.textContent()) ?? '');
}

test.describe('billing journey', () => {
  test('a partner renews for a client who pays and earns its cashback; the client switches to partner-pays; the next renewal is invoiced to the partner only', async ({
    browser,
    world,
  }) => {
    test.setTimeout(150_000);
    const account = await world.organization('billing', { vatNumber: 'FR13393892815' });
    const clientName = account.name;
    const clientId = account.id;

    const clientContext = await browser.newContext();
    const partnerContext = await browser.newContext();
    const client = await clientContext.newPage();
    const partner = await partnerContext.newPage();

    try {
      let firstInvoice = '';
      let pixelId = '';
      let revenueBefore = 0;

      await test.step('client: an order bigger than the empty wallet shows the missing amount and a top-up link, and charges nothing', async () => {
        await logIn(client, account.owner);
        await expect(client.getByRole('heading', { level: 1 })).toHaveText(clientName);
        expect(orgIdOf(client)).toBe(clientId);

        await client.getByTestId('order-new-product').click();
        const dialog = client.getByRole('dialog');
        await expect(dialog.getByRole('heading', { name: `Order a new product for ${clientName}` })).toBeVisible();
        await dialog.getByTestId('new-product-select').click();
        await client.getByRole('option', { name: `${OFFER.name} · ${money(OFFER.publicMinor, 'EUR')}` }).click();
        const notice = dialog.getByTestId('payer-notice');
        await expect(notice).toHaveAttribute('data-payer', 'CLIENT');
        await expect(notice).toHaveText(`${clientName} pays for this order: the public price, ${money(OFFER.publicMinor, 'EUR')} plus VAT, from its wallet.`);
        await dialog.getByRole('button', { name: 'Confirm order' }).click();

        await expect(dialog.getByTestId('order-error')).toBeVisible();
        // Reverse charge: the total is the public price, and the wallet holds nothing.
        await expect(dialog.getByTestId('order-missing')).toHaveText(money(OFFER.publicMinor, 'EUR'));
        await expect(dialog.getByTestId('order-result')).toHaveCount(0);
        await dialog.getByTestId('order-top-up-link').click();
        await expect(client).toHaveURL(new RegExp(`/org/${clientId}/billing$`));
        await expect(client.getByRole('dialog')).toHaveCount(0);
        await expect(client.getByTestId('wallet-balance')).toHaveText(money(0, 'EUR'));
        await expect(client.getByTestId('invoice-row')).toHaveCount(0);
        await expect(client.getByTestId('wallet-entry')).toHaveCount(0);
      });

      await test.step('client: tops up the wallet, then orders the product directly (no partner yet: no commission)', async () => {
        await client.getByTestId('top-up-button').click();
        const topUp = client.getByRole('dialog');
        await expect(topUp.getByRole('heading', { name: 'Top up the wallet' })).toBeVisible();
        await topUp.getByTestId('top-up-amount').fill(String(TOP_UP_MINOR / 100));
        await topUp.getByRole('button', { name: 'Top up', exact: true }).click();
        await expect(topUp).toHaveCount(0);
        await expect(client.getByTestId('wallet-balance')).toHaveText(money(TOP_UP_MINOR, 'EUR'));
        await expect(client.getByTestId('wallet-entry')).toHaveCount(1);
        const topUpEntry = client.getByTestId('wallet-entry').first();
        await expect(topUpEntry).toHaveAttribute('data-kind', 'TOP_UP');
        // The row shows the amount once (its Amount cell), not again in the description.
        await expect(topUpEntry.getByRole('cell').nth(1)).toHaveText('Payment to the wallet');
        await expect(topUpEntry).not.toContainText('EUR');

        await openTab(client, 'dashboard');
        await client.getByTestId('order-new-product').click();
        const dialog = client.getByRole('dialog');
        await dialog.getByTestId('new-product-select').click();
        await client.getByRole('option', { name: `${OFFER.name} · ${money(OFFER.publicMinor, 'EUR')}` }).click();
        await dialog.getByRole('button', { name: 'Confirm order' }).click();
        const result = dialog.getByTestId('order-result');
        await expect(result).toContainText(`Ordered: ${OFFER.name} for ${clientName}`);
        await expect(result.getByTestId('order-total')).toHaveText(money(OFFER.publicMinor, 'EUR'));
        await expect(result.getByTestId('commission-earned')).toHaveCount(0);
        firstInvoice = ((await result.getByTestId('order-invoice-number').textContent()) ?? '').trim();
        expect(firstInvoice).toMatch(/^\d{4}-\d{6}$/);
        await dialog.getByRole('button', { name: 'Done' }).click();
        await expect(productRow(client, OFFER.name)).toHaveCount(1);
      });

      await test.step('client: invites Pixel Partners with complete access, the client paying (through the API)', async () => {
        pixelId = await world.pixelId();
        await account.invitePartner(pixelId, { access: 'COMPLETE', billingOwner: 'CLIENT' });
      });

      await test.step('partner: sara accepts the invitation from the Clients tab', async () => {
        await logIn(partner, SARA);
        expect(orgIdOf(partner)).toBe(pixelId);
        await openTab(partner, 'revenue');
        revenueBefore = await revenueTotalMinor(partner);

        await openTab(partner, 'clients');
        const received = partner.getByTestId('invitation-received-row').filter({ hasText: clientName });
        await expect(received).toHaveCount(1);
        await expect(received).toContainText('Complete access · The client pays');
        await received.getByRole('button', { name: 'Accept' }).click();
        await expect(partner.getByText(`You now manage ${clientName}.`)).toBeVisible();
        await expect(received).toHaveCount(0);
        const row = partner.getByTestId('client-row').filter({ hasText: clientName });
        await expect(row).toHaveCount(1);
        // The client pays: no invoice of the partner's to list for it.
        await expect(row.getByTestId('client-invoices')).toHaveCount(0);
      });

      await test.step('partner: renews the product for the paying client at the public price and earns its cashback', async () => {
        await partner.getByTestId('client-row').filter({ hasText: clientName }).getByRole('link', { name: clientName }).click();
        await expect(partner).toHaveURL(new RegExp(`/org/${clientId}$`));
        await expect(partner.getByRole('heading', { level: 1 })).toHaveText(clientName);
        await expect(partner.getByTestId('acting-banner')).toHaveText(ACTING_AS_COMPLETE);

        await productRow(partner, OFFER.name).getByTestId('renew-button').click();
        const dialog = partner.getByRole('dialog');
        await expect(dialog.getByRole('heading', { name: `Renew ${OFFER.name}` })).toBeVisible();
        const notice = dialog.getByTestId('payer-notice');
        await expect(notice).toHaveAttribute('data-payer', 'CLIENT');
        await expect(notice).toHaveText(
          `${clientName} pays for this renewal: the public price, ${money(OFFER.publicMinor, 'EUR')} plus VAT, from its wallet. ` +
            `${PIXEL.publicName} earns a cashback of ${money(CASHBACK_MINOR, 'CHF')}.`,
        );
        await screenshotsLightAndDark(partner, 'billing-renew-dialog-client-pays');

        await dialog.getByRole('button', { name: 'Confirm order' }).click();
        const result = dialog.getByTestId('order-result');
        await expect(result).toContainText(`Renewed: ${OFFER.name} for ${clientName}`);
        await expect(result.getByTestId('order-total')).toHaveText(money(OFFER.publicMinor, 'EUR'));
        await expect(result.getByTestId('commission-earned')).toHaveText(`Cashback earned: ${money(CASHBACK_MINOR, 'CHF')}`);
        // The invoice is the client's: the partner does not see it.
        await expect(result.getByTestId('order-invoice-number')).toHaveCount(0);
        await dialog.getByRole('button', { name: 'Done' }).click();
        await expect(dialog).toHaveCount(0);
      });

      await test.step("partner: the cashback shows in its Revenue tab and wallet; its Billing tab has no invoice for this order", async () => {
        await partner.goto(`/org/${pixelId}/revenue`);
        await expect(partner.getByRole('heading', { level: 1, name: 'Revenue' })).toBeVisible();
        await expect.poll(() => revenueTotalMinor(partner)).toBe(revenueBefore + CASHBACK_MINOR);
        const byClient = partner.getByTestId('revenue-client-row').filter({ hasText: clientName });
        await expect(byClient).toHaveCount(1);
        await expect(byClient.getByRole('cell').last()).toHaveText(money(CASHBACK_MINOR, 'CHF'));
        const commission = partner.getByTestId('commission-row').filter({ hasText: clientName });
        await expect(commission).toHaveCount(1);
        await expect(commission).toHaveAttribute('data-kind', 'CASHBACK');
        await expect(commission.getByRole('cell').last()).toHaveText(money(CASHBACK_MINOR, 'CHF'));
        await screenshotsLightAndDark(partner, 'billing-revenue-page');

        await openTab(partner, 'billing');
        await expect(partner.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
        await expect(partner.getByTestId('wallet-balance')).toBeVisible();
        const credit = partner.getByTestId('wallet-entry').filter({ hasText: `+${money(CASHBACK_MINOR, 'CHF')}` });
        await expect(credit.first()).toHaveAttribute('data-kind', 'COMMISSION');
        await expect(invoiceRowsFor(partner, clientName)).toHaveCount(0);
      });

      let cashbackInvoice = '';
      await test.step('client: the renewal is invoiced to the client with the reverse-charge mention, the wallet is debited, the PDF downloads', async () => {
        await client.goto(`/org/${clientId}/billing`);
        const rows = client.getByTestId('invoice-row');
        await expect(rows).toHaveCount(2);
        // Its own invoices and orders: no Client column that would name the organization on every row.
        await expect(client.getByRole('columnheader', { name: 'Client' })).toHaveCount(0);
        await expect(rows.filter({ hasText: clientName })).toHaveCount(0);
        const renewal = client.locator(`[data-testid="invoice-row"]:not([data-number="${firstInvoice}"])`);
        await expect(renewal).toHaveCount(1);
        cashbackInvoice = String(await renewal.getAttribute('data-number'));
        expect(cashbackInvoice).toMatch(/^\d{4}-\d{6}$/);
        expect(cashbackInvoice).not.toBe(firstInvoice);
        await expect(renewal).toContainText(money(OFFER.publicMinor, 'EUR'));
        await expect(renewal).toContainText('Reverse charge');

        // Two orders of EUR 64.00 (0 % VAT) out of the top-up.
        await expect(client.getByTestId('wallet-balance')).toHaveText(money(TOP_UP_MINOR - 2 * OFFER.publicMinor, 'EUR'));
        await expect(client.getByTestId('wallet-entry')).toHaveCount(3);
        await expect(client.getByTestId('wallet-entry').filter({ hasText: `-${money(OFFER.publicMinor, 'EUR')}` })).toHaveCount(2);
        const orders = client.getByTestId('order-row');
        await expect(orders).toHaveCount(2);
        await expect(orders.filter({ hasText: 'Ordered by the partner, paid by the client' })).toContainText(`for ${PIXEL.publicName}`);
        await screenshotsLightAndDark(client, 'billing-tab-client');

        await renewal.getByRole('button', { name: `Details of invoice ${cashbackInvoice}` }).click();
        const detail = client.getByTestId('invoice-detail');
        await expect(detail).toBeVisible();
        await expect(detail.getByTestId('invoice-vat')).toHaveText(money(0, 'EUR'));
        await expect(detail.getByTestId('invoice-total')).toHaveText(money(OFFER.publicMinor, 'EUR'));
        await expect(detail.getByTestId('invoice-vat-note')).toHaveText(REVERSE_CHARGE_NOTE);
        await expect(detail).toContainText('FR13393892815');
        // The country once, written out (the address snapshot ends with its code), and no "Client" repeating "Billed to".
        const customer = detail.getByTestId('invoice-customer');
        await expect(customer).toContainText(clientName);
        expect(((await customer.textContent()) ?? '').match(/France/g)).toHaveLength(1);
        await expect(customer).not.toContainText(/\bFR\b/);
        await expect(detail.getByTestId('invoice-client')).toHaveCount(0);
        await screenshotsLightAndDark(client, 'billing-invoice-dialog-client');
        await client.keyboard.press('Escape');
        await expect(detail).toHaveCount(0);

        const href = String(await renewal.getByTestId('invoice-pdf-link').getAttribute('href'));
        expect(href).toMatch(/^\/invoices\/[^/]+\.pdf$/);
        const pdf = await client.request.get(href);
        expect(pdf.status()).toBe(200);
        expect(pdf.headers()['content-type']).toContain('application/pdf');
        expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // The partner may not download the client's invoice (404, no hint).
        expect((await partner.request.get(href)).status()).toBe(404);
      });

      await test.step('client: switches the payment method to partner-pays with the pencil, after reading what will change', async () => {
        await openTab(client, 'partners');
        const row = client.getByTestId('partnership-row').filter({ hasText: PIXEL.publicName });
        await expect(row).toHaveCount(1);
        await row.getByRole('link', { name: PIXEL.publicName }).click();
        await expect(client.getByRole('heading', { level: 1 })).toHaveText(PIXEL.publicName);
        await expect(client.getByTestId('partnership-billing-owner')).toContainText('The client pays');

        await client.getByTestId('billing-owner-edit').click();
        const dialog = client.getByRole('dialog');
        await expect(dialog.getByRole('heading', { name: `Payment method with ${PIXEL.publicName}` })).toBeVisible();
        await expect(dialog.getByTestId('billing-owner-partner').getByRole('radio')).toBeChecked();
        const preview = dialog.getByTestId('billing-owner-preview');
        await expect(preview.getByRole('heading', { name: 'What will change' })).toBeVisible();
        await expect(preview.getByRole('listitem').first()).toBeVisible();
        expect(await preview.getByRole('listitem').count()).toBeGreaterThan(0);
        await screenshotsLightAndDark(client, 'billing-payment-mode-dialog');

        await dialog.getByRole('button', { name: 'Change payment method' }).click();
        await expect(dialog).toHaveCount(0);
        await expect(client.getByText(`Payment method changed. ${PIXEL.publicName} is told by email.`)).toBeVisible();
        await expect(client.getByTestId('partnership-billing-owner')).toContainText('The partner pays');
      });

      let partnerInvoice = '';
      let partnerPdf = '';
      await test.step('partner: the next renewal is paid by the partner at its reseller price and invoiced to the partner', async () => {
        await partner.goto(`/org/${clientId}`);
        await expect(partner.getByTestId('acting-banner')).toHaveText(ACTING_AS_COMPLETE);
        await productRow(partner, OFFER.name).getByTestId('renew-button').click();
        const dialog = partner.getByRole('dialog');
        const notice = dialog.getByTestId('payer-notice');
        await expect(notice).toHaveAttribute('data-payer', 'PARTNER');
        await expect(notice).toHaveText(
          `${PIXEL.publicName} pays for this renewal at its reseller price, ${money(RESELLER_NET_MINOR, 'CHF')} plus VAT ` +
            `(public price ${money(publicInChf, 'CHF')} less 15 %), from its wallet. ${clientName} pays nothing.`,
        );
        await screenshotsLightAndDark(partner, 'billing-renew-dialog-partner-pays');

        await dialog.getByRole('button', { name: 'Confirm order' }).click();
        const result = dialog.getByTestId('order-result');
        await expect(result).toContainText(`Renewed: ${OFFER.name} for ${clientName}`);
        await expect(result.getByTestId('order-total')).toHaveText(money(RESELLER_TOTAL_MINOR, 'CHF'));
        await expect(result.getByTestId('commission-earned')).toHaveCount(0);
        partnerInvoice = ((await result.getByTestId('order-invoice-number').textContent()) ?? '').trim();
        expect(partnerInvoice).toMatch(/^\d{4}-\d{6}$/);
        await dialog.getByRole('button', { name: 'Done' }).click();

        await partner.goto(`/org/${pixelId}/billing`);
        const invoice = partner.locator(`[data-testid="invoice-row"][data-number="${partnerInvoice}"]`);
        await expect(invoice).toHaveCount(1);
        await expect(invoice).toContainText(clientName);
        await expect(invoice).toContainText(money(RESELLER_TOTAL_MINOR, 'CHF'));
        await expect(invoice).toContainText('Swiss VAT');
        await expect(invoiceRowsFor(partner, clientName)).toHaveCount(1);
        // A partner's Billing names the client of each invoice paid for a client.
        await expect(partner.getByRole('columnheader', { name: 'Client' }).first()).toBeVisible();
        await invoice.getByRole('button', { name: `Details of invoice ${partnerInvoice}` }).click();
        const detail = partner.getByTestId('invoice-detail');
        await expect(detail.getByTestId('invoice-customer')).toContainText(PIXEL.organizationName);
        await expect(detail.getByTestId('invoice-client')).toHaveText(clientName);
        await screenshotsLightAndDark(partner, 'billing-invoice-dialog-partner');
        await partner.keyboard.press('Escape');
        await expect(detail).toHaveCount(0);
        partnerPdf = String(await invoice.getByTestId('invoice-pdf-link').getAttribute('href'));
        expect(partnerPdf).toMatch(/^\/invoices\/[^/]+\.pdf$/);
        await expect(partner.getByTestId('wallet-entry').filter({ hasText: `-${money(RESELLER_TOTAL_MINOR, 'CHF')}` }).first()).toHaveAttribute(
          'data-kind',
          'ORDER_PAYMENT',
        );
        await screenshotsLightAndDark(partner, 'billing-tab-partner');

        await openTab(partner, 'clients');
        const row = partner.getByTestId('client-row').filter({ hasText: clientName });
        await expect(row.getByTestId('client-invoice-link')).toHaveText([partnerInvoice]);
      });

      await test.step('client: a reload of Billing shows no new invoice and the same balance', async () => {
        await client.goto(`/org/${clientId}/billing`);
        await expect(client.getByTestId('order-row')).toHaveCount(3);
        await expect(client.getByTestId('order-row').filter({ hasText: 'Ordered and paid by the partner' })).toHaveCount(1);
        await expect(client.getByTestId('invoice-row')).toHaveCount(2);
        await expect(client.locator(`[data-testid="invoice-row"][data-number="${partnerInvoice}"]`)).toHaveCount(0);
        await expect(client.getByTestId('wallet-balance')).toHaveText(money(TOP_UP_MINOR - 2 * OFFER.publicMinor, 'EUR'));
        await expect(client.getByTestId('wallet-entry')).toHaveCount(3);
        // …and the partner's invoice is not the client's to download (404, no hint).
        expect((await client.request.get(partnerPdf)).status()).toBe(404);
        expect((await partner.request.get(partnerPdf)).status()).toBe(200);
      });
    } finally {
      await clientContext.close();
      await partnerContext.close();
    }
  });
});

test.describe('billing access', () => {
  test('a USER sees no Billing tab, and the Billing and Revenue addresses show why instead of the wallet', async ({ page, world }) => {
    // Like the demo's chloe: a USER of a Swiss company with products.
    const muller = await world.organization('billing-access', { country: 'CH', products: ['Web Hosting Starter', 'Domain .ch'] });
    const chloe = await muller.addMember('USER');
    await logIn(page, chloe);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(muller.name);
    const mullerId = orgIdOf(page);
    await expect(page.getByTestId('org-tab-dashboard')).toBeVisible();
    await expect(page.getByTestId('org-tab-billing')).toHaveCount(0);
    await expect(page.getByTestId('org-tab-revenue')).toHaveCount(0);
    // A USER may not order or renew either.
    await expect(page.getByTestId('product-row').first()).toBeVisible();
    await expect(page.getByTestId('renew-button')).toHaveCount(0);
    await expect(page.getByTestId('order-new-product')).toHaveCount(0);
    await page.goto(`/org/${mullerId}/billing`);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
    await expect(page.getByTestId('wallet-balance')).toHaveCount(0);
    await page.goto(`/org/${mullerId}/revenue`);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
    await expect(page.getByTestId('revenue-total')).toHaveCount(0);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as playwrightRequest, type Download, type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { logIn, nextPaint, screenshotsLightAndDark } from './support/app';
import { type Organization, PIXEL, SARA, expect, graphql, test, uniqueSuffix } from './support/world';

// Issue 12: the export dialog, from the partner's Clients under management and the client's Billing.
//
// Who plays which part:
// - three clients of this test's own, Swiss (CHF, no conversion), named with one shared suffix so
//   that a search on it shows exactly them among Pixel's many clients:
//   Alpha and Bravo let Pixel pay (billing owner PARTNER): each one's own order is invoiced to
//   Pixel and earns it a REIMBURSEMENT; Charlie pays itself (CLIENT): its order is invoiced to
//   Charlie and earns Pixel a REBATE. So Pixel's files for Alpha and Bravo have rows of
//   Charlie's to leave out (its commission) and so do other tests' clients (their invoices).
// - Pixel (the demo seed) through sara; Pixel pays for Alpha's and Bravo's orders, so sara first
//   tops its wallet up by more than that (the demo's balance only grows, never runs dry).
// - "Last quarter" is the quarter before the browser's today: the partner's page runs with its
//   clock in the NEXT quarter, so last quarter is the real current one, where the orders are.

const OFFER = 'Web Hosting Starter';
/** The Clients table's page (CLIENTS_PAGE_SIZE). */
const CLIENTS_PAGE = 25;
const SHOTS = join(__dirname, '..', 'test-output', 'screenshots');

type Row = Record<string, string>;

/** The downloaded file parsed back by csv-parse, header row as keys (BOM and delimiter as given). */
function rowsOf(path: string, delimiter: ',' | ';' = ','): { rows: Row[]; text: string } {
  const text = readFileSync(path, 'utf8');
  return { rows: parse(text, { columns: true, bom: true, delimiter, skip_empty_lines: true }) as Row[], text };
}

/** The first day of the quarter after `now` (UTC), plus ten days: a "today" whose last quarter is now's. */
function inNextQuarter(now = new Date()): Date {
  const quarterStart = now.getUTCMonth() - (now.getUTCMonth() % 3);
  return new Date(Date.UTC(now.getUTCFullYear(), quarterStart + 3, 11, 9));
}

/** The viewport only, light and dark: what a person sees of a bar pinned to the bottom of the window. */
async function viewportShots(page: Page, name: string): Promise<void> {
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await nextPaint(page);
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
}

/** Nothing wider than a phone's window: the page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills the open export dialog, exports, and returns the saved download. */
async function exportFile(page: Page, options: { type: string; period: string; format?: 'CSV' | 'CSV for Excel' }): Promise<Download> {
  const dialog = page.getByRole('dialog');
  await chooseOption(page, dialog.getByTestId('export-type'), options.type);
  await chooseOption(page, dialog.getByTestId('export-period'), options.period);
  if (options.format) await dialog.getByRole('radio', { name: new RegExp(`^${options.format}\\b`) }).check();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-submit').click();
  const file = await download;
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Saved ${file.suggestedFilename()}`)).toBeVisible();
  return file;
}

test.describe('billing exports', () => {
  test('the partner ticks two clients and exports last quarter’s invoices and commissions: exactly their rows; the client exports its own year', async ({
    browser,
    world,
  }) => {
    test.setTimeout(180_000);
    const suffix = uniqueSuffix();
    const pixelId = await world.pixelId();
    const client = (tag: string) => world.organization('export', { country: 'CH', name: `E2E Export ${suffix} ${tag} AG` });
    const [alpha, bravo, charlie] = [await client('Alpha'), await client('Bravo'), await client('Charlie')];
    for (const [organization, billingOwner] of [[alpha, 'PARTNER'], [bravo, 'PARTNER'], [charlie, 'CLIENT']] as [Organization, 'PARTNER' | 'CLIENT'][]) {
      await world.acceptForPixel(await organization.invitePartner(pixelId, { access: 'COMPLETE', billingOwner }));
    }
    const sara = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
    try {
      await graphql(sara, 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', { input: { email: SARA.email, password: SARA.password } });
      await graphql(sara, 'mutation ($input: TopUpWalletInput!) { topUpWallet(input: $input) { wallet { balance { amountMinor } } } }', {
        input: { organizationId: pixelId, amountMinor: 20_000, idempotencyKey: `e2e-export-top-up-${suffix}` },
      });
    } finally {
      await sara.dispose();
    }
    for (const organization of [alpha, bravo, charlie]) await organization.order(OFFER);

    const partnerContext = await browser.newContext();
    const partner = await partnerContext.newPage();
    // Time flows from there (a frozen clock would stall the search's debounce).
    await partner.clock.install({ time: inNextQuarter() });
    try {
      await test.step('partner: search the three clients, tick Alpha and Bravo; the bottom bar offers to export 2 clients', async () => {
        await logIn(partner, SARA);
        await partner.goto(`/org/${pixelId}/clients`);
        await partner.getByTestId('clients-search').fill(suffix);
        const rows = partner.getByTestId('client-row');
        await expect(rows).toHaveCount(3);
        await expect(partner.getByTestId('export-bar')).toHaveCount(0);
        for (const organization of [alpha, bravo]) await partner.getByRole('checkbox', { name: `Select ${organization.name}` }).check();
        const bar = partner.getByTestId('export-bar');
        await expect(bar).toContainText('2 selected');
        await expect(bar.getByTestId('export-selected')).toHaveText(/Export 2 clients/);
        await viewportShots(partner, 'exports-clients-bottom-bar');
        await partner.setViewportSize({ width: 390, height: 844 });
        await partner.getByRole('heading', { name: 'Clients under management' }).evaluate((h) => h.scrollIntoView());
        await expectNoSidewaysScroll(partner);
        await viewportShots(partner, 'exports-clients-bottom-bar-390');
        await partner.setViewportSize({ width: 1280, height: 800 });
      });

      await test.step('partner: last quarter’s invoices hold the invoice lines of Alpha and Bravo only', async () => {
        await partner.getByTestId('export-selected').click();
        const dialog = partner.getByRole('dialog');
        await expect(dialog.getByTestId('export-scope')).toHaveText('2 selected clients.');
        await chooseOption(partner, dialog.getByTestId('export-period'), 'Last quarter');
        await screenshotsLightAndDark(partner, 'exports-dialog');
        const file = await exportFile(partner, { type: 'Invoices', period: 'Last quarter' });
        expect(file.suggestedFilename()).toMatch(/^pixel-partners.*-invoices-\d{4}-\d{2}-01_\d{4}-\d{2}-01\.csv$/);
        const { rows } = rowsOf(await file.path());
        expect(new Set(rows.map((r) => r['Client ID']))).toEqual(new Set([alpha.id, bravo.id]));
        expect(rows.every((r) => r['Client'] === alpha.name || r['Client'] === bravo.name)).toBe(true);
      });

      await test.step('partner: the commissions, as CSV for Excel: the reimbursements of Alpha and Bravo, not Charlie’s rebate', async () => {
        await partner.getByTestId('export-selected').click();
        const file = await exportFile(partner, { type: 'Commissions', period: 'Last quarter', format: 'CSV for Excel' });
        const { rows, text } = rowsOf(await file.path(), ';');
        expect(text.charCodeAt(0)).toBe(0xfeff);
        expect(rows.map((r) => [r['Client ID'], r['Kind']]).sort()).toEqual(
          [
            [alpha.id, 'REIMBURSEMENT'],
            [bravo.id, 'REIMBURSEMENT'],
          ].sort(),
        );
      });

      await test.step('partner: a custom period the wrong way round is refused in the dialog, before any request', async () => {
        await partner.getByTestId('export-selected').click();
        const dialog = partner.getByRole('dialog');
        await chooseOption(partner, dialog.getByTestId('export-period'), 'Custom');
        await dialog.getByTestId('export-from').fill('2026-03-10');
        await dialog.getByTestId('export-to').fill('2026-03-01');
        await dialog.getByTestId('export-submit').click();
        await expect(dialog.getByTestId('export-to-error')).toHaveText('The last day cannot come before the first day.');
        await dialog.getByTestId('export-to').fill('2028-06-01');
        await dialog.getByTestId('export-submit').click();
        await expect(dialog.getByTestId('export-to-error')).toHaveText('One file covers at most 24 months.');
        await partner.setViewportSize({ width: 390, height: 844 });
        await nextPaint(partner);
        await partner.screenshot({ path: join(SHOTS, 'exports-dialog-error-390.png') });
        await dialog.getByTestId('export-cancel').click();
        await expect(dialog).toHaveCount(0);
        await partner.setViewportSize({ width: 1280, height: 800 });
      });
    } finally {
      await partnerContext.close();
    }

    const clientContext = await browser.newContext();
    const page = await clientContext.newPage();
    try {
      await test.step('client: Charlie exports this year’s invoices from its Billing page: its own invoice, nobody else’s', async () => {
        await logIn(page, charlie.owner);
        await page.goto(`/org/${charlie.id}/billing`);
        await expect(page.getByTestId('billing-spending-chart')).toBeVisible();
        await page.getByTestId('billing-export').click();
        const dialog = page.getByRole('dialog');
        await expect(dialog.getByTestId('export-scope')).toHaveText(`The history of ${charlie.name}.`);
        const file = await exportFile(page, { type: 'Invoices', period: 'This year' });
        const { rows } = rowsOf(await file.path());
        const { organization } = await charlie.owner.gql<{ organization: { invoices: { edges: { node: { number: string } }[] } } }>(
          'query ($id: ID!) { organization(id: $id) { invoices(first: 50) { edges { node { number } } } } }',
          { id: charlie.id },
        );
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((r) => r['Invoice number']))).toEqual(new Set(organization.invoices.edges.map((e) => e.node.number)));
        expect(new Set(rows.map((r) => r['Client ID']))).toEqual(new Set([charlie.id]));
      });

      await test.step('client: the spending chart, its table, light and dark, 1280 and 390 px', async () => {
        await screenshotsLightAndDark(page, 'exports-billing-chart');
        await page.getByTestId('billing-spending-chart').getByTestId('chart-table-toggle').click();
        await expect(page.getByTestId('billing-spending-chart').getByRole('table', { name: 'Invoiced per month, net and VAT' })).toBeVisible();
        await page.setViewportSize({ width: 390, height: 844 });
        await expectNoSidewaysScroll(page);
        await screenshotsLightAndDark(page, 'exports-billing-chart-table-390');
      });
    } finally {
      await clientContext.close();
    }

    const revenueContext = await browser.newContext();
    const revenue = await revenueContext.newPage();
    try {
      await test.step('partner: the Revenue charts (commissions per month by kind, top clients) and its Export', async () => {
        await logIn(revenue, SARA);
        await revenue.goto(`/org/${pixelId}/revenue`);
        await expect(revenue.getByTestId('revenue-period-chart').locator('canvas')).toBeVisible();
        await expect(revenue.getByTestId('revenue-client-chart').getByRole('table', { name: /^Top \d clients$/ })).toBeAttached();
        await nextPaint(revenue);
        await screenshotsLightAndDark(revenue, 'exports-revenue-charts');
        await revenue.setViewportSize({ width: 390, height: 844 });
        await expectNoSidewaysScroll(revenue);
        await screenshotsLightAndDark(revenue, 'exports-revenue-charts-390');
        await revenue.getByTestId('revenue-period-chart').getByTestId('chart-table-toggle').click();
        await expect(revenue.getByTestId('revenue-period-row').first()).toBeVisible();
        await revenue.getByTestId('revenue-period-chart').scrollIntoViewIfNeeded();
        await viewportShots(revenue, 'exports-revenue-period-table-390');
        await revenue.getByTestId('revenue-export').click();
        await expect(revenue.getByRole('dialog').getByTestId('export-scope')).toHaveText(`The history of ${PIXEL.publicName}.`);
      });
    } finally {
      await revenueContext.close();
    }
  });

  test('a partner with 300 clients selects the page, then all matching a search, and the file holds exactly the matching clients', async ({ page }) => {
    test.setTimeout(120_000);
    // The demo's bulk partner (tools/demo-seed: DEMO_BULK_CLIENTS), read only: its clients are named
    // "<trade> <surname> <form>", ten trades, so 30 of them are bakeries ("Bäckerei …").
    await logIn(page, { email: 'nina@alpine-web.ch', password: 'demo-password' });
    await page.getByTestId('org-tab-clients').click();
    await expect(page.getByTestId('clients-count')).toHaveText('300 clients');
    await page.getByTestId('select-page').click();
    await expect(page.getByTestId('export-bar')).toContainText('25 selected');
    await page.getByTestId('select-all-matching').click();
    await expect(page.getByTestId('export-bar')).toContainText('300 selected');

    await page.getByTestId('clients-search').fill('Bäckerei');
    await expect(page.getByTestId('clients-count')).toHaveText('30 clients');
    // A new search forgets "all matching"; ticking the page then offers all 30.
    await expect(page.getByTestId('export-bar')).toHaveCount(0);
    await page.getByTestId('select-page').click();
    await expect(page.getByTestId('export-bar')).toContainText('25 selected');
    const loaded = await page.getByTestId('client-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-client-id') ?? ''));
    expect(loaded).toHaveLength(CLIENTS_PAGE);
    await page.getByTestId('select-all-matching').click();
    await expect(page.getByTestId('export-bar')).toContainText('30 selected');
    await page.getByTestId('export-selected').click();
    await expect(page.getByRole('dialog').getByTestId('export-scope')).toHaveText('30 selected clients.');
    // The last twelve months, whatever today is (early January's "this year" is nearly empty).
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.getByTestId('export-period'), 'Custom');
    const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByTestId('export-from').fill(day(-365));
    await dialog.getByTestId('export-to').fill(day(0));
    const file = await exportFile(page, { type: 'Invoices', period: 'Custom' });
    const { rows } = rowsOf(await file.path());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r['Client'].startsWith('Bäckerei '))).toEqual([]);
    // Clients beyond the 25 the table had loaded: the ids of every match were gathered.
    expect(rows.some((r) => !loaded.includes(r['Client ID']))).toBe(true);
  });
});

import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Billing helpers (issue 5), kept apart from app.ts so that specs written in parallel only ever
 * add files. Amounts are checked the way the SPA writes them (the browser's en-GB, `Intl` currency style:
 * "€64.00", "CHF 6.01"), computed here from the money rules of contracts/issue5.graphql with the
 * same integer arithmetic as libs/domain (half-up once per amount), not read from the app.
 */

export type Currency = 'CHF' | 'EUR';

/** "€64.00", "CHF 6.01": how the SPA formats money (libs/web/ui formatMoney, in the browser's en-GB). */
export function money(amountMinor: number, currency: Currency): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amountMinor / 100);
}

/** Integer division rounded half-up (amounts here are positive). */
export function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((numerator + Math.floor(denominator / 2)) / denominator);
}

/** The operator's fixed monthly rates (libs/domain exchange-rates.ts), per million. */
const RATES_PER_MILLION: Record<Currency, Record<Currency, number>> = {
  CHF: { CHF: 1_000_000, EUR: 1_065_000 },
  EUR: { CHF: 939_000, EUR: 1_000_000 },
};

export function convertMinor(amountMinor: number, from: Currency, to: Currency): number {
  return from === to ? amountMinor : divideHalfUp(amountMinor * RATES_PER_MILLION[from][to], 1_000_000);
}

export function applyBasisPoints(amountMinor: number, basisPoints: number): number {
  return divideHalfUp(amountMinor * basisPoints, 10_000);
}

/** Swiss VAT, 8.1 % (customer in CH or LI). */
export function swissVat(netMinor: number): number {
  return divideHalfUp(netMinor * 81, 1000);
}

/** The reverse-charge mention of an invoice to an EU company with a VAT number (the contract's wording). */
export const REVERSE_CHARGE_NOTE = 'Reverse charge: VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC';

/** Opens an organization tab by its test id (Dashboard, Partners, Clients, Billing, Revenue…). */
export async function openTab(page: Page, tab: 'dashboard' | 'partners' | 'clients' | 'billing' | 'revenue'): Promise<void> {
  await page.getByTestId(`org-tab-${tab}`).click();
  await expect(page).toHaveURL(tab === 'dashboard' ? /\/org\/[^/]+$/ : new RegExp(`/org/[^/]+/${tab}$`));
}

/** The dashboard's row of one product, by its exact name. */
export function productRow(page: Page, name: string): Locator {
  return page.getByTestId('product-row').filter({ has: page.getByRole('cell', { name, exact: true }) });
}

/** The invoice rows of the Billing tab whose client column names `clientName`. */
export function invoiceRowsFor(page: Page, clientName: string): Locator {
  return page.getByTestId('invoice-row').filter({ hasText: clientName });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearTranslations, loadTranslations } from '@angular/localize';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { formatMoney, provideDisplayLocale } from '@manager/web-ui';
import { commissionKindLabel, isOne } from './billing-labels';
import { payerNotice } from './payer-notice';
import { topUpProblem } from './money';
import { periodLabel } from '../revenue/revenue-periods';
import { ExportDialog } from '../exports/export-dialog';

/** The translations as the SPA loads them before bootstrap (flat `{id: text}`). */
function load(language: 'fr' | 'de' | 'it'): void {
  loadTranslations(JSON.parse(readFileSync(join(__dirname, `../../i18n/billing.${language}.json`), 'utf8')));
}

describe('billing in the other languages', () => {
  afterEach(() => clearTranslations());

  it('names the commission kinds and the quarters in French', () => {
    load('fr');
    expect(commissionKindLabel('REBATE')).toBe('Ristourne');
    expect(periodLabel('2026-Q4', 'QUARTER', 'fr-CH')).toBe('T4 2026');
  });

  it('fills the named placeholders of a sentence built in TypeScript, with amounts as Intl writes them there', () => {
    load('fr');
    const chf = (amountMinor: number) => ({ amountMinor, currency: 'CHF' });
    const notice = payerNotice(
      { kind: 'RENEWAL', clientName: 'Léa Rossi', productName: 'kDrive', publicPrice: chf(14_400) },
      { via: 'PARTNER', partnerName: 'Pixel Partners', access: 'LIMITED', billingOwner: null, partnerCurrency: 'CHF', rates: { resellerDiscountRate: 0.15, commissionRate: 0.1 } },
      'fr-CH',
    );
    expect(notice.text).toBe(
      `Léa Rossi paie ce renouvellement\u00a0: le prix public, ${formatMoney(chf(14_400), 'fr-CH')} hors TVA, depuis son portefeuille. ` +
        `Pixel Partners touche un cashback de ${formatMoney(chf(1_440), 'fr-CH')}.`,
    );
  });

  it('writes the top-up bounds in German, in the Swiss format', () => {
    load('de');
    const min = formatMoney({ amountMinor: 100, currency: 'CHF' }, 'de-CH');
    const max = formatMoney({ amountMinor: 10_000_000, currency: 'CHF' }, 'de-CH');
    expect(topUpProblem(99, 'CHF', 'de-CH')).toBe(`Geben Sie einen Betrag zwischen ${min} und ${max} ein.`);
  });

  it('follows the plural rule of the reader, not the English one', () => {
    expect(isOne(0, 'en-GB')).toBe(false);
    expect(isOne(0, 'fr-CH')).toBe(true);
    expect(isOne(1, 'it-CH')).toBe(true);
  });

  it('renders the export dialog in Italian, its plural included, and asks for the file in the display locale', async () => {
    load('it');
    const fetchFn = jest.fn(() => Promise.reject(new Error('offline')));
    (globalThis as { fetch?: unknown }).fetch = fetchFn;
    TestBed.configureTestingModule({
      providers: [
        provideDisplayLocale('it-CH'),
        { provide: MAT_DIALOG_DATA, useValue: { organizationId: 'org-1', organizationName: 'Pixel Partners', types: ['INVOICES'], clients: { ids: ['c1', 'c2'], count: 2 } } },
        { provide: MatDialogRef, useValue: { close: jest.fn(), disableClose: false } },
      ],
    });
    const fixture = TestBed.createComponent(ExportDialog);
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Esporta lo storico di fatturazione');
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="export-scope"]')?.textContent?.trim()).toBe('2 clienti selezionati.');
    await (fixture.componentInstance as unknown as { submit(): Promise<void> }).submit();
    const [, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body)).locale).toBe('it-CH');
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Al momento il Manager non è raggiungibile.');
    delete (globalThis as { fetch?: unknown }).fetch;
  });
});

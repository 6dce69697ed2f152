import { TestBed } from '@angular/core/testing';
import { DISPLAY_LOCALE, ORGANIZATION_COUNTRY_STORAGE_KEY, displayLocale, provideDisplayLocale, rememberOrganizationCountry } from './display-locale';
import { formatDate, formatMoney } from './format';

describe('the display locale', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
  });

  it("is the active language in the organization's country when the language is spoken there", () => {
    expect(displayLocale('de', 'CH')).toBe('de-CH');
    expect(displayLocale('de', 'DE')).toBe('de-DE');
    expect(displayLocale('fr', 'FR')).toBe('fr-FR');
    expect(displayLocale('it', 'IT')).toBe('it-IT');
  });

  it("else the language's default region, never US dates", () => {
    expect(displayLocale('fr', 'DE')).toBe('fr-CH');
    expect(displayLocale('en', null)).toBe('en-GB');
    expect(formatDate('2026-03-01', displayLocale('en', null))).toBe('1 Mar 2026');
  });

  it('writes Swiss money as Intl does for de-CH', () => {
    const expected = new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(1234.5);
    expect(formatMoney({ amountMinor: 123450, currency: 'CHF' }, displayLocale('de', 'CH'))).toBe(expected);
  });

  it('follows <html lang> (set by main.ts) and the country the shell remembered', () => {
    document.documentElement.lang = 'it';
    rememberOrganizationCountry('CH');
    expect(localStorage.getItem(ORGANIZATION_COUNTRY_STORAGE_KEY)).toBe('CH');
    expect(TestBed.inject(DISPLAY_LOCALE)).toBe('it-CH');
  });

  it('is one provider, which another choice replaces', () => {
    TestBed.configureTestingModule({ providers: [provideDisplayLocale('fr-FR')] });
    expect(TestBed.inject(DISPLAY_LOCALE)).toBe('fr-FR');
  });
});

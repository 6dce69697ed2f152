import { negotiateLanguage, regionalLocale } from './languages';

describe('negotiateLanguage', () => {
  it('prefers the saved language over the browser', () => {
    expect(negotiateLanguage('it', 'fr-CH,fr;q=0.9')).toBe('it');
  });
  it('takes the best supported Accept-Language by quality, regional tags counting as their language', () => {
    expect(negotiateLanguage(null, 'es;q=1, de-CH;q=0.8, fr;q=0.9')).toBe('fr');
    expect(negotiateLanguage(undefined, 'de-CH')).toBe('de');
  });
  it('falls back to English on nothing usable', () => {
    expect(negotiateLanguage('xx', 'es, pt;q=0.5, *;q=0.1')).toBe('en');
    expect(negotiateLanguage(null, 'fr;q=0')).toBe('en');
    expect(negotiateLanguage(null, null)).toBe('en');
  });
});

describe('regionalLocale', () => {
  it('uses the organization country when the language is spoken there', () => {
    expect(regionalLocale('de', 'CH')).toBe('de-CH');
    expect(regionalLocale('fr', 'fr')).toBe('fr-FR');
    expect(regionalLocale('de', 'DE')).toBe('de-DE');
  });
  it('else the language default region', () => {
    expect(regionalLocale('fr', 'DE')).toBe('fr-CH');
    expect(regionalLocale('en', 'CH')).toBe('en-GB');
    expect(regionalLocale('it', null)).toBe('it-CH');
  });
  it('writes Swiss money as Intl computes it', () => {
    const chf = (locale: string) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CHF' }).format(1234.5);
    // The Swiss grouping mark is an apostrophe (ASCII or U+2019 depending on the ICU's CLDR version).
    expect(chf(regionalLocale('de', 'CH'))).toMatch(/^CHF\s1['\u2019]234\.50$/u);
    expect(chf(regionalLocale('de', 'DE'))).toMatch(/^1\.234,50\s?CHF$/u);
  });
});

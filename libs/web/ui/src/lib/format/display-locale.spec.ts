import { TestBed } from '@angular/core/testing';
import { DISPLAY_LOCALE, FALLBACK_LOCALE, browserLocale, provideDisplayLocale } from './display-locale';
import { formatDate } from './format';

describe('the display locale', () => {
  it("is the browser's first language Intl knows", () => {
    expect(browserLocale(['fr-CH', 'en'])).toBe('fr-CH');
    expect(browserLocale(['not a tag!', 'de-CH'])).toBe('de-CH');
  });

  it('falls back to en-GB, never to US dates', () => {
    expect(browserLocale([])).toBe(FALLBACK_LOCALE);
    expect(formatDate('2026-03-01', FALLBACK_LOCALE)).toBe('1 Mar 2026');
  });

  it('is one provider, which another choice replaces', () => {
    TestBed.configureTestingModule({ providers: [provideDisplayLocale('fr-FR')] });
    expect(TestBed.inject(DISPLAY_LOCALE)).toBe('fr-FR');
  });
});

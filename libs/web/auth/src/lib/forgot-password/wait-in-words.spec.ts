import { clearTranslations, loadTranslations } from '@angular/localize';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitInWords } from './wait-in-words';

/** The shipped translation file, as the app loads it before bootstrap. */
const translations = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, `../../i18n/auth.${language}.json`), 'utf8'));


describe('waitInWords', () => {
  afterEach(() => clearTranslations());

  it('reads seconds and minutes', () => {
    expect(waitInWords(1)).toBe('1 second');
    expect(waitInWords(45)).toBe('45 seconds');
    expect(waitInWords(60)).toBe('1 minute');
    expect(waitInWords(61)).toBe('2 minutes');
    expect(waitInWords(3600)).toBe('60 minutes');
  });

  it('reads the loaded translations', () => {
    loadTranslations(translations('de'));
    expect(waitInWords(45)).toBe('45 Sekunden');
    expect(waitInWords(1)).toBe('1 Sekunde');
    expect(waitInWords(60)).toBe('1 Minute');
    loadTranslations(translations('it'));
    expect(waitInWords(61)).toBe('2 minuti');
    expect(waitInWords(0)).toBe('un momento');
  });

  it('falls back for nonsense', () => {
    expect(waitInWords(Number.NaN)).toBe('a moment');
    expect(waitInWords(0)).toBe('a moment');
  });
});

import { clearTranslations, loadTranslations } from '@angular/localize';
import { vatErrorText, vatNoteText } from './vat-messages';
const french: Record<string, string> = require('../../i18n/organizations.fr.json');
const german: Record<string, string> = require('../../i18n/organizations.de.json');

describe('VAT messages in the reader\'s language', () => {
  afterEach(() => clearTranslations());

  it('keeps the domain sentence in English', () => {
    const error = { code: 'BAD_CHECK_DIGIT' as const, message: 'FR41303265045 is not a valid VAT number in France: …' };
    expect(vatErrorText(error, 'FR', 'fr 41 303 265 045', 'en-GB')).toBe(error.message);
  });

  it('says the same facts in French, with the country named in French', () => {
    loadTranslations(french);
    const text = vatErrorText({ code: 'BAD_CHECK_DIGIT', message: 'x' }, 'FR', 'fr 41 303 265 045', 'fr-CH');
    expect(text).toContain('FR41303265045');
    expect(text).toContain('(France)');
    expect(text).toMatch(/chiffre de contrôle/);
    expect(vatErrorText({ code: 'WRONG_PREFIX', message: 'x' }, 'DE', 'FR123', 'fr-CH')).toContain('Allemagne');
  });

  it('explains in German why a Swiss or US company has no EU VAT number', () => {
    loadTranslations(german);
    expect(vatNoteText('CH', 'de-CH', 'Swiss companies …')).toMatch(/^Schweizer Unternehmen unterliegen der Schweizer MWST/);
    expect(vatNoteText('US', 'de-CH')).toMatch(/^Vereinigte Staaten: ausserhalb des EU-MWST-Gebiets/);
  });
});

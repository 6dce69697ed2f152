import { clearTranslations, loadTranslations } from '@angular/localize';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped translation file, as the app loads it before bootstrap. */
const translations = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, `../../i18n/dashboard.${language}.json`), 'utf8'));

afterEach(() => clearTranslations());

describe('PRODUCT_STATE_LABELS', () => {
  // The labels are read once, when the module loads: the app loads its language before that.
  it('are in the language loaded before the module', async () => {
    loadTranslations(translations('de'));
    const { PRODUCT_STATE_LABELS } = await import('./product-state-chip');
    expect(PRODUCT_STATE_LABELS).toEqual({ ACTIVE: 'Aktiv', EXPIRING: 'Läuft bald ab', EXPIRED: 'Abgelaufen' });
  });
});

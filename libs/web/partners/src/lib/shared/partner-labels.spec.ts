import { clearTranslations, loadTranslations } from '@angular/localize';
import { actingAsText } from './partner-access';
import { ACCESS_LABELS, BILLING_OWNER_LABELS, PARTNERSHIP_STATUS_LABELS, billingOwnerExplanation } from './partner-labels';
import { ADD_PARTNER_STEP_TITLES, stepProblem } from './add-partner-steps';

const translations = (lang: string): Record<string, string> => require(`../../i18n/partners.${lang}.json`);

describe('partner labels', () => {
  afterEach(() => clearTranslations());

  it('speaks English without translations', () => {
    expect(ACCESS_LABELS.LIMITED).toBe('Limited access');
    expect(actingAsText('Pixel Partners', 'COMPLETE')).toBe('You are acting as Pixel Partners (partner, complete access)');
  });

  it('reads each label when asked, so translations loaded later apply', () => {
    loadTranslations(translations('de'));
    expect(ACCESS_LABELS.COMPLETE).toBe('Vollständiger Zugriff');
    expect(BILLING_OWNER_LABELS.PARTNER).toBe('Der Partner bezahlt');
    expect(PARTNERSHIP_STATUS_LABELS.TERMINATED).toBe('Beendet');
    expect(ADD_PARTNER_STEP_TITLES.review).toBe('Prüfen und senden');
    expect(actingAsText('Pixel Partners', 'LIMITED')).toBe('Sie handeln als Pixel Partners (Partner, eingeschränkter Zugriff)');
  });

  it.each(['fr', 'de', 'it'])('has %s sentences for both sides and every step', (lang) => {
    loadTranslations(translations(lang));
    for (const owner of ['CLIENT', 'PARTNER'] as const) {
      for (const side of ['CLIENT', 'PARTNER'] as const) expect(billingOwnerExplanation(owner, side)).not.toMatch(/invoic/);
    }
    const empty = { partnerId: null, access: null, productIds: [], billingOwner: null, endsOn: '' };
    expect(stepProblem('partner', empty)).not.toMatch(/Select/);
    expect(actingAsText('Pixel Partners', 'COMPLETE')).toContain('Pixel Partners');
  });
});

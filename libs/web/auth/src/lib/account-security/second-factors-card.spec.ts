import { clearTranslations, loadTranslations } from '@angular/localize';
import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SecondFactorsCard } from './second-factors-card';

/** The shipped translation file, as the app loads it before bootstrap. */
const translations = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, `../../i18n/auth.${language}.json`), 'utf8'));

// Loaded before the template is first compiled: the app loads its language before bootstrap too.
beforeAll(() => loadTranslations(translations('fr')));
afterAll(() => clearTranslations());

describe('SecondFactorsCard in French', () => {
  function render(recoveryCodesLeft: number): HTMLElement {
    TestBed.configureTestingModule({
      imports: [SecondFactorsCard],
      providers: [{ provide: Apollo, useValue: {} }],
    });
    const fixture = TestBed.createComponent(SecondFactorsCard);
    fixture.componentRef.setInput('security', { passkeys: [], totpEnabled: true, recoveryCodesLeft, sessions: [], activity: [] });
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('counts the recovery codes left with the plural of the translation', () => {
    const element = render(9);
    expect(element.querySelector('[data-testid="recovery-codes-count"]')?.textContent?.trim()).toBe('9 restants sur 10');
    expect(element.querySelector('h2')?.textContent).toBe('Validation en deux étapes');
  });

  it('says "one left" in the singular', () => {
    expect(render(1).querySelector('[data-testid="recovery-codes-count"]')?.textContent?.trim()).toBe('1 restant sur 10');
  });
});

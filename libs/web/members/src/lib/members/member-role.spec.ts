import { clearTranslations, loadTranslations } from '@angular/localize';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memberRoleName, roleChangedMessage } from './member-role';

/** The shipped translation file, as the app loads it before bootstrap. */
const translations = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, `../../i18n/members.${language}.json`), 'utf8'));
const french = translations('fr');
const german = translations('de');

describe('memberRoleName', () => {
  afterEach(() => clearTranslations());

  it('names every role in English, the source', () => {
    expect(memberRoleName('LEGAL_RESPONSIBLE')).toBe('Legal responsible');
    expect(memberRoleName('ADMIN')).toBe('Administrator');
    expect(memberRoleName('USER')).toBe('User');
    expect(memberRoleName('EXTERNAL')).toBe('External');
    expect(memberRoleName('BILLING_CONTACT')).toBe('Billing contact');
  });

  it('reads the loaded translations', () => {
    loadTranslations(german);
    expect(memberRoleName('LEGAL_RESPONSIBLE')).toBe('Rechtlicher Vertreter');
    expect(roleChangedMessage('Ada Lovelace', 'USER')).toBe('Ada Lovelace ist jetzt Benutzer.');
  });

  it('words the role change as one sentence per role', () => {
    expect(roleChangedMessage('Ada Lovelace', 'ADMIN')).toBe('Ada Lovelace is now Administrator.');
    loadTranslations(french);
    expect(roleChangedMessage('Ada Lovelace', 'ADMIN')).toBe('Ada Lovelace est maintenant Administrateur.');
    expect(roleChangedMessage('Ada Lovelace', 'BILLING_CONTACT')).toBe('Ada Lovelace a maintenant le rôle Billing contact.');
  });
});

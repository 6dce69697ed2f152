import { LANGUAGES } from '../i18n/languages';
import { loadPasswordAdvice, passwordAdviceIn } from './password-advice';
import { checkPassword } from './password-policy';
import { loadPasswordEstimator } from './password-estimator';

describe('password advice in four languages', () => {
  beforeAll(async () => {
    await Promise.all(LANGUAGES.map(loadPasswordAdvice));
  }, 30_000);

  it('the four zxcvbn-ts language packages have the same warnings and suggestions', async () => {
    const keys = await Promise.all(
      [import('@zxcvbn-ts/language-en'), import('@zxcvbn-ts/language-fr'), import('@zxcvbn-ts/language-de'), import('@zxcvbn-ts/language-it')].map(async (pkg) => {
        const { translations } = await pkg;
        return { warnings: Object.keys(translations.warnings).sort(), suggestions: Object.keys(translations.suggestions).sort() };
      }),
    );
    expect(keys[0].warnings).toHaveLength(16);
    expect(keys[0].suggestions).toHaveLength(14);
    for (const other of keys.slice(1)) expect(other).toEqual(keys[0]);
  });

  it('gives an English warning or suggestion in the language, written the product’s way', () => {
    expect(passwordAdviceIn('Dates are easy to guess.', 'fr')).toBe('Les dates sont faciles à deviner.');
    expect(passwordAdviceIn('Add more words that are less common.', 'it')).toBe('Aggiungi un maggior numero di parole meno comuni.');
    // Swiss German: ss, never ß.
    expect(passwordAdviceIn('Capitalize some, but not all letters.', 'de')).toBe('Einige, aber nicht alle Buchstaben gross schreiben.');
    // A French sentence the package leaves without a full stop gets one.
    expect(passwordAdviceIn('Straight rows of keys on your keyboard are easy to guess.', 'fr')).toBe('Les lignes droites de touches de votre clavier sont faciles à deviner.');
  });

  it('keeps a lower-cased first letter (after a colon), except in German', () => {
    expect(passwordAdviceIn('this is a heavily used password.', 'fr')).toBe('ce mot de passe est très utilisé.');
    expect(passwordAdviceIn('this is a heavily used password.', 'de')).toBe('Dies ist ein sehr häufig verwendetes Passwort.');
  });

  it('leaves English, and what is no advice of the estimator, as they are', () => {
    expect(passwordAdviceIn('Dates are easy to guess.', 'en')).toBe('Dates are easy to guess.');
    expect(passwordAdviceIn('Something else.', 'de')).toBe('Something else.');
  });

  it('translates what the estimator actually says of a weak password', async () => {
    const verdict = checkPassword('qwertyuiopasdf', {}, await loadPasswordEstimator());
    expect(verdict.problem).toEqual({ code: 'GUESSABLE', warning: expect.any(String) });
    const warning = (verdict.problem as { warning: string }).warning;
    expect(passwordAdviceIn(warning, 'de')).not.toBe(warning);
    expect(verdict.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of verdict.suggestions) expect(passwordAdviceIn(suggestion, 'it')).not.toBe(suggestion);
  });
});

import { loadPasswordEstimator } from './password-estimator';
import { checkPassword, passwordLength, PASSWORD_POLICY, type PasswordEstimator } from './password-policy';

const ADA = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' };

describe('password policy', () => {
  let estimator: PasswordEstimator;
  beforeAll(async () => {
    estimator = await loadPasswordEstimator();
  }, 30_000);

  it.each([
    ['aaaaaaaaaa', 'TOO_SHORT'],
    ['1234567890', 'TOO_SHORT'],
    ['password12', 'TOO_SHORT'],
    ['          ', 'TOO_SHORT'],
    [ADA.email, 'PERSONAL'],
  ])('refuses %j (%s)', (password, code) => {
    const verdict = checkPassword(password, ADA, estimator);
    expect(verdict.acceptable).toBe(false);
    expect(verdict.problem?.code).toBe(code);
    expect(verdict.message).toMatch(/\w/);
  });

  it('refuses common and breached passwords long enough to pass the length rule', () => {
    for (const password of ['aaaaaaaaaaaa', '123456789012', 'password1234', 'qwertyuiopasdf', 'iloveyou1234', '            ']) {
      const verdict = checkPassword(password, ADA, estimator);
      expect({ password, code: verdict.problem?.code }).toEqual({ password, code: 'GUESSABLE' });
      expect(verdict.score).toBeLessThan(PASSWORD_POLICY.minScore);
      expect(verdict.message).toContain('too easy to guess');
    }
  });

  it('knows common words of French, German and Italian too', () => {
    for (const password of ['grenouille12', 'schokolade12', 'buongiorno12']) {
      expect({ password, acceptable: checkPassword(password, {}, estimator).acceptable }).toEqual({ password, acceptable: false });
    }
  });

  it('accepts a strong passphrase', () => {
    const verdict = checkPassword('correct horse battery staple', ADA, estimator);
    expect(verdict).toEqual({ acceptable: true, problem: null, score: 4, message: null, suggestions: [] });
  });

  it.each([
    ['the email itself', ADA.email],
    ['the email in capitals', ADA.email.toUpperCase()],
    ['the name and a year', 'AdaLovelace1815!'],
    ['the name backwards order', 'lovelace-ada-lovelace'],
    ['the local part', 'ada.lovelace.'],
  ])('refuses %s', (_label, password) => {
    expect(checkPassword(password, ADA, estimator).acceptable).toBe(false);
  });

  it('refuses the name even with an accent dropped', () => {
    const verdict = checkPassword('Leon Muller 2024', { email: 'leon@example.test', name: 'Léon Müller' }, estimator);
    expect(verdict.acceptable).toBe(false);
  });

  it('lets the estimator judge a passphrase that merely contains the name', () => {
    expect(checkPassword('ada rides seven purple tractors', ADA, estimator).acceptable).toBe(true);
  });

  it('counts code points: 12 emoji are 12 characters, 11 are too few', () => {
    const twelve = '🐙🦊🐢🦉🐝🦀🐬🦜🐌🦔🐞🦎';
    expect(twelve.length).toBe(24);
    expect(passwordLength(twelve)).toBe(12);
    expect(checkPassword(twelve, ADA).problem).toBeNull();
    const eleven = [...twelve].slice(0, 11).join('');
    expect(checkPassword(eleven, ADA).problem).toEqual({ code: 'TOO_SHORT', length: 11 });
  });

  it('bounds the length like the sign-in form does', () => {
    const long = 'correct horse battery staple '.repeat(40);
    expect(checkPassword(long.slice(0, PASSWORD_POLICY.maxLength), ADA).problem).toBeNull();
    expect(checkPassword(long.slice(0, PASSWORD_POLICY.maxLength + 1), ADA).problem).toEqual({ code: 'TOO_LONG' });
  });

  it('checks the rules without the estimator, and says so', () => {
    expect(checkPassword('correct horse battery staple', ADA)).toMatchObject({ acceptable: true, score: null });
    expect(checkPassword('short', ADA)).toMatchObject({ acceptable: false, problem: { code: 'TOO_SHORT', length: 5 } });
  });

  it('accepts the passwords the test suites set', () => {
    for (const password of ['a long enough password', 'e2e-password-123']) {
      expect({ password, ...checkPassword(password, ADA, estimator) }).toMatchObject({ password, acceptable: true });
    }
  });
});

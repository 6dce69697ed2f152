import { checkPassword, loadPasswordAdvice, type PasswordEstimator } from '@manager/domain';
import { passwordFeedback } from './password-feedback';

/** A stand-in estimator: the score is the number of words, capped at 4. */
const byWords: PasswordEstimator = {
  estimate: (password) => {
    const words = password.trim().split(/\s+/).length;
    return { score: Math.min(4, words) as 0 | 1 | 2 | 3 | 4, warning: words < 3 ? 'This is a commonly used password.' : null, suggestions: ['Add more words.'] };
  },
};
const owner = { email: 'ada@example.com', name: 'Ada Lovelace' };
const feedback = (password: string, estimator?: PasswordEstimator, state: 'loading' | 'ready' | 'unavailable' = 'ready') =>
  passwordFeedback(password, checkPassword(password, owner, estimator), state);

describe('passwordFeedback', () => {
  it('explains the rule before anything is typed', () => {
    expect(feedback('')).toMatchObject({ level: 0, ok: false, label: '', message: expect.stringContaining('at least 12 characters') });
  });

  it('counts characters while too short, without changing the announced sentence', () => {
    const seven = feedback('abcdefg');
    const eight = feedback('abcdefgh');
    expect(seven).toMatchObject({ level: 1, ok: false, label: 'Too short', counter: '7 / 12' });
    expect(eight.counter).toBe('8 / 12');
    expect(eight.message).toBe(seven.message);
  });

  it('shows the policy sentence and the tips for a guessable password', () => {
    expect(feedback('passwordpassword', byWords)).toEqual({
      level: 1,
      ok: false,
      label: 'Too easy to guess',
      message: 'This password is too easy to guess: this is a commonly used password. Add a few more uncommon words.',
      counter: '',
      tips: ['Add more words.'],
    });
    expect(feedback('ada.lovelace@example.com', byWords)).toMatchObject({ ok: false, label: 'Too easy to guess', tips: [] });
  });

  it('fills the meter for accepted passwords', () => {
    expect(feedback('three long words', byWords)).toMatchObject({ level: 3, ok: true, label: 'Strong' });
    expect(feedback('four quite long words', byWords)).toMatchObject({ level: 4, ok: true, label: 'Very strong' });
  });

  it('says what it knows while the dictionaries load, or if they cannot', () => {
    expect(feedback('four quite long words', undefined, 'loading')).toMatchObject({ level: 0, ok: true, label: 'Checking…' });
    expect(feedback('four quite long words', undefined, 'unavailable')).toMatchObject({
      ok: true,
      message: expect.stringContaining('when you submit'),
    });
  });

  it('gives the estimator’s warning and tips in the page’s language', async () => {
    // English sentences as zxcvbn-ts writes them (language-en's translations).
    const common: PasswordEstimator = {
      estimate: () => ({ score: 1, warning: 'This is a commonly used password.', suggestions: ['Add more words that are less common.'] }),
    };
    await loadPasswordAdvice('de');
    const german = passwordFeedback('passwordpassword', checkPassword('passwordpassword', owner, common), 'ready', 'de');
    expect(german.tips).toEqual(['Weitere Wörter, die weniger häufig vorkommen, hinzufügen.']);
    // German keeps the capital after the colon.
    expect(german.message).toContain(': Dies ist ein oft verwendetes Passwort. ');
    // A language whose advice has not been loaded stays in English rather than showing nothing.
    expect(passwordFeedback('passwordpassword', checkPassword('passwordpassword', owner, common), 'ready', 'it').tips).toEqual(['Add more words that are less common.']);
  });
});

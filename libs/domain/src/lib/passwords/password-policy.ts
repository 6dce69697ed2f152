/**
 * The password policy, after NIST SP 800-63B §3.1.1.2: a minimum length, a generous maximum, and a
 * check against passwords that are common, breached or built from the person's own email or name.
 * No composition rules (a capital, a digit, a symbol): they make passwords harder to remember, not
 * harder to guess.
 *
 * The API and the SPA share this module, so that the meter under a new-password field and the
 * server agree. It applies only where a password is *set* (sign-up, invitation, reset, change):
 * signing in with an older, weaker password keeps working.
 *
 * The guessability check needs large dictionaries: they come in through a `PasswordEstimator`
 * (see `loadPasswordEstimator`, loaded on demand) so that importing these rules costs nothing.
 */
export const PASSWORD_POLICY = {
  /** Counted in Unicode code points: 12 emoji are 12 characters. */
  minLength: 12,
  /**
   * Counted in UTF-16 code units, the unit of the sign-in form's bound: every password that can
   * be set can also be typed into the sign-in form. Long enough for any passphrase, short enough
   * that nobody makes the server hash megabytes.
   */
  maxLength: 1024,
  /**
   * The estimator's score (0–4) a password needs. 3 means about 10⁸ guesses or more: out of reach
   * of online guessing, and costly offline against argon2id.
   */
  minScore: 3,
} as const;

/** Why a password is refused, from a closed vocabulary; the words come from `passwordMessage`. */
export type PasswordProblem =
  | { code: 'TOO_SHORT'; length: number }
  | { code: 'TOO_LONG' }
  | { code: 'PERSONAL' }
  | { code: 'GUESSABLE'; warning: string | null };

/** What the person chooses the password for: it must not be built from these. */
export interface PasswordOwner {
  email?: string | null;
  name?: string | null;
}

/** The guessability part of the policy: a score 0–4 and the estimator's own advice. */
export interface PasswordEstimate {
  score: 0 | 1 | 2 | 3 | 4;
  warning: string | null;
  suggestions: string[];
}

export interface PasswordEstimator {
  estimate(password: string, userInputs: string[]): PasswordEstimate;
}

export interface PasswordVerdict {
  /** True when the password may be set. */
  acceptable: boolean;
  /** The first reason it may not, or null. */
  problem: PasswordProblem | null;
  /** 0–4 for the meter; null while no estimator was consulted (rules only). */
  score: PasswordEstimate['score'] | null;
  /** A sentence a person can act on, or null when the password is acceptable. */
  message: string | null;
  /** The estimator's tips, shown under the field. */
  suggestions: string[];
}

/** The length the policy counts: Unicode code points, not UTF-16 units (an emoji is one). */
export function passwordLength(password: string): number {
  let count = 0;
  for (const _ of password) count += 1;
  return count;
}

/**
 * The password's verdict. Without an estimator only the rules that need no dictionary run (length,
 * email and name): the SPA shows that much while the dictionaries load; the API always passes one.
 *
 * @example
 * const verdict = checkPassword('correct horse battery staple', { email, name }, await loadPasswordEstimator());
 * if (!verdict.acceptable) throw badUserInput('password', verdict.message);
 */
export function checkPassword(password: string, owner: PasswordOwner, estimator?: PasswordEstimator): PasswordVerdict {
  const length = passwordLength(password);
  if (length < PASSWORD_POLICY.minLength) return refused({ code: 'TOO_SHORT', length }, length ? 0 : null);
  if (password.length > PASSWORD_POLICY.maxLength) return refused({ code: 'TOO_LONG' }, null);
  if (isBuiltFromOwner(password, owner)) return refused({ code: 'PERSONAL' }, 0);
  if (!estimator) return { acceptable: true, problem: null, score: null, message: null, suggestions: [] };
  const estimate = estimator.estimate(password, ownerWords(owner));
  if (estimate.score < PASSWORD_POLICY.minScore) {
    return { ...refused({ code: 'GUESSABLE', warning: estimate.warning }, estimate.score), suggestions: estimate.suggestions };
  }
  return { acceptable: true, problem: null, score: estimate.score, message: null, suggestions: [] };
}

/** The sentence for a refusal, in the words the API returns and the SPA shows. */
export function passwordMessage(problem: PasswordProblem): string {
  switch (problem.code) {
    case 'TOO_SHORT':
      return `Use at least ${PASSWORD_POLICY.minLength} characters${problem.length ? ` (this one has ${problem.length})` : ''}. A few unrelated words make a long password that is easy to remember.`;
    case 'TOO_LONG':
      return `A password has at most ${PASSWORD_POLICY.maxLength} characters.`;
    case 'PERSONAL':
      return 'Do not build your password from your email address or your name: they are the first guesses.';
    case 'GUESSABLE':
      return `This password is too easy to guess${problem.warning ? `: ${lowerFirst(problem.warning)}` : '.'} Add a few more uncommon words.`;
  }
}

function refused(problem: PasswordProblem, score: PasswordVerdict['score']): PasswordVerdict {
  return { acceptable: false, problem, score, message: passwordMessage(problem), suggestions: [] };
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** Lower-case letters and digits only, accents folded: `Ada.Lovelace-1815` → `adalovelace1815`. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The pieces of the email and name a person is likely to reuse: whole, and word by word. */
function ownerWords(owner: PasswordOwner): string[] {
  const words = new Set<string>();
  const email = owner.email?.trim() ?? '';
  if (email) {
    words.add(email);
    const [local, domain = ''] = email.split('@');
    words.add(local);
    for (const part of local.split(/[._+-]+/)) words.add(part);
    // The organization's own name is often the domain: `example` of example.com.
    for (const label of domain.split('.').slice(0, -1)) words.add(label);
  }
  const name = owner.name?.trim() ?? '';
  if (name) {
    words.add(name);
    for (const part of name.split(/\s+/)) words.add(part);
  }
  return [...words].filter((word) => fold(word).length >= 3);
}

/**
 * True when what is left of the password, once the owner's email and name pieces and the digits
 * are taken out, is too little to count: `ada.lovelace@example.com`, `AdaLovelace1815!`,
 * `lovelace-ada`. A password that merely contains the name among other words is left to the
 * estimator, which knows the owner's words too.
 */
function isBuiltFromOwner(password: string, owner: PasswordOwner): boolean {
  const pieces = ownerWords(owner)
    .map(fold)
    .sort((a, b) => b.length - a.length);
  if (!pieces.length) return false;
  const folded = fold(password);
  let rest = folded;
  for (const piece of pieces) rest = rest.split(piece).join('');
  if (rest === folded) return false;
  return passwordLength(rest.replace(/\p{N}/gu, '')) < 6;
}

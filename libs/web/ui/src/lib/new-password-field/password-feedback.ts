import { type Language, PASSWORD_POLICY, passwordAdviceIn, passwordLength, type PasswordProblem, type PasswordVerdict } from '@manager/domain';

/** What the meter under a new-password field shows. */
export interface PasswordFeedback {
  /** Bars lit, 0–4. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Whether the policy accepts it (as far as checked). */
  ok: boolean;
  /** A word or two beside the meter ("Too short", "Strong"), or empty. */
  label: string;
  /**
   * The sentence under the meter, announced politely to screen readers: it changes only when
   * the verdict does (the character count lives in `counter`, which is not announced).
   */
  message: string;
  /** "7 / 12" while too short, else empty. */
  counter: string;
  /** The estimator's tips for a guessable password. */
  tips: string[];
}

export type EstimatorState = 'loading' | 'ready' | 'unavailable';

/**
 * The sentence of a refusal in the SPA's language: the policy's English sentence
 * (`passwordMessage`) is what the API answers; here each has its $localize text, and the
 * estimator's warning comes in `language` (`passwordAdviceIn`, once `loadPasswordAdvice(language)`
 * has run; English until then).
 */
function refusalMessage(problem: Exclude<PasswordProblem, { code: 'TOO_SHORT' }>, language: Language): string {
  switch (problem.code) {
    case 'TOO_LONG': {
      const max = PASSWORD_POLICY.maxLength;
      return $localize`:@@ui.passwordFeedback.tooLong.message:A password has at most ${max}:max: characters.`;
    }
    case 'PERSONAL':
      return $localize`:@@ui.passwordFeedback.personal.message:Do not build your password from your email address or your name: they are the first guesses.`;
    case 'GUESSABLE': {
      if (!problem.warning) return $localize`:@@ui.passwordFeedback.guessable.message:This password is too easy to guess. Add a few more uncommon words.`;
      // Given lower-cased, as after a colon: passwordAdviceIn keeps it so (German keeps its capital).
      const warning = passwordAdviceIn(problem.warning.charAt(0).toLowerCase() + problem.warning.slice(1), language);
      return $localize`:@@ui.passwordFeedback.guessable.warning:This password is too easy to guess: ${warning}:warning: Add a few more uncommon words.`;
    }
  }
}

/**
 * The meter's reading of the shared policy's verdict, in `language` (the estimator's warning and
 * tips too). Before the dictionaries arrive (`loading`) only the rules that need none have run;
 * if they cannot load (`unavailable`) the API still checks on submit.
 */
export function passwordFeedback(password: string, verdict: PasswordVerdict, estimator: EstimatorState, language: Language = 'en'): PasswordFeedback {
  const min = PASSWORD_POLICY.minLength;
  if (!password) {
    return {
      level: 0,
      ok: false,
      label: '',
      message: $localize`:@@ui.passwordFeedback.empty:Use at least ${min}:min: characters. A few unrelated words are easy to remember and hard to guess.`,
      counter: '',
      tips: [],
    };
  }
  const problem = verdict.problem;
  if (problem?.code === 'TOO_SHORT') {
    return {
      level: 1,
      ok: false,
      label: $localize`:@@ui.passwordFeedback.tooShort.label:Too short`,
      message: $localize`:@@ui.passwordFeedback.tooShort.message:Use at least ${min}:min: characters.`,
      counter: `${passwordLength(password)} / ${min}`,
      tips: [],
    };
  }
  if (problem) {
    const score = verdict.score ?? 0;
    return {
      level: score >= 2 ? 2 : 1,
      ok: false,
      label: problem.code === 'TOO_LONG' ? $localize`:@@ui.passwordFeedback.tooLong.label:Too long` : $localize`:@@ui.passwordFeedback.guessable.label:Too easy to guess`,
      message: refusalMessage(problem, language),
      counter: '',
      tips: problem.code === 'GUESSABLE' ? verdict.suggestions.map((tip) => passwordAdviceIn(tip, language)) : [],
    };
  }
  if (verdict.score === null) {
    return estimator === 'loading'
      ? {
          level: 0,
          ok: true,
          label: $localize`:@@ui.passwordFeedback.checking.label:Checking…`,
          message: $localize`:@@ui.passwordFeedback.checking.message:Checking it against common passwords…`,
          counter: '',
          tips: [],
        }
      : {
          level: 0,
          ok: true,
          label: '',
          message: $localize`:@@ui.passwordFeedback.unchecked.message:Long enough. It is checked against common passwords when you submit.`,
          counter: '',
          tips: [],
        };
  }
  return verdict.score >= 4
    ? {
        level: 4,
        ok: true,
        label: $localize`:@@ui.passwordFeedback.veryStrong.label:Very strong`,
        message: $localize`:@@ui.passwordFeedback.veryStrong.message:Great: this password is very hard to guess.`,
        counter: '',
        tips: [],
      }
    : {
        level: 3,
        ok: true,
        label: $localize`:@@ui.passwordFeedback.strong.label:Strong`,
        message: $localize`:@@ui.passwordFeedback.strong.message:Good: this password is hard to guess.`,
        counter: '',
        tips: [],
      };
}

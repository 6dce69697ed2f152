import type { PasswordEstimate, PasswordEstimator } from './password-policy';

let loading: Promise<PasswordEstimator> | undefined;

/**
 * The guessability estimator of the policy: zxcvbn-ts with its list of common and breached
 * passwords, keyboard patterns, and the words, names and places of English, French, German and
 * Italian (the product's languages: people pick passwords in their own).
 *
 * The dictionaries weigh a few megabytes, so they are imported dynamically on first use: the SPA
 * fetches them only on a page with a new-password field (never with the sign-in screen), the API
 * builds them once per process. Call it as early as the page opens; it is memoized.
 *
 * @example
 * const estimator = await loadPasswordEstimator();
 * checkPassword(password, { email, name }, estimator);
 */
export function loadPasswordEstimator(): Promise<PasswordEstimator> {
  loading ??= buildEstimator().catch((error: unknown) => {
    // A failed download (SPA offline) may succeed on the next call.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function buildEstimator(): Promise<PasswordEstimator> {
  const [core, common, en, fr, de, it] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-fr'),
    import('@zxcvbn-ts/language-de'),
    import('@zxcvbn-ts/language-it'),
  ]);
  const zxcvbn = new core.ZxcvbnFactory({
    // The feedback is in English, like every other message of the app.
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      ...fr.dictionary,
      // The German and Italian packages name their lists without a language suffix: give them one,
      // or each would replace the other's.
      ...suffixed(de.dictionary, 'de'),
      ...suffixed(it.dictionary, 'it'),
    },
  });
  return {
    estimate(password: string, userInputs: string[]): PasswordEstimate {
      const result = zxcvbn.check(password, userInputs);
      return {
        score: result.score,
        warning: result.feedback.warning || null,
        suggestions: result.feedback.suggestions,
      };
    },
  };
}

function suffixed(dictionary: Record<string, string[]>, language: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${name}-${language}`, words]));
}

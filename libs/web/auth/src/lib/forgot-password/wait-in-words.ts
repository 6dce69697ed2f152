/**
 * `retryAfterSeconds` as a person reads it, in the display locale: "45 seconds", "1 minute",
 * "12 minutes" (`Intl` writes the unit and its plural in each language).
 */
export function waitInWords(seconds: number, locale = 'en-US'): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return $localize`:Read after “Try again in”, as the wait of auth.forgotPassword.tooManyRequests@@auth.forgotPassword.aMoment:a moment`;
  const [amount, unit] = seconds < 60 ? [Math.ceil(seconds), 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

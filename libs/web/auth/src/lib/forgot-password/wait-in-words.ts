/**
 * `retryAfterSeconds` as a person reads it: "45 seconds", "1 minute", "12 minutes". One message
 * per form instead of `Intl` units: `Intl` would need the display locale, which lives in the main
 * `@manager/web-ui` entry this signed-out page must not load. One and other are all the forms our
 * four languages have for a positive whole number.
 */
export function waitInWords(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) {
    return $localize`:Read after “Try again in”, as the wait of auth.forgotPassword.tooManyRequests@@auth.forgotPassword.aMoment:a moment`;
  }
  if (seconds < 60) {
    const count = Math.ceil(seconds);
    return count === 1
      ? $localize`:@@auth.forgotPassword.wait.oneSecond:1 second`
      : $localize`:@@auth.forgotPassword.wait.seconds:${count}:count: seconds`;
  }
  const count = Math.ceil(seconds / 60);
  return count === 1
    ? $localize`:@@auth.forgotPassword.wait.oneMinute:1 minute`
    : $localize`:@@auth.forgotPassword.wait.minutes:${count}:count: minutes`;
}

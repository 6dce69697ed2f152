/** Shown when a request fails without an answer from the API. */
export function unreachableMessage(): string {
  return $localize`:@@organizations.error.unreachable:The Manager cannot be reached right now. Try again in a moment.`;
}

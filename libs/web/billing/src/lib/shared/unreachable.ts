/** What a person reads when the API gave no answer of its own (no network, a proxy's page). */
export function unreachable(): string {
  return $localize`:@@billing.error.unreachable:The Manager cannot be reached right now. Try again in a moment.`;
}

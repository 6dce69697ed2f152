/** What every members page says when the API does not answer (network down, server restarting). */
export const UNREACHABLE = $localize`:@@members.unreachable:The Manager cannot be reached right now. Try again in a moment.`;

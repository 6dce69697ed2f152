/**
 * The token of a reset link, read from the URL fragment (`#token=…`): a fragment is never sent
 * to a server and never appears in a Referer. Returns null when there is none.
 */
export function resetTokenFromFragment(fragment: string | null | undefined): string | null {
  if (!fragment) return null;
  const token = new URLSearchParams(fragment.replace(/^#/, '')).get('token')?.trim();
  return token && token.length <= 200 ? token : null;
}

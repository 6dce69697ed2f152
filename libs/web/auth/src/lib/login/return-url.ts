/**
 * Where to go after logging in: only a path inside this app (no `//host` or `https:` open
 * redirect, never back to the signed-out pages); anything else goes home.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/login') || value.startsWith('/change-user')) return '/';
  return value;
}

/**
 * What the acceptance page offers:
 * - `create-account`: nobody has this email yet, so a name and a password create the account;
 * - `accept`: signed in as the invited email, one button;
 * - `sign-in`: the account exists but this browser is signed out or signed in as someone else.
 */
export type InvitationMode = 'create-account' | 'accept' | 'sign-in';

export function invitationMode(
  preview: { email: string; accountExists: boolean },
  signedInEmail: string | null | undefined,
): InvitationMode {
  if (!preview.accountExists) return 'create-account';
  const same = !!signedInEmail && signedInEmail.trim().toLowerCase() === preview.email.trim().toLowerCase();
  return same ? 'accept' : 'sign-in';
}

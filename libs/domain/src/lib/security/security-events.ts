/**
 * The person's security activity: a closed vocabulary of actions with typed data, stored as data
 * (`security_event`) and worded when read, like the organizations' audit trail.
 */
export type SecondFactorMethod = 'TOTP' | 'RECOVERY_CODE' | 'PASSKEY';

export interface SecurityDataByAction {
  'passkey.added': { name: string };
  'passkey.renamed': { from: string; to: string };
  'passkey.removed': { name: string };
  'totp.enabled': Record<string, never>;
  'totp.removed': Record<string, never>;
  'recovery_codes.generated': { count: number };
  'recovery_code.used': { left: number };
  'sign_in.completed': { method: SecondFactorMethod | 'PASSKEY_ONLY'; device: string };
  'session.ended': { device: string; which: 'ONE' | 'OTHERS'; count: number };
  'organization.second_factor_policy_changed': { organizationName: string; required: boolean };
}

export type SecurityAction = keyof SecurityDataByAction;

export const SECURITY_ACTIONS = [
  'passkey.added',
  'passkey.renamed',
  'passkey.removed',
  'totp.enabled',
  'totp.removed',
  'recovery_codes.generated',
  'recovery_code.used',
  'sign_in.completed',
  'session.ended',
  'organization.second_factor_policy_changed',
] as const satisfies readonly SecurityAction[];

const METHOD_WORDS: Record<SecurityDataByAction['sign_in.completed']['method'], string> = {
  TOTP: 'a code from the authenticator app',
  RECOVERY_CODE: 'a recovery code',
  PASSKEY: 'a passkey',
  PASSKEY_ONLY: 'a passkey alone',
};

const SECURITY_CATALOG_EN: { [A in SecurityAction]: (data: SecurityDataByAction[A]) => string } = {
  'passkey.added': (d) => `Added the passkey "${d.name}"`,
  'passkey.renamed': (d) => `Renamed the passkey "${d.from}" to "${d.to}"`,
  'passkey.removed': (d) => `Removed the passkey "${d.name}"`,
  'totp.enabled': () => 'Turned on the authenticator app',
  'totp.removed': () => 'Removed the authenticator app',
  'recovery_codes.generated': (d) => `Generated ${d.count} new recovery codes (the previous ones no longer work)`,
  'recovery_code.used': (d) => `Used a recovery code (${d.left} left)`,
  'sign_in.completed': (d) => `Logged in with ${METHOD_WORDS[d.method]} on ${d.device}`,
  'session.ended': (d) => (d.which === 'ONE' ? `Logged out ${d.device}` : `Logged out ${d.count} other device${d.count === 1 ? '' : 's'}`),
  'organization.second_factor_policy_changed': (d) =>
    d.required
      ? `Required two-step verification for the members of ${d.organizationName}`
      : `Stopped requiring two-step verification for the members of ${d.organizationName}`,
};

/** The sentence of one security event; an action this build does not know reads as itself. */
export function renderSecurityEvent(action: string, data: unknown): string {
  const render = (SECURITY_CATALOG_EN as Record<string, ((d: unknown) => string) | undefined>)[action];
  return render ? render(data) : action;
}

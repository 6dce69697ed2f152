import type { EntityManager } from 'typeorm';
import type { SecondFactorMethod } from './second-factor.types';

/** The second factors a person has enrolled, as the sign-in offers them. */
export async function enrolledMethods(db: Pick<EntityManager, 'query'>, userId: string): Promise<SecondFactorMethod[]> {
  const [row]: { totp: boolean; passkeys: number; codes: number }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM totp_secret WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS totp,
            (SELECT count(*)::int FROM webauthn_credential WHERE user_id = $1) AS passkeys,
            (SELECT count(*)::int FROM recovery_code WHERE user_id = $1 AND used_at IS NULL) AS codes`,
    [userId],
  );
  const methods: SecondFactorMethod[] = [];
  if (row.totp) methods.push('TOTP');
  if (row.passkeys) methods.push('PASSKEY');
  if (methods.length && row.codes) methods.push('RECOVERY_CODE');
  return methods;
}

export async function hasSecondFactor(db: Pick<EntityManager, 'query'>, userId: string): Promise<boolean> {
  return (await enrolledMethods(db, userId)).some((m) => m !== 'RECOVERY_CODE');
}

import { generate } from 'otplib';
import { recordSecret } from './log-leaks';
import type { GraphQLTestClient } from './graphql-client';
import { SoftwareAuthenticator } from './software-authenticator';

export const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { user { id } secondFactor { pendingToken methods expiresAt } } }`;
export const COMPLETE = `mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { user { id } recoveryCodesLeft } }`;
export const START_TOTP = `mutation { startTotpEnrolment { secret uri qrCodeSvg } }`;
export const CONFIRM_TOTP = `mutation ($input: ConfirmTotpEnrolmentInput!) { confirmTotpEnrolment(input: $input) { recoveryCodes } }`;
export const START_REGISTRATION = `mutation { startPasskeyRegistration { optionsJson } }`;
export const FINISH_REGISTRATION = `mutation ($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { passkey { id name lastUsedAt } recoveryCodes } }`;
export const START_PASSKEY_SIGN_IN = `mutation ($input: StartPasskeySignInInput!) { startPasskeySignIn(input: $input) { optionsJson } }`;
export const FINISH_PASSKEY_SIGN_IN = `mutation ($input: FinishPasskeySignInInput!) { finishPasskeySignIn(input: $input) { user { id } } }`;
export const SECURITY = `{ accountSecurity { totpEnabled recoveryCodesLeft secondFactorRequired passkeys { id name lastUsedAt } sessions { id device place current secondFactor } activity { action summary } } }`;

/** A code of the secret at `epoch` (seconds; now by default). */
export function totpCode(secret: string, epoch = Math.floor(Date.now() / 1000)): Promise<string> {
  return generate({ secret, epoch });
}

/** Turns the authenticator app on for the signed-in browser; returns its secret and the recovery codes. */
export async function enrolTotp(browser: GraphQLTestClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { startTotpEnrolment } = await browser.data(START_TOTP);
  recordSecret(startTotpEnrolment.secret);
  // The step before the current one: a later sign-in with the current code is then no replay.
  const code = await totpCode(startTotpEnrolment.secret, Math.floor(Date.now() / 1000) - 30);
  const { confirmTotpEnrolment } = await browser.data(CONFIRM_TOTP, { input: { code } });
  for (const recovery of confirmTotpEnrolment.recoveryCodes) recordSecret(recovery);
  return { secret: startTotpEnrolment.secret, recoveryCodes: confirmTotpEnrolment.recoveryCodes };
}

/** Registers a software passkey for the signed-in browser. */
export async function enrolPasskey(browser: GraphQLTestClient, name = 'Laptop'): Promise<{ authenticator: SoftwareAuthenticator; passkeyId: string; recoveryCodes: string[] }> {
  const authenticator = new SoftwareAuthenticator(browser.baseUrl);
  const { startPasskeyRegistration } = await browser.data(START_REGISTRATION);
  const { finishPasskeyRegistration } = await browser.data(FINISH_REGISTRATION, {
    input: { name, responseJson: authenticator.register(startPasskeyRegistration.optionsJson) },
  });
  for (const recovery of finishPasskeyRegistration.recoveryCodes) recordSecret(recovery);
  return { authenticator, passkeyId: finishPasskeyRegistration.passkey.id, recoveryCodes: finishPasskeyRegistration.recoveryCodes };
}

/** The password step: the pending token (and methods) when a second factor is due. */
export async function passwordStep(browser: GraphQLTestClient, email: string, password: string): Promise<{ pendingToken: string; methods: string[] }> {
  const { login } = await browser.data(LOGIN, { input: { email, password } });
  if (!login.secondFactor) throw new Error('expected a second factor to be pending');
  return login.secondFactor;
}

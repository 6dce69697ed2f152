import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { badUserInput, onFirstUse, returningRows } from '@manager/api-core';
import { WebauthnCredential } from './second-factor.entities';

/**
 * Passkeys (WebAuthn, through @simplewebauthn/server). The relying party is the app's public
 * address (PUBLIC_URL; http://localhost:PORT in development and tests): its host name is the RP
 * ID and its origin the only accepted origin. Challenges are stored by their SHA-256 and consumed
 * by their one answer (a DELETE … RETURNING, so a replayed answer finds nothing). Passkeys are
 * discoverable (resident) so that one signs in without typing an email.
 */
export const RP_NAME = 'Manager';
const CHALLENGE_TTL_SECONDS = 5 * 60;

/** The library and its ASN.1/COSE dependencies (several megabytes in memory) load with the first passkey ceremony. */
const webauthn = onFirstUse(() => import('@simplewebauthn/server'));

export interface RelyingParty {
  rpID: string;
  origin: string;
}

export function relyingParty(publicUrl: string): RelyingParty {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

export type ChallengePurpose = 'REGISTER' | 'SIGN_IN' | 'SECOND_FACTOR';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

async function storeChallenge(tx: EntityManager, challenge: string, purpose: ChallengePurpose, userId: string | null): Promise<void> {
  await tx.query(`DELETE FROM webauthn_challenge WHERE expires_at < now()`);
  await tx.query(
    `INSERT INTO webauthn_challenge (challenge_hash, purpose, user_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
    [sha256(challenge), purpose, userId, CHALLENGE_TTL_SECONDS],
  );
}

/** For `expectedChallenge`: true once for a live challenge of this purpose (and person), which is consumed. */
function consumeChallenge(tx: EntityManager, purpose: ChallengePurpose, userId: string | null) {
  return async (challenge: string): Promise<boolean> => {
    const rows = await returningRows(
      tx,
      `DELETE FROM webauthn_challenge WHERE challenge_hash = $1 AND purpose = $2 AND user_id IS NOT DISTINCT FROM $3 AND expires_at > now() RETURNING id`,
      [sha256(challenge), purpose, userId],
    );
    return rows.length > 0;
  };
}

const NOT_VERIFIED = 'The passkey could not be verified: try again.';

/** The browser's JSON, checked for the shape the library reads (anything else is BAD_USER_INPUT, never a 500). */
function parseCredentialJson<T>(json: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw badUserInput('responseJson', NOT_VERIFIED);
  }
  const candidate = value as { id?: unknown; rawId?: unknown; type?: unknown; response?: unknown };
  if (!candidate || typeof candidate !== 'object' || typeof candidate.id !== 'string' || typeof candidate.rawId !== 'string'
    || candidate.type !== 'public-key' || !candidate.response || typeof candidate.response !== 'object') {
    throw badUserInput('responseJson', NOT_VERIFIED);
  }
  return value as T;
}

export async function registrationOptions(tx: EntityManager, rp: RelyingParty, user: { id: string; email: string; displayName: string }): Promise<string> {
  const existing = await tx.find(WebauthnCredential, { where: { userId: user.id } });
  const options = await (await webauthn()).generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: Buffer.from(user.id.replace(/-/g, ''), 'hex'),
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  await storeChallenge(tx, options.challenge, 'REGISTER', user.id);
  return JSON.stringify(options);
}

/** Verifies a registration answer and stores the passkey; BAD_USER_INPUT on `responseJson` when it does not verify. */
export async function registerPasskey(tx: EntityManager, rp: RelyingParty, userId: string, name: string, responseJson: string): Promise<WebauthnCredential> {
  const response = parseCredentialJson<RegistrationResponseJSON>(responseJson);
  const verification = await (await webauthn()).verifyRegistrationResponse({
    response,
    expectedChallenge: consumeChallenge(tx, 'REGISTER', userId),
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  }).catch(() => ({ verified: false as const, registrationInfo: undefined }));
  if (!verification.verified) throw badUserInput('responseJson', NOT_VERIFIED);
  const { credential } = verification.registrationInfo;
  const known: unknown[] = await tx.query(`SELECT 1 FROM webauthn_credential WHERE credential_id = $1`, [credential.id]);
  if (known.length) throw badUserInput('responseJson', 'This passkey is already registered.');
  return tx.save(
    tx.create(WebauthnCredential, {
      userId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: String(credential.counter),
      transports: credential.transports ?? [],
      name: name.trim(),
    }),
  );
}

/** Options for a sign-in: the person's passkeys after a password; any discoverable one for a passkey alone. */
export async function authenticationOptions(tx: EntityManager, rp: RelyingParty, userId: string | null): Promise<string> {
  const allow = userId ? await tx.find(WebauthnCredential, { where: { userId } }) : [];
  const options = await (await webauthn()).generateAuthenticationOptions({
    rpID: rp.rpID,
    userVerification: userId ? 'preferred' : 'required',
    ...(userId ? { allowCredentials: allow.map((c) => ({ id: c.credentialId, transports: c.transports })) } : {}),
  });
  await storeChallenge(tx, options.challenge, userId ? 'SECOND_FACTOR' : 'SIGN_IN', userId);
  return JSON.stringify(options);
}

/**
 * Verifies a sign-in answer: with `userId` (second factor) the passkey must be theirs; without,
 * whoever owns it signs in, and the authenticator must have verified the person (PIN, biometrics):
 * the passkey is then both factors. Updates the counter and last use. Returns the passkey.
 */
export async function authenticateWithPasskey(tx: EntityManager, rp: RelyingParty, userId: string | null, responseJson: string): Promise<WebauthnCredential> {
  const response = parseCredentialJson<AuthenticationResponseJSON>(responseJson);
  const credential = await tx.findOne(WebauthnCredential, { where: { credentialId: response.id }, lock: { mode: 'pessimistic_write' } });
  if (!credential || (userId && credential.userId !== userId)) throw badUserInput('responseJson', NOT_VERIFIED);
  const verification = await (await webauthn()).verifyAuthenticationResponse({
    response,
    expectedChallenge: consumeChallenge(tx, userId ? 'SECOND_FACTOR' : 'SIGN_IN', userId),
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    credential: { id: credential.credentialId, publicKey: new Uint8Array(credential.publicKey), counter: Number(credential.counter), transports: credential.transports },
    requireUserVerification: !userId,
  }).catch(() => ({ verified: false as const, authenticationInfo: undefined }));
  if (!verification.verified) throw badUserInput('responseJson', NOT_VERIFIED);
  credential.counter = String(verification.authenticationInfo.newCounter);
  credential.lastUsedAt = new Date();
  await tx.update(WebauthnCredential, { id: credential.id }, { counter: credential.counter, lastUsedAt: () => 'now()' });
  return credential;
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (issue 15): passkeys, authenticator-app secrets (encrypted at rest), hashed
 * recovery codes, the short-lived "password checked, second factor pending" sign-ins, WebAuthn
 * challenges, the second-factor attempts counted to throttle guessing, the person's security
 * activity, and what a session remembers of its device.
 */
export class CreateSecondFactors1764170080000 implements MigrationInterface {
  name = 'CreateSecondFactors1764170080000';
  static readonly runsAfter = 'CreateDpaCertificatesAndCookieConsents1764170060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session
      ADD COLUMN user_agent text,
      ADD COLUMN ip_network text,
      ADD COLUMN last_active_at timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN second_factor boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE TABLE webauthn_credential (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      credential_id text NOT NULL UNIQUE,
      public_key bytea NOT NULL,
      counter bigint NOT NULL DEFAULT 0,
      transports jsonb NOT NULL DEFAULT '[]',
      name text NOT NULL CHECK (name <> ''),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz
    )`);
    await q.query(`CREATE INDEX webauthn_credential_user_id_idx ON webauthn_credential (user_id)`);
    await q.query(`CREATE TABLE totp_secret (
      user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
      secret_encrypted bytea NOT NULL,
      confirmed_at timestamptz,
      last_used_step bigint,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE recovery_code (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      code_hmac bytea NOT NULL UNIQUE,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX recovery_code_user_id_idx ON recovery_code (user_id)`);
    await q.query(`CREATE TABLE pending_sign_in (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      token_hash bytea NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX pending_sign_in_user_id_idx ON pending_sign_in (user_id)`);
    await q.query(`CREATE TABLE webauthn_challenge (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      challenge_hash bytea NOT NULL UNIQUE,
      purpose text NOT NULL CHECK (purpose IN ('REGISTER', 'SIGN_IN', 'SECOND_FACTOR')),
      user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE second_factor_attempt (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id uuid NOT NULL,
      succeeded boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX second_factor_attempt_user_idx ON second_factor_attempt (user_id, created_at)`);
    await q.query(`CREATE TABLE security_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      action text NOT NULL,
      data jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX security_event_user_idx ON security_event (user_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['security_event', 'second_factor_attempt', 'webauthn_challenge', 'pending_sign_in', 'recovery_code', 'totp_secret', 'webauthn_credential']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE session DROP COLUMN user_agent, DROP COLUMN ip_network, DROP COLUMN last_active_at, DROP COLUMN second_factor`);
  }
}

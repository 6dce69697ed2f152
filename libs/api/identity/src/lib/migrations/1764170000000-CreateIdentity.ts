import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764170000000 implements MigrationInterface {
  name = 'CreateIdentity1764170000000';
  /** See `OrderedMigration`: the order is this chain, not the timestamps. */
  static readonly runsAfter = null;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE CHECK (email = lower(btrim(email)) AND email <> ''),
      display_name text NOT NULL CHECK (display_name <> ''),
      password_hash text NOT NULL,
      theme_preference text NOT NULL DEFAULT 'AUTO' CHECK (theme_preference IN ('AUTO', 'LIGHT', 'DARK')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      token_hash bytea NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    )`);
    await q.query(`CREATE INDEX session_user_id_idx ON session (user_id)`);
    await q.query(`CREATE TABLE login_attempt (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      succeeded boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, created_at)`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_attempt`);
    await q.query(`DROP TABLE session`);
    await q.query(`DROP TABLE app_user`);
  }
}

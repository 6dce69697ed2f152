import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Forgot password?": the emailed reset links, and the requests counted to throttle them. */
export class CreatePasswordResets1764170010000 implements MigrationInterface {
  name = 'CreatePasswordResets1764170010000';
  static readonly runsAfter = 'CreatePasswordConfirmationAttempts1764170009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE password_reset_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      token_hash bytea NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX password_reset_token_user_id_idx ON password_reset_token (user_id)`);
    // One row per request, known email or not: the throttle must not tell them apart.
    await q.query(`CREATE TABLE password_reset_request (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX password_reset_request_email_idx ON password_reset_request (email, created_at)`);
    await q.query(`CREATE INDEX password_reset_request_ip_idx ON password_reset_request (ip, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset_request`);
    await q.query(`DROP TABLE password_reset_token`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password confirmations of signed-in people (ending a partnership, later changing the password or
 * creating an API token), counted per user like sign-ins are per email, so that a stolen session
 * cannot guess the password behind it.
 */
export class CreatePasswordConfirmationAttempts1764170009000 implements MigrationInterface {
  name = 'CreatePasswordConfirmationAttempts1764170009000';
  static readonly runsAfter = 'CreateBilling1764170008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE password_confirmation_attempt (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      succeeded boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX password_confirmation_attempt_user_idx ON password_confirmation_attempt (user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_confirmation_attempt`);
  }
}

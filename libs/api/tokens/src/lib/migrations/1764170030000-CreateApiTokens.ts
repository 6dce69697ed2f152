import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API tokens (issue 11): the tokens, the clients each one selects, the clients that blocked one,
 * their use per organization and day, their rate buckets, the leak reports; and on the audit
 * trail, which token made a change.
 */
export class CreateApiTokens1764170030000 implements MigrationInterface {
  name = 'CreateApiTokens1764170030000';
  static readonly runsAfter = 'StructureAuditEvents1764170020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE api_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('ORGANIZATION', 'PERSONAL')),
      public_id text NOT NULL UNIQUE,
      name text NOT NULL,
      owner_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      owner_user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
      acting_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      created_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      created_by_name text,
      scopes jsonb NOT NULL,
      all_clients boolean NOT NULL,
      secret_hmac bytea NOT NULL,
      previous_secret_hmac bytea,
      previous_secret_valid_until timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      expires_at timestamptz(3) NOT NULL,
      last_rotated_at timestamptz(3),
      revoked_at timestamptz(3),
      revoked_reason text CHECK (revoked_reason IN ('REVOKED', 'LEAKED')),
      disabled_at timestamptz(3),
      last_used_at timestamptz(3),
      last_used_ip text,
      expiry_reminder_days int,
      unused_warned_at timestamptz(3),
      CONSTRAINT api_token_personal_owner CHECK ((kind = 'PERSONAL') = (owner_user_id IS NOT NULL)),
      CONSTRAINT api_token_revoked_reason CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
    )`);
    await q.query(`CREATE INDEX api_token_owner_idx ON api_token (owner_organization_id, kind, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX api_token_expires_idx ON api_token (expires_at) WHERE revoked_at IS NULL`);

    await q.query(`CREATE TABLE api_token_client (
      token_id uuid NOT NULL REFERENCES api_token(id) ON DELETE CASCADE,
      client_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      PRIMARY KEY (token_id, client_organization_id)
    )`);
    await q.query(`CREATE INDEX api_token_client_client_idx ON api_token_client (client_organization_id)`);

    await q.query(`CREATE TABLE api_token_block (
      token_id uuid NOT NULL REFERENCES api_token(id) ON DELETE CASCADE,
      client_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      blocked_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      blocked_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (token_id, client_organization_id)
    )`);
    await q.query(`CREATE INDEX api_token_block_client_idx ON api_token_block (client_organization_id)`);

    // One row per token, organization reached and UTC day: last use per client, and the daily summary.
    await q.query(`CREATE TABLE api_token_usage (
      token_id uuid NOT NULL REFERENCES api_token(id) ON DELETE CASCADE,
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      day date NOT NULL,
      first_used_at timestamptz(3) NOT NULL,
      last_used_at timestamptz(3) NOT NULL,
      active_minutes int NOT NULL DEFAULT 1,
      summarised_at timestamptz(3),
      PRIMARY KEY (token_id, organization_id, day)
    )`);
    await q.query(`CREATE INDEX api_token_usage_summary_idx ON api_token_usage (day) WHERE summarised_at IS NULL`);
    // What a token used this minute, read with every authentication to skip writes already made.
    await q.query(`CREATE INDEX api_token_usage_minute_idx ON api_token_usage (token_id, last_used_at)`);

    // Written on every token request: UNLOGGED (no WAL). A crash empties it, which only refills the buckets.
    await q.query(`CREATE UNLOGGED TABLE api_token_rate_bucket (
      token_id uuid PRIMARY KEY,
      level double precision NOT NULL,
      updated_at timestamptz NOT NULL,
      accepted boolean NOT NULL
    )`);

    await q.query(`CREATE TABLE api_token_leak_report (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ip text NOT NULL,
      tokens_received int NOT NULL,
      tokens_revoked int NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX api_token_leak_report_ip_idx ON api_token_leak_report (ip, created_at)`);

    // Which token made a change, and its name then (the partner is partner_organization_id).
    await q.query(`ALTER TABLE audit_event ADD COLUMN api_token_id uuid, ADD COLUMN api_token_name text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DROP COLUMN api_token_name, DROP COLUMN api_token_id`);
    await q.query(`DROP TABLE api_token_leak_report, api_token_rate_bucket, api_token_usage, api_token_block, api_token_client, api_token`);
  }
}

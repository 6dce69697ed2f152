import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email invitations to join an organization. The token itself is never stored, only its SHA-256:
 * a leaked database does not let anyone join. An invitation is pending while neither accepted nor
 * cancelled; at most one is pending per (organization, email). Expiry is checked against now() in
 * the queries (a partial index cannot use now()), and an expired pending row is cancelled by the
 * service before a new invitation to the same email is written.
 */
export class CreateMemberInvitations1764170006000 implements MigrationInterface {
  name = 'CreateMemberInvitations1764170006000';
  static readonly runsAfter = 'CreateOrganizationDetails1764170005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE member_invitation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      email text NOT NULL CHECK (email = lower(btrim(email)) AND email <> ''),
      role text NOT NULL CHECK (role IN ('ADMIN', 'USER', 'EXTERNAL')),
      product_ids uuid[] NOT NULL DEFAULT '{}',
      token_hash bytea NOT NULL UNIQUE,
      invited_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      invited_by_name text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      accepted_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      cancelled_at timestamptz,
      CHECK (role = 'EXTERNAL' OR cardinality(product_ids) = 0),
      CHECK (role <> 'EXTERNAL' OR cardinality(product_ids) > 0),
      CHECK (accepted_at IS NULL OR cancelled_at IS NULL)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX member_invitation_one_pending ON member_invitation (organization_id, email)
       WHERE accepted_at IS NULL AND cancelled_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_invitation`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePartnerships1764170007000 implements MigrationInterface {
  name = 'CreatePartnerships1764170007000';
  static readonly runsAfter = 'CreateMemberInvitations1764170006000';

  async up(q: QueryRunner): Promise<void> {
    // Rates are set by the operator (basis points: 1500 = 15 %), never by the partner through the API.
    await q.query(`ALTER TABLE partner_profile
      ADD COLUMN country char(2) CHECK (country ~ '^[A-Z]{2}$'),
      ADD COLUMN reseller_discount_bp integer NOT NULL DEFAULT 0 CHECK (reseller_discount_bp BETWEEN 0 AND 10000),
      ADD COLUMN commission_bp integer NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
      ADD COLUMN listed_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX partner_profile_listed_name_idx ON partner_profile (lower(public_name)) WHERE listed`);
    await q.query(`CREATE TABLE partnership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      client_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      partner_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'REFUSED', 'TERMINATED', 'CANCELLED')),
      access text NOT NULL CHECK (access IN ('LIMITED', 'COMPLETE')),
      billing_owner text CHECK (billing_owner IN ('CLIENT', 'PARTNER')),
      initiated_by text NOT NULL CHECK (initiated_by IN ('CLIENT', 'PARTNER')),
      ends_at timestamptz(3),
      invitation_token_hash bytea UNIQUE,
      invitation_expires_at timestamptz(3),
      invitation_sent_at timestamptz(3),
      requested_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      -- A partner's request names the client's legal responsible by email only.
      requested_email text,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      accepted_at timestamptz(3),
      accepted_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      ended_at timestamptz(3),
      ended_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      ended_by_side text CHECK (ended_by_side IN ('CLIENT', 'PARTNER')),
      reminded_7d_at timestamptz(3),
      reminded_1d_at timestamptz(3),
      CHECK (client_organization_id <> partner_organization_id),
      -- Who pays is a question only complete access asks (and it must be answered then).
      CHECK ((access = 'COMPLETE') = (billing_owner IS NOT NULL))
    )`);
    // At most one live partnership per pair: a second invitation while one is pending or active fails.
    await q.query(`CREATE UNIQUE INDEX partnership_one_live_per_pair ON partnership (client_organization_id, partner_organization_id)
      WHERE status IN ('PENDING', 'ACTIVE')`);
    // The partner's clients under management, and the client's partners.
    await q.query(`CREATE INDEX partnership_partner_status_idx ON partnership (partner_organization_id, status, client_organization_id)`);
    await q.query(`CREATE INDEX partnership_client_status_idx ON partnership (client_organization_id, status)`);
    await q.query(`CREATE TABLE partnership_product (
      partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
      product_id uuid NOT NULL REFERENCES product(id) ON DELETE CASCADE,
      PRIMARY KEY (partnership_id, product_id)
    )`);
    await q.query(`CREATE INDEX partnership_product_product_idx ON partnership_product (product_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partnership_product`);
    await q.query(`DROP TABLE partnership`);
    await q.query(`DROP INDEX partner_profile_listed_name_idx`);
    await q.query(`ALTER TABLE partner_profile DROP COLUMN listed_at, DROP COLUMN commission_bp,
      DROP COLUMN reseller_discount_bp, DROP COLUMN country`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganizations1764170001000 implements MigrationInterface {
  name = 'CreateOrganizations1764170001000';
  static readonly runsAfter = 'CreateIdentity1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE organization (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
      entity_type text NOT NULL CHECK (entity_type IN ('COMPANY', 'INDIVIDUAL')),
      country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      vat_number text CHECK (vat_number IS NULL OR entity_type = 'COMPANY'),
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE membership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, organization_id)
    )`);
    await q.query(`CREATE INDEX membership_organization_id_idx ON membership (organization_id)`);
    // Exactly one legal responsible per organization: "at most one" is enforced here, "at least
    // one" by the services that change roles.
    await q.query(
      `CREATE UNIQUE INDEX membership_one_legal_responsible ON membership (organization_id) WHERE role = 'LEGAL_RESPONSIBLE'`,
    );
    await q.query(`CREATE TABLE partner_profile (
      organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
      public_name text NOT NULL CHECK (btrim(public_name) <> ''),
      contact_email text NOT NULL,
      description text NOT NULL DEFAULT '',
      listed boolean NOT NULL DEFAULT true
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner_profile`);
    await q.query(`DROP TABLE membership`);
    await q.query(`DROP TABLE organization`);
  }
}

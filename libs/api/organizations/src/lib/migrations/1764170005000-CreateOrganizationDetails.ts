import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organization details (issue 3): billing addresses, the record of each acceptance of the terms
 * of use, and the last VIES verification of the VAT number.
 */
export class CreateOrganizationDetails1764170005000 implements MigrationInterface {
  name = 'CreateOrganizationDetails1764170005000';
  static readonly runsAfter = 'CreateAuditTrail1764170004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization
      ADD COLUMN vat_verification_status text CHECK (vat_verification_status IN ('VALID', 'INVALID', 'UNAVAILABLE')),
      ADD COLUMN vat_checked_at timestamptz(3),
      ADD COLUMN vat_registered_name text,
      ADD CONSTRAINT organization_vat_verification_dated CHECK ((vat_verification_status IS NULL) = (vat_checked_at IS NULL)),
      ADD CONSTRAINT organization_vat_verification_of_a_number CHECK (vat_verification_status IS NULL OR vat_number IS NOT NULL)`);
    await q.query(`CREATE TABLE billing_address (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      recipient text CHECK (recipient IS NULL OR (btrim(recipient) <> '' AND length(recipient) <= 200)),
      street text NOT NULL CHECK (btrim(street) <> '' AND length(street) <= 200),
      postcode text NOT NULL CHECK (btrim(postcode) <> '' AND length(postcode) <= 20),
      city text NOT NULL CHECK (btrim(city) <> '' AND length(city) <= 100),
      country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      is_default boolean NOT NULL DEFAULT false,
      -- The order the person gave the addresses in the form.
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX billing_address_organization_idx ON billing_address (organization_id)`);
    // At most one default per organization here; "at least one" is the service's rule (it
    // refuses a list without a default).
    await q.query(`CREATE UNIQUE INDEX billing_address_one_default ON billing_address (organization_id) WHERE is_default`);
    await q.query(`CREATE TABLE terms_acceptance (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      version text NOT NULL CHECK (btrim(version) <> ''),
      context text NOT NULL CHECK (context IN ('SIGN_UP', 'CREATE_ORGANIZATION', 'UPDATE_ORGANIZATION')),
      -- The address the acceptance came from: evidence, and the sign-up throttle's count.
      ip text,
      accepted_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX terms_acceptance_organization_idx ON terms_acceptance (organization_id, accepted_at DESC)`);
    await q.query(`CREATE INDEX terms_acceptance_sign_up_ip_idx ON terms_acceptance (ip, accepted_at) WHERE context = 'SIGN_UP'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE terms_acceptance`);
    await q.query(`DROP TABLE billing_address`);
    await q.query(`ALTER TABLE organization
      DROP COLUMN vat_verification_status, DROP COLUMN vat_checked_at, DROP COLUMN vat_registered_name`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data processing agreement's issuance records (who generated which version when, and the
 * SHA-256 of the very bytes handed out, for the public verification) and the cookie decisions of
 * signed-in people (time, version, choices; never an IP address).
 */
export class CreateDpaCertificatesAndCookieConsents1764170060000 implements MigrationInterface {
  name = 'CreateDpaCertificatesAndCookieConsents1764170060000';
  static readonly runsAfter = 'AddInvoiceLinePeriods1764170040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE dpa_certificate (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      version text NOT NULL,
      generated_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      generated_by_name text NOT NULL,
      -- The organization's name as printed: the verification answers with it after a rename.
      organization_name text NOT NULL,
      fingerprint char(64) NOT NULL UNIQUE CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
      -- Printed in the PDF (a document cannot hold its own hash): 128 random bits, base32.
      verification_code text NOT NULL UNIQUE,
      -- Millisecond precision: keyset cursors carry the time through JavaScript dates.
      generated_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX dpa_certificate_organization_idx ON dpa_certificate (organization_id, generated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX dpa_certificate_generator_idx ON dpa_certificate (generated_by_user_id, generated_at DESC)`);
    await q.query(`CREATE TABLE cookie_consent (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      version text NOT NULL,
      -- {"analytics": false, "preferences": true}: every optional category of that version.
      choices jsonb NOT NULL CHECK (jsonb_typeof(choices) = 'object'),
      -- DIALOG: chosen in the dialog; GPC: the browser's Global Privacy Control said no.
      source text NOT NULL CHECK (source IN ('DIALOG', 'GPC')),
      decided_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX cookie_consent_user_idx ON cookie_consent (user_id, decided_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cookie_consent`);
    await q.query(`DROP TABLE dpa_certificate`);
  }
}

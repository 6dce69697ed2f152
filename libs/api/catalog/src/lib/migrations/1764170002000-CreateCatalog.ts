import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalog1764170002000 implements MigrationInterface {
  name = 'CreateCatalog1764170002000';
  static readonly runsAfter = 'CreateOrganizations1764170001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE product (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      category text NOT NULL CHECK (category IN
        ('WEB_HOSTING', 'MAIL_SERVICE', 'DOMAIN', 'KDRIVE', 'KCHAT', 'SSL_CERTIFICATE', 'VPS')),
      name text NOT NULL CHECK (btrim(name) <> ''),
      public_price_minor integer NOT NULL CHECK (public_price_minor >= 0),
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      renewal_date date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // Serves the per-organization keyset paging by name regardless of case.
    await q.query(`CREATE INDEX product_organization_name_idx ON product (organization_id, lower(name), id)`);
    await q.query(`CREATE TABLE membership_product_grant (
      membership_id uuid NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
      product_id uuid NOT NULL REFERENCES product(id) ON DELETE CASCADE,
      granted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (membership_id, product_id)
    )`);
    await q.query(`CREATE INDEX membership_product_grant_product_idx ON membership_product_grant (product_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE membership_product_grant`);
    await q.query(`DROP TABLE product`);
  }
}

/**
 * The data of bench:managed-clients, in a few set-based statements (generate_series): 200,000
 * organizations seed in seconds.
 *
 * - `clients` clients of the bench partner, named "client 00001 SA" / "Client 00002 SA" (both
 *   cases: the list sorts case-insensitively), 3 products each; every 4th COMPLETE (billing owner
 *   PARTNER), the others LIMITED to 2 of their 3 products; accepted at random dates; one expired.
 * - other organizations ("Bystander N", sorting before every client), 1 product each: 500 of them
 *   ended their partnership with the bench partner (TERMINATED, must not show), every 10th is an
 *   ACTIVE client of another partner. They must cost the bench partner's list nothing.
 */
import type { DataSource } from 'typeorm';

export async function seedClients(db: DataSource, partner: string, clients: number): Promise<void> {
  await db.query(
    `INSERT INTO organization (name, entity_type, country, currency)
     SELECT CASE WHEN g % 2 = 0 THEN 'client ' ELSE 'Client ' END || lpad(g::text, 5, '0') || ' SA', 'COMPANY', 'CH', 'CHF'
     FROM generate_series(1, $1) g`,
    [clients],
  );
  await db.query(
    `INSERT INTO product (organization_id, category, name, public_price_minor, currency, renewal_date)
     SELECT o.id, 'WEB_HOSTING', o.name || ' site ' || n, 1000, 'CHF', '2027-06-30'
     FROM organization o CROSS JOIN generate_series(1, 3) n WHERE o.name ILIKE 'client %'`,
  );
  await db.query(
    `INSERT INTO partnership (client_organization_id, client_name, partner_organization_id, status, access, billing_owner, initiated_by, accepted_at)
     SELECT o.id, o.name, $1, 'ACTIVE', CASE WHEN row_number() OVER () % 4 = 0 THEN 'COMPLETE' ELSE 'LIMITED' END,
            CASE WHEN row_number() OVER () % 4 = 0 THEN 'PARTNER' END, 'CLIENT',
            now() - (random() * interval '900 days')
     FROM organization o WHERE o.name ILIKE 'client %'`,
    [partner],
  );
  await db.query(
    `INSERT INTO partnership_product (partnership_id, product_id)
     SELECT ps.id, p.id FROM partnership ps JOIN product p ON p.organization_id = ps.client_organization_id
     WHERE ps.partner_organization_id = $1 AND ps.access = 'LIMITED' AND p.name NOT LIKE '% site 3'`,
    [partner],
  );
  await db.query(
    `UPDATE partnership SET ends_at = now() - interval '1 day'
     WHERE id = (SELECT id FROM partnership WHERE partner_organization_id = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 1)`,
    [partner],
  );
}

/** Organizations number `from`…`to` of the others (call again to grow the system: 2,001…200,000). */
export async function seedOtherOrganizations(db: DataSource, partner: string, from: number, to: number): Promise<void> {
  if (to < from) return;
  let otherPartner: string | undefined = (await db.query(`SELECT id FROM organization WHERE name = 'Other Partner SA'`))[0]?.id;
  if (!otherPartner) {
    otherPartner = (await db.query(`INSERT INTO organization (name, entity_type, country, currency) VALUES ('Other Partner SA', 'COMPANY', 'CH', 'CHF') RETURNING id`))[0].id;
  }
  await db.query(
    `INSERT INTO organization (name, entity_type, country, currency)
     SELECT 'Bystander ' || lpad(g::text, 6, '0'), 'COMPANY', 'CH', 'CHF' FROM generate_series($1::int, $2::int) g`,
    [from, to],
  );
  const range = `o.name LIKE 'Bystander %' AND substr(o.name, 11)::int BETWEEN $1 AND $2`;
  await db.query(
    `INSERT INTO product (organization_id, category, name, public_price_minor, currency, renewal_date)
     SELECT o.id, 'DOMAIN', lower(replace(o.name, ' ', '-')) || '.example', 1500, 'CHF', '2027-06-30' FROM organization o WHERE ${range}`,
    [from, to],
  );
  await db.query(
    `INSERT INTO partnership (client_organization_id, client_name, partner_organization_id, status, access, billing_owner, initiated_by, accepted_at)
     SELECT o.id, o.name, $3, 'ACTIVE', 'COMPLETE', 'CLIENT', 'CLIENT', now() - interval '30 days'
     FROM organization o WHERE ${range} AND substr(o.name, 11)::int % 10 = 0`,
    [from, to, otherPartner],
  );
  await db.query(
    `INSERT INTO partnership (client_organization_id, client_name, partner_organization_id, status, access, initiated_by)
     SELECT o.id, o.name, $3, 'TERMINATED', 'LIMITED', 'CLIENT'
     FROM organization o WHERE ${range} AND substr(o.name, 11)::int <= 500`,
    [from, to, partner],
  );
}

/**
 * Fresh statistics and visibility maps (index-only scans), so that the planner sees the data as
 * seeded and autovacuum has nothing left to do in the middle of a measurement.
 */
export async function settle(db: DataSource): Promise<void> {
  await db.query(`VACUUM (ANALYZE)`);
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's first page of clients by name costs what the partner has, not what the system
 * holds: each partnership keeps its client's name (`client_name`, kept by organizations' rename
 * hook, see managed-clients/client-name.ts), and the partner's ACTIVE partnerships are indexed
 * by it, so the page is a range scan of that partner's index entries. Before, the page walked
 * every organization's name (organization_name_idx) and probed each for a partnership: 2,022
 * index entries for 21 rows with 2,000 other organizations, 200,000 with 200,000.
 */
export class PartnershipClientName1764170090000 implements MigrationInterface {
  name = 'PartnershipClientName1764170090000';
  static readonly runsAfter = 'AddSecondFactorRequirement1764170081000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partnership ADD COLUMN client_name text`);
    await q.query(`UPDATE partnership ps SET client_name = o.name FROM organization o WHERE o.id = ps.client_organization_id`);
    await q.query(`ALTER TABLE partnership ALTER COLUMN client_name SET NOT NULL`);
    // The keyset of the managed clients by name: lower(name), then the client (unique among a partner's ACTIVE partnerships).
    await q.query(`CREATE INDEX partnership_partner_client_name_idx ON partnership (partner_organization_id, lower(client_name), client_organization_id)
      WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX partnership_partner_client_name_idx`);
    await q.query(`ALTER TABLE partnership DROP COLUMN client_name`);
  }
}

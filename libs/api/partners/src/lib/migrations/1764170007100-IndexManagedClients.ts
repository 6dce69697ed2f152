import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset paging of a partner's clients under management, at 10,000 clients and more:
 * - by name: organizations walked in `lower(name), id` order, each checked against the partner's
 *   live partnerships (partnership_partner_status_idx), stopping after one page;
 * - by date: the partner's ACTIVE partnerships in `accepted_at DESC, id DESC` order.
 */
export class IndexManagedClients1764170007100 implements MigrationInterface {
  name = 'IndexManagedClients1764170007100';
  static readonly runsAfter = 'CreatePartnerships1764170007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX organization_name_idx ON organization (lower(name), id)`);
    await q.query(`CREATE INDEX partnership_partner_since_idx ON partnership (partner_organization_id, accepted_at DESC, id DESC)
      WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX partnership_partner_since_idx`);
    await q.query(`DROP INDEX organization_name_idx`);
  }
}

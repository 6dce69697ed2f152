import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditTrail1764170004000 implements MigrationInterface {
  name = 'CreateAuditTrail1764170004000';
  static readonly runsAfter = 'CreateEmailOutbox1764170003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      actor_name text,
      partner_organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
      action text NOT NULL,
      target_type text,
      target_id text,
      summary text NOT NULL,
      -- Millisecond precision: keyset cursors carry the time through JavaScript dates.
      created_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX audit_event_organization_idx ON audit_event (organization_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
  }
}

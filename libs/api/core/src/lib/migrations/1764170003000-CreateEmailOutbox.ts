import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEmailOutbox1764170003000 implements MigrationInterface {
  name = 'CreateEmailOutbox1764170003000';
  static readonly runsAfter = 'CreateCatalog1764170002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE email_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL,
      to_address text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      send_after timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // The worker's claim query reads only pending rows, oldest first.
    await q.query(`CREATE INDEX email_outbox_pending_idx ON email_outbox (send_after, created_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_outbox`);
  }
}

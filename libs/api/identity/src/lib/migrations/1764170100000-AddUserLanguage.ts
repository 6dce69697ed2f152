import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a person reads the Manager and their emails in; null until they choose one. */
export class AddUserLanguage1764170100000 implements MigrationInterface {
  name = 'AddUserLanguage1764170100000';
  static readonly runsAfter = 'PartnershipClientName1764170090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN language text CHECK (language IN ('en', 'fr', 'de', 'it'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN language`);
  }
}

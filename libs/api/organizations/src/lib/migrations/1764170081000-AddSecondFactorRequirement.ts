import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 15: an organization's legal responsible can require two-step verification of its members. */
export class AddSecondFactorRequirement1764170081000 implements MigrationInterface {
  name = 'AddSecondFactorRequirement1764170081000';
  static readonly runsAfter = 'CreateSecondFactors1764170080000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization ADD COLUMN requires_second_factor boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization DROP COLUMN requires_second_factor`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_ACTIONS, isAuditAction, renderAuditEvent } from '@manager/domain';
import { type Reading, readLegacySummary } from './legacy-audit-summaries';

const BATCH = 1000;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';
/** Partnership actions written once per side: their rows come in pairs. */
const PAIRED = Object.entries(AUDIT_ACTIONS)
  .filter(([, info]) => 'trails' in info && info.trails.length === 2)
  .map(([action]) => action);

interface LegacyRow {
  id: string;
  action: string;
  summary: string;
  /** The row names a partner the actor acted for: a client-side row of something the partner did. */
  for_partner: boolean;
  twin_summary: string | null;
  twin_for_partner: boolean | null;
}

/**
 * Whether a reading of a partnership row fits its `partner_organization_id`: only the client's
 * row of what the partner's people did carries it (the partner's own trail never does).
 */
function fitsRow(reading: Reading, forPartner: boolean): boolean {
  if (reading['trail'] === 'PARTNER') return !forPartner;
  if (reading['by'] === undefined) return true;
  return forPartner === (reading['by'] === 'PARTNER');
}

/**
 * The data of one stored sentence, or null when it cannot be read back into the very same
 * sentence. A paired row takes the name its sentence leaves out from its twin (the other side's
 * row of the same event), so both names are the names at the time.
 */
export function dataOfLegacyRow(row: LegacyRow): Reading | null {
  if (!isAuditAction(row.action)) return null;
  const readings = readLegacySummary(row.action, row.summary).filter((r) => fitsRow(r, row.for_partner));
  const candidates: Reading[] = [];
  if (PAIRED.includes(row.action)) {
    if (row.twin_summary === null) return null;
    const twins = readLegacySummary(row.action, row.twin_summary).filter((r) => fitsRow(r, row.twin_for_partner === true));
    for (const own of readings) {
      for (const twin of twins) {
        if (twin['trail'] === own['trail'] || twin['by'] !== own['by']) continue;
        const names = { clientName: own['clientName'] ?? twin['clientName'], partnerName: own['partnerName'] ?? twin['partnerName'] };
        if (typeof names.clientName === 'string' && typeof names.partnerName === 'string') candidates.push({ ...own, ...names });
      }
    }
  } else {
    candidates.push(...readings);
  }
  return candidates.find((data) => renderAuditEvent({ action: row.action, data }) === row.summary) ?? null;
}

/**
 * Audit events become data: `action` (of the vocabulary in `@manager/domain`) + `data` (jsonb,
 * typed per action) instead of an English `summary`, worded when read, in the reader's language.
 *
 * Existing rows are read back from their sentence (`legacy-audit-summaries.ts`). A reading is kept
 * only when the renderer words it into exactly the stored sentence; every other row keeps its
 * sentence as `{ "legacySummary": … }`, which the renderer shows as it was (English only). So the
 * trail reads the same after the migration, row for row. Down words every row back into
 * `summary` with the English renderer.
 */
export class StructureAuditEvents1764170020000 implements MigrationInterface {
  name = 'StructureAuditEvents1764170020000';
  static readonly runsAfter = 'CreatePasswordResets1764170010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN data jsonb`);
    // Finds each row's twin without a scan per row; dropped when done.
    await q.query(`CREATE INDEX audit_event_twin_tmp ON audit_event (target_id, created_at)`);
    for (let after = FIRST_ID; ; ) {
      const rows: LegacyRow[] = await q.query(
        `SELECT e.id, e.action, e.summary, e.partner_organization_id IS NOT NULL AS for_partner,
                t.summary AS twin_summary, t.for_partner AS twin_for_partner
         FROM audit_event e
         LEFT JOIN LATERAL (
           SELECT twin.summary, twin.partner_organization_id IS NOT NULL AS for_partner FROM audit_event twin
           WHERE e.action = ANY($3::text[]) AND twin.target_id = e.target_id AND twin.created_at = e.created_at
             AND twin.action = e.action AND twin.organization_id <> e.organization_id
           ORDER BY twin.id LIMIT 1) t ON true
         WHERE e.id > $1::uuid ORDER BY e.id LIMIT $2`,
        [after, BATCH, PAIRED],
      );
      if (!rows.length) break;
      const converted = rows.map((row) => ({ id: row.id, data: dataOfLegacyRow(row) ?? { legacySummary: row.summary } }));
      await q.query(
        `UPDATE audit_event e SET data = v.data FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, data jsonb) WHERE e.id = v.id`,
        [JSON.stringify(converted)],
      );
      after = rows[rows.length - 1].id;
    }
    await q.query(`DROP INDEX audit_event_twin_tmp`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN data SET NOT NULL, DROP COLUMN summary`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN summary text`);
    for (let after = FIRST_ID; ; ) {
      const rows: { id: string; action: string; data: unknown }[] = await q.query(
        `SELECT id, action, data FROM audit_event WHERE id > $1::uuid ORDER BY id LIMIT $2`,
        [after, BATCH],
      );
      if (!rows.length) break;
      const worded = rows.map((row) => ({ id: row.id, summary: renderAuditEvent(row, 'en') }));
      await q.query(
        `UPDATE audit_event e SET summary = v.summary FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, summary text) WHERE e.id = v.id`,
        [JSON.stringify(worded)],
      );
      after = rows[rows.length - 1].id;
    }
    await q.query(`ALTER TABLE audit_event ALTER COLUMN summary SET NOT NULL, DROP COLUMN data`);
  }
}

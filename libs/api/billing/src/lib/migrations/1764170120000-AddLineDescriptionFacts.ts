import type { MigrationInterface, QueryRunner } from 'typeorm';
import { describeLineInEveryLanguage } from '../descriptions/describe-line';
import { legacyLineFacts, type LineFacts } from '../descriptions/line-facts';

/** Rows read and written back per statement: bounded memory on a large ledger. */
const BATCH = 1000;

/**
 * Wallet movements and invoice lines keep what they are for as facts (`description_facts`), so
 * that each reader gets the sentence in their own language (issue 14), and the sentence in every
 * language (`description_texts`) for the CSV exports, which PostgreSQL's COPY writes without
 * JavaScript. Rows already written get the facts their English text tells (`legacyLineFacts`:
 * the texts top-ups, orders and commissions wrote until now); a text that is none of them keeps
 * no facts and is shown as written. The English `description` stays as it was.
 */
export class AddLineDescriptionFacts1764170120000 implements MigrationInterface {
  name = 'AddLineDescriptionFacts1764170120000';
  static readonly runsAfter = 'IndexSecondFactorRequirement1764170110000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['wallet_entry', 'invoice_line']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN description_facts jsonb, ADD COLUMN description_texts jsonb`);
    }
    await backfillLineDescriptions(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['wallet_entry', 'invoice_line']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN description_facts, DROP COLUMN description_texts`);
    }
  }
}

/**
 * Gives the rows without facts those their English text tells, and the texts in every language.
 * The reader's country chooses the regional format: the wallet's owner, the invoice's customer.
 */
export async function backfillLineDescriptions(q: QueryRunner): Promise<void> {
  await backfill(q, 'wallet_entry', `SELECT t.id, t.description, o.country FROM wallet_entry t LEFT JOIN organization o ON o.id = t.organization_id WHERE t.description_facts IS NULL`);
  await backfill(q, 'invoice_line', `SELECT t.id, t.description, i.customer_country AS country FROM invoice_line t JOIN invoice i ON i.id = t.invoice_id WHERE t.description_facts IS NULL`);
}

/** Reads the rows in id order, a batch at a time, and writes back the facts and texts of those whose text is known. */
async function backfill(q: QueryRunner, table: string, select: string): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: { id: string; description: string; country: string | null }[] = await q.query(`${select} AND t.id > $1 ORDER BY t.id LIMIT ${BATCH}`, [after]);
    if (!rows.length) return;
    after = rows[rows.length - 1].id;
    const known = rows.flatMap((row) => {
      const facts = legacyLineFacts(row.description, row.country);
      return facts ? [{ id: row.id, facts: JSON.stringify(facts), texts: JSON.stringify(describeLineInEveryLanguage(facts)) }] : [];
    });
    if (!known.length) continue;
    await q.query(
      `UPDATE ${table} t SET description_facts = u.facts::jsonb, description_texts = u.texts::jsonb
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, facts, texts) WHERE t.id = u.id`,
      [known.map((k) => k.id), known.map((k) => k.facts), known.map((k) => k.texts)],
    );
  }
}

/**
 * Writes again the sentences in every language of the rows that have facts, from those facts:
 * to run (in a migration) after a change of the `line-descriptions` catalog, so that the CSV
 * exports say what GraphQL and the PDFs say.
 */
export async function rewriteLineTexts(q: QueryRunner): Promise<void> {
  for (const table of ['wallet_entry', 'invoice_line']) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; facts: LineFacts }[] = await q.query(
        `SELECT id, description_facts AS facts FROM ${table} WHERE description_facts IS NOT NULL AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      await q.query(`UPDATE ${table} t SET description_texts = u.texts::jsonb FROM unnest($1::uuid[], $2::text[]) AS u(id, texts) WHERE t.id = u.id`, [
        rows.map((row) => row.id),
        rows.map((row) => JSON.stringify(describeLineInEveryLanguage(row.facts))),
      ]);
    }
  }
}

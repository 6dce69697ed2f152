import type { EntityManager } from 'typeorm';

/**
 * The next invoice number of `year`, gapless: the year's counter row is locked FOR UPDATE in the
 * caller's transaction and incremented there, so a number is taken only if the invoice commits
 * (a rollback gives it back with the lock) and two transactions never get the same one. The
 * lock is held until commit: take it as late as possible in the transaction.
 *
 * @example formatInvoiceNumber(2026, 1) // '2026-000001'
 */
export async function nextInvoiceSequence(tx: EntityManager, year: number): Promise<number> {
  await tx.query(`INSERT INTO invoice_counter (year, last_sequence) VALUES ($1, 0) ON CONFLICT (year) DO NOTHING`, [year]);
  const [row]: { last_sequence: number }[] = await tx.query(
    `SELECT last_sequence FROM invoice_counter WHERE year = $1 FOR UPDATE`,
    [year],
  );
  const sequence = row.last_sequence + 1;
  await tx.query(`UPDATE invoice_counter SET last_sequence = $2 WHERE year = $1`, [year, sequence]);
  return sequence;
}

export function formatInvoiceNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, '0')}`;
}

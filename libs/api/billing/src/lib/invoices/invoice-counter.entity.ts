import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last invoice number issued in a year. Its row is locked FOR UPDATE by the transaction that
 * issues the next number (see invoice-number.ts), so numbers stay gapless in commit order.
 */
@Entity({ name: 'invoice_counter' })
export class InvoiceCounter {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_sequence', type: 'integer' })
  lastSequence!: number;
}

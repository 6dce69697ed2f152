import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Money } from '@manager/api-core';
import type { LineTexts } from '../descriptions/describe-line';
import type { LineFacts } from '../descriptions/line-facts';
import type { Currency, ProductCategory } from '@manager/domain';

/** A line of an invoice; amount = quantity × unit price (CHECK). Ordered by `position`. */
@ObjectType({ description: 'A line of an invoice.' })
@Entity({ name: 'invoice_line' })
export class InvoiceLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @Column({ type: 'integer' })
  position!: number;

  /** The sentence in English as first written; GraphQL's `description` is written in the reader's language (see descriptions/). */
  @Column({ type: 'text' })
  description!: string;

  /** What the row is for, as facts: the sentence is written from them in the reader's language. Null on rows from before them. */
  @Column({ name: 'description_facts', type: 'jsonb', nullable: true })
  descriptionFacts!: LineFacts | null;

  /** The sentence in every language, written with the facts, for the CSV exports (COPY runs no JavaScript). */
  @Column({ name: 'description_texts', type: 'jsonb', nullable: true })
  descriptionTexts!: LineTexts | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'unit_price_minor', type: 'integer' })
  unitPriceMinor!: number;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor!: number;

  @Column({ type: 'text' })
  currency!: Currency;

  /** The product the line is for, named as ordered (the exports read it; not in the schema yet). */
  @Column({ name: 'product_name', type: 'text' })
  productName!: string;

  @Column({ type: 'text' })
  category!: ProductCategory;

  /** The period the line covers, `[periodStart, periodEnd)` (YYYY-MM-DD). */
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  /** The invoice's payer, copied by a trigger on insert (the invoices export reads lines by it); never written from here. */
  @Column({ name: 'payer_organization_id', type: 'uuid', insert: false, update: false })
  payerOrganizationId!: string;

  /** The invoice's issue instant, copied by the same trigger, for the export's order. */
  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3, insert: false, update: false })
  issuedAt!: Date;

  @Field(() => Money)
  get unitPrice(): Money {
    return { amountMinor: this.unitPriceMinor, currency: this.currency };
  }

  @Field(() => Money)
  get amount(): Money {
    return { amountMinor: this.amountMinor, currency: this.currency };
  }
}

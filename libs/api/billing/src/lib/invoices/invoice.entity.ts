import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Money } from '@manager/api-core';
import { type Currency, VatTreatment } from '@manager/domain';

registerEnumType(VatTreatment, { name: 'VatTreatment' });

/**
 * The invoice of one order (`orderId` unique), to the payer (`organizationId`) only. Number
 * `YYYY-NNNNNN`, gapless per year (see invoices/invoice-number.ts). The customer block is a
 * snapshot of the payer when the invoice was issued. `vatRateBp`: 810 = 8.1 %.
 * Total = subtotal + VAT (CHECK), lines add up to the subtotal (deferred constraint trigger).
 *
 * GraphQL: `lines` is resolved by the write side (invoices/invoice-lines.resolver.ts, one
 * batched query); who may see an invoice at all is the read side's business.
 */
@ObjectType({ description: "An invoice: the paying organization's only." })
@Entity({ name: 'invoice' })
export class Invoice {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  /** The payer. */
  @Field(() => ID)
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => ID)
  @Column({ name: 'client_organization_id', type: 'uuid' })
  clientOrganizationId!: string;

  @Field()
  @Column({ name: 'client_name', type: 'text' })
  clientName!: string;

  @Field()
  @Column({ name: 'customer_name', type: 'text' })
  customerName!: string;

  /** The payer's default billing address when issued, lines joined with "\n". */
  @Field()
  @Column({ name: 'customer_address', type: 'text' })
  customerAddress!: string;

  @Field()
  @Column({ name: 'customer_country', type: 'char', length: 2 })
  customerCountry!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'customer_vat_number', type: 'text', nullable: true })
  customerVatNumber!: string | null;

  @Field(() => VatTreatment)
  @Column({ name: 'vat_treatment', type: 'text' })
  vatTreatment!: VatTreatment;

  @Column({ name: 'vat_rate_bp', type: 'integer' })
  vatRateBp!: number;

  /** The mention in English as issued; GraphQL's `vatNote` is written in the reader's language (`vatMention`). */
  @Column({ name: 'vat_note', type: 'text', nullable: true })
  vatNote!: string | null;

  @Column({ type: 'text' })
  currency!: Currency;

  @Column({ name: 'subtotal_minor', type: 'integer' })
  subtotalMinor!: number;

  @Column({ name: 'vat_minor', type: 'integer' })
  vatMinor!: number;

  @Column({ name: 'total_minor', type: 'integer' })
  totalMinor!: number;

  @Field()
  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  issuedAt!: Date;

  @Field(() => Float, { description: '0.081 = 8.1 %.' })
  get vatRate(): number {
    return this.vatRateBp / 10_000;
  }

  @Field(() => Money)
  get subtotal(): Money {
    return { amountMinor: this.subtotalMinor, currency: this.currency };
  }

  @Field(() => Money)
  get vat(): Money {
    return { amountMinor: this.vatMinor, currency: this.currency };
  }

  @Field(() => Money)
  get total(): Money {
    return { amountMinor: this.totalMinor, currency: this.currency };
  }

  @Field({ description: 'Download with the session cookie; same policy as the invoice.' })
  get pdfUrl(): string {
    return `/invoices/${this.id}.pdf`;
  }
}

import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Money } from '@manager/api-core';
import { type Currency, OrderKind, OrderPricing, ProductCategory } from '@manager/domain';

registerEnumType(OrderKind, { name: 'OrderKind' });
registerEnumType(OrderPricing, { name: 'OrderPricing' });

/**
 * An order (table `customer_order`: `order` is a reserved word): a new product or a renewal for
 * a client organization, placed by the client's people or by a partner's, paid by `payerOrganizationId`
 * (the client, or its partner when billing owner PARTNER). Every amount is in the payer's wallet
 * currency: `publicPrice` (converted when the product's price is in another currency), `net`
 * (what was charged before VAT: public or discounted), `vat`, `total` = net + vat.
 * Names are snapshots taken when the order was placed.
 *
 * GraphQL: `invoiceId` is NOT a field here: the read side resolves it for the payer's people only
 * (invoice.order_id is unique; one invoice per order).
 */
@ObjectType({ description: 'A new product or a renewal ordered for a client organization.' })
@Entity({ name: 'customer_order' })
export class Order {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => OrderKind)
  @Column({ type: 'text' })
  kind!: OrderKind;

  @Field(() => ID)
  @Column({ name: 'client_organization_id', type: 'uuid' })
  clientOrganizationId!: string;

  @Field()
  @Column({ name: 'client_name', type: 'text' })
  clientName!: string;

  @Field(() => ID)
  @Column({ name: 'payer_organization_id', type: 'uuid' })
  payerOrganizationId!: string;

  @Column({ name: 'placed_by_user_id', type: 'uuid' })
  placedByUserId!: string;

  @Field()
  @Column({ name: 'placed_by_name', type: 'text' })
  placedByName!: string;

  /** The partner organization its person acted for; null when the client's own people ordered. */
  @Column({ name: 'placed_by_partner_organization_id', type: 'uuid', nullable: true })
  placedByPartnerOrganizationId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'placed_by_partner_name', type: 'text', nullable: true })
  placedByPartnerName!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId!: string | null;

  @Field()
  @Column({ name: 'product_name', type: 'text' })
  productName!: string;

  @Field(() => ProductCategory)
  @Column({ type: 'text' })
  category!: ProductCategory;

  /** RENEWAL: the renewal date the order extended (YYYY-MM-DD); null for NEW_PRODUCT. */
  @Column({ name: 'renewal_date_before', type: 'date', nullable: true })
  renewalDateBefore!: string | null;

  /** The product's renewal date after the order (one year later, or one year from today for a new product). */
  @Column({ name: 'renewal_date_after', type: 'date' })
  renewalDateAfter!: string;

  @Field(() => OrderPricing)
  @Column({ type: 'text' })
  pricing!: OrderPricing;

  @Column({ type: 'text' })
  currency!: Currency;

  @Column({ name: 'public_price_minor', type: 'integer' })
  publicPriceMinor!: number;

  @Column({ name: 'net_minor', type: 'integer' })
  netMinor!: number;

  @Column({ name: 'vat_minor', type: 'integer' })
  vatMinor!: number;

  @Column({ name: 'total_minor', type: 'integer' })
  totalMinor!: number;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ type: 'text' })
  fingerprint!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => Money)
  get publicPrice(): Money {
    return { amountMinor: this.publicPriceMinor, currency: this.currency };
  }

  @Field(() => Money)
  get net(): Money {
    return { amountMinor: this.netMinor, currency: this.currency };
  }

  @Field(() => Money)
  get vat(): Money {
    return { amountMinor: this.vatMinor, currency: this.currency };
  }

  @Field(() => Money)
  get total(): Money {
    return { amountMinor: this.totalMinor, currency: this.currency };
  }
}

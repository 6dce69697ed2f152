import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar, Money } from '@manager/api-core';
import { type Currency, ProductCategory } from '@manager/domain';
import { ProductState, productState } from './state/product-state';

registerEnumType(ProductCategory, { name: 'ProductCategory' });

@ObjectType({ description: 'A product an organization owns: a hosting, a domain, a mail service…' })
@Entity({ name: 'product' })
export class Product {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => ProductCategory)
  @Column({ type: 'text' })
  category!: ProductCategory;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'public_price_minor', type: 'integer' })
  publicPriceMinor!: number;

  @Column({ type: 'text' })
  currency!: Currency;

  /** YYYY-MM-DD: a calendar date, no time zone involved. */
  @Field(() => LocalDateScalar)
  @Column({ name: 'renewal_date', type: 'date' })
  renewalDate!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Money)
  get publicPrice(): Money {
    return { amountMinor: this.publicPriceMinor, currency: this.currency };
  }

  /** Worked out from the renewal date on each read (today in UTC), never stored: it changes with the calendar. */
  @Field(() => ProductState, { description: 'Against the renewal date: ACTIVE, EXPIRING (within 30 days) or EXPIRED.' })
  get state(): ProductState {
    return productState(this.renewalDate);
  }
}

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

/** The stored properties of a product (its columns), in the order a carried page writes them. */
const PRODUCT_PROPERTIES = ['id', 'organizationId', 'category', 'name', 'publicPriceMinor', 'currency', 'renewalDate', 'createdAt'] as const;
export type ProductProperty = (typeof PRODUCT_PROPERTIES)[number];

/**
 * What each of the Product type's fields reads of the entity. A field missing here (one added to
 * the class, or by another context's resolver) makes `productPropertiesRead` answer null: whole
 * rows, never a product short of what a field reads.
 */
const PROPERTIES_OF_FIELD: Readonly<Record<string, readonly ProductProperty[]>> = {
  __typename: [],
  id: ['id'],
  organizationId: ['organizationId'],
  category: ['category'],
  name: ['name'],
  renewalDate: ['renewalDate'],
  publicPrice: ['publicPriceMinor', 'currency'],
  state: ['renewalDate'],
};

/** The properties the selected fields of a product read (in a fixed order, one statement per set); null: one of them is not known here. */
export function productPropertiesRead(fields: ReadonlySet<string>): ProductProperty[] | null {
  const read = new Set<ProductProperty>();
  for (const field of fields) {
    const properties = PROPERTIES_OF_FIELD[field];
    if (!properties) return null;
    for (const property of properties) read.add(property);
  }
  // At least one column: a page whose nodes are asked for nothing (`__typename`, `pageInfo` only) still has rows.
  if (!read.size) read.add('id');
  return PRODUCT_PROPERTIES.filter((property) => read.has(property));
}

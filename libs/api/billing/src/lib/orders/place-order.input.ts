import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { OrderKind, ProductCategory } from '@manager/domain';
import { Commission } from '../commissions/commission.entity';
import { Invoice } from '../invoices/invoice.entity';
import { Order } from './order.entity';

@InputType()
export class NewProductOfferInput {
  @Field(() => ProductCategory)
  @IsIn(Object.values(ProductCategory))
  category!: ProductCategory;

  @Field({ description: 'Exactly the name of one of the organization’s newProductOffers.' })
  @IsString()
  @MaxLength(200)
  name!: string;
}

@InputType()
export class PlaceOrderInput {
  @Field(() => ID, { description: 'The client organization.' })
  @IsString()
  @MaxLength(100)
  organizationId!: string;

  @Field(() => OrderKind)
  @IsIn(Object.values(OrderKind))
  kind!: OrderKind;

  @Field(() => ID, { nullable: true, description: 'RENEWAL: a product of that organization within your reach.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  productId?: string | null;

  @Field(() => NewProductOfferInput, { nullable: true, description: 'NEW_PRODUCT: the offer.' })
  @IsOptional()
  @ValidateNested()
  offer?: NewProductOfferInput | null;

  @Field({ description: '8..100 characters, one per intended order: a retry with the same key returns the same order (same input) or CONFLICT (another input).' })
  @IsString()
  @Length(8, 100, { message: 'An idempotency key has 8 to 100 characters.' })
  idempotencyKey!: string;
}

@ObjectType()
export class PlaceOrderPayload {
  @Field(() => Order)
  order!: Order;

  @Field(() => Invoice, { nullable: true, description: "The payer's members with BILLING_READ only." })
  invoice!: Invoice | null;

  @Field(() => Commission, { nullable: true, description: "The earning partner's members with BILLING_READ only." })
  commission!: Commission | null;
}

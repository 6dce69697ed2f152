import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Where invoices of an organization are addressed. Exactly one is the default.' })
@Entity({ name: 'billing_address' })
export class BillingAddress {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'An optional line above the street, e.g. "Accounts payable".' })
  @Column({ type: 'text', nullable: true })
  recipient!: string | null;

  @Field()
  @Column({ type: 'text' })
  street!: string;

  @Field()
  @Column({ type: 'text' })
  postcode!: string;

  @Field()
  @Column({ type: 'text' })
  city!: string;

  /** ISO 3166-1 alpha-2. */
  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @Column({ type: 'char', length: 2 })
  country!: string;

  @Field()
  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault!: boolean;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

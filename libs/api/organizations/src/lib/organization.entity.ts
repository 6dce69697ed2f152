import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Currency, EntityType } from '@manager/domain';

registerEnumType(EntityType, { name: 'EntityType' });

@ObjectType({ description: 'A company or an individual that owns products and pays for them.' })
@Entity({ name: 'organization' })
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => EntityType)
  @Column({ name: 'entity_type', type: 'text' })
  entityType!: EntityType;

  /** ISO 3166-1 alpha-2. */
  @Field()
  @Column({ type: 'char', length: 2 })
  country!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'vat_number', type: 'text', nullable: true })
  vatNumber!: string | null;

  @Field(() => Currency)
  @Column({ type: 'text' })
  currency!: Currency;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The last VIES answer for `vatNumber` (see details/organization-details.resolver.ts). */
  @Column({ name: 'vat_verification_status', type: 'text', nullable: true })
  vatVerificationStatus!: 'VALID' | 'INVALID' | 'UNAVAILABLE' | null;

  @Column({ name: 'vat_checked_at', type: 'timestamptz', precision: 3, nullable: true })
  vatCheckedAt!: Date | null;

  @Column({ name: 'vat_registered_name', type: 'text', nullable: true })
  vatRegisteredName!: string | null;

  /** Members reach it only after two-step verification; partners' people reach it only with it (see the access policy). */
  @Field({ description: 'Members and partners reach this organization only after two-step verification.' })
  @Column({ name: 'requires_second_factor', type: 'boolean', default: false })
  requiresSecondFactor!: boolean;
}

import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BillingOwner, PartnershipAccess, PartnershipSide, PartnershipStatus } from '@manager/domain';

registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });
registerEnumType(PartnershipAccess, { name: 'PartnershipAccess' });
registerEnumType(BillingOwner, { name: 'BillingOwner' });
registerEnumType(PartnershipSide, { name: 'PartnershipSide' });

/**
 * A client organization's grant of access to a partner organization: LIMITED (a set of the
 * client's products) or COMPLETE (the whole organization, with the billing owner chosen).
 * PENDING → ACTIVE | REFUSED | CANCELLED; ACTIVE → TERMINATED. Only ACTIVE, before `endsAt`,
 * grants anything (see the access policy).
 */
@ObjectType({ description: 'Access a client organization grants a partner (agency, reseller).' })
@Entity({ name: 'partnership' })
export class Partnership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'client_organization_id', type: 'uuid' })
  clientOrganizationId!: string;

  @Field(() => ID)
  @Column({ name: 'partner_organization_id', type: 'uuid' })
  partnerOrganizationId!: string;

  /**
   * The client organization's name, kept in step with it by organizations' rename hook: the
   * partner's clients are paged by name on the partner's own index (see client-name.ts).
   */
  @Column({ name: 'client_name', type: 'text' })
  clientName!: string;

  @Field(() => PartnershipStatus)
  @Column({ type: 'text' })
  status!: PartnershipStatus;

  @Field(() => PartnershipAccess)
  @Column({ type: 'text' })
  access!: PartnershipAccess;

  /** Who pays for orders: set for COMPLETE access only. */
  @Field(() => BillingOwner, { nullable: true })
  @Column({ name: 'billing_owner', type: 'text', nullable: true })
  billingOwner!: BillingOwner | null;

  @Field(() => PartnershipSide)
  @Column({ name: 'initiated_by', type: 'text' })
  initiatedBy!: PartnershipSide;

  /** After this moment the partnership grants nothing. */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3, nullable: true })
  endsAt!: Date | null;

  /** SHA-256 of the single-use invitation token; never a GraphQL field. */
  @Column({ name: 'invitation_token_hash', type: 'bytea', nullable: true })
  invitationTokenHash!: Buffer | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'invitation_expires_at', type: 'timestamptz', precision: 3, nullable: true })
  invitationExpiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'invitation_sent_at', type: 'timestamptz', precision: 3, nullable: true })
  invitationSentAt!: Date | null;

  @Column({ name: 'requested_by_user_id', type: 'uuid', nullable: true })
  requestedByUserId!: string | null;

  /** For a partner's request: the email of the client's legal responsible it asked. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'requested_email', type: 'text', nullable: true })
  requestedEmail!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by_user_id', type: 'uuid', nullable: true })
  acceptedByUserId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'ended_at', type: 'timestamptz', precision: 3, nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'ended_by_user_id', type: 'uuid', nullable: true })
  endedByUserId!: string | null;

  @Field(() => PartnershipSide, { nullable: true })
  @Column({ name: 'ended_by_side', type: 'text', nullable: true })
  endedBySide!: PartnershipSide | null;

  @Column({ name: 'reminded_7d_at', type: 'timestamptz', precision: 3, nullable: true })
  reminded7dAt!: Date | null;

  @Column({ name: 'reminded_1d_at', type: 'timestamptz', precision: 3, nullable: true })
  reminded1dAt!: Date | null;
}

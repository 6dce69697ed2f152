import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MembershipRole } from '@manager/domain';

/** An email invitation to join an organization with a role. The token hash is never a field. */
@ObjectType({ description: 'An invitation sent by email to join an organization, not yet accepted.' })
@Entity({ name: 'member_invitation' })
export class MemberInvitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** Stored trimmed and lower-cased, like `app_user.email`. */
  @Field()
  @Column({ type: 'text' })
  email!: string;

  @Field(() => MembershipRole)
  @Column({ type: 'text' })
  role!: MembershipRole;

  /** The products an EXTERNAL invitee is granted on acceptance; empty for other roles. */
  @Column({ name: 'product_ids', type: 'uuid', array: true, default: () => `'{}'` })
  productIds!: string[];

  /** SHA-256 of the token in the link; never a GraphQL field. */
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'invited_by_user_id', type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  /** The inviter's name when they invited: still readable after they leave. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'invited_by_name', type: 'text', nullable: true })
  invitedByName!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the last email went out: resending is throttled on it. */
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by_user_id', type: 'uuid', nullable: true })
  acceptedByUserId!: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}

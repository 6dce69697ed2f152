import { Field, ID, ObjectType } from 'type-graphql';
import type { AuditAction, StoredAuditData } from '@manager/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to which organization, and when. Written in the transaction of the change it
 * records; never updated or deleted by the application.
 */
@ObjectType({ description: 'One change made in an organization, and who made it.' })
@Entity({ name: 'audit_event' })
@Index(['organizationId', 'createdAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** The person who acted; null for the system (a scheduled expiry, for one). */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The person's name when they acted: the trail stays readable after they leave. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  /** The partner organization the person acted for, when they acted as a partner. */
  @Field(() => ID, { nullable: true })
  @Column({ name: 'partner_organization_id', type: 'uuid', nullable: true })
  partnerOrganizationId!: string | null;

  /** Set when the change was made with an API token (the partner, if any, is `partnerOrganizationId`). */
  @Field(() => ID, { nullable: true, description: 'The API token the change was made with, if any.' })
  @Column({ name: 'api_token_id', type: 'uuid', nullable: true })
  apiTokenId!: string | null;

  /** The token's name when it acted: the trail stays readable after it is renamed or purged. */
  @Field(() => String, { nullable: true, description: "Set when the change was made with an API token: the token's name then." })
  @Column({ name: 'api_token_name', type: 'text', nullable: true })
  apiTokenName!: string | null;

  /** Dotted verb of the closed vocabulary (`AUDIT_ACTIONS`), e.g. `member.invited`. */
  @Field(() => String)
  @Column({ type: 'text' })
  action!: AuditAction;

  @Field(() => String, { nullable: true })
  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  /**
   * What happened, typed by `action` (see `AuditDataByAction` in `@manager/domain`). Not a GraphQL
   * field: readers get the sentence (`summary`, rendered by `AuditEventResolver`).
   */
  @Column({ type: 'jsonb' })
  data!: StoredAuditData;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

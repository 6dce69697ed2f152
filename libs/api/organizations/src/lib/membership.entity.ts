import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MembershipRole } from '@manager/domain';

registerEnumType(MembershipRole, { name: 'MembershipRole' });

@ObjectType({ description: 'A membership of a user in an organization, with the role it gives.' })
@Entity({ name: 'membership' })
@Unique(['userId', 'organizationId'])
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Field(() => ID)
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => MembershipRole)
  @Column({ type: 'text' })
  role!: MembershipRole;

  @Field({ description: 'When the person joined the organization.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

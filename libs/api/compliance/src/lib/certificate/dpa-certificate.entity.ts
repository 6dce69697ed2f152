import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One data processing agreement handed out: who generated which version when, and the SHA-256
 * of the PDF's bytes. Written once, in the transaction that renders it; never updated.
 */
@ObjectType({ description: 'A data processing agreement (GDPR certificate) generated for the organization: the acceptance record.' })
@Entity({ name: 'dpa_certificate' })
export class DpaCertificate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => String, { description: 'The version of the agreement text.' })
  @Column({ type: 'text' })
  version!: string;

  @Column({ name: 'generated_by_user_id', type: 'uuid', nullable: true })
  generatedByUserId!: string | null;

  @Field(() => String, { description: 'Who generated it, by name when they did.' })
  @Column({ name: 'generated_by_name', type: 'text' })
  generatedByName!: string;

  @Column({ name: 'organization_name', type: 'text' })
  organizationName!: string;

  @Field(() => String, { description: 'SHA-256 of the PDF handed out, in hex.' })
  @Column({ type: 'char', length: 64 })
  fingerprint!: string;

  @Field(() => String, { description: 'The code printed in the PDF, for the public verification page.' })
  @Column({ name: 'verification_code', type: 'text' })
  verificationCode!: string;

  @Field(() => Date)
  @Column({ name: 'generated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  generatedAt!: Date;
}

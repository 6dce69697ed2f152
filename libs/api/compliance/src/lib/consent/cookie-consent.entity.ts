import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One cookie decision of a signed-in person: when, for which version, what. No IP address, no device. */
@ObjectType({ description: 'A cookie preferences decision, as recorded for the person who made it.' })
@Entity({ name: 'cookie_consent' })
export class CookieConsent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Field(() => String, { description: 'The version of the cookie categories the person answered.' })
  @Column({ type: 'text' })
  version!: string;

  /** Category id → granted. */
  @Column({ type: 'jsonb' })
  choices!: Record<string, boolean>;

  @Field(() => String, { description: 'DIALOG, or GPC when the browser sent Global Privacy Control (a refusal).' })
  @Column({ type: 'text' })
  source!: 'DIALOG' | 'GPC';

  @Field(() => Date)
  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  decidedAt!: Date;
}

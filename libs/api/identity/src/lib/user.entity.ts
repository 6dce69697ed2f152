import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type Language, LanguageEnum, ThemePreference } from '@manager/domain';

registerEnumType(ThemePreference, { name: 'ThemePreference' });
registerEnumType(LanguageEnum, { name: 'Language', description: 'A language the Manager speaks: English, French, German, Italian.' });

@ObjectType({ description: 'A person who signs in.' })
@Entity({ name: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased: emails are unique whatever their case. */
  @Field()
  @Column({ type: 'text', unique: true })
  email!: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** argon2id hash; never a GraphQL field. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Field(() => ThemePreference)
  @Column({ name: 'theme_preference', type: 'text', default: ThemePreference.AUTO })
  themePreference!: ThemePreference;

  /** The language the person chose (the SPA, their emails); null until they choose: then `Accept-Language` decides. */
  @Field(() => LanguageEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  language!: Language | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

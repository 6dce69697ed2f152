import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One password confirmation by a signed-in person, kept to throttle guessing per user (see
 * `confirmPassword`). In PostgreSQL, so that every API instance sees the same count.
 */
@Entity({ name: 'password_confirmation_attempt' })
export class PasswordConfirmationAttempt {
  /** bigint: `pg` reads it as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

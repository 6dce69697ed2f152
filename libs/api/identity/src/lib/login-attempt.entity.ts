import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in attempt, kept to throttle guessing per email and per IP. Lives in PostgreSQL (not
 * in memory) so that every API instance sees the same count.
 */
@Entity({ name: 'login_attempt' })
export class LoginAttempt {
  /** bigint: `pg` reads it as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One "Forgot password?" request, for an existing account or not, kept to throttle them per email
 * and per IP. In PostgreSQL, so that every API instance counts the same.
 */
@Entity({ name: 'password_reset_request' })
export class PasswordResetRequest {
  /** bigint: `pg` reads it as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 lives here, so a
 * database leak gives nobody a session.
 */
@Entity({ name: 'session' })
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'token_hash', type: 'bytea', unique: true })
  tokenHash!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** As the browser sent it at sign-in (read with bowser when listed). */
  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;

  /** The sign-in address truncated to its /24 (IPv4) or /48 (IPv6): a place, never a person's address. */
  @Column({ name: 'ip_network', type: 'text', nullable: true })
  ipNetwork!: string | null;

  /** Written at most once a minute (see `resolveSession`), not on every request. */
  @Column({ name: 'last_active_at', type: 'timestamptz', default: () => 'now()' })
  lastActiveAt!: Date;

  /** Signed in with a second factor (or enrolled one since): what organizations that require it ask. */
  @Column({ name: 'second_factor', type: 'boolean', default: false })
  secondFactor!: boolean;
}

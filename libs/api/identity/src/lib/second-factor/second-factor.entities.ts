import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A passkey (WebAuthn credential). The public key only: the private key never leaves the authenticator. */
@Entity({ name: 'webauthn_credential' })
export class WebauthnCredential {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** base64url, as the browser hands it over. */
  @Column({ name: 'credential_id', type: 'text', unique: true })
  credentialId!: string;

  @Column({ name: 'public_key', type: 'bytea' })
  publicKey!: Buffer;

  /** bigint: `pg` reads it as a string. */
  @Column({ type: 'bigint', default: 0 })
  counter!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  transports!: string[];

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}

/**
 * An authenticator-app secret, AES-256-GCM encrypted under a key from the environment (a table
 * dump opens nothing). `last_used_step` is the last accepted RFC 6238 time step: a code of that
 * step or earlier is a replay.
 */
@Entity({ name: 'totp_secret' })
export class TotpSecret {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'secret_encrypted', type: 'bytea' })
  secretEncrypted!: Buffer;

  /** Null until the first code proves the app has it. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'last_used_step', type: 'bigint', nullable: true })
  lastUsedStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One single-use recovery code, kept as HMAC-SHA-256 under the environment's key. */
@Entity({ name: 'recovery_code' })
export class RecoveryCode {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'code_hmac', type: 'bytea', unique: true })
  codeHmac!: Buffer;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The password was right and a second factor is enrolled: not a session yet. The browser holds
 * 256 random bits for five minutes; only their SHA-256 is here; it completes once.
 */
@Entity({ name: 'pending_sign_in' })
export class PendingSignIn {
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

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

/** A WebAuthn challenge handed to the browser, by its SHA-256; consumed (deleted) by its one answer. */
@Entity({ name: 'webauthn_challenge' })
export class WebauthnChallenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_hash', type: 'bytea', unique: true })
  challengeHash!: Buffer;

  @Column({ type: 'text' })
  purpose!: 'REGISTER' | 'SIGN_IN' | 'SECOND_FACTOR';

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}

/** One second-factor attempt (code, recovery code), counted per person like passwords are. */
@Entity({ name: 'second_factor_attempt' })
@Index('second_factor_attempt_user_idx', ['userId', 'createdAt'])
export class SecondFactorAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The person's security activity: an action of `SECURITY_ACTIONS` with its data, worded when read. */
@Entity({ name: 'security_event' })
export class SecurityEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const secondFactorEntities = [WebauthnCredential, TotpSecret, RecoveryCode, PendingSignIn, WebauthnChallenge, SecondFactorAttempt, SecurityEvent];

import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A client a token with a SELECTED client list may reach (through the owner's live partnership). */
@Entity({ name: 'api_token_client' })
export class ApiTokenClient {
  @PrimaryColumn({ name: 'token_id', type: 'uuid' })
  tokenId!: string;

  @PrimaryColumn({ name: 'client_organization_id', type: 'uuid' })
  clientOrganizationId!: string;
}

/** A client organization that blocked a partner's token for itself (the partnership goes on). */
@Entity({ name: 'api_token_block' })
export class ApiTokenBlock {
  @PrimaryColumn({ name: 'token_id', type: 'uuid' })
  tokenId!: string;

  @PrimaryColumn({ name: 'client_organization_id', type: 'uuid' })
  clientOrganizationId!: string;

  @Column({ name: 'blocked_by_user_id', type: 'uuid', nullable: true })
  blockedByUserId!: string | null;

  @Column({ name: 'blocked_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  blockedAt!: Date;
}

/** A token's use of one organization on one UTC day (written at most once a minute). */
@Entity({ name: 'api_token_usage' })
export class ApiTokenUsage {
  @PrimaryColumn({ name: 'token_id', type: 'uuid' })
  tokenId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ name: 'first_used_at', type: 'timestamptz', precision: 3 })
  firstUsedAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', precision: 3 })
  lastUsedAt!: Date;

  @Column({ name: 'active_minutes', type: 'int', default: 1 })
  activeMinutes!: number;

  /** When the day's reads went into the client's audit trail. */
  @Column({ name: 'summarised_at', type: 'timestamptz', precision: 3, nullable: true })
  summarisedAt!: Date | null;
}

/** A token's leaky bucket (UNLOGGED: a crash only refills it). */
@Entity({ name: 'api_token_rate_bucket' })
export class ApiTokenRateBucket {
  @PrimaryColumn({ name: 'token_id', type: 'uuid' })
  tokenId!: string;

  @Column({ type: 'double precision' })
  level!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Whether the last charge was taken (false: it was refused, 429). */
  @Column({ type: 'boolean' })
  accepted!: boolean;
}

/** One call of the public leaked-tokens endpoint (its per-IP limit counts these). */
@Entity({ name: 'api_token_leak_report' })
export class ApiTokenLeakReport {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ name: 'tokens_received', type: 'int' })
  tokensReceived!: number;

  @Column({ name: 'tokens_revoked', type: 'int' })
  tokensRevoked!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}

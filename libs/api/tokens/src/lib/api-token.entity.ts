import type { ApiTokenKind, ApiTokenScopes } from '@manager/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An API token. Only the HMAC of its secret is kept (`secret_hmac`, keyed by TOKEN_HMAC_KEY);
 * the public id finds it. Never a GraphQL type itself: `ApiTokenView` is what people read.
 */
@Entity({ name: 'api_token' })
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ApiTokenKind;

  @Column({ name: 'public_id', type: 'text', unique: true })
  publicId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId!: string;

  /** PERSONAL tokens: the member who owns it. */
  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  /** The person whose current role bounds the token: its creator, or whoever rotated it last. */
  @Column({ name: 'acting_user_id', type: 'uuid', nullable: true })
  actingUserId!: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  /** Kept when the creator leaves, for the lists. */
  @Column({ name: 'created_by_name', type: 'text', nullable: true })
  createdByName!: string | null;

  @Column({ type: 'jsonb' })
  scopes!: ApiTokenScopes;

  @Column({ name: 'all_clients', type: 'boolean' })
  allClients!: boolean;

  @Column({ name: 'secret_hmac', type: 'bytea' })
  secretHmac!: Buffer;

  @Column({ name: 'previous_secret_hmac', type: 'bytea', nullable: true })
  previousSecretHmac!: Buffer | null;

  @Column({ name: 'previous_secret_valid_until', type: 'timestamptz', precision: 3, nullable: true })
  previousSecretValidUntil!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'last_rotated_at', type: 'timestamptz', precision: 3, nullable: true })
  lastRotatedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason!: 'REVOKED' | 'LEAKED' | null;

  /** Switched off after 90 days without use; a rotation switches it on again. */
  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'last_used_ip', type: 'text', nullable: true })
  lastUsedIp!: string | null;

  /** The smallest "days before expiry" reminder sent (30, 7, 1; 0: the expiry notice). */
  @Column({ name: 'expiry_reminder_days', type: 'int', nullable: true })
  expiryReminderDays!: number | null;

  @Column({ name: 'unused_warned_at', type: 'timestamptz', precision: 3, nullable: true })
  unusedWarnedAt!: Date | null;
}

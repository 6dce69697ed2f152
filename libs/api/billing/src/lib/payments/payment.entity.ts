import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Currency } from '@manager/domain';

/** A successful charge through the payment provider that credited a wallet (TOP_UP entry). Not a GraphQL type. */
@Entity({ name: 'payment' })
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'paid_by_user_id', type: 'uuid' })
  paidByUserId!: string;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor!: number;

  @Column({ type: 'text' })
  currency!: Currency;

  /** The provider's name (`local-fake` in development and tests). */
  @Column({ type: 'text' })
  provider!: string;

  @Column({ name: 'provider_reference', type: 'text' })
  providerReference!: string;

  @Column({ type: 'text' })
  status!: 'SUCCEEDED';

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  /** SHA-256 of the input (organization, amount): same key with another input is a CONFLICT. */
  @Column({ type: 'text' })
  fingerprint!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

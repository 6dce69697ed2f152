import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Generated, PrimaryGeneratedColumn } from 'typeorm';
import { Money } from '@manager/api-core';
import type { LineTexts } from '../descriptions/describe-line';
import type { LineFacts } from '../descriptions/line-facts';
import { type Currency, WalletEntryKind } from '@manager/domain';
import { bigintAsNumber } from '../billing-columns';

registerEnumType(WalletEntryKind, { name: 'WalletEntryKind' });

/**
 * One line of a wallet's ledger, append-only. TOP_UP (> 0, `paymentId` set), ORDER_PAYMENT (<= 0,
 * the payer's debit for `orderId`), COMMISSION (>= 0, the partner's credit for `orderId`).
 * `position` is the insertion order (identity column): page and sort by it, not by `createdAt`
 * (two entries of one transaction share their timestamp).
 */
@ObjectType({ description: 'A movement of a wallet: top-up, order payment or commission.' })
@Entity({ name: 'wallet_entry' })
export class WalletEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** GENERATED ALWAYS AS IDENTITY: PostgreSQL numbers the entries; never written by the application. */
  // TypeORM runs the `identity` strategy on any column; only @Generated's typing omits it (typeorm/typeorm#10044).
  @Generated('identity' as Parameters<typeof Generated>[0])
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false, transformer: bigintAsNumber })
  position!: number;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => WalletEntryKind)
  @Column({ type: 'text' })
  kind!: WalletEntryKind;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor!: number;

  @Column({ type: 'text' })
  currency!: Currency;

  @Column({ name: 'balance_after_minor', type: 'bigint', transformer: bigintAsNumber })
  balanceAfterMinor!: number;

  /** The sentence in English as first written; GraphQL's `description` is written in the reader's language (see descriptions/). */
  @Column({ type: 'text' })
  description!: string;

  /** What the row is for, as facts: the sentence is written from them in the reader's language. Null on rows from before them. */
  @Column({ name: 'description_facts', type: 'jsonb', nullable: true })
  descriptionFacts!: LineFacts | null;

  /** The sentence in every language, written with the facts, for the CSV exports (COPY runs no JavaScript). */
  @Column({ name: 'description_texts', type: 'jsonb', nullable: true })
  descriptionTexts!: LineTexts | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => Money)
  get amount(): Money {
    return { amountMinor: this.amountMinor, currency: this.currency };
  }

  @Field(() => Money)
  get balanceAfter(): Money {
    return { amountMinor: this.balanceAfterMinor, currency: this.currency };
  }
}

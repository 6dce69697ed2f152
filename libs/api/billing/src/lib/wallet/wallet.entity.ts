import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Money } from '@manager/api-core';
import type { Currency } from '@manager/domain';
import { bigintAsNumber } from '../billing-columns';

/**
 * An organization's wallet: one row per organization (a trigger creates it with the organization;
 * the migration created it for the existing ones). `balanceMinor` is updated in the same
 * transaction as the ledger entry that explains it, under `SELECT ... FOR UPDATE` of this row;
 * a CHECK keeps it >= 0. Invariant: balance = sum of its `wallet_entry` amounts.
 *
 * GraphQL: `balance` here; `entries(first, after)` is a field resolver of the read side
 * (lib/read, keyset on `wallet_entry.position` DESC).
 */
@ObjectType({ description: "An organization's prepaid balance and its ledger." })
@Entity({ name: 'wallet' })
export class Wallet {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  currency!: Currency;

  @Column({ name: 'balance_minor', type: 'bigint', default: 0, transformer: bigintAsNumber })
  balanceMinor!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Field(() => Money)
  get balance(): Money {
    return { amountMinor: this.balanceMinor, currency: this.currency };
  }
}

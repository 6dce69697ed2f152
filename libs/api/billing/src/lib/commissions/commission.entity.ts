import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Money } from '@manager/api-core';
import { CommissionKind, type Currency } from '@manager/domain';

registerEnumType(CommissionKind, { name: 'CommissionKind' });

/**
 * What a partner earned on one order (at most one per order): amount = rate × base, half-up,
 * credited to the partner's wallet by a COMMISSION entry in the same transaction. `base` is the
 * order's public price (net, before VAT) in `currency`, the partner's wallet currency.
 * `rateBp`: 1000 = 10 %. Visible to the partner's people only (read side).
 */
@ObjectType({ description: "A partner's revenue on one order: cashback, rebate or reimbursement." })
@Entity({ name: 'commission' })
export class Commission {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'partner_organization_id', type: 'uuid' })
  partnerOrganizationId!: string;

  @Field(() => ID)
  @Column({ name: 'client_organization_id', type: 'uuid' })
  clientOrganizationId!: string;

  @Field()
  @Column({ name: 'client_name', type: 'text' })
  clientName!: string;

  @Field(() => CommissionKind)
  @Column({ type: 'text' })
  kind!: CommissionKind;

  @Column({ name: 'rate_bp', type: 'integer' })
  rateBp!: number;

  @Column({ type: 'text' })
  currency!: Currency;

  @Column({ name: 'base_minor', type: 'integer' })
  baseMinor!: number;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => Float, { description: '0.1 = 10 %.' })
  get rate(): number {
    return this.rateBp / 10_000;
  }

  @Field(() => Money)
  get amount(): Money {
    return { amountMinor: this.amountMinor, currency: this.currency };
  }

  @Field(() => Money)
  get base(): Money {
    return { amountMinor: this.baseMinor, currency: this.currency };
  }
}

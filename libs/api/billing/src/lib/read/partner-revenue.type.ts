import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '@manager/api-core';
import type { Currency } from '@manager/domain';

export const RevenuePeriod = { MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR' } as const;
export type RevenuePeriod = (typeof RevenuePeriod)[keyof typeof RevenuePeriod];
registerEnumType(RevenuePeriod, { name: 'RevenuePeriod' });

@ObjectType({ description: 'Commissions added up for one period or one client.' })
export class RevenueTotal {
  @Field({ description: 'MONTH "2026-11", QUARTER "2026-Q4", YEAR "2026"; or the client organization id.' })
  key!: string;

  @Field({ description: '"November 2026", "Q4 2026", "2026"; or the client name.' })
  label!: string;

  @Field(() => Money)
  cashback!: Money;

  @Field(() => Money)
  rebate!: Money;

  @Field(() => Money)
  reimbursement!: Money;

  @Field(() => Money)
  total!: Money;
}

/** A partner's revenue (its commissions) between `from` (inclusive) and `to` (exclusive); fields resolve in SQL. */
@ObjectType({ description: "A partner's commissions: totals by period and by client, and the ledger." })
export class PartnerRevenue {
  partnerOrganizationId!: string;
  currency!: Currency;
  from!: Date | null;
  to!: Date | null;
}

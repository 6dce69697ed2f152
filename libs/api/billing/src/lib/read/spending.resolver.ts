import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { spendingByMonth } from './spending.service';
import { SpendingMonth } from './spending.type';

@Resolver(() => Organization)
export class OrganizationSpendingResolver {
  @FieldResolver(() => [SpendingMonth], {
    description: 'The invoices it paid, per UTC calendar month, oldest first, months without invoices left out; its members with BILLING_READ; empty for anyone else. `to` is exclusive.',
  })
  spendingByMonth(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    // A Date is no input class: class-validator (forbidUnknownValues) would refuse every one.
    @Arg('from', () => Date, { nullable: true, validate: false }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, validate: false }) to: Date | null,
  ): Promise<SpendingMonth[]> {
    return spendingByMonth(ctx, organization.id, from ?? null, to ?? null);
  }
}

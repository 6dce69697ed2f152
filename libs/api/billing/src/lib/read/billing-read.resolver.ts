import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { checkPageSize, Money, type RequestContext } from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { NEW_PRODUCT_OFFERS } from '@manager/domain';
import { Order } from '../orders/order.entity';
import { Wallet } from '../wallet/wallet.entity';
import { CommissionConnection, InvoiceConnection, OrderConnection, WalletEntryConnection } from './billing-connections';
import { billingReadLoaders } from './billing-read.loaders';
import * as revenue from './partner-revenue.service';
import { NewProductOfferType } from './new-product-offer.type';
import { PartnerRevenue, RevenuePeriod, RevenueTotal } from './partner-revenue.type';

/** The page arguments; the page loaders check them against their list before any SQL runs (BAD_USER_INPUT on `first` or `after`). */
function pageArgs(first: number, after: string | null | undefined) {
  return { first: checkPageSize(first), after: after ?? null };
}

/**
 * The billing fields of an organization. The organization itself was reached through the policy;
 * each loader's SQL applies the billing rule again: only the payer's members with BILLING_READ
 * read its wallet and invoices; a partner acting in a client organization reads none of them.
 */
@Resolver(() => Organization)
export class OrganizationBillingResolver {
  @FieldResolver(() => Wallet, { nullable: true, description: 'Its own members with BILLING_READ (legal responsible, administrators); null otherwise.' })
  wallet(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<Wallet | null> {
    return billingReadLoaders(ctx).walletByOrganization.load(organization.id);
  }

  @FieldResolver(() => InvoiceConnection, { description: 'Invoices it PAID, newest first; its members with BILLING_READ; empty for anyone else (partners included).' })
  async invoices(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<InvoiceConnection> {
    const page = await billingReadLoaders(ctx).invoicePage.load({ parentId: organization.id, ...pageArgs(first, after) });
    return Object.assign(new InvoiceConnection(), page, { organizationId: organization.id });
  }

  @FieldResolver(() => OrderConnection, {
    description: "Orders for its products, newest first: all of them for its members with BILLING_READ; the ones a partner placed for that partner's people; empty otherwise.",
  })
  async orders(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<OrderConnection> {
    const page = await billingReadLoaders(ctx).orderPage.load({ parentId: organization.id, ...pageArgs(first, after) });
    return Object.assign(new OrderConnection(), page, { organizationId: organization.id });
  }

  @FieldResolver(() => [NewProductOfferType], { description: 'The catalog of new products, priced in this organization’s currency.' })
  newProductOffers(@Root() organization: Organization): NewProductOfferType[] {
    return NEW_PRODUCT_OFFERS.map((offer) =>
      Object.assign(new NewProductOfferType(), {
        category: offer.category,
        name: offer.name,
        publicPrice: { amountMinor: offer.publicPriceMinor[organization.currency], currency: organization.currency },
      }),
    );
  }

  @FieldResolver(() => PartnerRevenue, { nullable: true, description: 'Partner organizations only, for their members with BILLING_READ; null otherwise. `to` is exclusive.' })
  partnerRevenue(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    // A Date is no input class: class-validator (forbidUnknownValues) would refuse every one.
    @Arg('from', () => Date, { nullable: true, validate: false }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, validate: false }) to: Date | null,
  ): Promise<PartnerRevenue | null> {
    return revenue.partnerRevenue(ctx, organization.id, from ?? null, to ?? null);
  }
}

@Resolver(() => Wallet)
export class WalletEntriesResolver {
  @FieldResolver(() => WalletEntryConnection, { description: 'The ledger, newest first.' })
  async entries(
    @Root() wallet: Wallet,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<WalletEntryConnection> {
    const page = await billingReadLoaders(ctx).walletEntryPage.load({ parentId: wallet.organizationId, ...pageArgs(first, after) });
    return Object.assign(new WalletEntryConnection(), page, { organizationId: wallet.organizationId });
  }
}

@Resolver(() => Order)
export class OrderInvoiceResolver {
  @FieldResolver(() => ID, { nullable: true, description: "The order's invoice: shown to the payer's members with BILLING_READ only." })
  invoiceId(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<string | null> {
    return billingReadLoaders(ctx).invoiceIdByOrder.load(order.id);
  }
}

@Resolver(() => PartnerRevenue)
export class PartnerRevenueResolver {
  @FieldResolver(() => Money, { description: 'Every commission of the period.' })
  async total(@Root() root: PartnerRevenue, @Ctx() ctx: RequestContext): Promise<Money> {
    return (await revenue.revenueTotal(ctx, root)).total;
  }

  @FieldResolver(() => [RevenueTotal], { description: 'Per UTC calendar period, oldest first; periods without commissions are left out.' })
  byPeriod(
    @Root() root: PartnerRevenue,
    @Ctx() ctx: RequestContext,
    @Arg('period', () => RevenuePeriod, { defaultValue: RevenuePeriod.MONTH }) period: RevenuePeriod,
  ): Promise<RevenueTotal[]> {
    return revenue.revenueByPeriod(ctx, root, period);
  }

  @FieldResolver(() => [RevenueTotal], { description: 'Per client (key: its organization id), largest first.' })
  byClient(@Root() root: PartnerRevenue, @Ctx() ctx: RequestContext): Promise<RevenueTotal[]> {
    return revenue.revenueByClient(ctx, root);
  }

  @FieldResolver(() => CommissionConnection, { description: 'The commissions of the period, newest first.' })
  commissions(
    @Root() root: PartnerRevenue,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<CommissionConnection> {
    return revenue.revenueCommissions(ctx, root, first, after ?? null);
  }
}

@Resolver(() => InvoiceConnection)
export class InvoiceConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: InvoiceConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return billingReadLoaders(ctx).invoiceCount.load(connection.organizationId);
  }
}

@Resolver(() => OrderConnection)
export class OrderConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: OrderConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return billingReadLoaders(ctx).orderCount.load(connection.organizationId);
  }
}

@Resolver(() => WalletEntryConnection)
export class WalletEntryConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: WalletEntryConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return billingReadLoaders(ctx).walletEntryCount.load(connection.organizationId);
  }
}

@Resolver(() => CommissionConnection)
export class CommissionConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: CommissionConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return revenue.countCommissions(ctx, connection);
  }
}

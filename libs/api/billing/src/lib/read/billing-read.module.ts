import {
  CommissionConnectionResolver,
  InvoiceConnectionResolver,
  OrderConnectionResolver,
  OrderInvoiceResolver,
  OrganizationBillingResolver,
  PartnerRevenueResolver,
  WalletEntriesResolver,
  WalletEntryConnectionResolver,
} from './billing-read.resolver';
import { ManagedClientInvoicesResolver } from './managed-client-invoices.resolver';
import { OrganizationSpendingResolver } from './spending.resolver';

/** The billing read side's resolvers (wallet, invoices, orders, partner revenue, managed clients' invoices). */
export const billingReadResolvers = [
  OrganizationBillingResolver,
  WalletEntriesResolver,
  OrderInvoiceResolver,
  PartnerRevenueResolver,
  InvoiceConnectionResolver,
  OrderConnectionResolver,
  WalletEntryConnectionResolver,
  CommissionConnectionResolver,
  ManagedClientInvoicesResolver,
  OrganizationSpendingResolver,
] as const;

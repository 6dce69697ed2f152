import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@manager/api-core';
import { Commission } from '../commissions/commission.entity';
import { Invoice } from '../invoices/invoice.entity';
import { Order } from '../orders/order.entity';
import { WalletEntry } from '../wallet/wallet-entry.entity';

/** Each connection remembers what it lists, so that `totalCount` counts the same rows (only when selected). */
@ObjectType()
export class InvoiceConnection extends ConnectionType(Invoice, 'Invoice') {
  organizationId!: string;
}

@ObjectType()
export class OrderConnection extends ConnectionType(Order, 'Order') {
  organizationId!: string;
}

@ObjectType()
export class WalletEntryConnection extends ConnectionType(WalletEntry, 'WalletEntry') {
  organizationId!: string;
}

@ObjectType()
export class CommissionConnection extends ConnectionType(Commission, 'Commission') {
  partnerOrganizationId!: string;
  from!: Date | null;
  to!: Date | null;
}

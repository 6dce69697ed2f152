import type { InvoiceSeller } from './invoice-pdf';

/**
 * The seller on every invoice: the hosting provider, a Swiss company registered for Swiss VAT
 * (hence the CHE number and the VAT treatments of libs/domain, which all start from a Swiss
 * seller). An operator running its own copy changes these lines.
 */
export const INVOICE_SELLER: InvoiceSeller = {
  name: 'Manager Hosting SA',
  addressLines: ['Rue du Rhône 1', '1204 Genève', 'Switzerland'],
  vatNumber: 'CHE-123.456.788 MWST',
  email: 'billing@manager-hosting.example',
};

/**
 * The billing pieces of the partnership pages (who pays, the client's invoices, what ending it
 * costs), apart from the main entry: the shell and the dashboard import `@manager/web-billing`
 * statically, and esbuild puts every file an entry point reaches into its chunks, used or not, so
 * these dialogs and radio groups would otherwise load with every signed-in page.
 */
export { BillingOwnerEdit, canChangeBillingOwner } from './lib/partnership/billing-owner-edit';
export { TerminationImpactSummary } from './lib/partnership/termination-impact';
export { ClientInvoices } from './lib/partnership/client-invoices';

/**
 * The columns of a Billing table, without 'client' when every row is the organization's own: a
 * partner's invoices and orders for its clients need it, an organization's own would name itself on
 * every row.
 *
 * @example
 * withClientColumn(['number', 'client'], [{ clientName: 'Acme' }], 'Acme'); // ['number']
 */
export function withClientColumn(columns: readonly string[], rows: readonly { clientName: string }[], organizationName: string | undefined): string[] {
  const forOthers = rows.some((row) => row.clientName !== organizationName);
  return columns.filter((column) => column !== 'client' || forOthers);
}

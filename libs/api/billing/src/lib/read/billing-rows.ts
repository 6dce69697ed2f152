import { Invoice } from '../invoices/invoice.entity';
import { Wallet } from '../wallet/wallet.entity';

type Row = Record<string, unknown>;

/** snake_case row → camelCase properties: every billing entity names its properties after its columns. */
function camelize(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  return out;
}

/** bigint columns arrive as strings from `pg`. */
const numbers = (row: Row, ...keys: string[]) => {
  for (const key of keys) if (row[key] !== null && row[key] !== undefined) row[key] = Number(row[key]);
  return row;
};

export const toInvoice = (row: Row): Invoice => Object.assign(new Invoice(), camelize(row));
export const toWallet = (row: Row): Wallet => Object.assign(new Wallet(), numbers(camelize(row), 'balanceMinor'));

/** The columns a page query selects: the table's own, without the paging helpers. */
export const INVOICE_COLUMNS = `id, number, year, sequence, order_id, organization_id, client_organization_id, client_name, customer_name,
  customer_address, customer_country, customer_vat_number, vat_treatment, vat_rate_bp, vat_note, currency, subtotal_minor, vat_minor,
  total_minor, issued_at`;

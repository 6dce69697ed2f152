import { isCountryCode } from './countries';

/**
 * The customer's address lines on an invoice, each country once. The stored snapshot ends with the
 * billing address's country code ("8 rue des Boulangers\n69002 Lyon\nFR"): that line is written out
 * with `name`, and the organization's `country` is added only when the snapshot names none (an
 * organization without a billing address).
 *
 * @example
 * invoiceAddressLines('8 rue des Boulangers\n69002 Lyon\nFR', 'FR', englishName); // ['8 rue des Boulangers', '69002 Lyon', 'France']
 */
export function invoiceAddressLines(address: string, country: string, name: (code: string) => string): string[] {
  const lines = address
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const last = lines[lines.length - 1];
  if (last && isCountryCode(last)) return [...lines.slice(0, -1), name(last)];
  return country ? [...lines, name(country)] : lines;
}

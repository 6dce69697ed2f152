import type { Currency } from './vocabulary';

/** Countries billed in Swiss francs: Switzerland and Liechtenstein share the franc. */
const CHF_COUNTRIES: ReadonlySet<string> = new Set(['CH', 'LI']);

/**
 * The currency an organization is billed in, fixed by its country when it is created.
 *
 * @example
 * currencyForCountry('LI'); // 'CHF'
 * currencyForCountry('US'); // 'EUR'
 */
export function currencyForCountry(country: string): Currency {
  return CHF_COUNTRIES.has(country) ? 'CHF' : 'EUR';
}

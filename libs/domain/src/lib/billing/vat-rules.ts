import { countryName } from '../countries/countries';
import type { EntityType } from '../vocabulary';
import type { VatTreatment } from './billing-vocabulary';
import { applyBasisPoints } from './money-rounding';

/**
 * VAT on what we sell. The seller is Swiss (Swiss VAT registered), the services are electronic
 * services (hosting, mail, domains, storage...). The place of supply is the customer's (recipient
 * principle, Art. 8 para. 1 MWSTG/LTVA; Art. 44 and 58 of Directive 2006/112/EC), so:
 *
 * | customer                                         | treatment        | rate                     | mention on the invoice |
 * | ------------------------------------------------ | ---------------- | ------------------------ | ---------------------- |
 * | in CH or LI (any kind)                           | SWISS_VAT        | 8.1 % (since 2024)       | none                   |
 * | EU member state, company with a valid VAT number | REVERSE_CHARGE   | 0 %                      | REVERSE_CHARGE_MENTION |
 * | EU member state, no (valid) VAT number           | EU_CONSUMER_VAT  | that state's standard    | which state and rate (non-Union OSS) |
 * |   (individuals, and companies without a number)  |                  | rate, see EU_STANDARD_VAT_RATES |                  |
 * | anywhere else (GB incl. Northern Ireland, US...) | EXPORT           | 0 %                      | EXPORT_MENTION         |
 *
 * Notes, case by case:
 * - Liechtenstein is in the Swiss VAT area (customs treaty), hence Swiss VAT.
 * - Northern Ireland: its XI numbers cover goods only (Windsor Framework); services to GB are an
 *   export whatever the number.
 * - "Valid" VAT number: the caller decides (the API: stored after format and checksum checks,
 *   and not refused by VIES). A company whose number is missing or refused pays the member
 *   state's VAT like a consumer: without a valid number the supply cannot be B2B reverse charged.
 * - Rates are the standard rates in force on 1 January 2026 (`EU_STANDARD_VAT_RATES_VALID_FOR`);
 *   update the table when a member state changes its rate.
 */
export const SWISS_VAT_RATE_BP = 810;
export const SWISS_VAT_COUNTRIES: readonly string[] = ['CH', 'LI'];

export const REVERSE_CHARGE_MENTION =
  'Reverse charge: VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC';
export const EXPORT_MENTION = 'Export of services: outside the scope of Swiss VAT (Art. 8 para. 1 MWSTG)';

/** The year the EU table below is valid for (standard rates in force on 1 January of it). */
export const EU_STANDARD_VAT_RATES_VALID_FOR = 2026;

/**
 * Standard VAT rates of the 27 member states, in basis points, keyed by ISO country (Greece is
 * GR here, EL in VAT numbers). In force on 1 January 2026.
 */
export const EU_STANDARD_VAT_RATES: Readonly<Record<string, number>> = Object.freeze({
  AT: 2000, // Austria 20 %
  BE: 2100, // Belgium 21 %
  BG: 2000, // Bulgaria 20 %
  CY: 1900, // Cyprus 19 %
  CZ: 2100, // Czechia 21 %
  DE: 1900, // Germany 19 %
  DK: 2500, // Denmark 25 %
  EE: 2400, // Estonia 24 % (since 1 July 2025)
  ES: 2100, // Spain 21 %
  FI: 2550, // Finland 25.5 % (since 1 September 2024)
  FR: 2000, // France 20 %
  GR: 2400, // Greece 24 %
  HR: 2500, // Croatia 25 %
  HU: 2700, // Hungary 27 %
  IE: 2300, // Ireland 23 %
  IT: 2200, // Italy 22 %
  LT: 2100, // Lithuania 21 %
  LU: 1700, // Luxembourg 17 %
  LV: 2100, // Latvia 21 %
  MT: 1800, // Malta 18 %
  NL: 2100, // Netherlands 21 %
  PL: 2300, // Poland 23 %
  PT: 2300, // Portugal 23 %
  RO: 2100, // Romania 21 % (since 1 August 2025)
  SE: 2500, // Sweden 25 %
  SI: 2200, // Slovenia 22 %
  SK: 2300, // Slovakia 23 % (since 1 January 2025)
});

export interface VatCustomer {
  /** ISO 3166-1 alpha-2 of the customer (the paying organization). */
  country: string;
  entityType: EntityType;
  /** Whether the customer holds a VAT number that counts (see the notes above). */
  hasValidVatNumber: boolean;
}

export interface VatDecision {
  treatment: VatTreatment;
  /** Basis points: 810 = 8.1 %. */
  rateBp: number;
  /** The mention printed on the invoice, if any. */
  note: string | null;
}

function percent(rateBp: number): string {
  return `${(rateBp / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %`;
}

/**
 * The VAT treatment of a sale to `customer`, by the table above.
 *
 * @example
 * vatFor({ country: 'FR', entityType: 'COMPANY', hasValidVatNumber: true }).treatment; // 'REVERSE_CHARGE'
 * vatFor({ country: 'FR', entityType: 'INDIVIDUAL', hasValidVatNumber: false }).rateBp; // 2000
 */
export function vatFor(customer: VatCustomer): VatDecision {
  if (SWISS_VAT_COUNTRIES.includes(customer.country)) {
    return { treatment: 'SWISS_VAT', rateBp: SWISS_VAT_RATE_BP, note: null };
  }
  const euRate = EU_STANDARD_VAT_RATES[customer.country];
  if (euRate !== undefined) {
    if (customer.entityType === 'COMPANY' && customer.hasValidVatNumber) {
      return { treatment: 'REVERSE_CHARGE', rateBp: 0, note: REVERSE_CHARGE_MENTION };
    }
    return {
      treatment: 'EU_CONSUMER_VAT',
      rateBp: euRate,
      note: `VAT of ${countryName(customer.country) ?? customer.country} at ${percent(euRate)} (electronic services, non-Union OSS scheme)`,
    };
  }
  return { treatment: 'EXPORT', rateBp: 0, note: EXPORT_MENTION };
}

/**
 * The VAT on a net amount, rounded half-up once.
 *
 * @example vatAmount(10_000, 810) // 810
 */
export function vatAmount(netMinor: number, rateBp: number): number {
  return applyBasisPoints(netMinor, rateBp);
}

/**
 * Two places where `stdnum` 1.12 disagrees with python-stdnum (the implementation it ports) and
 * with real, published numbers. Both concern numbers built from a person's birth number, which
 * sole traders use as their VAT number. Remove an entry when the library is fixed: the samples in
 * `vat-number.countries.spec.ts` (BG7111042925, CZ640903926) say whether it is.
 */
import { validate as bulgarianPersonalNumber } from 'stdnum/lib/cjs/bg/egn';
import { validate as bulgarianForeignerNumber } from 'stdnum/lib/cjs/bg/pnf';

const digitsOf = (text: string) => [...text].map(Number);
const weighted = (digits: number[], weights: number[]) => weights.reduce((sum, w, i) => sum + w * digits[i], 0);

/**
 * Bulgaria, 10 digits: an EGN, a foreigner's PNF, or another number with weights 4,3,2,7,6,5,4,3,2
 * modulo 11. The library refuses any first digit other than 0-3 or 9 (so everyone born in the
 * 1940s-1980s) and inverts the last test.
 */
export function bulgarianTenDigitsIsValid(body: string): boolean {
  if (bulgarianPersonalNumber(body).isValid || bulgarianForeignerNumber(body).isValid) return true;
  const digits = digitsOf(body);
  return ((11 - weighted(digits, [4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11) % 10 === digits[9];
}

/**
 * Czechia, 9 digits starting with 6 (persons without a birth number): weights 8..2 on the 2nd to
 * 8th digits, modulo 11. The library shifts the weights by one digit.
 */
export function czechSpecialIsValid(body: string): boolean {
  const digits = digitsOf(body);
  const check = weighted(digits.slice(1, 8), [8, 7, 6, 5, 4, 3, 2]) % 11;
  return (8 - ((10 - check) % 11)) % 10 === digits[8];
}

/**
 * Check-digit verification per VAT area, delegated to `stdnum` (a TypeScript port of
 * python-stdnum, MIT): it implements every member state's algorithm, including the French
 * alphanumeric keys, and says whether a failure is the checksum or the shape of the number.
 *
 * Imported one module per country from `lib/cjs` on purpose: the package root pulls in every
 * national number of the world (hundreds of kB), while these 28 files cost about 14 kB gzipped in
 * the SPA; and the CommonJS build is the one that both Jest and the Node API can load (the ESM
 * build is not marked as ESM for Node).
 */
import { validate as at } from 'stdnum/lib/cjs/at/uid';
import { validate as be } from 'stdnum/lib/cjs/be/vat';
import { validate as bg } from 'stdnum/lib/cjs/bg/vat';
import { validate as cy } from 'stdnum/lib/cjs/cy/vat';
import { validate as cz } from 'stdnum/lib/cjs/cz/dic';
import { validate as de } from 'stdnum/lib/cjs/de/vat';
import { validate as dk } from 'stdnum/lib/cjs/dk/cvr';
import { validate as ee } from 'stdnum/lib/cjs/ee/kmkr';
import { validate as el } from 'stdnum/lib/cjs/gr/vat';
import { validate as es } from 'stdnum/lib/cjs/es/nif';
import { validate as fi } from 'stdnum/lib/cjs/fi/alv';
import { validate as fr } from 'stdnum/lib/cjs/fr/tva';
import { validate as hr } from 'stdnum/lib/cjs/hr/oib';
import { validate as hu } from 'stdnum/lib/cjs/hu/anum';
import { validate as ie } from 'stdnum/lib/cjs/ie/vat';
import { validate as it } from 'stdnum/lib/cjs/it/iva';
import { validate as lt } from 'stdnum/lib/cjs/lt/pvm';
import { validate as lu } from 'stdnum/lib/cjs/lu/tva';
import { validate as lv } from 'stdnum/lib/cjs/lv/pvn';
import { validate as mt } from 'stdnum/lib/cjs/mt/vat';
import { validate as nl } from 'stdnum/lib/cjs/nl/btw';
import { validate as pl } from 'stdnum/lib/cjs/pl/nip';
import { validate as pt } from 'stdnum/lib/cjs/pt/nif';
import { validate as ro } from 'stdnum/lib/cjs/ro/cui';
import { validate as se } from 'stdnum/lib/cjs/se/vat';
import { validate as si } from 'stdnum/lib/cjs/si/ddv';
import { validate as sk } from 'stdnum/lib/cjs/sk/dph';
// An XI number is a UK VAT registration number with the XI prefix: same digits, same checksum.
import { validate as xi } from 'stdnum/lib/cjs/gb/vat';
import { bulgarianTenDigitsIsValid, czechSpecialIsValid } from './vat-check-digit-fixes';

/** What the library concluded about the part after the prefix. */
export type CheckDigitsOutcome = 'VALID' | 'BAD_CHECK_DIGIT' | 'BAD_FORMAT';

type Validate = (body: string) => { isValid: boolean; error?: { name: string } };

const VALIDATE_BY_PREFIX: Readonly<Record<string, Validate>> = {
  AT: at, BE: be, BG: bg, CY: cy, CZ: cz, DE: de, DK: dk, EE: ee, EL: el, ES: es,
  FI: fi, FR: fr, HR: hr, HU: hu, IE: ie, IT: it, LT: lt, LU: lu, LV: lv, MT: mt,
  NL: nl, PL: pl, PT: pt, RO: ro, SE: se, SI: si, SK: sk, XI: xi,
};

/**
 * Runs the area's check-digit algorithm on `body` (the number without its prefix, already in the
 * area's format). The library can still refuse the shape for reasons a regular expression does
 * not see (an impossible birth date in a Czech number, a Dutch suffix of B00, ...): that is
 * reported as `BAD_FORMAT`, never as a wrong check digit.
 */
export function checkDigits(prefix: string, body: string): CheckDigitsOutcome {
  const fixed = libraryFix(prefix, body);
  if (fixed !== undefined) return fixed ? 'VALID' : 'BAD_CHECK_DIGIT';
  const validate = VALIDATE_BY_PREFIX[prefix];
  if (!validate) throw new Error(`No check-digit algorithm for VAT prefix ${prefix}`);
  const result = validate(body);
  if (result.isValid) return 'VALID';
  return result.error?.name === 'InvalidChecksum' ? 'BAD_CHECK_DIGIT' : 'BAD_FORMAT';
}

/** Our own verdict where the library is known to be wrong (see `vat-check-digit-fixes.ts`). */
function libraryFix(prefix: string, body: string): boolean | undefined {
  if (prefix === 'BG' && body.length === 10) return bulgarianTenDigitsIsValid(body);
  if (prefix === 'CZ' && body.length === 9 && body.startsWith('6')) return czechSpecialIsValid(body);
  return undefined;
}

import type { VatVerificationResult, VatVerifier } from './vat-verifier';

export const VIES_TIMEOUT_MS = 3_000;

const UNAVAILABLE: VatVerificationResult = { status: 'UNAVAILABLE' };

interface ViesAnswer {
  valid?: unknown;
  name?: unknown;
  userError?: unknown;
}

/**
 * The EU's VIES REST service: `POST {baseUrl}/check-vat-number` with `{ countryCode, vatNumber }`,
 * answered with `{ valid, name, ... }` (the public one is
 * https://ec.europa.eu/taxation_customs/vies/rest-api). A member state that does not disclose the
 * name answers "---". A slow answer, an HTTP error, an error body (`userError` such as
 * MS_UNAVAILABLE, or `actionSucceed: false`) or a network failure is UNAVAILABLE: VIES is often
 * down for one member state, and that must never block a person saving their details.
 *
 * @example
 * const verifier = viesRestVerifier('https://ec.europa.eu/taxation_customs/vies/rest-api');
 * await verifier.verify('FR', '40303265045'); // { status: 'VALID', registeredName: 'SA ODIGO' }
 */
export function viesRestVerifier(baseUrl: string, options: { timeoutMs?: number } = {}): VatVerifier {
  const endpoint = `${baseUrl.replace(/\/+$/, '')}/check-vat-number`;
  const timeoutMs = options.timeoutMs ?? VIES_TIMEOUT_MS;
  return {
    async verify(countryCode, vatNumber) {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ countryCode, vatNumber }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) return UNAVAILABLE;
        const answer = (await response.json()) as ViesAnswer;
        if (typeof answer?.valid !== 'boolean') return UNAVAILABLE;
        if (typeof answer.userError === 'string' && !['VALID', 'INVALID'].includes(answer.userError)) return UNAVAILABLE;
        if (!answer.valid) return { status: 'INVALID' };
        const name = typeof answer.name === 'string' ? answer.name.trim() : '';
        return name && name !== '---' ? { status: 'VALID', registeredName: name } : { status: 'VALID' };
      } catch {
        return UNAVAILABLE;
      }
    },
  };
}

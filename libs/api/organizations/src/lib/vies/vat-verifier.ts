/** What VIES said about a VAT number. */
export const VatVerificationStatus = {
  /** Registered for intra-Community trade. */
  VALID: 'VALID',
  /** Not registered (or not for intra-Community trade). */
  INVALID: 'INVALID',
  /** VIES or the member state's service did not answer in time; try again later. */
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
export type VatVerificationStatus = (typeof VatVerificationStatus)[keyof typeof VatVerificationStatus];

export interface VatVerificationResult {
  status: VatVerificationStatus;
  /** The name VIES has on record, when the member state discloses it. */
  registeredName?: string;
}

/**
 * Asks an authority whether a VAT number is registered. Pluggable: the real one calls the EU's
 * VIES REST service (`vies-rest-verifier.ts`); tests point it at a local fake server. It never
 * throws: anything that is not a clear answer is UNAVAILABLE.
 */
export interface VatVerifier {
  /** `countryPrefix`: the VAT prefix (EL for Greece, XI for Northern Ireland); `number`: the rest. */
  verify(countryPrefix: string, number: string): Promise<VatVerificationResult>;
}

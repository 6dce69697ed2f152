/** What `GET /public/operator` answers: who runs this Manager and what it asks (apps/api, compliance). */
export interface OperatorFacts {
  operator: {
    name: string;
    addressLines: string[];
    country: string;
    companyNumber: string;
    email: string;
    dataProtectionOfficer: { name: string; email: string };
    euRepresentative: { name: string; addressLines: string[] } | null;
    supervisoryAuthority: string;
  };
  dataProcessingAgreement: { version: string; effectiveDate: string; dataCentres: string[] };
  subProcessors: { updatedOn: string; list: { name: string; purpose: string; location: string; products: 'ALL' | string[] }[] };
  cookies: CookiePolicy;
}

export interface CookiePolicy {
  /** Changes whenever the categories do: a stored choice of another version is asked again. */
  version: string;
  validityMonths: number;
  optionalCategories: { id: string; label: string; description: string }[];
}

let facts: Promise<OperatorFacts> | null = null;

/** Fetched once per page load (plain fetch: the signed-out pages load no GraphQL client); a failure is retried next time. */
export function operatorFacts(): Promise<OperatorFacts> {
  facts ??= fetch('/public/operator', { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw new Error(`GET /public/operator: ${response.status}`);
    return response.json() as Promise<OperatorFacts>;
  });
  facts.catch(() => (facts = null));
  return facts;
}

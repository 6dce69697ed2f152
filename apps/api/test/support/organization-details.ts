import type { DataSource } from 'typeorm';
import { CURRENT_TERMS_VERSION } from '@manager/domain';

/** Shared by the organization lifecycle and VIES specs: operations, inputs and row counts. */

export const ORGANIZATION_FIELDS = `
  id name entityType country vatNumber currency viewerRole termsAcceptedAt
  billingAddresses { id recipient street postcode city country isDefault }
  vatVerification { status checkedAt registeredName }`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { user { id email displayName } organization { ${ORGANIZATION_FIELDS} } }
}`;

export const CREATE_ORGANIZATION = `mutation Create($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { ${ORGANIZATION_FIELDS} } }
}`;

export const UPDATE_ORGANIZATION = `mutation Update($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { ${ORGANIZATION_FIELDS} } }
}`;

export interface AddressInput {
  id?: string | null;
  recipient?: string | null;
  street: string;
  postcode: string;
  city: string;
  country: string;
  isDefault: boolean;
}

export const PARIS: AddressInput = { street: '12 rue du Four', postcode: '75006', city: 'Paris', country: 'FR', isDefault: true };
export const LYON: AddressInput = {
  recipient: 'Comptabilité',
  street: '3 quai Saint-Antoine',
  postcode: '69002',
  city: 'Lyon',
  country: 'FR',
  isDefault: false,
};

export function details(overrides: Record<string, unknown> = {}) {
  return {
    entityType: 'COMPANY',
    name: 'Boulangerie Durand SAS',
    country: 'FR',
    vatNumber: 'fr 40 303.265-045',
    billingAddresses: [PARIS],
    ...overrides,
  };
}

let sequence = 0;
export function signUpInput(overrides: Record<string, unknown> = {}, organization: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    displayName: 'Jeanne Durand',
    email: `jeanne${sequence}@durand.example`,
    password: 'a long enough password',
    organization: details(organization),
    acceptTerms: true,
    termsVersion: CURRENT_TERMS_VERSION,
    ...overrides,
  };
}

const COUNTED = ['app_user', 'session', 'organization', 'membership', 'billing_address', 'terms_acceptance', 'audit_event'];

/** Rows per table, to show that a refused mutation wrote nothing. */
export async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED) {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}

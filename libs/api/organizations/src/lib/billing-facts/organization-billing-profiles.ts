import { sqlRead, type SqlReader } from '@manager/api-core';
import type { Currency, EntityType, PartnerRates } from '@manager/domain';

/** What an order and its invoice need to know of an organization, read where organizations keeps it. */
export interface OrganizationBillingProfile {
  id: string;
  name: string;
  currency: Currency;
  country: string;
  entityType: EntityType;
  vatNumber: string | null;
  vatVerificationStatus: 'VALID' | 'INVALID' | 'UNAVAILABLE' | null;
  /** The default billing address (else the first), as the lines an invoice prints; null without any. */
  invoiceAddress: string | null;
  /** The partner program's rates; null for an organization without a partner profile. */
  partnerRates: PartnerRates | null;
}

interface ProfileRow {
  id: string;
  name: string;
  currency: Currency;
  country: string;
  entity_type: EntityType;
  vat_number: string | null;
  vat_verification_status: OrganizationBillingProfile['vatVerificationStatus'];
  invoice_address: string | null;
  reseller_discount_bp: number | null;
  commission_bp: number | null;
}

const toProfile = (row: ProfileRow): OrganizationBillingProfile => ({
  id: row.id,
  name: row.name,
  currency: row.currency,
  country: row.country,
  entityType: row.entity_type,
  vatNumber: row.vat_number,
  vatVerificationStatus: row.vat_verification_status,
  invoiceAddress: row.invoice_address,
  // The profile's columns are NOT NULL: a null says there is no profile.
  partnerRates: row.commission_bp === null ? null : { resellerDiscountBp: row.reseller_discount_bp ?? 0, commissionBp: row.commission_bp },
});

/**
 * The billing profiles of `organizationIds` in ONE statement, by id (unknown ids are left out).
 * Pass the transaction's manager inside a mutation, so the read sees what it wrote. Nothing is
 * locked: an order reads names and tax identity as they are when it is placed.
 */
export async function organizationBillingProfiles(db: SqlReader, organizationIds: readonly string[]): Promise<Map<string, OrganizationBillingProfile>> {
  const profiles = await sqlRead(
    db,
    {
      name: 'organizations.billing-profiles',
      text: `SELECT o.id, o.name, o.currency, o.country, o.entity_type, o.vat_number, o.vat_verification_status,
                    (SELECT concat_ws(E'\\n', nullif(a.recipient, ''), a.street, a.postcode || ' ' || a.city, a.country)
                     FROM billing_address a WHERE a.organization_id = o.id ORDER BY a.is_default DESC, a.position LIMIT 1) AS invoice_address,
                    pp.reseller_discount_bp, pp.commission_bp
             FROM organization o LEFT JOIN partner_profile pp ON pp.organization_id = o.id
             WHERE o.id = ANY($1::uuid[])`,
      values: [[...new Set(organizationIds)]],
    },
    toProfile,
  );
  return new Map(profiles.map((profile) => [profile.id, profile]));
}

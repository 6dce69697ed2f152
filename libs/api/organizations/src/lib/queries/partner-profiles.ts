import { sqlRead, type SqlReader } from '@manager/api-core';

/** A partner profile as other contexts read it (the directory entry and the operator's rates). */
export interface PartnerProfileSummary {
  organizationId: string;
  publicName: string;
  contactEmail: string;
  country: string | null;
  description: string;
  listed: boolean;
  resellerDiscountBp: number;
  commissionBp: number;
}

interface PartnerProfileRow {
  organization_id: string;
  public_name: string;
  contact_email: string;
  country: string | null;
  description: string;
  listed: boolean;
  reseller_discount_bp: number;
  commission_bp: number;
}

/** The partner profiles of these organizations (none for an organization that is not a partner): one statement. */
export function partnerProfiles(db: SqlReader, organizationIds: readonly string[]): Promise<PartnerProfileSummary[]> {
  return sqlRead(
    db,
    {
      name: 'organizations.partner-profiles',
      text: `SELECT organization_id, public_name, contact_email, country, description, listed, reseller_discount_bp, commission_bp
             FROM partner_profile WHERE organization_id = ANY($1::uuid[])`,
      values: [[...organizationIds]],
    },
    (row: PartnerProfileRow) => ({
      organizationId: row.organization_id,
      publicName: row.public_name,
      contactEmail: row.contact_email,
      country: row.country,
      description: row.description,
      listed: row.listed,
      resellerDiscountBp: row.reseller_discount_bp,
      commissionBp: row.commission_bp,
    }),
  );
}

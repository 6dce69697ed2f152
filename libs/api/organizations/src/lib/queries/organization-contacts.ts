import { sqlRead, type SqlReader } from '@manager/api-core';
import type { Currency } from '@manager/domain';

/** How an organization is named, whom to write to, and (for a partner) its terms. */
export interface OrganizationContact {
  id: string;
  name: string;
  currency: Currency;
  /** Its partner profile, when it is a partner. */
  partner: { publicName: string; contactEmail: string; listed: boolean; resellerDiscountBp: number; commissionBp: number } | null;
  /** The user id of its legal responsible (there is exactly one while the organization lives). */
  legalResponsibleUserId: string | null;
}

interface ContactRow {
  id: string;
  name: string;
  currency: Currency;
  is_partner: boolean;
  public_name: string;
  contact_email: string;
  listed: boolean;
  reseller_discount_bp: number;
  commission_bp: number;
  legal_responsible_user_id: string | null;
}

/** Organizations by id with their partner profile and legal responsible: one statement. Pass the transaction when inside one. */
export async function organizationContacts(db: SqlReader, organizationIds: readonly string[]): Promise<Map<string, OrganizationContact>> {
  const rows = await sqlRead(
    db,
    {
      name: 'organizations.contacts',
      text: `SELECT o.id, o.name, o.currency,
                    pp.organization_id IS NOT NULL AS is_partner, pp.public_name, pp.contact_email, pp.listed, pp.reseller_discount_bp, pp.commission_bp,
                    (SELECT m.user_id FROM membership m
                     WHERE m.organization_id = o.id AND m.role = 'LEGAL_RESPONSIBLE' LIMIT 1) AS legal_responsible_user_id
             FROM organization o LEFT JOIN partner_profile pp ON pp.organization_id = o.id
             WHERE o.id = ANY($1::uuid[])`,
      values: [[...new Set(organizationIds)]],
    },
    (row: ContactRow): OrganizationContact => ({
      id: row.id,
      name: row.name,
      currency: row.currency,
      partner:
        !row.is_partner
          ? null
          : {
              publicName: row.public_name,
              contactEmail: row.contact_email,
              listed: row.listed,
              resellerDiscountBp: row.reseller_discount_bp,
              commissionBp: row.commission_bp,
            },
      legalResponsibleUserId: row.legal_responsible_user_id,
    }),
  );
  return new Map(rows.map((contact) => [contact.id, contact]));
}

/** An organization's own name and, when it is a partner, its public name. */
export interface OrganizationName {
  id: string;
  name: string;
  publicName: string | null;
}

/**
 * Names of organizations by id, in the order organizations are listed by name (the database's
 * `lower(name)`, then id): a caller that ranks its own rows by name takes this order rather than
 * sorting again with another collation. One statement, unknown ids left out.
 */
export function organizationNames(db: SqlReader, organizationIds: readonly string[]): Promise<OrganizationName[]> {
  return sqlRead(
    db,
    {
      name: 'organizations.names',
      text: `SELECT o.id, o.name, pp.public_name FROM organization o LEFT JOIN partner_profile pp ON pp.organization_id = o.id
             WHERE o.id = ANY($1::uuid[]) ORDER BY lower(o.name), o.id`,
      values: [[...new Set(organizationIds)]],
    },
    (row: { id: string; name: string; public_name: string | null }) => ({ id: row.id, name: row.name, publicName: row.public_name }),
  );
}

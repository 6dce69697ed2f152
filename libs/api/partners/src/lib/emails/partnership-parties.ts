import type { EntityManager } from 'typeorm';

/** The two organizations of a partnership as emails name and reach them. */
export interface PartnershipParties {
  clientName: string;
  /** The partner's public name (its profile), else its organization name. */
  partnerName: string;
  /** The client's legal responsible. */
  clientRecipients: string[];
  /** The partner's contact email (its profile) and its legal responsible, without duplicates. */
  partnerRecipients: string[];
}

/** Anything that runs SQL: a transaction's manager or the data source. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** One statement: both names and every recipient. */
export async function partnershipParties(
  manager: Queryable | EntityManager,
  clientOrganizationId: string,
  partnerOrganizationId: string,
): Promise<PartnershipParties> {
  const [row] = (await manager.query(
    `SELECT c.name AS client_name,
            coalesce(pp.public_name, po.name) AS partner_name,
            (SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
             WHERE m.organization_id = c.id AND m.role = 'LEGAL_RESPONSIBLE' LIMIT 1) AS client_lr,
            pp.contact_email AS partner_contact,
            (SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
             WHERE m.organization_id = po.id AND m.role = 'LEGAL_RESPONSIBLE' LIMIT 1) AS partner_lr
     FROM organization c, organization po LEFT JOIN partner_profile pp ON pp.organization_id = po.id
     WHERE c.id = $1 AND po.id = $2`,
    [clientOrganizationId, partnerOrganizationId],
  )) as {
    client_name: string;
    partner_name: string;
    client_lr: string | null;
    partner_contact: string | null;
    partner_lr: string | null;
  }[];
  const unique = (emails: (string | null)[]) => [...new Set(emails.filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase()))];
  return {
    clientName: row.client_name,
    partnerName: row.partner_name,
    clientRecipients: unique([row.client_lr]),
    partnerRecipients: unique([row.partner_contact, row.partner_lr]),
  };
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { entityRows, type RequestContext, sqlRead } from '@manager/api-core';
import { BillingAddress } from './billing-address.entity';

export interface OrganizationDetailsLoaders {
  /** Default first, then in the order of the form. */
  billingAddressesByOrganization: DataLoader<string, BillingAddress[]>;
  /** When the terms of use were last accepted for the organization. */
  termsAcceptedAtByOrganization: DataLoader<string, Date | null>;
}

/** Rows only; the resolvers ask the access policy first. One statement per loader and level. */
export function createOrganizationDetailsLoaders(dataSource: DataSource): OrganizationDetailsLoaders {
  const addresses = entityRows(dataSource, BillingAddress, 'a');
  return {
    billingAddressesByOrganization: new DataLoader(async (ids: readonly string[]) => {
      const rows = await sqlRead(
        dataSource,
        {
          name: 'organizations.billing-addresses',
          text: `SELECT ${addresses.columns} FROM billing_address a WHERE a.organization_id = ANY($1::uuid[])
                 ORDER BY a.is_default DESC, a.position, a.created_at, a.id`,
          values: [ids],
        },
        addresses.map,
      );
      return ids.map((id) => rows.filter((row) => row.organizationId === id));
    }),
    termsAcceptedAtByOrganization: new DataLoader(async (ids: readonly string[]) => {
      const acceptedAt = new Map(
        await sqlRead(
          dataSource,
          {
            name: 'organizations.terms-accepted-at',
            text: `SELECT organization_id, max(accepted_at) AS accepted_at FROM terms_acceptance
                   WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
            values: [ids],
          },
          (row: { organization_id: string; accepted_at: Date }) => [row.organization_id, row.accepted_at] as const,
        ),
      );
      return ids.map((id) => acceptedAt.get(id) ?? null);
    }),
  };
}

export function organizationDetailsLoaders(ctx: RequestContext): OrganizationDetailsLoaders {
  return ctx.loaders.organizations;
}

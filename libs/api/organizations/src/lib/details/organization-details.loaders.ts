import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { RequestContext } from '@manager/api-core';
import { BillingAddress } from './billing-address.entity';

export interface OrganizationDetailsLoaders {
  /** Default first, then in the order of the form. */
  billingAddressesByOrganization: DataLoader<string, BillingAddress[]>;
  /** When the terms of use were last accepted for the organization. */
  termsAcceptedAtByOrganization: DataLoader<string, Date | null>;
}

/** Rows only; the resolvers ask the access policy first. One statement per loader and level. */
export function createOrganizationDetailsLoaders(dataSource: DataSource): OrganizationDetailsLoaders {
  return {
    billingAddressesByOrganization: new DataLoader(async (ids: readonly string[]) => {
      const rows = await dataSource.manager.find(BillingAddress, {
        where: { organizationId: In([...ids]) },
        order: { isDefault: 'DESC', position: 'ASC', createdAt: 'ASC', id: 'ASC' },
      });
      return ids.map((id) => rows.filter((row) => row.organizationId === id));
    }),
    termsAcceptedAtByOrganization: new DataLoader(async (ids: readonly string[]) => {
      const rows: { organization_id: string; accepted_at: Date }[] = await dataSource.query(
        `SELECT organization_id, max(accepted_at) AS accepted_at FROM terms_acceptance
         WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.organization_id, row.accepted_at]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export function organizationDetailsLoaders(ctx: RequestContext): OrganizationDetailsLoaders {
  return ctx.loaders.organizations;
}

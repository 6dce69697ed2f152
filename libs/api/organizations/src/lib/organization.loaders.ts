import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type Actor, entityRows, type RequestContext, sqlRead } from '@manager/api-core';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';

export interface OrganizationLoaders {
  organizationById: DataLoader<string, Organization | null>;
  membershipsByUser: DataLoader<string, Membership[]>;
}

/**
 * Loaders only fetch rows; they do not decide who may see them. Callers ask the access policy
 * first (see organization.service.ts). Each batch is one `sqlRead` statement.
 */
export function createOrganizationLoaders(dataSource: DataSource, _actor: Actor | null): OrganizationLoaders {
  const organizations = entityRows(dataSource, Organization, 'o');
  const memberships = entityRows(dataSource, Membership, 'm');
  return {
    organizationById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await sqlRead(
        dataSource,
        { name: 'organizations.by-id', text: `SELECT ${organizations.columns} FROM organization o WHERE o.id = ANY($1::uuid[])`, values: [ids] },
        organizations.map,
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    membershipsByUser: new DataLoader(async (userIds: readonly string[]) => {
      // The user's own organizations first (where they hold the widest role), then by name:
      // the first membership is where the SPA lands after sign-in.
      const rows = await sqlRead(
        dataSource,
        {
          name: 'organizations.memberships-by-user',
          text: `SELECT ${memberships.columns} FROM membership m JOIN organization o ON o.id = m.organization_id
                 WHERE m.user_id = ANY($1::uuid[])
                 ORDER BY array_position(ARRAY['LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL'], m.role), lower(o.name), o.id`,
          values: [userIds],
        },
        memberships.map,
      );
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
  };
}

export function organizationLoaders(ctx: RequestContext): OrganizationLoaders {
  return ctx.loaders.organizations;
}

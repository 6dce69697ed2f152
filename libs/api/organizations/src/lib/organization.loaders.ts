import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Actor, RequestContext } from '@manager/api-core';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';

export interface OrganizationLoaders {
  organizationById: DataLoader<string, Organization | null>;
  membershipsByUser: DataLoader<string, Membership[]>;
}

/**
 * Loaders only fetch rows; they do not decide who may see them. Callers ask the access policy
 * first (see organization.service.ts).
 */
export function createOrganizationLoaders(dataSource: DataSource, _actor: Actor | null): OrganizationLoaders {
  return {
    organizationById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await dataSource.manager.find(Organization, { where: { id: In([...ids]) } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    membershipsByUser: new DataLoader(async (userIds: readonly string[]) => {
      const rows: Membership[] = await dataSource.manager
        .createQueryBuilder(Membership, 'm')
        .innerJoin(Organization, 'o', 'o.id = m.organization_id')
        .where('m.user_id IN (:...userIds)', { userIds })
        // The user's own organizations first (where they hold the widest role), then by name:
        // the first membership is where the SPA lands after sign-in.
        .orderBy(`array_position(ARRAY['LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL'], m.role)`)
        .addOrderBy('lower(o.name)')
        .addOrderBy('o.id')
        .getMany();
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
  };
}

export function organizationLoaders(ctx: RequestContext): OrganizationLoaders {
  return ctx.loaders.organizations;
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Actor, RequestContext } from '@manager/api-core';
import { Person } from './person.type';

export interface MemberLoaders {
  personByUserId: DataLoader<string, Person | null>;
  grantedProductIdsByMembership: DataLoader<string, string[]>;
  memberCountByOrganization: DataLoader<string, number>;
}

export function toPerson(row: { id: string; display_name: string; email: string }): Person {
  return Object.assign(new Person(), { id: row.id, displayName: row.display_name, email: row.email });
}

/**
 * Loaders only fetch rows; the policy is asked where a Membership is first reached (the members
 * list, a mutation, the actor's own memberships). Each batch is one `= ANY($1)` statement.
 */
export function createMemberLoaders(dataSource: DataSource, _actor: Actor | null): MemberLoaders {
  return {
    personByUserId: new DataLoader(async (ids: readonly string[]) => {
      const rows: { id: string; display_name: string; email: string }[] = await dataSource.query(
        `SELECT id, display_name, email FROM app_user WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, toPerson(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    grantedProductIdsByMembership: new DataLoader(async (ids: readonly string[]) => {
      const rows: { membership_id: string; product_id: string }[] = await dataSource.query(
        `SELECT g.membership_id, g.product_id FROM membership_product_grant g
         JOIN product p ON p.id = g.product_id
         WHERE g.membership_id = ANY($1::uuid[])
         ORDER BY p.name, p.id`,
        [ids],
      );
      return ids.map((id) => rows.filter((row) => row.membership_id === id).map((row) => row.product_id));
    }),
    memberCountByOrganization: new DataLoader(async (ids: readonly string[]) => {
      const rows: { organization_id: string; count: number }[] = await dataSource.query(
        `SELECT organization_id, count(*)::int AS count FROM membership
         WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
        [ids],
      );
      const counts = new Map(rows.map((row) => [row.organization_id, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export function memberLoaders(ctx: RequestContext): MemberLoaders {
  return ctx.loaders.organizations;
}

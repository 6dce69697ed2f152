import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type Actor, type RequestContext, sqlRead } from '@manager/api-core';
import { userSummaries, type UserSummary } from '@manager/api-identity';
import { createGrantedProductIdsLoader } from './granted-products.loader';
import { Person } from './person.type';

export interface MemberLoaders {
  personByUserId: DataLoader<string, Person | null>;
  grantedProductIdsByMembership: DataLoader<string, string[]>;
  memberCountByOrganization: DataLoader<string, number>;
}

export function toPerson(user: Pick<UserSummary, 'id' | 'displayName' | 'email'>): Person {
  return Object.assign(new Person(), { id: user.id, displayName: user.displayName, email: user.email });
}

/**
 * Loaders only fetch rows; the policy is asked where a Membership is first reached (the members
 * list, a mutation, the actor's own memberships). Each batch is one `= ANY($1)` statement; the
 * people are identity's, read through identity's own query.
 */
export function createMemberLoaders(dataSource: DataSource, _actor: Actor | null): MemberLoaders {
  return {
    personByUserId: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await userSummaries(dataSource, ids)).map((user) => [user.id, toPerson(user)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    grantedProductIdsByMembership: createGrantedProductIdsLoader(dataSource),
    memberCountByOrganization: new DataLoader(async (ids: readonly string[]) => {
      const counts = new Map(
        await sqlRead(
          dataSource,
          {
            name: 'organizations.member-counts',
            text: `SELECT organization_id, count(*)::int AS count FROM membership
                   WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
            values: [ids],
          },
          (row: { organization_id: string; count: number }) => [row.organization_id, row.count] as const,
        ),
      );
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export function memberLoaders(ctx: RequestContext): MemberLoaders {
  return ctx.loaders.organizations;
}

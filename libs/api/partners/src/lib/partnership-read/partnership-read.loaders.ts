import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type Actor, entityRows, policySubject, type RequestContext, sqlRead, visibleProductsCondition } from '@manager/api-core';
import { Product } from '@manager/api-catalog';
import { organizationNames, type PartnerProfileSummary, partnerProfiles } from '@manager/api-organizations';
import type { PartnershipStatus } from '@manager/domain';
import { Partnership } from '../partnership.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The most partnerships one organization's list returns (newest first): a partner's ACTIVE ones are paged by managedClients. */
export const PARTNERSHIP_LIST_LIMIT = 500;

export interface PartnershipListKey {
  organizationId: string;
  /** Null: every status. */
  statuses: readonly PartnershipStatus[] | null;
}

export interface PartyName {
  /** The organization's own name. */
  name: string;
  /** Its partner profile's public name, when it is a partner. */
  publicName: string | null;
}

const listKey = (key: PartnershipListKey) => `${key.organizationId}|${key.statuses ? [...key.statuses].sort().join(',') : '*'}`;

/**
 * Partnerships of each organization asked about, on one side (`client_organization_id` or
 * `partner_organization_id`), newest first, at most PARTNERSHIP_LIST_LIMIT each: one statement
 * per distinct status filter.
 */
function partnershipList(dataSource: DataSource, column: 'client_organization_id' | 'partner_organization_id') {
  const partnerships = entityRows(dataSource, Partnership, 'ps');
  return new DataLoader<PartnershipListKey, Partnership[], string>(
    async (keys) => {
      const groups = new Map<string, PartnershipListKey[]>();
      for (const key of keys) {
        const group = key.statuses ? [...key.statuses].sort().join(',') : '*';
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const lists = new Map<string, Partnership[]>();
      for (const group of groups.values()) {
        const organizationIds = [...new Set(group.map((key) => key.organizationId))];
        const statuses = group[0].statuses;
        const rows = await sqlRead(
          dataSource,
          {
            name: `partners.partnerships-by-${column === 'client_organization_id' ? 'client' : 'partner'}`,
            text: `SELECT ${partnerships.columns} FROM partnership ps
                   WHERE ps.id IN (SELECT id FROM (
                     SELECT id, row_number() OVER (PARTITION BY ${column} ORDER BY created_at DESC, id DESC) AS n
                     FROM partnership
                     WHERE ${column} = ANY($1::uuid[]) AND ($2::boolean OR status = ANY($3::text[]))
                   ) ranked WHERE n <= $4)
                   ORDER BY ps.created_at DESC, ps.id DESC`,
            values: [organizationIds, statuses === null, statuses ?? [], PARTNERSHIP_LIST_LIMIT],
          },
          partnerships.map,
        );
        for (const key of group) {
          const owner = (row: Partnership) =>
            column === 'client_organization_id' ? row.clientOrganizationId : row.partnerOrganizationId;
          lists.set(listKey(key), rows.filter((row) => owner(row) === key.organizationId));
        }
      }
      return keys.map((key) => lists.get(listKey(key)) ?? []);
    },
    { cacheKeyFn: listKey },
  );
}

/**
 * Rows only: callers ask the access policy first (see partnership-read.service.ts). Every loader
 * answers a whole request level in one statement.
 */
export function createPartnershipReadLoaders(dataSource: DataSource, actor: Actor | null) {
  const partnerships = entityRows(dataSource, Partnership, 'ps');
  const products = entityRows(dataSource, Product, 'p');
  return {
    partnershipById: new DataLoader<string, Partnership | null>(async (ids) => {
      const wellFormed = ids.filter((id) => UUID.test(id));
      const rows = wellFormed.length
        ? await sqlRead(
            dataSource,
            { name: 'partners.partnership-by-id', text: `SELECT ${partnerships.columns} FROM partnership ps WHERE ps.id = ANY($1::uuid[])`, values: [wellFormed] },
            partnerships.map,
          )
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    partnershipsByClient: partnershipList(dataSource, 'client_organization_id'),
    partnershipsByPartner: partnershipList(dataSource, 'partner_organization_id'),

    /** Names of the organizations on either side of a partnership (and a partner's public name): organizations' own read. */
    partyName: new DataLoader<string, PartyName | null>(async (ids) => {
      const byId = new Map((await organizationNames(dataSource, ids)).map((row) => [row.id, { name: row.name, publicName: row.publicName }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** An organization's partner profile, null when it is not a partner: organizations' own read. */
    partnerProfile: new DataLoader<string, PartnerProfileSummary | null>(async (ids) => {
      const byId = new Map((await partnerProfiles(dataSource, ids)).map((profile) => [profile.organizationId, profile]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /**
     * The products in each LIMITED partnership's scope that the actor may read (the policy's
     * product rule applies again), by name regardless of case.
     */
    scopeProducts: new DataLoader<string, Product[]>(async (partnershipIds) => {
      if (!actor) return partnershipIds.map(() => []);
      const rows = await sqlRead(
        dataSource,
        {
          name: 'partners.scope-products',
          text: `SELECT pp.partnership_id, ${products.columns}
                 FROM partnership_product pp
                 JOIN partnership ps ON ps.id = pp.partnership_id
                 JOIN product p ON p.id = pp.product_id AND p.organization_id = ps.client_organization_id
                 WHERE pp.partnership_id = ANY($1::uuid[]) AND ${visibleProductsCondition('p', '$2')}
                 ORDER BY lower(p.name), p.id`,
          values: [partnershipIds, policySubject(actor)],
        },
        (row: Record<string, unknown>) => ({ partnershipId: row.partnership_id as string, product: products.map(row) }),
      );
      return partnershipIds.map((id) => rows.filter((row) => row.partnershipId === id).map((row) => row.product));
    }),
  };
}
export type PartnershipReadLoaders = ReturnType<typeof createPartnershipReadLoaders>;

export function partnershipReadLoaders(ctx: RequestContext): PartnershipReadLoaders {
  return ctx.loaders.partners;
}

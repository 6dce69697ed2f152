import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { type Actor, policySubject, type RequestContext, visibleProductsCondition } from '@manager/api-core';
import { Product } from '@manager/api-catalog';
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

export interface PartnerProfileRow {
  organization_id: string;
  public_name: string;
  contact_email: string;
  country: string | null;
  description: string;
  listed: boolean;
  reseller_discount_bp: number;
  commission_bp: number;
}

interface ProductRow {
  partnership_id: string;
  id: string;
  organization_id: string;
  category: Product['category'];
  name: string;
  public_price_minor: number;
  currency: Product['currency'];
  renewal_date: string;
  created_at: Date;
}

const listKey = (key: PartnershipListKey) => `${key.organizationId}|${key.statuses ? [...key.statuses].sort().join(',') : '*'}`;

/**
 * Partnerships of each organization asked about, on one side (`client_organization_id` or
 * `partner_organization_id`), newest first, at most PARTNERSHIP_LIST_LIMIT each: one statement
 * per distinct status filter.
 */
function partnershipList(dataSource: DataSource, column: 'client_organization_id' | 'partner_organization_id') {
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
        const rows = await dataSource.manager
          .createQueryBuilder(Partnership, 'ps')
          .where(
            `ps.id IN (SELECT id FROM (
               SELECT id, row_number() OVER (PARTITION BY ${column} ORDER BY created_at DESC, id DESC) AS n
               FROM partnership
               WHERE ${column} = ANY(:ids::uuid[]) AND (:all::boolean OR status = ANY(:statuses::text[]))
             ) ranked WHERE n <= :limit)`,
            { ids: organizationIds, all: statuses === null, statuses: statuses ?? [], limit: PARTNERSHIP_LIST_LIMIT },
          )
          .orderBy('ps.created_at', 'DESC')
          .addOrderBy('ps.id', 'DESC')
          .getMany();
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
  return {
    partnershipById: new DataLoader<string, Partnership | null>(async (ids) => {
      const wellFormed = ids.filter((id) => UUID.test(id));
      const rows = wellFormed.length ? await dataSource.manager.find(Partnership, { where: { id: In(wellFormed) } }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    partnershipsByClient: partnershipList(dataSource, 'client_organization_id'),
    partnershipsByPartner: partnershipList(dataSource, 'partner_organization_id'),

    /** Names of the organizations on either side of a partnership (and a partner's public name). */
    partyName: new DataLoader<string, PartyName | null>(async (ids) => {
      const rows: { id: string; name: string; public_name: string | null }[] = await dataSource.query(
        `SELECT o.id, o.name, pp.public_name FROM organization o LEFT JOIN partner_profile pp ON pp.organization_id = o.id
         WHERE o.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, { name: row.name, publicName: row.public_name }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    partnerProfile: new DataLoader<string, PartnerProfileRow | null>(async (ids) => {
      const rows: PartnerProfileRow[] = await dataSource.query(
        `SELECT organization_id, public_name, contact_email, country, description, listed, reseller_discount_bp, commission_bp
         FROM partner_profile WHERE organization_id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.organization_id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /**
     * The products in each LIMITED partnership's scope that the actor may read (the policy's
     * product rule applies again), by name regardless of case.
     */
    scopeProducts: new DataLoader<string, Product[]>(async (partnershipIds) => {
      if (!actor) return partnershipIds.map(() => []);
      const rows: ProductRow[] = await dataSource.query(
        `SELECT pp.partnership_id, p.id, p.organization_id, p.category, p.name, p.public_price_minor, p.currency,
                p.renewal_date, p.created_at
         FROM partnership_product pp
         JOIN partnership ps ON ps.id = pp.partnership_id
         JOIN product p ON p.id = pp.product_id AND p.organization_id = ps.client_organization_id
         WHERE pp.partnership_id = ANY($1::uuid[]) AND ${visibleProductsCondition('p', '$2')}
         ORDER BY lower(p.name), p.id`,
        [partnershipIds, policySubject(actor)],
      );
      return partnershipIds.map((id) =>
        rows
          .filter((row) => row.partnership_id === id)
          .map((row) =>
            Object.assign(new Product(), {
              id: row.id,
              organizationId: row.organization_id,
              category: row.category,
              name: row.name,
              publicPriceMinor: row.public_price_minor,
              currency: row.currency,
              renewalDate: row.renewal_date,
              createdAt: row.created_at,
            }),
          ),
      );
    }),

    /**
     * How many products each partnership covers: all of the client's for COMPLETE, the scope for
     * LIMITED. One statement for a whole page of managed clients.
     */
    productsInScope: new DataLoader<string, number>(async (partnershipIds) => {
      const rows: { id: string; count: number }[] = await dataSource.query(
        `SELECT ps.id,
                CASE WHEN ps.access = 'COMPLETE'
                  THEN (SELECT count(*) FROM product p WHERE p.organization_id = ps.client_organization_id)
                  ELSE (SELECT count(*) FROM partnership_product pp JOIN product p ON p.id = pp.product_id
                        WHERE pp.partnership_id = ps.id AND p.organization_id = ps.client_organization_id)
                END::int AS count
         FROM partnership ps WHERE ps.id = ANY($1::uuid[])`,
        [partnershipIds],
      );
      const byId = new Map(rows.map((row) => [row.id, row.count]));
      return partnershipIds.map((id) => byId.get(id) ?? 0);
    }),
  };
}
export type PartnershipReadLoaders = ReturnType<typeof createPartnershipReadLoaders>;

export function partnershipReadLoaders(ctx: RequestContext): PartnershipReadLoaders {
  return ctx.loaders.partners;
}

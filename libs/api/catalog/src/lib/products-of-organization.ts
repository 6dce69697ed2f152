import type { EntityManager } from 'typeorm';
import { sqlRead } from '@manager/api-core';
import type { ProductsOfOrganization } from '@manager/api-organizations';

/**
 * Catalog's answer to organizations' question (see `ProductsOfOrganization`): which of these ids
 * are products of the organization. `FOR KEY SHARE` holds the rows against deletion until the
 * caller's transaction ends, exactly what the grants' foreign key would take when they are written.
 */
export const productsOfOrganization: ProductsOfOrganization = (tx: EntityManager, organizationId, productIds) =>
  sqlRead(
    tx,
    {
      name: 'catalog.products-of-organization',
      text: `SELECT id FROM product WHERE organization_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE`,
      values: [organizationId, productIds],
    },
    (row: { id: string }) => row.id,
  );

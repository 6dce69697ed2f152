import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { sqlRead } from '@manager/api-core';

/**
 * The products each EXTERNAL membership is granted, in the products' name order: a declared read
 * model (apps/api/src/table-ownership.ts). The grants are organizations' but the names to order
 * them by are catalog's, and catalog sits above organizations, so there is no catalog loader to
 * ask; joining `product` here keeps a members page at one grants statement whatever its length.
 */
export function createGrantedProductIdsLoader(dataSource: DataSource): DataLoader<string, string[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await sqlRead(
      dataSource,
      {
        name: 'organizations.granted-products',
        text: `SELECT g.membership_id, g.product_id FROM membership_product_grant g
               JOIN product p ON p.id = g.product_id
               WHERE g.membership_id = ANY($1::uuid[])
               ORDER BY p.name, p.id`,
        values: [ids],
      },
      (row: { membership_id: string; product_id: string }) => row,
    );
    return ids.map((id) => rows.filter((row) => row.membership_id === id).map((row) => row.product_id));
  });
}

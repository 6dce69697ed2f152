/** The columns of a partnership row that `productsInScopeSql` counts from (SQL expressions). */
export interface PartnershipColumns {
  id: string;
  access: string;
  clientOrganizationId: string;
}

/**
 * How many products a partnership covers, as one SQL expression: all of the client's products
 * for COMPLETE access, the products of its scope for LIMITED, read by the managed clients' page
 * for its rows (`ManagedClient.productsInScope`).
 */
export function productsInScopeSql(ps: PartnershipColumns): string {
  return `CASE WHEN ${ps.access} = 'COMPLETE'
            THEN (SELECT count(*) FROM product p WHERE p.organization_id = ${ps.clientOrganizationId})
            ELSE (SELECT count(*) FROM partnership_product pp JOIN product p ON p.id = pp.product_id
                  WHERE pp.partnership_id = ${ps.id} AND p.organization_id = ${ps.clientOrganizationId})
          END::int`;
}

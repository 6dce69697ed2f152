import type { EntityManager } from 'typeorm';

/**
 * The one question organizations asks about products when it grants them to EXTERNAL members:
 * which of these ids are products of this organization? Products are catalog's table, and catalog
 * sits above organizations (it imports organizations), so organizations cannot call catalog, nor
 * may it read `product` itself. It states the question here; catalog answers it with SQL written
 * in catalog and registers the answer with its context (catalog.module.ts).
 *
 * The answer runs in the caller's transaction and keeps the rows it returns from being deleted
 * until that transaction ends, so grants written next never point at a product deleted meanwhile.
 */
export type ProductsOfOrganization = (tx: EntityManager, organizationId: string, productIds: readonly string[]) => Promise<string[]>;

let answer: ProductsOfOrganization | null = null;

/** Called once, by catalog's registration. */
export function answerProductsOfOrganization(products: ProductsOfOrganization): void {
  answer = products;
}

/** Of `productIds`, those that are products of `organizationId` (each once, in no particular order). */
export function productsOfOrganization(tx: EntityManager, organizationId: string, productIds: readonly string[]): Promise<string[]> {
  // A process that grants products without the catalog context is wired wrong: fail loudly.
  if (!answer) throw new Error('No context answers productsOfOrganization: register the catalog context.');
  return answer(tx, organizationId, productIds);
}

import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { checkPageSize, type RequestContext } from '@manager/api-core';
import { ProductCategory } from '@manager/domain';
import { Organization } from '@manager/api-organizations';
import { catalogLoaders } from './catalog.loaders';
import { ProductConnection } from './product-connection';
import { ProductOrder } from './product-list.inputs';

@Resolver(() => Organization)
export class OrganizationProductsResolver {
  /**
   * Reached only through an Organization the policy already let the actor see; the loader's SQL
   * applies the product rule again (EXTERNAL members see only their granted products).
   */
  @FieldResolver(() => ProductConnection)
  async products(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('orderBy', () => ProductOrder, { defaultValue: ProductOrder.NAME, description: 'RENEWAL: the earliest renewal first.' })
    orderBy: ProductOrder,
    @Arg('category', () => ProductCategory, { nullable: true, description: 'Only the products of this category.' })
    category: ProductCategory | null,
  ): Promise<ProductConnection> {
    const kind = { order: orderBy, category: category ?? null };
    const page = await catalogLoaders(ctx).productList(kind).page.load({
      parentId: organization.id,
      first: checkPageSize(first),
      after: after ?? null,
    });
    return Object.assign(new ProductConnection(), page, { organizationId: organization.id, kind });
  }
}

@Resolver(() => ProductConnection)
export class ProductConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: ProductConnection, @Ctx() ctx: RequestContext): Promise<number> {
    const loaders = catalogLoaders(ctx);
    const count = connection.kind ? loaders.productList(connection.kind).count : loaders.productCount;
    return count.load(connection.organizationId);
  }
}

import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { checkPageSize, type RequestContext } from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { catalogLoaders } from './catalog.loaders';
import { ProductConnection } from './product-connection';

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
  ): Promise<ProductConnection> {
    const page = await catalogLoaders(ctx).productPage.load({
      parentId: organization.id,
      first: checkPageSize(first),
      after: after ?? null,
    });
    return Object.assign(new ProductConnection(), page, { organizationId: organization.id });
  }
}

@Resolver(() => ProductConnection)
export class ProductConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: ProductConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return catalogLoaders(ctx).productCount.load(connection.organizationId);
  }
}

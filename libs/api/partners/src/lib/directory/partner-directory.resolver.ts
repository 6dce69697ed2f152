import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { PartnerListingConnection } from './partner-listing.type';
import { countPartnerDirectory, searchPartnerDirectory } from './partner-directory.service';

@Resolver(() => PartnerListingConnection)
export class PartnerDirectoryResolver {
  @Authorized()
  @Query(() => PartnerListingConnection, {
    description: 'Listed partners whose public name or contact email contains the search (at least 2 characters, case-insensitive; empty: every listed partner), by name.',
  })
  partnerDirectory(
    @Arg('search', () => String) search: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerListingConnection> {
    return searchPartnerDirectory(ctx, search, first, after ?? null);
  }

  @FieldResolver(() => Int)
  totalCount(@Root() connection: PartnerListingConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return countPartnerDirectory(ctx, connection.pattern);
  }
}

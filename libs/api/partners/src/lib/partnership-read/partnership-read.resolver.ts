import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { Product } from '@manager/api-catalog';
import { AuditEventConnection } from '@manager/api-compliance';
import { Organization } from '@manager/api-organizations';
import { PartnershipStatus } from '@manager/domain';
import { Partnership } from '../partnership.entity';
import * as read from './partnership-read.service';
import { ViewerAccess } from './viewer-access.type';

@Resolver(() => Partnership)
export class PartnershipReadResolver {
  @Authorized()
  @Query(() => Partnership, { description: 'Either side (client: legal responsible, administrators; partner: its acting roles); NOT_FOUND otherwise.' })
  partnership(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Partnership> {
    return read.getPartnership(ctx, id);
  }

  @FieldResolver(() => String)
  clientName(@Root() partnership: Partnership, @Ctx() ctx: RequestContext): Promise<string> {
    return read.clientName(ctx, partnership);
  }

  @FieldResolver(() => String, { description: "The partner's public name." })
  partnerName(@Root() partnership: Partnership, @Ctx() ctx: RequestContext): Promise<string> {
    return read.partnerName(ctx, partnership.partnerOrganizationId);
  }

  @FieldResolver(() => [Product], { description: 'LIMITED scope (client side: always; partner side: while ACTIVE); [] for COMPLETE.' })
  products(@Root() partnership: Partnership, @Ctx() ctx: RequestContext): Promise<Product[]> {
    return read.scopeProducts(ctx, partnership);
  }

  @FieldResolver(() => AuditEventConnection, { description: "What the partner's people did in the client organization, newest first." })
  activity(
    @Root() partnership: Partnership,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEventConnection> {
    return read.partnershipActivity(ctx, partnership, first, after ?? null);
  }
}

@Resolver(() => Organization)
export class OrganizationPartnershipsResolver {
  @FieldResolver(() => ViewerAccess, { nullable: true, description: 'How the signed-in user reaches this organization.' })
  viewerAccess(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<ViewerAccess | null> {
    return read.viewerAccess(ctx, organization.id);
  }

  @FieldResolver(() => [Partnership], { description: 'Client side, newest first (at most 500): legal responsible and administrators; [] for others.' })
  partnerships(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('statuses', () => [PartnershipStatus], { nullable: true }) statuses: PartnershipStatus[] | null,
  ): Promise<Partnership[]> {
    return read.partnershipsAsClient(ctx, organization.id, statuses ?? null);
  }

  @FieldResolver(() => [Partnership], {
    description: 'Partner side, newest first (at most 500; page ACTIVE clients with managedClients): acting roles; [] for others.',
  })
  clientPartnerships(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('statuses', () => [PartnershipStatus], { nullable: true }) statuses: PartnershipStatus[] | null,
  ): Promise<Partnership[]> {
    return read.partnershipsAsPartner(ctx, organization.id, statuses ?? null);
  }
}

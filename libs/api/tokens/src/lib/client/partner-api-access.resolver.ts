import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { PartnerApiAccessConnection, PartnerApiAccessInput, PartnerApiAccessPayload } from '../manage/api-token.types';
import { partnerApiAccessPage, setPartnerTokenBlocked } from './partner-api-access.service';

@Resolver(() => Organization)
export class PartnerApiAccessResolver {
  @FieldResolver(() => PartnerApiAccessConnection, {
    description:
      'Client side ("API access"): every partner token that can reach this organization now (live partnership, token active, this client selected), ' +
      'blocked ones included; newest first. Legal responsible and administrators; FORBIDDEN for other members. Not readable with a token.',
  })
  async partnerApiAccess(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<PartnerApiAccessConnection> {
    return Object.assign(new PartnerApiAccessConnection(), await partnerApiAccessPage(ctx, organization.id, first, after ?? null));
  }

  @Authorized()
  @Mutation(() => PartnerApiAccessPayload, { description: "The client's legal responsible: the token no longer reaches this organization (next request)." })
  async blockPartnerApiToken(@Arg('input') input: PartnerApiAccessInput, @Ctx() ctx: RequestContext): Promise<PartnerApiAccessPayload> {
    return Object.assign(new PartnerApiAccessPayload(), { access: await setPartnerTokenBlocked(ctx, input.organizationId, input.tokenId, true) });
  }

  @Authorized()
  @Mutation(() => PartnerApiAccessPayload, { description: "The client's legal responsible: the token reaches this organization again." })
  async unblockPartnerApiToken(@Arg('input') input: PartnerApiAccessInput, @Ctx() ctx: RequestContext): Promise<PartnerApiAccessPayload> {
    return Object.assign(new PartnerApiAccessPayload(), { access: await setPartnerTokenBlocked(ctx, input.organizationId, input.tokenId, false) });
  }
}

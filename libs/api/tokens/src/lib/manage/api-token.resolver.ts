import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { ApiTokenKind } from '@manager/domain';
import { tokenLoaders } from '../tokens.loaders';
import { tokenPage, tokenView } from './api-token-read';
import { createApiToken, requireTokenLister, revokeApiToken, rotateApiToken } from './api-token.service';
import {
  ApiTokenClient,
  ApiTokenClientUse,
  ApiTokenConnection,
  ApiTokenIdInput,
  ApiTokenPayload,
  ApiTokenView,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  RotateApiTokenInput,
  RotateApiTokenPayload,
} from './api-token.types';

@Resolver(() => Organization)
export class OrganizationApiTokensResolver {
  @FieldResolver(() => ApiTokenConnection, {
    description:
      "The organization's own API tokens, newest first. ORGANIZATION: its legal responsible and administrators (FORBIDDEN for other members); " +
      'PERSONAL: the viewer’s own personal tokens here. Expired and revoked tokens stay listed for 90 days. Not readable with a token.',
  })
  async apiTokens(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ApiTokenKind) kind: ApiTokenKind,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ApiTokenConnection> {
    const ownerUserId = await requireTokenLister(ctx, organization.id, kind);
    return Object.assign(new ApiTokenConnection(), await tokenPage(ctx, { organizationId: organization.id, kind, ownerUserId }, first, after ?? null));
  }
}

@Resolver(() => ApiTokenView)
export class ApiTokenResolver {
  @FieldResolver(() => [ApiTokenClient], { description: 'Empty when clientSelection is ALL.' })
  selectedClients(@Root() token: ApiTokenView, @Ctx() ctx: RequestContext): Promise<ApiTokenClient[]> | ApiTokenClient[] {
    return token.clientSelection === 'ALL' ? [] : tokenLoaders(ctx).selectedClients.load(token.id);
  }

  @FieldResolver(() => [ApiTokenClientUse], { description: 'Last use per client organization, most recent first.' })
  clientUse(@Root() token: ApiTokenView, @Ctx() ctx: RequestContext): Promise<ApiTokenClientUse[]> {
    return tokenLoaders(ctx).clientUse.load(token.id);
  }

  @Query(() => ApiTokenView, { nullable: true, description: 'The token this request is made with (scripts: where am I, what may I do); null with a session cookie.' })
  async currentApiToken(@Ctx() ctx: RequestContext): Promise<ApiTokenView | null> {
    const token = ctx.actor?.token;
    return token ? tokenView(ctx.dataSource, token.id) : null;
  }

  @Authorized()
  @Mutation(() => CreateApiTokenPayload, { description: 'Password-confirmed; the secret is returned once; the owner’s admins are emailed. Not with a token.' })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: RequestContext): Promise<CreateApiTokenPayload> {
    return Object.assign(new CreateApiTokenPayload(), await createApiToken(ctx, input));
  }

  @Authorized()
  @Mutation(() => RotateApiTokenPayload, {
    description:
      'Password-confirmed; keeps id, name, scopes and selection; the old secret works for the grace period. Revives a DISABLED or SUSPENDED token. ' +
      'CONFLICT when rotated less than a minute ago (concurrent rotations: exactly one wins). Not with a token.',
  })
  async rotateApiToken(@Arg('input') input: RotateApiTokenInput, @Ctx() ctx: RequestContext): Promise<RotateApiTokenPayload> {
    return Object.assign(new RotateApiTokenPayload(), await rotateApiToken(ctx, input));
  }

  @Authorized()
  @Mutation(() => ApiTokenPayload, { description: 'At once, every secret of it. Organization tokens: legal responsible/administrators; personal: the owner.' })
  async revokeApiToken(@Arg('input') input: ApiTokenIdInput, @Ctx() ctx: RequestContext): Promise<ApiTokenPayload> {
    return Object.assign(new ApiTokenPayload(), { token: await revokeApiToken(ctx, input.tokenId) });
  }
}

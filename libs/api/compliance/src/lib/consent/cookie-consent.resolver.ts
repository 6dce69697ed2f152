import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, type RequestContext } from '@manager/api-core';
import { CookieConsent } from './cookie-consent.entity';
import { RecordCookieConsentInput, RecordCookieConsentPayload } from './cookie-consent.inputs';
import { myCookieConsentPage, recordCookieConsent } from './cookie-consent.service';

@ObjectType()
export class CookieConsentConnection extends ConnectionType(CookieConsent, 'CookieConsent') {}

@ObjectType({ description: 'One category and whether it was granted.' })
export class CookieChoice {
  @Field()
  category!: string;

  @Field()
  granted!: boolean;
}

@Resolver(() => CookieConsent)
export class CookieConsentResolver {
  @Authorized()
  @Mutation(() => RecordCookieConsentPayload, { description: "Records the signed-in person's cookie preferences decision (time, version, choices; no IP address)." })
  async recordCookieConsent(@Arg('input', () => RecordCookieConsentInput) input: RecordCookieConsentInput, @Ctx() ctx: RequestContext): Promise<RecordCookieConsentPayload> {
    return { consent: await recordCookieConsent(ctx, input) };
  }

  @Authorized()
  @Query(() => CookieConsentConnection, { description: "The signed-in person's cookie decisions, newest first." })
  async myCookieConsents(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<CookieConsentConnection> {
    return Object.assign(new CookieConsentConnection(), await myCookieConsentPage(ctx, first, after ?? null));
  }

  /** By category id (jsonb keeps no order). */
  @FieldResolver(() => [CookieChoice])
  choices(@Root() consent: CookieConsent): CookieChoice[] {
    return Object.entries(consent.choices)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, granted]) => ({ category, granted }));
  }
}

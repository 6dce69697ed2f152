import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { User } from '../user.entity';
import { accountSecurity, endOtherSessions, endSession } from './sessions.service';
import { AccountSecurity, EndSessionInput, EndSessionsPayload } from './sessions.types';

@Resolver()
export class SessionsResolver {
  @Authorized()
  @Query(() => AccountSecurity, { description: 'The signed-in person’s second factors, sessions and security activity.' })
  accountSecurity(@Ctx() ctx: RequestContext): Promise<AccountSecurity> {
    return accountSecurity(ctx);
  }

  @Authorized()
  @Mutation(() => EndSessionsPayload, { description: 'Logs one of the person’s sessions out (from its next request on).' })
  async endSession(@Arg('input', () => EndSessionInput) input: EndSessionInput, @Ctx() ctx: RequestContext): Promise<EndSessionsPayload> {
    return { ended: await endSession(ctx, input.sessionId) };
  }

  @Authorized()
  @Mutation(() => EndSessionsPayload, { description: 'Logs out every other session of the person.' })
  async endOtherSessions(@Ctx() ctx: RequestContext): Promise<EndSessionsPayload> {
    return { ended: await endOtherSessions(ctx) };
  }
}

@Resolver(() => User)
export class UserSecondFactorResolver {
  @FieldResolver(() => Boolean, {
    description: 'True when an organization of the person requires two-step verification and this session has none: only enrolment is open.',
  })
  secondFactorRequired(@Ctx() ctx: RequestContext): boolean {
    return !!ctx.actor && !ctx.actor.token && !!ctx.actor.secondFactorRequired;
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { renderAuditEvent } from '@manager/domain';
import { AuditEvent } from './audit-event.entity';

/**
 * Words an audit event when it is read: the trail stores data (`action` + `data`), people read a
 * sentence, in their own language (`ctx.language`: the saved preference, else Accept-Language).
 * Every list of events (the organization's trail, a partnership's activity) returns
 * `AuditEvent`s, so they all get it here.
 */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => String)
  summary(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): string {
    return renderAuditEvent(event, ctx.language);
  }
}

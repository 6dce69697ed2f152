import { FieldResolver, Resolver, Root } from 'type-graphql';
import { DEFAULT_AUDIT_LOCALE, renderAuditEvent } from '@manager/domain';
import { AuditEvent } from './audit-event.entity';

/**
 * Words an audit event when it is read: the trail stores data (`action` + `data`), people read a
 * sentence. Every list of events (the organization's trail, a partnership's activity) returns
 * `AuditEvent`s, so they all get it here.
 */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  /** English until requests carry the reader's language (the languages issue passes it here). */
  @FieldResolver(() => String)
  summary(@Root() event: AuditEvent): string {
    return renderAuditEvent(event, DEFAULT_AUDIT_LOCALE);
  }
}

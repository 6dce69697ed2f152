import { Arg, Ctx, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { ConnectionType, requirePermission, type RequestContext } from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { AuditEvent } from './audit-event.entity';
import { auditEventPage } from './audit-event-page';

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

@Resolver(() => Organization)
export class AuditTrailResolver {
  /** Newest first. Legal responsible and administrators only. */
  @FieldResolver(() => AuditEventConnection)
  async auditTrail(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEventConnection> {
    await requirePermission(ctx, organization.id, 'AUDIT_READ', 'Only the legal responsible and administrators read the audit trail.');
    return Object.assign(new AuditEventConnection(), await auditEventPage(ctx, { organizationId: organization.id }, first, after ?? null));
  }
}

import { Arg, Ctx, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import {
  checkPageSize,
  ConnectionType,
  cursorPart,
  decodeCursor,
  encodeCursor,
  requirePermission,
  toConnection,
  type RequestContext,
} from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { AuditEvent } from './audit-event.entity';

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

const cursorOf = (event: AuditEvent) => encodeCursor([event.createdAt.toISOString(), event.id]);

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
    const size = checkPageSize(first);
    const [afterAt, afterId] = after ? decodeCursor(after, [cursorPart.timestamp, cursorPart.uuid]) : [null, null];
    const query = ctx.dataSource.manager
      .createQueryBuilder(AuditEvent, 'e')
      .where('e.organization_id = :id', { id: organization.id })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(size + 1);
    if (afterAt) query.andWhere('(e.created_at, e.id) < (:afterAt::timestamptz, :afterId::uuid)', { afterAt, afterId });
    const [rows, total] = await Promise.all([
      query.getMany(),
      ctx.dataSource.manager.count(AuditEvent, { where: { organizationId: organization.id } }),
    ]);
    return Object.assign(new AuditEventConnection(), toConnection(rows, size, cursorOf), { totalCount: total });
  }
}

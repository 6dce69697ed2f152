import { defineContext } from '@manager/api-core';
import { AuditEvent } from './audit-event.entity';
import { AuditEventResolver } from './audit-event.resolver';
import { AuditTrailResolver } from './audit-trail.resolver';
import { CreateAuditTrail1764170004000 } from './migrations/1764170004000-CreateAuditTrail';
import { StructureAuditEvents1764170020000 } from './migrations/1764170020000-StructureAuditEvents';

/** The audit trail (read here; written by every context through core's `recordAuditEvent`). */
export const complianceModule = defineContext({
  name: 'compliance',
  resolvers: [AuditTrailResolver, AuditEventResolver],
  entities: [AuditEvent],
  migrations: [CreateAuditTrail1764170004000, StructureAuditEvents1764170020000],
});

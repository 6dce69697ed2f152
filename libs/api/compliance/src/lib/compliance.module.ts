import { defineContext } from '@manager/api-core';
import { AuditEvent } from './audit-event.entity';
import { AuditTrailResolver } from './audit-trail.resolver';
import { CreateAuditTrail1764170004000 } from './migrations/1764170004000-CreateAuditTrail';

/** The audit trail (read here; written by every context through core's `recordAuditEvent`). */
export const complianceModule = defineContext({
  name: 'compliance',
  resolvers: [AuditTrailResolver],
  entities: [AuditEvent],
  migrations: [CreateAuditTrail1764170004000],
});

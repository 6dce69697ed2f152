import { AuditEvent } from './lib/audit-event.entity';
import { AuditTrailResolver } from './lib/audit-trail.resolver';
import { CreateAuditTrail1764170004000 } from './lib/migrations/1764170004000-CreateAuditTrail';

export { AuditEvent } from './lib/audit-event.entity';
export { recordAuditEvent, type AuditEntry } from './lib/record-audit-event';

export const complianceEntities = [AuditEvent];
export const complianceMigrations = [CreateAuditTrail1764170004000];
export const complianceResolvers = [AuditTrailResolver] as const;

import { AuditEvent } from './lib/audit-event.entity';
import { AuditEventResolver } from './lib/audit-event.resolver';
import { AuditTrailResolver } from './lib/audit-trail.resolver';
import { CreateAuditTrail1764170004000 } from './lib/migrations/1764170004000-CreateAuditTrail';
import { StructureAuditEvents1764170020000 } from './lib/migrations/1764170020000-StructureAuditEvents';

export { AuditEvent } from './lib/audit-event.entity';
export { AuditEventConnection } from './lib/audit-trail.resolver';
export { auditEventPage, type AuditEventFilter } from './lib/audit-event-page';
// Written by every context, so the writer lives in core (see its comment); re-exported here.
export { recordAuditEvent, type AuditEntry } from '@manager/api-core';

export const complianceEntities = [AuditEvent];
export const complianceMigrations = [CreateAuditTrail1764170004000, StructureAuditEvents1764170020000];
export const complianceResolvers = [AuditTrailResolver, AuditEventResolver] as const;

export { AuditEvent } from './lib/audit-event.entity';
export { AuditEventConnection } from './lib/audit-trail.resolver';
export { auditEventPage, type AuditEventFilter } from './lib/audit-event-page';
// Written by every context, so the writer lives in core (see its comment); re-exported here.
export { recordAuditEvent, type AuditEntry } from '@manager/api-core';

export { complianceModule } from './lib/compliance.module';

export { AuditEvent } from './lib/audit-event.entity';
export { AuditEventConnection } from './lib/audit-trail.resolver';
export { auditEventPage, type AuditEventFilter } from './lib/audit-event-page';
// Written by every context, so the writer lives in core (see its comment); re-exported here.
export { recordAuditEvent, type AuditEntry } from '@manager/api-core';

export { complianceModule } from './lib/compliance.module';

/** The operator's identity, sub-processors and cookie categories: one file, loaded at start. */
export { loadOperatorConfig, parseOperatorConfig, setOperatorConfig, operatorConfig, OperatorConfigError, cookiePolicyVersion, operatorView, localizedText, type OperatorConfig, type OperatorView, type LocalizedText } from './lib/operator/operator-config';
export { operatorRouter } from './lib/operator/operator.router';
/** The data processing agreement (GDPR certificate): the download and the public verification. */
export { dpaDownloadRouter, dpaVerificationRouter } from './lib/certificate/dpa-certificate.router';
export { DpaCertificate } from './lib/certificate/dpa-certificate.entity';
export { CookieConsent } from './lib/consent/cookie-consent.entity';
/** The compliance context's error messages in every language (registered for the answer's translation and the catalog test). */
export { COMPLIANCE_ERRORS } from './lib/i18n/compliance-errors.catalog';

import { defineContext } from '@manager/api-core';
import { AuditEvent } from './audit-event.entity';
import { AuditEventResolver } from './audit-event.resolver';
import { AuditTrailResolver } from './audit-trail.resolver';
import { DpaCertificate } from './certificate/dpa-certificate.entity';
import { DpaCertificateResolver } from './certificate/dpa-certificate.resolver';
import { CookieConsent } from './consent/cookie-consent.entity';
import { CookieConsentResolver } from './consent/cookie-consent.resolver';
import { CreateAuditTrail1764170004000 } from './migrations/1764170004000-CreateAuditTrail';
import { StructureAuditEvents1764170020000 } from './migrations/1764170020000-StructureAuditEvents';
import { CreateDpaCertificatesAndCookieConsents1764170060000 } from './migrations/1764170060000-CreateDpaCertificatesAndCookieConsents';

/**
 * The audit trail (read here; written by every context through core's `recordAuditEvent`), the
 * data processing agreement (GDPR certificate) and the cookie decisions of signed-in people.
 */
export const complianceModule = defineContext({
  name: 'compliance',
  resolvers: [AuditTrailResolver, AuditEventResolver, DpaCertificateResolver, CookieConsentResolver],
  entities: [AuditEvent, DpaCertificate, CookieConsent],
  migrations: [CreateAuditTrail1764170004000, StructureAuditEvents1764170020000, CreateDpaCertificatesAndCookieConsents1764170060000],
});

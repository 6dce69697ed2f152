import type { Language } from '../i18n/languages';
import type { AuditCatalog } from './audit-catalog';
import { AUDIT_CATALOG_DE } from './audit-catalog-de';
import { AUDIT_CATALOG_EN } from './audit-catalog-en';
import { AUDIT_CATALOG_FR } from './audit-catalog-fr';
import { AUDIT_CATALOG_IT } from './audit-catalog-it';
import { type AuditAction, type AuditData, isAuditAction, isLegacyAuditData } from './audit-vocabulary';

/**
 * The languages the trail is worded in. A language is added by writing its catalog (a file like
 * `audit-catalog-en.ts`) and listing it here; the spec then requires every action of it.
 */
export const AUDIT_CATALOGS = { en: AUDIT_CATALOG_EN, fr: AUDIT_CATALOG_FR, de: AUDIT_CATALOG_DE, it: AUDIT_CATALOG_IT } as const satisfies Record<Language, AuditCatalog>;
export type AuditLocale = keyof typeof AUDIT_CATALOGS;
export const DEFAULT_AUDIT_LOCALE: AuditLocale = 'en';

/** An event as stored: its action and its data (`audit_event.action`, `audit_event.data`). */
export interface RenderableAuditEvent {
  action: string;
  data: unknown;
}

/**
 * The sentence a person reads in the trail, in `locale`. Rows written before the vocabulary whose
 * words could not be read back keep their sentence (`legacySummary`), shown as it was, in English.
 * An action the vocabulary does not know (a row from newer code read by an older process) shows
 * its name rather than failing the whole trail.
 *
 * @example
 * renderAuditEvent({ action: 'terms.accepted', data: { version: '2026-01' } }, 'en');
 * // 'Accepted the general terms of use, version 2026-01'
 */
export function renderAuditEvent(event: RenderableAuditEvent, locale: AuditLocale = DEFAULT_AUDIT_LOCALE): string {
  if (isLegacyAuditData(event.data)) return event.data.legacySummary;
  if (!isAuditAction(event.action)) return event.action;
  return renderTyped(AUDIT_CATALOGS[locale], event.action, event.data as AuditData<AuditAction>);
}

function renderTyped<A extends AuditAction>(catalog: AuditCatalog, action: A, data: AuditData<A>): string {
  return (catalog[action] as (data: AuditData<A>) => string)(data);
}

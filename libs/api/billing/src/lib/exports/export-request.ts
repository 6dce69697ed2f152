import {
  decimalSeparatorOf,
  EXPORT_FORMATS,
  EXPORT_RULES,
  EXPORT_TYPES,
  type ExportFormat,
  exportPeriodProblem,
  type ExportType,
  type Language,
  parseExportDay,
} from '@manager/domain';
import { languageOfLocale } from './export-headers.catalog';

/** A checked `POST /exports` body. */
export interface ExportRequest {
  organizationId: string;
  type: ExportType;
  format: ExportFormat;
  /** YYYY-MM-DD as sent, for the file name; `fromDate`/`toDate` are their UTC midnights. */
  from: string;
  to: string;
  fromDate: Date;
  toDate: Date;
  clientIds: string[] | null;
  /** The CSV_EXCEL decimal separator (the body's `locale`, else Accept-Language, else en). */
  decimalSeparator: string;
  /** The language of the body's `locale` (fr-CH → fr) when the Manager speaks it: the header row's; else the caller's. */
  headerLanguage: Language | null;
}

export interface ExportInputProblem {
  field: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = new Set(['organizationId', 'type', 'format', 'from', 'to', 'clientIds', 'locale']);

/** The first supported locale of an Accept-Language header (`fr-CH,fr;q=0.9` → `fr-CH`), or null. */
function acceptedLocale(header: string | undefined): string | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    try {
      const [locale] = Intl.getCanonicalLocales(tag);
      if (locale && Intl.NumberFormat.supportedLocalesOf([locale]).length) return locale;
    } catch {
      // not a language tag: try the next one
    }
  }
  return null;
}

/**
 * Checks a `POST /exports` body, field by field, before anything is read: the first problem found
 * names its field (`clientIds.2` for an item) and says what to send instead.
 */
export function parseExportRequest(body: unknown, acceptLanguage: string | undefined): ExportRequest | ExportInputProblem {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { field: 'body', message: 'Send a JSON object: {"organizationId", "type", "format", "from", "to"}.' };
  }
  const input = body as Record<string, unknown>;
  const unknown = Object.keys(input).find((key) => !FIELDS.has(key));
  if (unknown) return { field: unknown, message: `Unknown field "${unknown.slice(0, 50)}": send only ${[...FIELDS].join(', ')}.` };

  const { organizationId, type, format, from, to, clientIds, locale } = input;
  if (typeof organizationId !== 'string' || !UUID.test(organizationId)) return { field: 'organizationId', message: 'Give the id of the organization that exports.' };
  if (typeof type !== 'string' || !EXPORT_TYPES.includes(type as ExportType)) return { field: 'type', message: `Choose a type of history: ${EXPORT_TYPES.join(', ')}.` };
  if (typeof format !== 'string' || !EXPORT_FORMATS.includes(format as ExportFormat)) return { field: 'format', message: `Choose a format: ${EXPORT_FORMATS.join(', ')}.` };
  if (typeof from !== 'string') return { field: 'from', message: 'Give the start of the period as a date (YYYY-MM-DD).' };
  if (typeof to !== 'string') return { field: 'to', message: 'Give the end of the period as a date (YYYY-MM-DD).' };
  const period = exportPeriodProblem(from, to);
  if (period) return period;

  let clients: string[] | null = null;
  if (clientIds !== undefined && clientIds !== null) {
    if (!Array.isArray(clientIds) || clientIds.length === 0) return { field: 'clientIds', message: 'Give the ids of the clients to export, or leave the field out for all of them.' };
    if (clientIds.length > EXPORT_RULES.maxClientIds) return { field: 'clientIds', message: `Choose at most ${EXPORT_RULES.maxClientIds} clients, or export all of them.` };
    const bad = clientIds.findIndex((id) => typeof id !== 'string' || !UUID.test(id));
    if (bad >= 0) return { field: `clientIds.${bad}`, message: 'Give the id of a client organization.' };
    clients = [...new Set((clientIds as string[]).map((id) => id.toLowerCase()))];
  }

  let numberLocale = acceptedLocale(acceptLanguage) ?? 'en';
  if (locale !== undefined) {
    let canonical: string | undefined;
    try {
      canonical = typeof locale === 'string' && locale.length <= 35 ? Intl.getCanonicalLocales(locale)[0] : undefined;
    } catch {
      canonical = undefined;
    }
    if (!canonical) return { field: 'locale', message: 'Give a language tag such as de-CH or fr-FR.' };
    numberLocale = canonical;
  }
  const headerLanguage = typeof locale === 'string' ? languageOfLocale(numberLocale) : null;

  return {
    organizationId: organizationId.toLowerCase(),
    type: type as ExportType,
    format: format as ExportFormat,
    from,
    to,
    fromDate: parseExportDay(from) as Date,
    toDate: parseExportDay(to) as Date,
    clientIds: clients,
    decimalSeparator: decimalSeparatorOf(numberLocale),
    headerLanguage,
  };
}

export function isInputProblem(parsed: ExportRequest | ExportInputProblem): parsed is ExportInputProblem {
  return 'field' in parsed;
}

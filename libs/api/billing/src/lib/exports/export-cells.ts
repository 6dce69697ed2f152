import type { ExportFormat } from '@manager/domain';

/**
 * SQL expressions that write export cells, so that PostgreSQL's COPY produces the file and no
 * row passes through JavaScript. COPY takes no bind parameters: the request's values are set
 * with `set_config` in the export's transaction (bound there, never spliced into SQL text) and
 * read here through uncorrelated sub-selects, which PostgreSQL evaluates once per statement
 * (InitPlans), not once per row.
 */
export const EXPORT_SETTINGS = {
  subject: 'manager_export.subject',
  organization: 'manager_export.organization',
  from: 'manager_export.from',
  to: 'manager_export.to',
  clients: 'manager_export.clients',
  decimal: 'manager_export.decimal',
} as const;

/** Session settings of the export's transaction that the cell writers rely on. */
export const EXPORT_SESSION = { TimeZone: 'UTC', DateStyle: 'ISO, YMD' } as const;

const setting = (name: string, cast: string) => `(SELECT current_setting('${name}')::${cast})`;

/** The request's values as SQL, each evaluated once. */
export const exportParam = {
  /** The actor as the policy's conditions read it (`policySubject`), jsonb. */
  subject: setting(EXPORT_SETTINGS.subject, 'jsonb'),
  organization: setting(EXPORT_SETTINGS.organization, 'uuid'),
  from: setting(EXPORT_SETTINGS.from, 'timestamptz'),
  to: setting(EXPORT_SETTINGS.to, 'timestamptz'),
  /** The selected clients, or NULL for all. */
  clients: `(SELECT nullif(current_setting('${EXPORT_SETTINGS.clients}'), ''))::uuid[]`,
};

/** `column IS one of the selected clients`, or true when none were selected. */
export function selectedClient(column: string): string {
  return `(${exportParam.clients} IS NULL OR ${column} = ANY(${exportParam.clients}))`;
}

/** `[from, to)` on an instant column. */
export function inPeriod(column: string): string {
  return `${column} >= ${exportParam.from} AND ${column} < ${exportParam.to}`;
}

/**
 * How each kind of cell is written for one format. Text: OWASP CSV injection, a cell starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (quoting itself is
 * COPY's). Amounts (integer minor units, every currency here has 2 decimals) become decimals in
 * major units, the decimal separator being the locale's for CSV_EXCEL; they are never escaped,
 * so that a negative amount stays a number.
 */
export function exportCells(format: ExportFormat) {
  const decimal = (text: string) => (format === 'CSV' ? text : `replace(${text}, '.', (SELECT current_setting('${EXPORT_SETTINGS.decimal}')))`);
  return {
    // ascii(): the first character's code, without building a substring per cell.
    text: (expr: string) => `CASE WHEN ascii(${expr}) IN (61, 43, 45, 64, 9, 13) THEN '''' || ${expr} ELSE ${expr} END`,
    /** Enum codes and ISO country codes: a closed vocabulary, nothing to escape. */
    code: (expr: string) => expr,
    id: (expr: string) => `${expr}::text`,
    integer: (expr: string) => `${expr}::text`,
    amount: (minor: string) => decimal(`((${minor})::numeric / 100)::numeric(18, 2)::text`),
    /** Basis points as a percentage: 810 → 8.10. */
    rate: (bp: string) => decimal(`((${bp})::numeric / 100)::numeric(7, 2)::text`),
    /** The export's transaction runs with TimeZone UTC (see `EXPORT_SESSION`), so no conversion per row. */
    instant: (expr: string) => `to_char(${expr}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    /** DateStyle ISO (see `EXPORT_SESSION`): a date's own text is YYYY-MM-DD, cheaper than to_char. */
    day: (expr: string) => `${expr}::text`,
  };
}

export type ExportCells = ReturnType<typeof exportCells>;

/** A header as a quoted SQL identifier: COPY … HEADER writes the column aliases. */
export function headerAlias(header: string): string {
  return `"${header.replace(/"/g, '""')}"`;
}

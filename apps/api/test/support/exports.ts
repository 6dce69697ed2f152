import { parse } from 'csv-parse/sync';
import type { GraphQLTestClient } from './graphql-client';
import { recordSecret } from './log-leaks';

/** The answer of one `POST /exports`, read whole. */
export interface ExportAnswer {
  status: number;
  headers: Headers;
  /** The body as sent, BOM included. */
  bytes: Buffer;
  /** The body decoded as UTF-8, BOM kept (U+FEFF first) so that tests see it. */
  text: string;
  /** The JSON refusal, when it is one. */
  json: { code?: string; message?: string; field?: string } | null;
}

/** Who sends the export: a signed-in client (its cookie jar), a token, or nobody. */
export type ExportCaller = GraphQLTestClient | { token: string } | null;

function callerHeaders(caller: ExportCaller): Record<string, string> {
  if (!caller) return {};
  if ('token' in caller) {
    recordSecret(caller.token);
    return { authorization: `Bearer ${caller.token}` };
  }
  return caller.cookies.size ? { cookie: [...caller.cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {};
}

/** POST /exports as `caller` with a JSON body (or raw text with `contentType`). */
export async function postExport(
  baseUrl: string,
  caller: ExportCaller,
  body: unknown,
  options: { headers?: Record<string, string>; raw?: string } = {},
): Promise<ExportAnswer> {
  const response = await fetch(`${baseUrl}/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...callerHeaders(caller), ...options.headers },
    body: options.raw ?? JSON.stringify(body),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const json = response.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : null;
  return { status: response.status, headers: response.headers, bytes, text, json };
}

/** A CSV file as records keyed by header (BOM and delimiter as the format writes them). */
export function parseCsv(text: string, delimiter: ',' | ';' = ','): { headers: string[]; rows: Record<string, string>[] } {
  const records: string[][] = parse(text, { delimiter, bom: true, relax_column_count: false });
  const [headers, ...lines] = records;
  return { headers, rows: lines.map((line) => Object.fromEntries(headers.map((header, i) => [header, line[i]]))) };
}

/** Major-unit decimal text → minor units, exactly (`-12.30` → -1230); `decimal` is the file's separator. */
export function minor(cell: string, decimal = '.'): number {
  const normalized = cell.replace(decimal, '.');
  if (!/^-?\d+\.\d{2}$/.test(normalized)) throw new Error(`not an amount: ${JSON.stringify(cell)}`);
  const negative = normalized.startsWith('-');
  const [units, cents] = normalized.replace('-', '').split('.');
  const value = Number(units) * 100 + Number(cents);
  return negative ? -value : value;
}

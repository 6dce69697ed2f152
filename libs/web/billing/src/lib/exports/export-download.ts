import type { ExportFormat, ExportType } from '@manager/domain/billing';
import type { ExportPeriod } from './export-period';
import { unreachable } from '../shared/unreachable';

export type { ExportFormat, ExportType };

/** The body of `POST /exports` (the API's contract). */
export interface ExportRequest extends ExportPeriod {
  organizationId: string;
  type: ExportType;
  format: ExportFormat;
  /** Only these managed clients (a partner's selection); absent: all of them. */
  clientIds?: string[];
  /** The person's locale (their language, in their region), for the decimal separator of "CSV for Excel". */
  locale?: string;
}

export interface ExportProgress {
  bytes: number;
  /** Records received so far, the header not counted. */
  rows: number;
  /** From Content-Length when the server sends one (it streams, so usually not). */
  totalBytes: number | null;
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
  rows: number;
}

/** A refusal of the export route (`{code, message, field?}`), or a failure to reach it. */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}


/**
 * Asks the API for an export file and reads it as it streams, reporting bytes and rows on the
 * way; resolves to the whole file once the last byte is in. Same-origin JSON with the session
 * cookie, as `postGraphql` speaks to the API (a JSON body is no "simple" request, so the CSRF
 * prevention accepts it). Rejects with an `ExportError` for a refusal, an `AbortError` when
 * `signal` aborts (the server then stops the query).
 *
 * @example
 * const file = await fetchExport(request, { signal: controller.signal, onProgress: (p) => progress.set(p) });
 * saveFile(file, document);
 */
export async function fetchExport(
  request: ExportRequest,
  { signal, onProgress, fetchFn = fetch }: { signal?: AbortSignal; onProgress?: (progress: ExportProgress) => void; fetchFn?: typeof fetch } = {},
): Promise<ExportFile> {
  let response: Response;
  try {
    response = await fetchFn('/exports', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'text/csv, application/json;q=0.9' },
      body: JSON.stringify(request),
      signal,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ExportError(unreachable(), 'NETWORK');
  }
  if (!response.ok || !response.body) throw await refusal(response);

  const totalBytes = Number(response.headers.get('content-length')) || null;
  const counter = new CsvRecordCounter();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      counter.add(value);
      onProgress?.({ bytes, rows: counter.records(), totalBytes });
    }
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ExportError($localize`:@@billing.export.interrupted:The download was interrupted. Try again.`, 'NETWORK');
  }
  const type = response.headers.get('content-type') ?? 'text/csv';
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName: fileNameOf(response.headers.get('content-disposition')), rows: counter.records() };
}

/** The refusal's JSON `{code, message, field?}`, or a plain message when the body is something else. */
async function refusal(response: Response): Promise<ExportError> {
  try {
    const body = (await response.json()) as { code?: unknown; message?: unknown; field?: unknown };
    if (typeof body?.message === 'string' && typeof body.code === 'string') {
      return new ExportError(body.message, body.code, typeof body.field === 'string' ? body.field : undefined);
    }
  } catch {
    // Not JSON: a proxy's page; the status says enough.
  }
  const message = response.status >= 500 ? $localize`:@@billing.export.serverFailed:The export failed on our side. Try again in a moment.` : unreachable();
  return new ExportError(message, `HTTP_${response.status}`);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : (error as { name?: string } | null)?.name === 'AbortError';
}

const FALLBACK_NAME = 'export.csv';

/**
 * The file name a `Content-Disposition` header gives: RFC 6266's `filename*=UTF-8''…` first, then
 * `filename="…"`; anything that could leave the downloads folder is cut to its last segment.
 */
export function fileNameOf(header: string | null): string {
  if (!header) return FALLBACK_NAME;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1]?.replace(/\\(.)/g, '$1') ?? /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  const safe = name?.split(/[\\/]/).pop()?.trim();
  return safe || FALLBACK_NAME;
}

/**
 * Counts the records of an RFC 4180 CSV as its bytes arrive: line feeds outside quoted fields
 * (a quoted address may hold line breaks; `""` toggles twice and changes nothing). Bytes, not
 * text: the quote and the line feed are single bytes in UTF-8 and never part of another character.
 */
export class CsvRecordCounter {
  private lines = 0;
  private quoted = false;
  private pending = false;

  add(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === 0x22) this.quoted = !this.quoted;
      else if (byte === 0x0a && !this.quoted) {
        this.lines++;
        this.pending = false;
        continue;
      }
      this.pending = true;
    }
  }

  /** Records after the header line; a last line without its line feed counts too. */
  records(): number {
    return Math.max(0, this.lines + (this.pending ? 1 : 0) - 1);
  }
}

/** Hands the file to the browser as a download with the server's name (an object URL on a `<a download>`). */
export function saveFile(file: Pick<ExportFile, 'blob' | 'fileName'>, document: Document): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; a delay spares slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

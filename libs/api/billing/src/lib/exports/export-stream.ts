import { pipeline } from 'node:stream/promises';
import { Transform, type Writable } from 'node:stream';
import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { ExportFormat, ExportType, Language } from '@manager/domain';
import { EXPORT_SESSION, EXPORT_SETTINGS } from './export-cells';
import { exportCopy, exportPlanner } from './export-queries';

/** What one export reads, once the route has checked the request and the actor's access. */
export interface ExportRun {
  type: ExportType;
  format: ExportFormat;
  /** `policySubject(actor)`: every row is checked against it in SQL. */
  subject: string;
  organizationId: string;
  from: Date;
  to: Date;
  /** null: every client. */
  clientIds: readonly string[] | null;
  decimalSeparator: string;
  /** The language of the header row (the columns are the same in every language). */
  language: Language;
  /** Written before the first row (the BOM of CSV_EXCEL), with it: not before the COPY has started well. */
  prefix: string;
}

/**
 * How long one export may run, waiting for a slow reader included (COPY is blocked while the
 * client does not read): a large file over a slow line, not a runaway query.
 */
export const EXPORT_STATEMENT_TIMEOUT = '10min';

/** The statements COPY builds, cached per type, format and header language (they only depend on those). */
const copies = new Map<string, string>();
function copyText(type: ExportType, format: ExportFormat, language: Language): string {
  const key = `${type}:${format}:${language}`;
  let text = copies.get(key);
  if (!text) copies.set(key, (text = exportCopy(type, format, language)));
  return text;
}

/**
 * Streams one export into `out` with PostgreSQL's COPY: the rows are selected, checked by the
 * policy, formatted and quoted by the database, and piped to the response as they come, with
 * backpressure (a reader that stops reading stops the COPY, holding a few buffers, never the
 * file). One connection, one REPEATABLE READ READ ONLY transaction (one snapshot for the whole
 * file). `onStart` runs once the statement is accepted, before the first byte.
 *
 * If `out` is destroyed (the client went away) the COPY stream is destroyed, the query is
 * cancelled on the server, and the connection is discarded rather than returned to the pool
 * mid-COPY; the promise then rejects with the stream's error.
 */
export async function streamExport(dataSource: DataSource, run: ExportRun, out: Writable, onStart: () => void): Promise<void> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(
      `SELECT set_config('statement_timeout', $1, true), set_config('TimeZone', $8, true), set_config('DateStyle', $9, true),
              set_config('${EXPORT_SETTINGS.subject}', $2, true),
              set_config('${EXPORT_SETTINGS.organization}', $3, true), set_config('${EXPORT_SETTINGS.from}', $4, true),
              set_config('${EXPORT_SETTINGS.to}', $5, true), set_config('${EXPORT_SETTINGS.clients}', $6, true),
              set_config('${EXPORT_SETTINGS.decimal}', $7, true)${plannerSettings(run.type)}`,
      [
        EXPORT_STATEMENT_TIMEOUT,
        run.subject,
        run.organizationId,
        run.from.toISOString(),
        run.to.toISOString(),
        run.clientIds ? `{${run.clientIds.join(',')}}` : '',
        run.decimalSeparator,
        EXPORT_SESSION.TimeZone,
        EXPORT_SESSION.DateStyle,
      ],
    );
    const copy = client.query(copyTo(copyText(run.type, run.format, run.language)));
    // The header row comes first: until it does, an error (a statement the server refused) can
    // still be answered as such, since nothing was sent.
    await new Promise<void>((resolve, reject) => {
      copy.once('readable', resolve);
      copy.once('error', reject);
    });
    onStart();
    try {
      await (run.prefix ? pipeline(copy, prefixed(run.prefix), out) : pipeline(copy, out));
    } catch (error) {
      broken = error as Error;
      await cancelQuery(pool, client);
      throw error;
    }
    await client.query('COMMIT');
  } catch (error) {
    broken ??= error as Error;
    throw error;
  } finally {
    // A connection left inside a COPY or a transaction is never reused: release(error) discards it.
    client.release(broken);
  }
}

/** The type's planner settings as more set_config calls (constants of export-queries.ts, never the request's). */
function plannerSettings(type: ExportType): string {
  return Object.entries(exportPlanner(type))
    .map(([name, value]) => `, set_config('${name}', '${value}', true)`)
    .join('');
}

/** Passes chunks through, `prefix` before the first one (one check per chunk of ~64 kB, never per row). */
function prefixed(prefix: string): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (first) {
        first = false;
        this.push(prefix);
      }
      done(null, chunk);
    },
    flush(done) {
      if (first) this.push(prefix);
      done();
    },
  });
}

/** Cancels what the connection is running (pg's cancel request, on a connection of its own). */
async function cancelQuery(pool: Pool, client: PoolClient): Promise<void> {
  const pid = (client as PoolClient & { processID?: number }).processID;
  if (!pid) return;
  try {
    await pool.query('SELECT pg_cancel_backend($1)', [pid]);
  } catch {
    // The connection is discarded anyway; its backend ends when the socket closes.
  }
}

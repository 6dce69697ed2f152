/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of the statements a server sent for one request (captured by the
 * probe: their exact text and values), planned as the server's connections plan them:
 * - a named prepared statement (the API's reads, on its read pool) is PREPAREd and EXECUTEd six
 *   times and the sixth is reported, in a session with the read pool's own settings
 *   (`READ_SESSION_SETTINGS`: generic plans, random page cost): the plan every execution on a
 *   warm read connection runs, not the custom plan its values would get;
 * - an unnamed statement (TypeORM's `query`) is planned with its values each time: explained
 *   once with them (after one run to warm the cache, as the load has).
 * Only reads (SELECT / WITH) are explained; ANALYZE executes them.
 */
import { Client } from 'pg';
import { READ_SESSION_SETTINGS } from '@manager/api-core';
import type { CapturedStatement } from './server-probe';
import { oneLine } from './report';

export interface ExplainedStatement {
  label: string;
  /** Shared buffers hit and read by the execution (the plan's root: every node under it). */
  sharedHit: number;
  sharedRead: number;
  executionMs: number;
  plan: string;
}

/** Structured clone turned the Buffers into Uint8Arrays on the way from the server. */
const revive = (value: unknown): unknown => (value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value) : value);

function literal(client: Client, value: unknown): string {
  const v = revive(value);
  if (v === null || v === undefined) return 'NULL';
  if (Buffer.isBuffer(v)) return `'\\x${v.toString('hex')}'`;
  if (v instanceof Date) return client.escapeLiteral(v.toISOString());
  if (Array.isArray(v)) return client.escapeLiteral(`{${v.map((item) => (item === null ? 'NULL' : `"${String(item).replace(/(["\\])/g, '\\$1')}"`)).join(',')}}`);
  return client.escapeLiteral(String(v));
}

interface JsonPlan {
  Plan: { 'Shared Hit Blocks': number; 'Shared Read Blocks': number };
  'Execution Time': number;
}

export async function explainStatements(databaseUrl: string, statements: readonly CapturedStatement[]): Promise<ExplainedStatement[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const explained: ExplainedStatement[] = [];
    for (const [i, statement] of statements.entries()) {
      if (!/^\s*(SELECT|WITH)\b/i.test(statement.text)) continue;
      const values = statement.values.map(revive);
      let run: (options: string) => Promise<unknown[]>;
      if (statement.name) {
        const prepared = `bench_explain_${i}`;
        await client.query(READ_SESSION_SETTINGS);
        await client.query(`PREPARE ${prepared} AS ${statement.text}`);
        const execute = `EXECUTE ${prepared}(${statement.values.map((value) => literal(client, value)).join(', ')})`;
        run = async (options) => (await client.query(`EXPLAIN (${options}) ${statement.values.length ? execute : `EXECUTE ${prepared}`}`)).rows;
        for (let n = 0; n < 5; n++) await run('ANALYZE, FORMAT JSON');
      } else {
        run = async (options) => (await client.query(`EXPLAIN (${options}) ${statement.text}`, values)).rows;
        await run('ANALYZE, FORMAT JSON');
      }
      const json = ((await run('ANALYZE, BUFFERS, FORMAT JSON')) as { 'QUERY PLAN': JsonPlan[] }[])[0]?.['QUERY PLAN'][0];
      // Lines naming a page of ids run to kilobytes: shortened, the plan's shape is what is read.
      const text = ((await run('ANALYZE, BUFFERS')) as { 'QUERY PLAN': string }[])
        .map((row) => (row['QUERY PLAN'].length > 240 ? `${row['QUERY PLAN'].slice(0, 239)}…` : row['QUERY PLAN']))
        .join('\n');
      if (statement.name) await client.query(`DEALLOCATE bench_explain_${i}; RESET ALL`);
      explained.push({
        label: statement.name ?? oneLine(statement.text, 80),
        sharedHit: json?.Plan['Shared Hit Blocks'] ?? 0,
        sharedRead: json?.Plan['Shared Read Blocks'] ?? 0,
        executionMs: json?.['Execution Time'] ?? 0,
        plan: text,
      });
    }
    return explained;
  } finally {
    await client.end();
  }
}

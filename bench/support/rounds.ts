import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadFigures, LoadOptions } from './load-process.js';
import { ROOT } from './processes.js';

export interface Target extends Omit<LoadOptions, 'connections' | 'seconds' | 'bodiesFile'> {
  name: string;
  /** Bodies sent in turn (e.g. distinct presentations); written to a file for the load process. */
  bodies?: string[];
  /**
   * Processes whose CPU time (user + system, from /proc) is charged to this target per request, e.g.
   * the server and its database: a figure the machine's load distorts far less than req/s.
   */
  cpuPids?: () => number[];
  /** Of those, the server's own process: its share is printed apart. */
  serverPid?: () => number;
}

export interface RatioSpec {
  /** `subject / baseline`, both target names. */
  subject: string;
  baseline: string;
  /** What the issue asks for, printed beside the figure (e.g. 0.5). */
  goal?: number;
}

export interface RoundFigures extends LoadFigures {
  /** CPU milliseconds per answered request in the target's `cpuPids`, when given. */
  cpuMsPerRequest?: number;
  /** Of which in the server process itself. */
  serverCpuMsPerRequest?: number;
}

export interface TargetSummary {
  name: string;
  rounds: RoundFigures[];
  medianRequestsPerSecond: number;
  medianP50Ms: number;
  medianP99Ms: number;
  medianCpuMsPerRequest?: number;
  medianServerCpuMsPerRequest?: number;
}

export interface Comparison {
  title: string;
  connections: number;
  seconds: number;
  rounds: number;
  loadAverage: { before: number[]; after: number[] };
  targets: TargetSummary[];
  ratios: { subject: string; baseline: string; ratio: number; goal: number | null }[];
}

/** The `p`-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const roundTo = (value: number, digits = 2) => Number(value.toFixed(digits));

const TICKS_PER_SECOND = 100;

/** User + system CPU milliseconds each process used so far (/proc/<pid>/stat, fields 14 and 15); none for one that is gone. */
export function cpuMs(pids: number[]): Map<number, number> {
  const used = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      used.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // ended meanwhile
    }
  }
  return used;
}

/** CPU milliseconds used between two readings by the processes alive at the second (a process started meanwhile counts whole). */
const cpuSince = (before: Map<number, number>, pids: number[]) => {
  let total = 0;
  for (const [pid, used] of cpuMs(pids)) total += used - (before.get(pid) ?? 0);
  return total;
};
export const loadAverage = () => loadavg().map((value) => roundTo(value));

/** One load run in its own process (`scratch`: a directory for its options file). */
export async function runLoad(options: LoadOptions, scratch: string): Promise<LoadFigures> {
  const file = path.join(scratch, `load-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(options));
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/bench/support/load-process.js'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`load process for ${options.url} exited with ${code}`);
  const figures = JSON.parse(output.trim().split('\n').at(-1)!) as LoadFigures;
  if (figures.non2xx > 0 || figures.errors > 0) throw new Error(`${options.url}: ${figures.non2xx} non-2xx, ${figures.errors} errors`);
  return figures;
}

const line = (
  label: string,
  figures: Pick<RoundFigures, 'requestsPerSecond' | 'p50Ms' | 'p99Ms' | 'cpuMsPerRequest' | 'serverCpuMsPerRequest'>,
) =>
  `  ${label.padEnd(46)} ${String(Math.round(figures.requestsPerSecond)).padStart(7)} req/s  p50 ${String(figures.p50Ms).padStart(4)} ms  p99 ${String(figures.p99Ms).padStart(4)} ms` +
  (figures.cpuMsPerRequest === undefined ? '' : `  CPU ${figures.cpuMsPerRequest.toFixed(3)} ms/req`) +
  (figures.serverCpuMsPerRequest === undefined ? '' : ` (server ${figures.serverCpuMsPerRequest.toFixed(3)})`);

/**
 * Alternating rounds (A B A B …, after one short warm-up of each): every target is measured in
 * every round, the medians are compared, and every round is printed.
 */
export async function alternate(options: {
  title: string;
  targets: Target[];
  ratios: RatioSpec[];
  rounds?: number;
  connections: number;
  seconds?: number;
  warmUpSeconds?: number;
}): Promise<Comparison> {
  const rounds = Math.max(3, options.rounds ?? Number(process.env.BENCH_ROUNDS ?? 3));
  const seconds = options.seconds ?? Number(process.env.BENCH_SECONDS ?? 5);
  const warmUpSeconds = options.warmUpSeconds ?? 2;
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-load-'));
  const before = loadAverage();
  try {
    const loads = options.targets.map((target) => {
      const { name: _name, bodies, cpuPids: _cpuPids, serverPid: _serverPid, ...rest } = target;
      let bodiesFile: string | undefined;
      if (bodies) {
        bodiesFile = path.join(scratch, `bodies-${Math.random().toString(36).slice(2)}.json`);
        writeFileSync(bodiesFile, JSON.stringify(bodies));
      }
      return { ...rest, bodiesFile, connections: options.connections };
    });
    console.log(
      `${options.title}: ${options.connections} connections, ${rounds} alternating rounds of ${seconds} s, load average ${before.join(' ')}`,
    );
    for (const load of loads) await runLoad({ ...load, seconds: warmUpSeconds }, scratch);
    const figures: RoundFigures[][] = options.targets.map(() => []);
    for (let round = 1; round <= rounds; round += 1) {
      for (const [index, target] of options.targets.entries()) {
        const pids = target.cpuPids?.();
        const server = target.serverPid?.();
        const cpuBefore = cpuMs(pids ?? []);
        const serverBefore = cpuMs(server ? [server] : []);
        const result: RoundFigures = await runLoad({ ...loads[index], seconds }, scratch);
        if (pids) result.cpuMsPerRequest = roundTo(cpuSince(cpuBefore, target.cpuPids!()) / Math.max(1, result.requests), 3);
        if (server) result.serverCpuMsPerRequest = roundTo(cpuSince(serverBefore, [server]) / Math.max(1, result.requests), 3);
        figures[index].push(result);
        console.log(line(`round ${round} ${target.name}`, result));
      }
    }
    const targets = options.targets.map((target, index) => ({
      name: target.name,
      rounds: figures[index],
      medianRequestsPerSecond: median(figures[index].map((run) => run.requestsPerSecond)),
      medianP50Ms: median(figures[index].map((run) => run.p50Ms)),
      medianP99Ms: median(figures[index].map((run) => run.p99Ms)),
      ...(target.cpuPids ? { medianCpuMsPerRequest: median(figures[index].map((run) => run.cpuMsPerRequest ?? 0)) } : {}),
      ...(target.serverPid ? { medianServerCpuMsPerRequest: median(figures[index].map((run) => run.serverCpuMsPerRequest ?? 0)) } : {}),
    }));
    for (const target of targets) {
      console.log(
        line(`median ${target.name}`, {
          requestsPerSecond: target.medianRequestsPerSecond,
          p50Ms: target.medianP50Ms,
          p99Ms: target.medianP99Ms,
          cpuMsPerRequest: target.medianCpuMsPerRequest,
          serverCpuMsPerRequest: target.medianServerCpuMsPerRequest,
        }),
      );
    }
    const byName = new Map(targets.map((target) => [target.name, target]));
    const ratios = options.ratios.map((spec) => {
      const ratio = roundTo(byName.get(spec.subject)!.medianRequestsPerSecond / byName.get(spec.baseline)!.medianRequestsPerSecond, 3);
      console.log(`  ratio of medians ${spec.subject} / ${spec.baseline}: ${ratio}${spec.goal ? ` (goal ≥ ${spec.goal})` : ''}`);
      return { subject: spec.subject, baseline: spec.baseline, ratio, goal: spec.goal ?? null };
    });
    const after = loadAverage();
    console.log(`  load average after: ${after.join(' ')}`);
    return { title: options.title, connections: options.connections, seconds, rounds, loadAverage: { before, after }, targets, ratios };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const BUILT_ENTRY = 'dist/src/main.js';
const SOURCES = ['src', 'packages', 'migrations'];

function newestSource(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestSource(path.join(entry, name))));
}

/**
 * How to start the application's own entry point as a separate process: the build when it is newer
 * than every source (CI builds before it tests; compiling ~700 files at start costs a minute on a
 * busy machine), otherwise the TypeScript sources through @swc-node.
 */
export function appProcessArguments(): string[] {
  if (existsSync(BUILT_ENTRY) && statSync(BUILT_ENTRY).mtimeMs >= Math.max(...SOURCES.map(newestSource))) return [BUILT_ENTRY];
  return ['--import', '@swc-node/register/esm-register', 'src/main.ts'];
}

/** Ends a spawned app process with SIGTERM and waits until it has exited. */
export async function stopAppProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Whether the app at `baseUrl` answers ready (false while it is still starting). */
export async function isAppReady(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/health/ready`)).ok;
  } catch {
    return false;
  }
}

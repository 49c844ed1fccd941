import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** openssl CLI helpers for the PKI tests (no application dependency). */

const run = promisify(execFile);

let base: string | undefined;
/** One scratch folder per test process, removed when it exits. */
function scratchBase(): string {
  if (!base) {
    const created = mkdtempSync(path.join(tmpdir(), 'pki-tests-'));
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
    base = created;
  }
  return base;
}

export interface OpensslResult {
  code: number;
  output: string;
}

/** Runs openssl and returns its exit code and combined output (never throws for a non-zero exit). */
export async function openssl(args: string[], cwd?: string): Promise<OpensslResult> {
  try {
    const { stdout, stderr } = await run('openssl', args, { cwd, timeout: 20_000 });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

/** A scratch folder with the given files written into it. */
export function scratchFiles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(scratchBase(), 'files-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/** An EC P-256 request (refused: only RSA), made with the openssl CLI. */
export async function makeEcCsrForTest(): Promise<string> {
  const dir = mkdtempSync(path.join(scratchBase(), 'ec-'));
  const { stdout } = await run('openssl', [
    'req',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    path.join(dir, 'key.pem'),
    '-subj',
    '/CN=EC Test',
  ]);
  return stdout;
}

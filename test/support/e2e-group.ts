import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * CI runs the e2e files in groups (`jest.ci.config.js`): each group is one Jest test file,
 * test/support/e2e-groups/group-NN.e2e-group.ts, that imports the e2e files assigned to group NN:
 * longest first (by measured seconds, else by size), each to the group with the least so far, so
 * the groups take about as long (a group that ends last keeps one worker busy alone). Jest loads the whole application again
 * for every test file (≈ 4 CPU-seconds of module loading and 1.5 more for the first start); in a
 * group that happens once per group instead of once per file. Every file belongs to exactly one group,
 * a new file included, and keeps its own describe blocks, hooks and application; `npm test` and
 * `--testPathPatterns <file>` still run the files one by one. A file with hooks outside any describe
 * block runs on its own (`standalone`): in a group its beforeAll would run before every other file's
 * tests, and its failure fail them all.
 */
export const E2E_GROUPS = 12;

const testDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Whether the e2e file (a name in test/) has hooks outside any describe block. */
export function standalone(name: string): boolean {
  return /^(beforeAll|afterAll|beforeEach|afterEach)\(/m.test(readFileSync(path.join(testDirectory, name), 'utf8'));
}

/** The e2e files (names in test/) that run in groups, sorted: the order that assigns them to groups. */
export function e2eFiles(): string[] {
  return readdirSync(testDirectory)
    .filter((name) => name.endsWith('.e2e-spec.ts') && !standalone(name))
    .sort();
}

/** The e2e files (paths from the project folder) that run on their own. */
export function standaloneE2eFiles(): string[] {
  return readdirSync(testDirectory)
    .filter((name) => name.endsWith('.e2e-spec.ts') && standalone(name))
    .sort()
    .map((name) => `test/${name}`);
}

/**
 * Seconds of the files whose size says little about their time (processes started and stopped,
 * many fuzz runs, key generation, concurrency bursts), measured in one CI-like run on PostgreSQL 15
 * (tests plus start and close). Every other file counts SECONDS_PER_BYTE per byte, from the same run.
 */
const MEASURED_SECONDS: Record<string, number> = {
  'platform-lifecycle.e2e-spec.ts': 290,
  'platform-fuzz.e2e-spec.ts': 155,
  'cards.e2e-spec.ts': 135,
  'pki-concurrency.e2e-spec.ts': 80,
  'documents-scripts.e2e-spec.ts': 80,
  'notifications-outbox-crash.e2e-spec.ts': 75,
  'platform-backup.e2e-spec.ts': 60,
  'pki-request-concurrency.e2e-spec.ts': 50,
  'banking-concurrency.e2e-spec.ts': 40,
};
const SECONDS_PER_BYTE = 0.0034;

/** The estimated seconds of an e2e file (see MEASURED_SECONDS). */
export function e2eFileSeconds(name: string): number {
  return MEASURED_SECONDS[name] ?? statSync(path.join(testDirectory, name)).size * SECONDS_PER_BYTE;
}

/** The e2e files of group `group` (0 … E2E_GROUPS - 1), in their sorted order. */
export function e2eGroup(group: number): string[] {
  const sizes = new Map(e2eFiles().map((name) => [name, e2eFileSeconds(name)]));
  const groups = Array.from({ length: E2E_GROUPS }, () => ({ size: 0, files: [] as string[] }));
  // Ties broken by name, so every process assigns the files alike.
  for (const name of [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a.localeCompare(b))) {
    const smallest = groups.reduce((least, candidate) => (candidate.size < least.size ? candidate : least));
    smallest.size += sizes.get(name)!;
    smallest.files.push(name);
  }
  return groups[group].files.sort();
}

/** Imports the files of the group that `groupFileUrl` (a group file's import.meta.url) names. */
export async function runE2eGroup(groupFileUrl: string): Promise<void> {
  const match = /group-(\d+)\.e2e-group\.ts$/.exec(fileURLToPath(groupFileUrl));
  if (!match) throw new Error(`not a group file: ${groupFileUrl}`);
  const group = Number(match[1]);
  // One group file per group, or some e2e files would run nowhere.
  const groupFiles = readdirSync(path.dirname(fileURLToPath(groupFileUrl))).filter((name) => name.endsWith('.e2e-group.ts'));
  if (groupFiles.length !== E2E_GROUPS || group >= E2E_GROUPS) {
    throw new Error(`test/support/e2e-groups/ must hold group-00 … group-${E2E_GROUPS - 1} (E2E_GROUPS), not ${groupFiles.join(', ')}`);
  }
  for (const name of e2eGroup(group)) {
    await import(`../${name}`);
  }
}

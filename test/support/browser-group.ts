import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * CI runs the browser journeys in groups (test/browser/jest.ci.config.js), as it runs the e2e files
 * (test/support/e2e-group.ts): each group is one Jest test file,
 * test/support/browser-groups/group-NN.browser-group.ts, that imports the journeys assigned to it.
 * Jest then loads the application, Playwright and axe once per group instead of once per journey
 * (≈ 5 CPU-seconds each, and the first start of the application in a process costs 1.3 s more than
 * the next). Every journey keeps its own describe blocks, hooks, server and browser; `--testPathPatterns
 * <file>` with test/browser/jest.config.js still runs one journey alone.
 *
 * The groups take about as long: longest first, each to the group with the least time so far, by the
 * seconds a journey took in CI (JOURNEY_SECONDS, measured on the 2-core CI machine), or for a journey
 * not measured yet by its size (SECONDS_PER_BYTE). Twice as many groups as workers: Jest hands the next
 * group to whichever worker is free, so an estimate that was off evens out.
 */
export const BROWSER_GROUPS = 6;

/** Seconds each journey took in the last measured CI run (journeys side by side, three workers). */
const JOURNEY_SECONDS: Record<string, number> = {
  'languages-resident.browser-spec.ts': 225,
  'companies-journey.browser-spec.ts': 201,
  'cards-journey.browser-spec.ts': 169,
  'languages-entrepreneur.browser-spec.ts': 140,
  'residency-journey.browser-spec.ts': 139,
  'companies-non-eu-founder.browser-spec.ts': 135,
  'identity-journey.browser-spec.ts': 99,
  'pki-journey.browser-spec.ts': 99,
};
/** The other journeys of that run: ≈ 1,100 s for 89 kB of test code. */
const SECONDS_PER_BYTE = 0.0123;

const browserDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'browser');

/** The journeys (names in test/browser/), sorted. */
export function browserFiles(): string[] {
  return readdirSync(browserDirectory)
    .filter((name) => name.endsWith('.browser-spec.ts'))
    .sort();
}

/** The estimated seconds of a journey (see JOURNEY_SECONDS). */
export function journeySeconds(name: string): number {
  return JOURNEY_SECONDS[name] ?? statSync(path.join(browserDirectory, name)).size * SECONDS_PER_BYTE;
}

/** The journeys of group `group` (0 … BROWSER_GROUPS - 1), in their sorted order. */
export function browserGroup(group: number): string[] {
  const seconds = new Map(browserFiles().map((name) => [name, journeySeconds(name)]));
  const groups = Array.from({ length: BROWSER_GROUPS }, () => ({ seconds: 0, files: [] as string[] }));
  // Ties broken by name, so every process assigns the journeys alike.
  for (const name of [...seconds.keys()].sort((a, b) => seconds.get(b)! - seconds.get(a)! || a.localeCompare(b))) {
    const least = groups.reduce((smallest, candidate) => (candidate.seconds < smallest.seconds ? candidate : smallest));
    least.seconds += seconds.get(name)!;
    least.files.push(name);
  }
  return groups[group].files.sort();
}

/** Imports the journeys of the group that `groupFileUrl` (a group file's import.meta.url) names. */
export async function runBrowserGroup(groupFileUrl: string): Promise<void> {
  const match = /group-(\d+)\.browser-group\.ts$/.exec(fileURLToPath(groupFileUrl));
  if (!match) throw new Error(`not a browser group file: ${groupFileUrl}`);
  const group = Number(match[1]);
  // One group file per group, or some journeys would run nowhere.
  const groupFiles = readdirSync(path.dirname(fileURLToPath(groupFileUrl))).filter((name) => name.endsWith('.browser-group.ts'));
  if (groupFiles.length !== BROWSER_GROUPS || group >= BROWSER_GROUPS) {
    throw new Error(
      `test/support/browser-groups/ must hold group-00 … group-${BROWSER_GROUPS - 1} (BROWSER_GROUPS), not ${groupFiles.join(', ')}`,
    );
  }
  for (const name of browserGroup(group)) {
    await import(`../browser/${name}`);
  }
}

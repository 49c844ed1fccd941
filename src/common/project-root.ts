import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  let directory = start;
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'bochum-eresidency') {
      return directory;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('Could not find the project root (package.json of bochum-eresidency)');
    directory = parent;
  }
}

/** The repository root, both when running from src/ (tests) and from dist/ (built). */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

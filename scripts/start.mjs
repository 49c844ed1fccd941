// `npm start`: builds the server and the client when their sources are newer than the build,
// then starts the server in this process (it serves the client on the same port).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// package.json's engines, which npm only warns about.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major !== 24 || minor < 11) {
  console.error(`Bochum e-Residency needs Node.js 24 (24.11 or later, see .nvmrc); this is ${process.version}.`);
  process.exit(1);
}

function newestMtime(entries) {
  let newest = 0;
  for (const entry of entries) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      newest = Math.max(
        newest,
        newestMtime(
          readdirSync(entry)
            .filter((name) => name !== 'dist' && name !== 'node_modules')
            .map((name) => path.join(entry, name)),
        ),
      );
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

function buildIfStale(label, output, sources, command, args) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built >= newestMtime(sources)) return;
  console.log(`Building the ${label}…`);
  execFileSync(command, args, { stdio: 'inherit' });
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
buildIfStale(
  'server',
  'dist/src/main.js',
  ['src', 'packages', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
  bin('tsc'),
  ['-p', 'tsconfig.build.json'],
);
buildIfStale('web client', 'client/dist/index.html', ['client', 'packages', 'locales', 'package-lock.json'], bin('vite'), [
  'build',
  '--config',
  'client/vite.config.ts',
  '--logLevel',
  'warn',
]);

await import(path.join(root, 'dist/src/main.js'));

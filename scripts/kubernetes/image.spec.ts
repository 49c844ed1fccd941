import { readFileSync } from 'node:fs';

// No container engine runs on CI machines: the image is checked by reading its Dockerfile.
const dockerfile = readFileSync('Dockerfile', 'utf8');
const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('the production image (Dockerfile)', () => {
  it('builds on Node 24 in one stage and runs only the build and production dependencies in another', () => {
    expect([...dockerfile.matchAll(/^FROM (\S+)/gm)].map((match) => match[1])).toEqual(['node:24-bookworm-slim', 'node:24-bookworm-slim']);
    expect(dockerfile).toContain('npm prune --omit=dev');
    expect(runtime).not.toMatch(/^COPY (?!--from=build)/m);
  });

  it.each(['dist', 'client/dist', 'locales', 'schema.gql', 'node_modules', 'src/trade-registration/wz/data'])(
    'carries %s, which the server reads at run time',
    (folder) => {
      expect(runtime).toMatch(new RegExp(`^COPY --from=build /app/${folder.replace(/[./]/g, '\\$&')} `, 'm'));
    },
  );

  it('runs as a non-root user, starts what `npm run prod:start` starts and checks the readiness probe', () => {
    expect(runtime).toMatch(/^USER 10001:10001$/m);
    expect(runtime).toContain(`CMD ["${manifest.scripts['prod:start'].split(' ').join('", "')}"]`);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n.*\/health\/ready/m);
  });
});

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { initialBundle, initialScripts } from './initial-bundle.ts';

const indexHtml = `<!doctype html><html><head>
  <script type="module" crossorigin src="/assets/main-a.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/react-b.js">
  <link rel="stylesheet" crossorigin href="/assets/main-c.css">
  <link rel="modulepreload" crossorigin href="/assets/react-b.js">
</head><body><div id="root"></div></body></html>`;

describe('initialScripts', () => {
  it('lists the entry module and its modulepreloads once each, not styles', () => {
    expect(initialScripts(indexHtml)).toEqual(['/assets/main-a.js', '/assets/react-b.js']);
  });
});

describe('initialBundle', () => {
  it('gzips each initial script of a build', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'budget-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), indexHtml);
    writeFileSync(path.join(dist, 'assets/main-a.js'), 'x'.repeat(10_000));
    writeFileSync(path.join(dist, 'assets/react-b.js'), Array.from({ length: 2000 }, (_, i) => `${i * 7919}`).join());
    const [main, react] = initialBundle(dist);
    expect(main).toEqual({ file: '/assets/main-a.js', gzipBytes: expect.any(Number) });
    expect(main.gzipBytes).toBeLessThan(100);
    expect(react.gzipBytes).toBeGreaterThan(1000);
  });

  it('adds the chunks the first page fetches, and fails when such a chunk is missing', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'budget-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), indexHtml);
    for (const file of ['main-a.js', 'react-b.js', 'locale-de-start-d.js', 'locale-de-e.js', 'locale-fr-start-f.js'])
      writeFileSync(path.join(dist, 'assets', file), 'x');
    expect(initialBundle(dist, [/^locale-de-start-[\w-]+\.js$/]).map(({ file }) => file)).toEqual([
      '/assets/main-a.js',
      '/assets/react-b.js',
      '/assets/locale-de-start-d.js',
    ]);
    expect(() => initialBundle(dist, [/^locale-xx-start-[\w-]+\.js$/])).toThrow('matches 0 chunks');
  });

  it('fails on a build without a module script', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'budget-'));
    writeFileSync(path.join(dist, 'index.html'), '<html></html>');
    expect(() => initialBundle(dist)).toThrow('loads no module script');
  });
});

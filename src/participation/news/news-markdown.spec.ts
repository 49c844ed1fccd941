import { renderNewsMarkdown } from './news-markdown.js';

describe('renderNewsMarkdown', () => {
  it('renders structure and marks links nofollow', () => {
    const html = renderNewsMarkdown('## Heading\n\nSome **bold** and [a link](https://www.bochum.de).\n\n- one\n- two');
    expect(html).toContain('<h2>Heading</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://www.bochum.de" rel="noopener noreferrer nofollow">a link</a>');
    expect(html).toContain('<li>one</li>');
  });

  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror=alert(1)>', '<img'],
    ['![tracker](https://evil.example/pixel.png)', '<img'],
    ['[click](javascript:alert(1))', 'javascript:'],
    ['[click](JaVaScRiPt:alert(1))', 'avascript'],
    ['[click](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
    ['<a href="https://x.example" onclick="steal()">x</a>', 'onclick'],
    ['[x](https://ok.example "t" onclick="y")', 'onclick'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['<style>body{display:none}</style>', '<style'],
    ['[x](//evil.example/path)', '//evil.example'],
  ])('neutralises %s', (source, forbidden) => {
    const html = renderNewsMarkdown(source).toLowerCase();
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.filter((tag) => tag.includes(forbidden.toLowerCase()))).toEqual([]);
    expect(html).not.toMatch(/<(script|img|iframe|style)/);
  });

  it('keeps hostile raw HTML as visible text, not markup', () => {
    const html = renderNewsMarkdown('<b onmouseover="x()">hi</b>');
    expect(html).not.toContain('<b');
    expect(html).toContain('&lt;b');
  });

  it('promotes a top-level heading to h2 (the page has the title as h1)', () => {
    expect(renderNewsMarkdown('# Title')).toBe('<h2>Title</h2>');
  });
});

import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Raw HTML in the Markdown is shown as text; an image becomes its alternative text (no remote images). */
const markdown = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html: (token) => escapeText(token.text),
    image: (token) => escapeText(token.text),
  },
});

/**
 * The only HTML an article body may become: text structure and links. No raw HTML from the author
 * (escaped by the sanitizer's allow-list), no images, no scripts, no styles; links only to http(s)
 * and mailto, always with rel="noopener noreferrer nofollow".
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'del', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h2', 'h3', 'h4', 'hr'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
    h1: 'h2',
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href,
};

/** Markdown as safe HTML for the article page and the feed. Raw HTML in the Markdown is not passed through. */
export function renderNewsMarkdown(source: string): string {
  const html = markdown.parse(source) as string;
  return sanitizeHtml(html, POLICY).trim();
}

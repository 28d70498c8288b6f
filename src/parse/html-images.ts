/** Find <img> elements in a piece of raw HTML in markdown, with their alt text and decorative marks. */
import type { ImageInfo, Point } from '../types.js';

const IMG = /<img\b([^>]*)>/gi;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The HTML with its comments blanked out, every offset kept: an <img> in a comment is not on the page. */
function shownHtml(html: string): string {
  return html.includes('<!--') ? html.replace(/<!--[^]*?(?:-->|$)/g, (c) => ' '.repeat(c.length)) : html;
}

export function htmlImages(html: string, baseOffset: number, pointAt: (offset: number) => Point): ImageInfo[] {
  const images: ImageInfo[] = [];
  for (const match of shownHtml(html).matchAll(IMG)) {
    const attrs = new Map<string, string | null>();
    for (const a of match[1]!.matchAll(ATTR)) {
      attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? null);
    }
    const alt = attrs.has('alt') ? (attrs.get('alt') ?? '') : null;
    const role = (attrs.get('role') ?? '').toLowerCase();
    const decorative =
      (alt === '' && attrs.has('alt')) || role === 'presentation' || role === 'none' || attrs.get('aria-hidden') === 'true';
    const start = baseOffset + match.index!;
    images.push({
      alt,
      src: attrs.get('src') ?? '',
      title: attrs.get('title') ?? null,
      decorative,
      position: { start: pointAt(start), end: pointAt(start + match[0].length) },
      origin: 'html',
    });
  }
  return images;
}

/** Where each <img>'s alt text is written in a piece of raw HTML: source offsets of the attribute's value (without its quotes). */
export function htmlAltRanges(html: string, baseOffset: number): Array<{ start: number; end: number; raw: string }> {
  const out: Array<{ start: number; end: number; raw: string }> = [];
  for (const match of shownHtml(html).matchAll(IMG)) {
    // The attributes start right after “<img”.
    const attrsAt = match.index! + 4;
    for (const a of match[1]!.matchAll(ATTR)) {
      if (a[1]!.toLowerCase() !== 'alt') continue;
      const raw = a[2] ?? a[3] ?? a[4];
      if (!raw) break;
      // The value sits at the end of the attribute, before its closing quote when it has one.
      const valueEnd = a.index! + a[0].length - (a[4] === undefined ? 1 : 0);
      const start = baseOffset + attrsAt + valueEnd - raw.length;
      out.push({ start, end: start + raw.length, raw });
      break;
    }
  }
  return out;
}

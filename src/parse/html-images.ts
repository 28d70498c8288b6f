/** Find <img> elements in a piece of raw HTML in markdown, with their alt text and decorative marks. */
import type { ImageInfo, Point } from '../types.js';

const IMG = /<img\b([^>]*)>/gi;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function htmlImages(html: string, baseOffset: number, pointAt: (offset: number) => Point): ImageInfo[] {
  const images: ImageInfo[] = [];
  for (const match of html.matchAll(IMG)) {
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

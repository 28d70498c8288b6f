/**
 * Markdown → LintDocument: remark-parse (with GFM tables, autolinks and front matter)
 * gives the mdast; prose.ts bridges it to nlcst with exact source positions.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { eachNode } from './each-node.js';
import type { Root } from 'mdast';
import type { ImageInfo, LintDocument } from '../types.js';
import { makeDocument } from './document.js';
import { htmlImages } from './html-images.js';
import { remarkLinearSetext } from './setext.js';
import { remarkBareAddressesWhenNeeded } from './literal-links.js';
import { useLinearEditMap } from './edit-map.js';
import { gfmPartsNeeded, remarkGfmPartsOnly } from './gfm-as-needed.js';
import { checkMarkdownShape } from './markdown-guard.js';
import { InputError } from '../read/errors.js';

/** One parser for each set of GFM parts a document could use (see gfm-as-needed.ts). */
const processors = new Map<number, Processor<Root>>();

/** The markdown parser for a document that could use these GFM parts (gfmPartsNeeded). */
export function markdownProcessor(gfmParts: number): Processor<Root> {
  useLinearEditMap();
  let processor = processors.get(gfmParts);
  if (!processor) {
    processor = unified()
      .use(remarkParse)
      .use(remarkLinearSetext)
      .use(remarkGfm)
      .use(remarkGfmPartsOnly, gfmParts)
      .use(remarkBareAddressesWhenNeeded)
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .freeze() as never as Processor<Root>;
    processors.set(gfmParts, processor);
  }
  return processor;
}

/** Parse markdown text (already decoded, BOM removed) into a document the rules can check. */
export function parseMarkdown(text: string, path: string): LintDocument {
  // Refuse, before parsing, the shapes that make the parser very slow or overflow the stack.
  const problem = checkMarkdownShape(text);
  if (problem) throw new InputError(path, problem);
  try {
    const mdast = markdownProcessor(gfmPartsNeeded(text)).parse(text) as Root;
    return makeDocument({ path, format: 'markdown', text, mdast, images: (pointAt) => collectImages(mdast, text, pointAt) });
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new InputError(path, 'is nested too deeply to check (too many quotes, lists or other parts inside each other)');
    }
    throw error;
  }
}

function collectImages(mdast: Root, text: string, pointAt: LintDocument['pointAt']): ImageInfo[] {
  const images: ImageInfo[] = [];
  eachNode(mdast, ['image', 'html'], (node, parent, index) => {
    if (node.type === 'image' && node.position) {
      const caption = captionAfter(parent?.children, index);
      images.push({
        alt: node.alt ?? '',
        src: node.url,
        title: node.title ?? null,
        decorative: false,
        position: { start: pointAt(node.position.start.offset!), end: pointAt(node.position.end.offset!) },
        origin: 'markdown',
        ...(caption ? { caption } : {}),
      });
    } else if (node.type === 'html' && node.position && /<img\b/i.test(node.value)) {
      images.push(...htmlImages(node.value, node.position.start.offset!, pointAt));
    }
  });
  void text;
  return images;
}

/** The text right after an image, when it reads like a caption (an emphasised line). */
function captionAfter(siblings: Array<{ type: string }> | undefined, index: number | undefined): string | undefined {
  if (!siblings || index === undefined) return undefined;
  let next = siblings[index + 1] as { type: string; value?: string; children?: unknown[] } | undefined;
  if (next?.type === 'break') next = siblings[index + 2] as typeof next;
  if (next?.type === 'text' && /^\s*$/.test(next.value ?? '')) next = siblings[index + 2] as typeof next;
  if (next && next.type === 'emphasis') {
    const words: string[] = [];
    visit(next as never, 'text', (t: { value: string }) => {
      words.push(t.value);
    });
    return words.join('').trim() || undefined;
  }
  return undefined;
}

/**
 * Word (.docx) → LintDocument.
 *
 * mammoth turns the document into HTML (headings from Word's heading styles, lists, tables,
 * links, images with alt text); hast-util-from-html parses that into a tree; and we turn the
 * tree into mdast, so the same rules run on Word and markdown. Word has no lines, so we build
 * a text where line N is paragraph N: a finding's line is its paragraph number, and its
 * columns pick out the words to quote.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root, RootContent, PhrasingContent, ListItem, TableRow, TableCell, Nodes as MdastNodes } from 'mdast';
import type { AltTextSource } from './prose.js';
import type { LintDocument, ImageInfo } from '../types.js';
import { makeDocument } from './document.js';
import type { DocxPackage } from '../docx/package.js';
import { InputError } from '../read/errors.js';
import { checkedFile } from '../docx/checks.js';

interface Writer {
  text: string;
}

/** One image as Word stores it: alt text and the "Mark as decorative" flag. */
interface DrawingInfo {
  decorative: boolean;
  descr: string;
}

export async function parseDocx(buffer: Buffer, pkg: DocxPackage, path: string): Promise<LintDocument> {
  try {
    return await convert(buffer, pkg, path);
  } catch (error) {
    // Tables inside tables inside tables…: the converters walk the document recursively.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new InputError(path, 'is nested too deeply to check (too many tables or lists inside each other)');
    }
    throw error;
  }
}

async function convert(buffer: Buffer, pkg: DocxPackage, path: string): Promise<LintDocument> {
  const mammoth = (await import('mammoth')).default;
  const { fromHtml } = await import('hast-util-from-html');
  const result = await mammoth.convertToHtml(
    // Only the parts that were checked when the package was opened: mammoth never reads the
    // original zip. Node's mammoth takes them as a `file`; its browser build only takes an
    // `arrayBuffer`, so there it gets a new zip made from the checked parts alone.
    (inBrowser() ? { arrayBuffer: await checkedZip(pkg) } : { file: checkedFile(pkg) }) as unknown as { buffer: Buffer },
    {
      styleMap: ['u => u'],
      // Never read image bytes: we only need the alt text, and images can be large.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      ignoreEmptyParagraphs: true,
    },
  );
  const hast = fromHtml(result.value, { fragment: true }) as HastRoot;
  const drawings = readDrawings(pkg.documentXml);
  const writer: Writer = { text: '' };
  const images: Array<{ node: PhrasingContent & { type: 'image' }; offset: number }> = [];
  const mdast: Root = { type: 'root', children: [] };
  const state = { writer, images };

  for (const child of hast.children) {
    if (child.type === 'element') mdast.children.push(...block(child, state));
  }
  setSpan(mdast, 0, writer.text.length);

  // Word keeps a picture's alt text apart from the paragraph's words: write each after the text
  // of the document, one line for each picture, so the word checks can read it. Findings on
  // those words are shown at the picture (src/engine/lint.ts); the document's own text ends
  // where the root node ends.
  const altSources = new Map<MdastNodes, AltTextSource>();
  images.forEach(({ node }, index) => {
    const drawing = drawings.length === images.length ? drawings[index] : undefined;
    const value = (node.alt ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
    if (drawing?.decorative || !/\p{L}/u.test(value)) return;
    const start = writer.text.length;
    writer.text += `${value}\n`;
    altSources.set(node, { start, end: start + value.length, value });
  });

  return makeDocument({
    path,
    format: 'docx',
    text: writer.text,
    mdast,
    altSources,
    images: (pointAt) =>
      images.map(({ node, offset }, index): ImageInfo => {
        const drawing = drawings.length === images.length ? drawings[index] : undefined;
        return {
          alt: node.alt ?? '',
          src: '',
          title: null,
          decorative: drawing?.decorative ?? false,
          position: { start: pointAt(offset), end: pointAt(offset) },
          origin: 'docx',
        };
      }),
  });
}

function inBrowser(): boolean {
  return typeof process === 'undefined' || !process.versions?.node;
}

/** A zip of the checked parts only (pictures and other files empty), for mammoth's browser build. */
export async function checkedZip(pkg: DocxPackage): Promise<ArrayBuffer> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  for (const [name, xml] of pkg.parts) zip.file(name, xml);
  for (const name of pkg.others) if (!pkg.parts.has(name)) zip.file(name, '');
  return zip.generateAsync({ type: 'arraybuffer', compression: 'STORE' });
}

/** Read each drawing's docPr in document order: its description and decorative mark. */
export function readDrawings(xml: string): DrawingInfo[] {
  const out: DrawingInfo[] = [];
  const docPr = /<wp:docPr\b([^>]*?)(\/>|>([^]*?)<\/wp:docPr>)/g;
  for (const match of xml.matchAll(docPr)) {
    const attrs = match[1] ?? '';
    const inner = match[3] ?? '';
    const descr = /\bdescr="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const decorative = /<(\w+:)?decorative\b[^>]*\bval="(1|true|on)"/i.test(inner);
    out.push({ decorative, descr });
  }
  return out;
}

interface State {
  writer: Writer;
  images: Array<{ node: PhrasingContent & { type: 'image' }; offset: number }>;
}

function setSpan(node: object, start: number, end: number): void {
  // Points are filled in by makeDocument's pointAt through offsets; line/column are rebuilt there.
  (node as { position?: unknown }).position = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
}

/** Write one line (one paragraph) and return its inline content. */
function line(children: ElementContent[], state: State): { content: PhrasingContent[]; start: number; end: number } {
  const start = state.writer.text.length;
  const content = phrasing(children, state);
  const end = state.writer.text.length;
  state.writer.text += '\n';
  return { content, start, end };
}

function block(el: Element, state: State): RootContent[] {
  const tag = el.tagName;
  if (/^h[1-6]$/.test(tag)) {
    const { content, start, end } = line(el.children, state);
    const node: RootContent = { type: 'heading', depth: Number(tag[1]) as 1, children: content };
    setSpan(node, start, end);
    return [node];
  }
  if (tag === 'p') {
    const { content, start, end } = line(el.children, state);
    const node: RootContent = { type: 'paragraph', children: content };
    setSpan(node, start, end);
    return [node];
  }
  if (tag === 'ul' || tag === 'ol') {
    const start = state.writer.text.length;
    const items: ListItem[] = [];
    for (const li of el.children) {
      if (li.type !== 'element' || li.tagName !== 'li') continue;
      items.push(listItem(li, state));
    }
    const node: RootContent = { type: 'list', ordered: tag === 'ol', spread: false, children: items };
    setSpan(node, start, state.writer.text.length);
    return [node];
  }
  if (tag === 'table') {
    const start = state.writer.text.length;
    const rows: TableRow[] = [];
    const collect = (parent: Element) => {
      for (const child of parent.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'tr') rows.push(tableRow(child, state));
        else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child);
      }
    };
    collect(el);
    const node: RootContent = { type: 'table', children: rows };
    setSpan(node, start, state.writer.text.length);
    return [node];
  }
  if (tag === 'blockquote' || tag === 'div' || tag === 'section') {
    const out: RootContent[] = [];
    for (const child of el.children) if (child.type === 'element') out.push(...block(child, state));
    return out;
  }
  // Anything else at block level: treat as a paragraph.
  const { content, start, end } = line(el.children, state);
  const node: RootContent = { type: 'paragraph', children: content };
  setSpan(node, start, end);
  return [node];
}

function listItem(li: Element, state: State): ListItem {
  const start = state.writer.text.length;
  const inlineKids: ElementContent[] = [];
  const children: ListItem['children'] = [];
  const flush = () => {
    if (!inlineKids.length) return;
    const { content, start: s, end } = line(inlineKids.splice(0), state);
    const p = { type: 'paragraph' as const, children: content };
    setSpan(p, s, end);
    children.push(p);
  };
  for (const child of li.children) {
    if (child.type === 'element' && ['ul', 'ol', 'p', 'table'].includes(child.tagName)) {
      flush();
      children.push(...(block(child, state) as ListItem['children']));
    } else {
      inlineKids.push(child);
    }
  }
  flush();
  const node: ListItem = { type: 'listItem', spread: false, children };
  setSpan(node, start, state.writer.text.length);
  return node;
}

function tableRow(tr: Element, state: State): TableRow {
  const start = state.writer.text.length;
  const cells: TableCell[] = [];
  for (const td of tr.children) {
    if (td.type !== 'element' || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
    // A cell is one line: its paragraphs are joined with a space.
    const parts: ElementContent[] = [];
    for (const child of td.children) {
      if (child.type === 'element' && child.tagName === 'p') {
        if (parts.length) parts.push({ type: 'text', value: ' ' });
        parts.push(...child.children);
      } else parts.push(child);
    }
    const { content, start: s, end } = line(parts, state);
    const cell: TableCell = { type: 'tableCell', children: content };
    setSpan(cell, s, end);
    cells.push(cell);
  }
  const row: TableRow = { type: 'tableRow', children: cells };
  setSpan(row, start, state.writer.text.length);
  return row;
}

function phrasing(children: ElementContent[], state: State): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      const value = child.value.replace(/[\r\n\u2028\u2029]+/g, ' ');
      if (!value) continue;
      const start = state.writer.text.length;
      state.writer.text += value;
      const node: PhrasingContent = { type: 'text', value };
      setSpan(node, start, state.writer.text.length);
      out.push(node);
      continue;
    }
    if (child.type !== 'element') continue;
    const start = state.writer.text.length;
    const tag = child.tagName;
    let node: PhrasingContent | undefined;
    switch (tag) {
      case 'strong':
      case 'b':
        node = { type: 'strong', children: phrasing(child.children, state) };
        break;
      case 'em':
      case 'i':
        node = { type: 'emphasis', children: phrasing(child.children, state) };
        break;
      case 'u':
        node = { type: 'emphasis', data: { underline: true } as never, children: phrasing(child.children, state) };
        break;
      case 's':
      case 'del':
        node = { type: 'delete', children: phrasing(child.children, state) };
        break;
      case 'a': {
        const href = String(child.properties?.href ?? '');
        if (/^#(footnote|endnote)/.test(href) || !href) {
          // Footnote marks and bookmarks: keep the words, not the link.
          if (/^#(footnote|endnote)/.test(href)) continue;
          out.push(...phrasing(child.children, state));
          continue;
        }
        node = { type: 'link', url: href, children: phrasing(child.children, state) };
        break;
      }
      case 'img': {
        const alt = child.properties?.alt;
        const image = { type: 'image' as const, url: '', alt: typeof alt === 'string' ? alt : null };
        setSpan(image, start, start);
        state.images.push({ node: image, offset: start });
        out.push(image);
        continue;
      }
      case 'br':
        state.writer.text += ' ';
        node = { type: 'break' };
        break;
      default:
        out.push(...phrasing(child.children, state));
        continue;
    }
    setSpan(node, start, state.writer.text.length);
    out.push(node);
  }
  return out;
}

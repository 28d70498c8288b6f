/**
 * Bridge from mdast (markdown, or Word turned into mdast) to nlcst (sentences and words).
 *
 * Rules must see only prose: never code, URLs, HTML or front matter. And every word must
 * point back to its exact place in the source, even where the source has escapes (`\*`),
 * character references (`&amp;`), blockquote markers or list indentation between the
 * words, or CRLF line endings. So for each block we build its plain text together with
 * a table from each character back to its offset in the source, parse that text with
 * parse-english (the parser retext-english uses), and move every position through the table.
 */
import { ParseEnglish } from 'parse-english';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes as MdastNodes, Parents as MdastParents, PhrasingContent } from 'mdast';
import type { Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence, Nodes as NlcstNodes } from 'nlcst';
import { toString as mdastToString } from 'mdast-util-to-string';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { Block, BlockKind, Point, Section } from '../types.js';
import { htmlAltRanges } from './html-images.js';

export interface ProseResult {
  blocks: Block[];
  sections: Section[];
  nlcst: NlcstRoot;
  /** The alt text of each image with words in it, as blocks of kind `altText`, in document order. */
  altText: Block[];
}

/** Placeholder character for code and URLs inside prose: parsed as one word, then made a SourceNode. */
const PLACEHOLDER = 'x';

interface Builder {
  text: string;
  /** map[i] = source offset of text[i] */
  map: number[];
  /** Ranges of `text` that hold source (code, URLs), with the original value. */
  sources: Array<{ start: number; end: number; value: string }>;
  /** Images met in the block's inline content (markdown images, inline HTML with <img>): their alt text is a block of its own. */
  images?: MdastNodes[];
}

let parser: ParseEnglish | undefined;
function getParser(): ParseEnglish {
  parser ??= new ParseEnglish();
  return parser;
}

/**
 * Where an image's alt text is written when it is not in the markup itself: Word keeps it apart
 * from the paragraphs, so src/parse/docx.ts writes it after them, one line for each image.
 */
export interface AltTextSource {
  start: number;
  end: number;
  value: string;
}

export function buildProse(
  tree: MdastParents,
  source: string,
  pointAt: (offset: number) => Point,
  altSources?: ReadonlyMap<MdastNodes, AltTextSource>,
): ProseResult {
  const blocks: Block[] = [];
  const sections: Section[] = [{ index: 0, depth: 0, blocks: [] }];
  const altText: Block[] = [];

  /** The alt text of the images in `node` (an image, or raw HTML with <img> elements), as blocks of kind altText. */
  const addAlt = (node: MdastNodes, inList: boolean, inTable: boolean): void => {
    for (const builder of altBuilders(node, source, altSources?.get(node))) {
      if (!/\p{L}/u.test(builder.text)) continue;
      altText.push({
        kind: 'altText',
        section: sections[sections.length - 1]!.index,
        inList,
        inTable,
        node,
        nlcst: toParagraph(builder, source, pointAt),
        text: builder.text,
      });
    }
  };

  const addBlock = (node: MdastNodes, kind: BlockKind, inList: boolean, inTable: boolean): void => {
    const builder: Builder = { text: '', map: [], sources: [], images: [] };
    inline(node as MdastParents, source, builder);
    if (!/[\p{L}\p{N}]/u.test(builder.text)) {
      for (const image of builder.images!) addAlt(image, inList, inTable);
      return;
    }
    let section = sections[sections.length - 1]!;
    if (node.type === 'heading') {
      section = {
        index: sections.length,
        depth: node.depth,
        heading: builder.text.trim(),
        node,
        blocks: [],
      };
      sections.push(section);
    }
    const nlcst = toParagraph(builder, source, pointAt);
    const block: Block = {
      kind,
      section: section.index,
      inList,
      inTable,
      node,
      nlcst,
      text: builder.text,
    };
    if (node.type === 'heading') block.depth = node.depth;
    blocks.push(block);
    section.blocks.push(block);
    for (const image of builder.images!) addAlt(image, inList, inTable);
  };

  const walk = (node: MdastNodes, inList: boolean, inTable: boolean, inQuote: boolean): void => {
    switch (node.type) {
      case 'paragraph':
        addBlock(node, inList ? 'listItem' : inQuote ? 'blockquote' : 'paragraph', inList, inTable);
        return;
      case 'heading':
        addBlock(node, 'heading', inList, inTable);
        return;
      case 'tableCell':
        addBlock(node, 'tableCell', inList, true);
        return;
      case 'html':
        if (IMG.test(node.value)) addAlt(node, inList, inTable);
        return;
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) {
          const list = inList || node.type === 'listItem';
          const table = inTable || node.type === 'table';
          const quote = inQuote || node.type === 'blockquote';
          for (const child of node.children) walk(child as MdastNodes, list, table, quote);
        }
    }
  };
  walk(tree as MdastNodes, false, false, false);

  const nlcst: NlcstRoot = { type: 'RootNode', children: blocks.map((b) => b.nlcst) };
  return { blocks, sections, nlcst, altText };
}

const IMG = /<img\b/i;

/**
 * The alt text of an image as text to parse, each character mapped to its place in the source:
 * between “![” and “]” for a markdown image, inside the alt attribute's quotes for HTML. An image
 * with no place in the source (Word's, whose alt text is not in the text) gives nothing.
 */
function altBuilders(node: MdastNodes, source: string, apart?: AltTextSource): Builder[] {
  if (apart) {
    if (source.slice(apart.start, apart.end) !== apart.value) return [];
    const b: Builder = { text: '', map: [], sources: [] };
    pushAligned(apart.value, source, apart.start, apart.end, b);
    return [b];
  }
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return [];
  const out: Builder[] = [];
  if (node.type === 'image' || node.type === 'imageReference') {
    const alt = node.alt ?? '';
    if (!alt.trim() || source.slice(start, start + 2) !== '![') return [];
    const b: Builder = { text: '', map: [], sources: [] };
    // The alt text is the label's words without their marks (“*”, “\”): the parser's alt value is
    // found in the source from just after “![”.
    pushAligned(alt, source, start + 2, end, b);
    out.push(b);
  } else if (node.type === 'html') {
    for (const range of htmlAltRanges(node.value, start)) {
      if (source.slice(range.start, range.end) !== range.raw) continue;
      const b: Builder = { text: '', map: [], sources: [] };
      pushAligned(decodeReferences(range.raw), source, range.start, range.end, b);
      out.push(b);
    }
  }
  return out;
}

/** An HTML attribute's value with its character references (“&amp;”, “&#8217;”) decoded. */
function decodeReferences(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const decoded = raw[i] === '&' ? decodeReference(raw, i, raw.length) : undefined;
    if (decoded) {
      out += decoded.value;
      i += decoded.length;
    } else out += raw[i++];
  }
  return out;
}

/** Is this link an autolink, whose text is the address itself? */
function isBareUrl(node: PhrasingContent & { type: 'link' }): boolean {
  const text = mdastToString(node);
  const url = node.url;
  return (
    text === url ||
    url === 'mailto:' + text ||
    url === 'http://' + text ||
    url === 'https://' + text ||
    /^(https?:\/\/|www\.)\S+$/i.test(text) ||
    /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text)
  );
}

function inline(parent: MdastParents, source: string, b: Builder): void {
  for (const child of parent.children as MdastNodes[]) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    switch (child.type) {
      case 'text':
        if (start !== undefined && end !== undefined) pushAligned(child.value, source, start, end, b);
        break;
      case 'inlineCode':
        pushSource(child.value, start ?? 0, b);
        break;
      case 'link':
        if (isBareUrl(child)) pushSource(mdastToString(child), start ?? 0, b);
        else inline(child, source, b);
        break;
      case 'break':
        pushGap('\n', start ?? 0, b);
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(child.value)) pushGap(' ', start ?? 0, b);
        else if (IMG.test(child.value)) b.images?.push(child);
        break;
      case 'image':
      case 'imageReference':
        b.images?.push(child);
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in child) inline(child as MdastParents, source, b);
    }
  }
}

function pushGap(value: string, offset: number, b: Builder): void {
  b.text += value;
  for (let i = 0; i < value.length; i++) b.map.push(offset);
}

function pushSource(value: string, offset: number, b: Builder): void {
  const start = b.text.length;
  // One placeholder word whatever the code holds, so the code counts as one word at most.
  const length = Math.max(1, Math.min(value.length, 40));
  b.text += PLACEHOLDER.repeat(length);
  for (let i = 0; i < length; i++) b.map.push(offset + i);
  b.sources.push({ start, end: b.text.length, value });
}

/**
 * Append a text node's value, mapping each character to its offset in the source.
 * The source slice may hold more than the value: escapes, character references,
 * blockquote markers and indentation after line endings, carriage returns.
 * The text grows by the whole value at once; the loop only finds each character's offset.
 */
function pushAligned(value: string, source: string, start: number, end: number, b: Builder): void {
  b.text += value;
  const map = b.map;
  let s = start;
  let i = 0;
  while (i < value.length) {
    const ch = value[i]!;
    // Find ch in the source, skipping what the parser dropped.
    let matched = false;
    while (s < end) {
      const sc = source[s]!;
      if (sc === ch) {
        matched = true;
        break;
      }
      if (sc === '&') {
        const decoded = decodeReference(source, s, end);
        if (decoded && value.startsWith(decoded.value, i)) {
          for (let k = 0; k < decoded.value.length; k++) map.push(s);
          i += decoded.value.length;
          s += decoded.length;
          matched = false;
          break;
        }
      }
      s++;
    }
    if (!matched) {
      if (s >= end && i < value.length) {
        // Could not align (should not happen): keep the rest next to the last known place.
        const last = Math.min(end, source.length) - 1;
        for (; i < value.length; i++) map.push(last);
      }
      continue;
    }
    map.push(s);
    s++;
    i++;
  }
}

function decodeReference(source: string, at: number, end: number): { value: string; length: number } | undefined {
  const match = /^&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/.exec(source.slice(at, Math.min(end, at + 40)));
  if (!match) return undefined;
  const body = match[1]!;
  let value: string | false;
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    value = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  } else {
    value = decodeNamedCharacterReference(body);
  }
  return value ? { value, length: match[0].length } : undefined;
}

/** Parse a block's text into one nlcst paragraph with positions in the source. */
function toParagraph(b: Builder, source: string, pointAt: (offset: number) => Point): NlcstParagraph {
  const root = getParser().parse(b.text);
  const sentences: NlcstParagraph['children'] = [];
  for (const child of root.children) {
    if (child.type === 'ParagraphNode') sentences.push(...child.children);
  }
  // Trim whitespace at the edges of the block.
  while (sentences.length && sentences[0]!.type === 'WhiteSpaceNode') sentences.shift();
  while (sentences.length && sentences[sentences.length - 1]!.type === 'WhiteSpaceNode') sentences.pop();
  const paragraph: NlcstParagraph = { type: 'ParagraphNode', children: joinAfterDash(splitAfterNumbers(sentences)) };
  if (b.sources.length) markSources(paragraph, b);
  remap(paragraph, b, source, pointAt);
  return paragraph;
}

/**
 * A question or an exclamation inside dashes does not end the sentence when the words after the
 * dash go on in lower case: “A new briefing – What happens when people leave hospital? – outlines
 * where …” is one sentence. parse-english ends it at the question mark; join the 2 parts again.
 * A capital after the dash starts something new (“Do you live in the UK? – Your details”).
 */
function joinAfterDash(children: NlcstParagraph['children']): NlcstParagraph['children'] {
  const out: NlcstParagraph['children'] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const prev = out.length >= 2 ? out[out.length - 2] : undefined;
    const space = out[out.length - 1];
    if (node.type === 'SentenceNode' && prev?.type === 'SentenceNode' && space?.type === 'WhiteSpaceNode' && dashThenLower(node as Sentence)) {
      const last = (prev as Sentence).children[(prev as Sentence).children.length - 1];
      if (last && /^[?!]$/.test(nlcstToString(last))) {
        const head = prev as Sentence;
        const joined: Sentence = { type: 'SentenceNode', children: [...head.children, space as never, ...(node as Sentence).children] };
        if (head.position && node.position) joined.position = { start: head.position.start, end: node.position.end };
        out.splice(out.length - 2, 2, joined);
        continue;
      }
    }
    out.push(node);
  }
  return out;
}

/** Does the sentence start with a dash and then a word in lower case (“– outlines where”)? */
function dashThenLower(sentence: Sentence): boolean {
  const kids = sentence.children;
  if (!kids[0] || !/^[–—]$/.test(nlcstToString(kids[0]))) return false;
  const word = kids.find((k) => k.type === 'WordNode');
  return !!word && /^\p{Ll}/u.test(nlcstToString(word));
}

/**
 * parse-english reads a full stop after a number of 1 to 3 digits as part of an abbreviation
 * (as in a list “1. Fill in the form”), so “call NHS 111. Patients who …” stays one sentence.
 * Split there again when the number is not the sentence's first word and the next word starts
 * with a capital letter: “111.” then ends a sentence, as a reader takes it.
 */
function splitAfterNumbers(children: NlcstParagraph['children']): NlcstParagraph['children'] {
  const out: NlcstParagraph['children'] = [];
  for (const node of children) {
    if (node.type !== 'SentenceNode') {
      out.push(node);
      continue;
    }
    let rest = node as Sentence;
    for (;;) {
      const at = numberEnd(rest);
      if (at < 0) break;
      const kids = rest.children;
      const word = kids[at] as Extract<Sentence['children'][number], { type: 'WordNode' }>;
      const stop = word.children.pop()!;
      word.position = word.position && stop.position ? { start: word.position.start, end: stop.position.start } : word.position;
      const head: Sentence = { type: 'SentenceNode', children: [...kids.slice(0, at + 1), stop as never] };
      const space = kids[at + 1]!;
      const tail: Sentence = { type: 'SentenceNode', children: kids.slice(at + 2) };
      if (rest.position && stop.position) head.position = { start: rest.position.start, end: stop.position.end };
      const tailStart = tail.children[0]?.position?.start;
      if (rest.position && tailStart) tail.position = { start: tailStart, end: rest.position.end };
      out.push(head, space as never);
      rest = tail;
    }
    out.push(rest);
  }
  return out;
}

/**
 * Index of a word that ends a sentence though parse-english reads its full stop as part of an
 * abbreviation, before a space and a capital:
 *
 * - a number of 1 to 3 digits right after another word (“NHS 111.”, not “Steps: 1.”), after a
 *   currency sign (“It costs £5. You pay”) or after a thousands comma (“about 1,000. Then”);
 * - “ID.” in capitals (“Bring your photo ID. It must…”): parse-english takes it for “id.”, a
 *   Latin short form no public page uses.
 */
function numberEnd(sentence: Sentence): number {
  const kids = sentence.children;
  for (let i = 1; i < kids.length - 2; i++) {
    const node = kids[i]!;
    if (node.type !== 'WordNode') continue;
    const parts = node.children;
    const next = kids[i + 2];
    if (
      parts.length === 2 &&
      parts[0]!.type === 'TextNode' &&
      parts[1]!.type === 'PunctuationNode' &&
      parts[1]!.value === '.' &&
      kids[i + 1]!.type === 'WhiteSpaceNode' &&
      next?.type === 'WordNode' &&
      next.children[0]?.type === 'TextNode' &&
      /^\p{Lu}/u.test(next.children[0].value) &&
      endsSentence(kids, i, parts[0]!.value)
    ) {
      return i;
    }
  }
  return -1;
}

/** Is the word at `i` (its text before the full stop is `text`) one of numberEnd's cases? */
function endsSentence(kids: Sentence['children'], i: number, text: string): boolean {
  const before = kids[i - 1]!;
  if (text === 'ID') return before.type === 'WhiteSpaceNode';
  if (!/^\d{1,3}$/.test(text)) return false;
  if (before.type === 'WhiteSpaceNode') return i >= 2 && kids[i - 2]!.type === 'WordNode';
  if (before.type === 'SymbolNode' || before.type === 'PunctuationNode') {
    const value = (before as { value: string }).value;
    if (/^[£$€]$/u.test(value)) return true;
    const digits = kids[i - 2];
    return value === ',' && digits?.type === 'WordNode' && /^\d{1,3}$/.test(nodeText(digits));
  }
  return false;
}

const nodeText = (word: Extract<Sentence['children'][number], { type: 'WordNode' }>): string =>
  word.children.map((c) => ('value' in c ? c.value : '')).join('');

/** Turn the placeholder words that stand for code or URLs back into SourceNodes. */
function markSources(paragraph: NlcstParagraph, b: Builder): void {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue;
    const children = (sentence as Sentence).children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'WordNode' || !node.position) continue;
      const offset = node.position.start.offset!;
      const src = b.sources.find((r) => offset >= r.start && offset < r.end);
      if (src) {
        children[i] = { type: 'SourceNode', value: src.value, position: node.position } as never;
      }
    }
  }
}

function remap(node: NlcstNodes, b: Builder, source: string, pointAt: (offset: number) => Point): void {
  const position = node.position;
  if (position && position.start.offset !== undefined && position.end.offset !== undefined) {
    const from = position.start.offset;
    const to = position.end.offset;
    const start = from < b.map.length ? b.map[from]! : (b.map[b.map.length - 1] ?? 0) + 1;
    const end = to > 0 && to - 1 < b.map.length ? b.map[to - 1]! + 1 : start;
    node.position = { start: pointAt(start), end: pointAt(Math.max(start, Math.min(end, source.length))) };
  }
  if ('children' in node) for (const child of node.children) remap(child as NlcstNodes, b, source, pointAt);
}

/**
 * Image alt text as text that word rules check: one shared place, as textlint's filters are.
 *
 * A screen reader reads alt text aloud, so its words matter as much as the page's: “utilise”,
 * “suffering from dementia” or a misspelt word read out is as bad as one printed. The parser
 * (prose.ts) makes each image's alt text a block of kind `altText` with exact positions, and
 * keeps those blocks out of the document's `blocks`, `sections` and `nlcst`: rules about
 * sentences, sections and layout (sentence length, reading age, passive voice, lists) never
 * see them. A rule that checks words says `meta.altText: true`; the engine (engine/lint.ts) then
 * gives it the document made here, whose `blocks` and `nlcst` hold the alt text too, and adds
 * a note to its findings there (altTextNote).
 */
import type { Block, LintDocument } from '../types.js';

const views = new WeakMap<LintDocument, LintDocument>();

/** The document with its images' alt text among its blocks, in source order (made once per document). */
export function withAltText(doc: LintDocument): LintDocument {
  if (!doc.altText?.length) return doc;
  let view = views.get(doc);
  if (!view) {
    const blocks = mergeByStart(doc.blocks, doc.altText);
    view = { ...doc, blocks, nlcst: { type: 'RootNode', children: blocks.map((b) => b.nlcst) } };
    views.set(doc, view);
  }
  return view;
}

const ranges = new WeakMap<LintDocument, Array<[number, number]>>();

/** True when the source range [start, end) lies inside an image's alt text. */
export function inAltText(doc: LintDocument, start: number, end: number): boolean {
  return altTextAt(doc, start, end) !== undefined;
}

/** The alt text block that holds the source range [start, end), if one does. */
export function altTextAt(doc: LintDocument, start: number, end: number): Block | undefined {
  if (!doc.altText?.length) return undefined;
  let list = ranges.get(doc);
  if (!list) {
    list = doc.altText.map(rangeOf);
    ranges.set(doc, list);
  }
  // The ranges are in source order and do not overlap: find the last one that starts at or before `start`.
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && end <= list[found]![1] ? doc.altText[found] : undefined;
}

/** Where a block's words start and end in the source. */
function rangeOf(block: Block): [number, number] {
  const kids = block.nlcst.children;
  const from = kids[0]?.position?.start.offset ?? block.node.position?.start.offset ?? 0;
  const to = kids[kids.length - 1]?.position?.end.offset ?? from;
  return [from, to];
}

/**
 * The document's own text, for showing it: a Word document's text without the alt text of its
 * pictures that src/parse/docx.ts writes after it (findings there point at the pictures).
 */
export function pageText(doc: LintDocument): string {
  if (doc.format !== 'docx') return doc.text;
  return doc.text.slice(0, doc.mdast.position?.end.offset ?? doc.text.length);
}

/** The sentence the engine adds to a finding in alt text, so the writer knows where to look. */
export const ALT_TEXT_NOTE = 'This is in the alt text of an image.';

function startOf(block: Block): number {
  return rangeOf(block)[0];
}

/** Both lists in order of where they start in the source (each list is in order already). */
function mergeByStart(a: Block[], b: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && startOf(a[i]!) <= startOf(b[j]!))) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * True places for Word findings: Word's paragraph number and the column in that paragraph.
 *
 * A finding points into plainlint's text of the document, where line N is mammoth's paragraph N.
 * mammoth skips empty paragraphs and makes one line of each table cell, so N is not the number
 * Word would give. Here we read word/document.xml run by run (extract.ts), line it up with
 * plainlint's text (align.ts, as --annotate does), and number the paragraphs as Word holds them:
 *
 * - main text: every w:p of the body in document order, also empty ones, those in table cells and
 *   those in content controls; not those in text boxes (Word keeps those apart);
 * - footnotes and endnotes: the note's number as Word shows it, then its paragraphs from 1;
 * - text boxes: the paragraphs inside the box from 1, and the main-text paragraph that holds it.
 *
 * Columns count the paragraph's text from 1: letters, spaces, tabs and line breaks, the text of
 * links and of tracked insertions; not tracked deletions, field codes, note marks or pictures.
 *
 * Only Word files come here (src/engine/run.ts loads this module for docx alone). Footnote and
 * endnote parts are read only when the document has a note mark.
 */
import type { Finding, WordLocation } from '../types.js';
import type { DocxPackage } from './package.js';
import { Aligner, type Anchor } from './align.js';
import { chosen, extractBody, extractNotes, type NoteRef, type Unit } from './extract.js';
import { readRelationships, resolvePart } from '../annotate/comments.js';
import { elements, isMc, isW, parseXml, wAttr, type XElement, type XNode } from './xml.js';
import { namedSentences, type NamedSentence } from '../report/sentences.js';

const DOCUMENT = 'word/document.xml';
const RELS = 'word/_rels/document.xml.rels';
const NOTE_SKIP_TYPES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

interface ParagraphInfo {
  story: WordLocation['story'];
  note?: number;
  /** Number within its story. */
  number: number;
  /** Main-text paragraph that holds it (itself, the note mark's paragraph, or the text box's). */
  body: number;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Number the paragraphs of one story: every w:p under `root` in order, except those inside
 * text boxes (which are numbered as stories of their own) and the fallback copies of drawings.
 */
function numberStory(
  root: XElement,
  info: Map<XElement, ParagraphInfo>,
  make: (n: number, p: XElement) => ParagraphInfo,
  boxes: Array<{ box: XElement; holder: ParagraphInfo }>,
): void {
  let n = 0;
  const visit = (el: XElement) => {
    for (const child of elements(el)) {
      if (isW(child, 'p')) {
        const entry = make(++n, child);
        info.set(child, entry);
        findBoxes(child, (box) => boxes.push({ box, holder: entry }));
      } else if (isMc(child, 'AlternateContent')) {
        const choice = chosen(child);
        if (choice) visit(choice);
      } else visit(child);
    }
  };
  visit(root);
}

/** Text boxes inside a paragraph, in the rendering Word shows. */
function findBoxes(p: XElement, found: (box: XElement) => void): void {
  const visit = (el: XElement) => {
    for (const child of elements(el)) {
      if (isW(child, 'txbxContent')) found(child);
      else if (isMc(child, 'AlternateContent')) {
        const choice = chosen(child);
        if (choice) visit(choice);
      } else if (!isW(child, 'p')) visit(child);
    }
  };
  visit(p);
}

function numberBoxes(boxes: Array<{ box: XElement; holder: ParagraphInfo }>, info: Map<XElement, ParagraphInfo>): void {
  // A text box may hold another: those are found while numbering, and numbered in turn.
  for (let i = 0; i < boxes.length; i++) {
    const { box, holder } = boxes[i]!;
    numberStory(box, info, (number) => ({ story: 'textbox', number, body: holder.body, ...(holder.note ? { note: holder.note } : {}) }), boxes);
  }
}

function closestParagraph(node: XNode | null): XElement | undefined {
  for (let at = node; at; at = at.parentNode) {
    const el = at as XElement;
    if (el.nodeType === 1 && isW(el, 'p')) return el;
  }
  return undefined;
}

/** The paragraph and 1-based column of the character at `at` in the unit (stepping in `step` over joining spaces). */
function pointIn(unit: Unit, at: number, step: 1 | -1, info: Map<XElement, ParagraphInfo>): { p: ParagraphInfo; column: number } | undefined {
  let i = at;
  while (i >= 0 && i < unit.runs.length && !unit.runs[i]) i += step;
  const run = unit.runs[i];
  if (!run) return undefined;
  const p = closestParagraph(run);
  const index = p ? unit.paragraphs.indexOf(p) : -1;
  const entry = p && info.get(p);
  if (index < 0 || !entry) return undefined;
  return { p: entry, column: i - unit.starts[index]! + 1 };
}

function locationOf(anchor: Anchor, units: Unit[], info: Map<XElement, ParagraphInfo>): WordLocation | undefined {
  const make = (start: { p: ParagraphInfo; column: number }, end: { p: ParagraphInfo; column: number }): WordLocation | undefined => {
    const { p } = start;
    if (end.p.story !== p.story || end.p.note !== p.note) end = start;
    return {
      story: p.story,
      ...(p.note !== undefined ? { note: p.note } : {}),
      paragraph: p.number,
      column: start.column,
      endParagraph: end.p.number,
      endColumn: end.column,
      bodyParagraph: p.body,
    };
  };
  if (anchor.kind === 'range') {
    const start = pointIn(anchor.startUnit, anchor.start, 1, info);
    const last = pointIn(anchor.endUnit, anchor.end - 1, -1, info);
    if (!start || !last) return undefined;
    return make(start, { p: last.p, column: last.column + 1 });
  }
  if (anchor.kind === 'paragraph') {
    const p = anchor.unit.paragraphs[0];
    const entry = p && info.get(p);
    return entry ? make({ p: entry, column: 1 }, { p: entry, column: 1 }) : undefined;
  }
  // A picture: the column where it sits in its paragraph.
  const p = closestParagraph(anchor.run);
  const entry = p && info.get(p);
  if (!p || !entry) return undefined;
  for (const unit of units) {
    const spot = unit.images.find((image) => image.run === anchor.run);
    const index = unit.paragraphs.indexOf(p);
    if (!spot || index < 0) continue;
    const column = spot.at - unit.starts[index]! + 1;
    return make({ p: entry, column }, { p: entry, column });
  }
  return make({ p: entry, column: 1 }, { p: entry, column: 1 });
}

/** Read the footnotes and endnotes parts, number their paragraphs, and return their units. */
async function readNotes(pkg: DocxPackage, refs: Map<string, NoteRef>, info: Map<XElement, ParagraphInfo>): Promise<Unit[]> {
  // Only the parts that were checked when the package was opened (sizes, entities, names).
  const read = async (name: string) => {
    const xml = pkg.parts.get(name);
    return xml === undefined ? undefined : stripBom(xml);
  };
  const rels = await readRelationships(await read(RELS));
  const units: Unit[] = [];
  for (const kind of ['footnote', 'endnote'] as const) {
    const rel = elements(rels.doc.documentElement).find((r) => (r.getAttribute('Type') ?? '').endsWith(`/${kind}s`));
    if (!rel || rel.getAttribute('TargetMode') === 'External') continue;
    const path = resolvePart('word/', rel.getAttribute('Target') ?? '');
    const xml = await read(path);
    if (xml === undefined) continue;
    const doc = await parseXml(xml, path);
    const boxes: Array<{ box: XElement; holder: ParagraphInfo }> = [];
    for (const note of elements(doc.documentElement)) {
      if (!isW(note, kind) || NOTE_SKIP_TYPES.has(wAttr(note, 'type') ?? '')) continue;
      const ref = refs.get(`${kind}:${wAttr(note, 'id') ?? ''}`);
      if (!ref) continue;
      const holder = closestParagraph(ref.run);
      const body = holder ? info.get(holder)?.body : undefined;
      if (body === undefined) continue;
      numberStory(note, info, (number) => ({ story: kind, note: ref.number, number, body }), boxes);
    }
    numberBoxes(boxes, info);
    units.push(...extractNotes(doc.documentElement, path));
  }
  return units;
}

/**
 * locateFindings, for the command line and the checker page: if the places cannot be worked out
 * (an unexpected part, say), the findings keep plainlint's own paragraph numbers, which are
 * still right. Never throws.
 */
export async function locateFindingsOrKeep(buffer: Buffer, pkg: DocxPackage, text: string, findings: Finding[]): Promise<void> {
  try {
    await locateFindings(buffer, pkg, text, findings);
  } catch {
    // Keep plainlint's own paragraph numbers.
  }
}

/**
 * Give each finding its true place in Word (`finding.word`, and `finding.paragraph` as Word
 * counts). Findings whose words cannot be found keep plainlint's paragraph number.
 */
export async function locateFindings(buffer: Buffer, pkg: DocxPackage, text: string, findings: Finding[]): Promise<void> {
  if (!findings.length) return;
  const document = await parseXml(stripBom(pkg.documentXml), DOCUMENT);
  const root = document.documentElement;
  const body = extractBody(root, DOCUMENT);
  const info = new Map<XElement, ParagraphInfo>();
  const boxes: Array<{ box: XElement; holder: ParagraphInfo }> = [];
  const main = elements(root).find((el) => isW(el, 'body'));
  if (main) numberStory(main, info, (number) => ({ story: 'body', number, body: number }), boxes);
  numberBoxes(boxes, info);
  const units = [...body.units];
  // mammoth puts footnotes and endnotes after the body: without them, their lines could match body words.
  if (body.noteRefs.size) units.push(...(await readNotes(pkg, body.noteRefs, info)));

  const aligner = new Aligner(text.split('\n'), units);
  const found = findings.map((finding) => {
    const placement = aligner.place(finding);
    return placement?.located ? locationOf(placement.anchor, units, info) : undefined;
  });
  // The sentences a finding names (long sentences in the document) get Word's paragraph too.
  const named = findings.flatMap((finding) => namedSentences(finding).map((sentence) => ({ sentence, words: sentenceAsFinding(finding, sentence, text) })));
  const namedFound = named.map(({ words }) => {
    const placement = aligner.place(words);
    return placement?.located ? locationOf(placement.anchor, units, info) : undefined;
  });
  // Only now change the findings, so a failure above leaves them all as they were.
  findings.forEach((finding, i) => {
    const word = found[i];
    if (!word) return;
    finding.word = word;
    finding.paragraph = word.bodyParagraph;
  });
  named.forEach(({ sentence }, i) => {
    const word = namedFound[i];
    if (word) sentence.paragraph = word.bodyParagraph;
  });
}

/** One named sentence as a finding of its own, for the aligner to find in Word. */
function sentenceAsFinding(finding: Finding, s: NamedSentence, text: string): Finding {
  const between = text.slice(s.offset, s.endOffset);
  const breaks = between.split('\n').length - 1;
  const endColumn = breaks ? s.endOffset - text.lastIndexOf('\n', s.endOffset - 1) : s.column + between.length;
  return {
    ...finding,
    start: { line: s.line, column: s.column, offset: s.offset },
    end: { line: s.line + breaks, column: endColumn, offset: s.endOffset },
    excerpt: between,
  };
}

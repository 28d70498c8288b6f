/**
 * Put comment marks into the XML: w:commentRangeStart before the first run of the flagged
 * words, w:commentRangeEnd after the last, and a run with w:commentReference after that.
 *
 * When the words start or end inside a run, the run is first split at that character: each
 * piece is a copy of the run (same attributes, same w:rPr formatting) holding its share of the
 * text. Marks go next to runs in the run's own parent (a paragraph, hyperlink, insertion, content
 * control), which the schema allows, so hyperlinks and tracked changes stay whole.
 */
import type { Anchor } from '../docx/align.js';
import type { Unit } from '../docx/extract.js';
import { leafText } from '../docx/extract.js';
import { elements, insertAfter, isW, makeText, makeW, type WNames, type XDocument, type XElement, type XNode } from '../docx/xml.js';

export interface Mark {
  id: number;
  anchor: Anchor;
  /** A character style for the run with the comment mark, as Word writes in notes (CommentReference). */
  referenceStyle?: string;
}

/** Split runs so that every range starts at the start of a run and ends at the end of one. */
export function splitAtBoundaries(marks: Mark[], names: Map<XDocument, WNames>): void {
  const cuts = new Map<Unit, Set<number>>();
  const add = (unit: Unit, at: number) => {
    let set = cuts.get(unit);
    if (!set) cuts.set(unit, (set = new Set()));
    set.add(at);
  };
  for (const { anchor } of marks) {
    if (anchor.kind !== 'range') continue;
    add(anchor.startUnit, anchor.start);
    add(anchor.endUnit, anchor.end);
  }
  for (const [unit, set] of cuts) {
    // Group the cuts that fall inside a run by that run.
    const byRun = new Map<XElement, { from: number; at: number[] }>();
    for (const at of set) {
      if (at <= 0 || at >= unit.text.length) continue;
      const run = unit.runs[at];
      if (!run || unit.runs[at - 1] !== run) continue;
      let from = at;
      while (from > 0 && unit.runs[from - 1] === run) from--;
      const entry = byRun.get(run) ?? { from, at: [] };
      entry.at.push(at - from);
      byRun.set(run, entry);
    }
    for (const [run, { from, at }] of byRun) {
      at.sort((a, b) => a - b);
      const doc = run.ownerDocument;
      const pieces = splitRun(doc, names.get(doc)!, run, at);
      for (let i = from; i < unit.runs.length && unit.runs[i] === run; i++) {
        unit.runs[i] = pieces[pieceOf(at, i - from)]!;
      }
    }
  }
}

/** Which piece the character at `offset` falls in: the number of cuts at or before it. */
function pieceOf(cuts: number[], offset: number): number {
  let n = 0;
  while (n < cuts.length && cuts[n]! <= offset) n++;
  return n;
}

/** Split one run at the given offsets of its visible text. Returns the pieces in order. */
function splitRun(doc: XDocument, names: WNames, run: XElement, cuts: number[]): XElement[] {
  const rPr = elements(run).find((el) => isW(el, 'rPr'));
  const parts: XNode[][] = cuts.map(() => []);
  parts.push([]);
  let pos = 0;
  for (const child of elements(run)) {
    if (child === rPr) continue;
    const text = leafText(child);
    if (!text) {
      // Marks with no text (field characters, a page-break hint) stay with the text before them.
      parts[pos === 0 ? 0 : pieceOf(cuts, pos - 1)]!.push(child);
      continue;
    }
    if (isW(child, 't')) {
      const first = pieceOf(cuts, pos);
      const last = pieceOf(cuts, pos + text.length - 1);
      if (first === last) parts[first]!.push(child);
      else {
        let s = 0;
        while (s < text.length) {
          const piece = pieceOf(cuts, pos + s);
          const next = piece < cuts.length ? Math.min(text.length, cuts[piece]! - pos) : text.length;
          parts[piece]!.push(makeText(doc, names, text.slice(s, next)));
          s = next;
        }
      }
    } else {
      parts[pieceOf(cuts, pos)]!.push(child);
    }
    pos += text.length;
  }
  for (const child of elements(run)) if (child !== rPr) run.removeChild(child);
  const pieces: XElement[] = [];
  for (let i = 0; i < parts.length; i++) {
    let piece: XElement;
    if (i === parts.length - 1) piece = run;
    else {
      piece = run.cloneNode(false) as XElement;
      if (rPr) piece.appendChild(rPr.cloneNode(true));
      run.parentNode!.insertBefore(piece, run);
    }
    for (const node of parts[i]!) piece.appendChild(node);
    pieces.push(piece);
  }
  return pieces;
}

/** Insert the range marks and the reference run for each comment. Call splitAtBoundaries first. */
export function insertMarks(marks: Mark[], names: Map<XDocument, WNames>): void {
  for (const { id, anchor, referenceStyle: style } of marks) {
    const attrs = { id: String(id) };
    if (anchor.kind === 'range') {
      const first = runAt(anchor.startUnit, anchor.start, 1);
      const last = runAt(anchor.endUnit, anchor.end - 1, -1);
      if (!first || !last) continue;
      const w = names.get(first.ownerDocument)!;
      first.parentNode!.insertBefore(makeW(first.ownerDocument, w, 'commentRangeStart', attrs), first);
      const end = makeW(last.ownerDocument, w, 'commentRangeEnd', attrs);
      insertAfter(end, last);
      insertReference(end, id, w, style);
    } else if (anchor.kind === 'run') {
      const run = anchor.run;
      const w = names.get(run.ownerDocument)!;
      run.parentNode!.insertBefore(makeW(run.ownerDocument, w, 'commentRangeStart', attrs), run);
      const end = makeW(run.ownerDocument, w, 'commentRangeEnd', attrs);
      insertAfter(end, run);
      insertReference(end, id, w, style);
    } else {
      const p = anchor.unit.paragraphs[0];
      if (!p) continue;
      const doc = p.ownerDocument;
      const w = names.get(doc)!;
      const pPr = elements(p).find((el) => isW(el, 'pPr'));
      p.insertBefore(makeW(doc, w, 'commentRangeStart', attrs), pPr ? pPr.nextSibling : p.firstChild);
      const end = makeW(doc, w, 'commentRangeEnd', attrs);
      p.appendChild(end);
      insertReference(end, id, w, style);
    }
  }
}

/** The run at a character, stepping over joining spaces (which have no run) in the given direction. */
function runAt(unit: Unit, at: number, step: 1 | -1): XElement | undefined {
  for (let i = at; i >= 0 && i < unit.runs.length; i += step) {
    const run = unit.runs[i];
    if (run) return run;
  }
  return undefined;
}

/** The run that shows the comment mark, just after the range end (outside a tracked insertion). */
function insertReference(end: XElement, id: number, w: WNames, style?: string): void {
  const doc = end.ownerDocument;
  const run = makeW(doc, w, 'r');
  if (style) {
    const rPr = makeW(doc, w, 'rPr');
    rPr.appendChild(makeW(doc, w, 'rStyle', { val: style }));
    run.appendChild(rPr);
  }
  run.appendChild(makeW(doc, w, 'commentReference', { id: String(id) }));
  let after: XNode = end;
  const parent = end.parentNode as XElement | null;
  if (parent && (isW(parent, 'ins') || isW(parent, 'moveTo'))) after = parent;
  insertAfter(run, after);
}

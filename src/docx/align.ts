/**
 * Find each finding's words in the Word XML.
 *
 * A finding points into plainlint's text of the document (line N is mammoth's paragraph N).
 * mammoth numbers paragraphs differently from document.xml (it skips empty paragraphs, makes one
 * line per table cell, puts footnotes at the end), so we line the two up by their text: each
 * line is matched to a unit (see extract.ts) with the same characters once all whitespace is
 * taken out. Within a matched pair, a column in the line maps to the same non-space character
 * in the unit, and so to a run.
 */
import type { Finding } from '../types.js';
import type { Unit } from './extract.js';
import type { XElement } from './xml.js';

/** Where a comment goes. */
export type Anchor =
  | { kind: 'range'; startUnit: Unit; start: number; endUnit: Unit; end: number }
  | { kind: 'run'; part: string; run: XElement }
  | { kind: 'paragraph'; unit: Unit };

export interface Placement {
  finding: Finding;
  anchor: Anchor;
  /** False when the words could not be found, and the comment sits on the first paragraph. */
  located: boolean;
  /** For words in a footnote or endnote: the note, like "footnote 1" (the comment goes on its mark). */
  note?: string;
}

interface Keyed {
  key: string;
  /** For each character of the key, its offset in the original text. */
  pos: number[];
}

const SPACE = /\s/;

function keyed(text: string): Keyed {
  let key = '';
  const pos: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch)) continue;
    key += ch;
    pos.push(i);
  }
  return { key, pos };
}

function keyOnly(text: string): string {
  return text.replace(/\s+/g, '');
}

/** First index in the sorted array whose value is >= target. */
function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far to look ahead over empty paragraphs for a picture paragraph. */
const IMAGE_LOOKAHEAD = 50;

export class Aligner {
  private readonly unitKeys: Keyed[];
  /** For each line of the text, the index of its unit, if found. */
  readonly lineUnit: Array<number | undefined> = [];
  private readonly used = new Set<number>();
  private lineKeys = new Map<number, Keyed>();

  constructor(
    private readonly lines: string[],
    private readonly units: Unit[],
  ) {
    this.unitKeys = units.map((u) => keyed(u.text));
    this.align();
  }

  private align(): void {
    const byKey = new Map<string, number[]>();
    this.unitKeys.forEach(({ key }, index) => {
      if (!key) return;
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    });
    let cursor = 0;
    for (let line = 0; line < this.lines.length; line++) {
      const key = keyOnly(this.lines[line]!);
      if (!key) {
        // A picture on its own (or an empty table cell): the next paragraph with a picture and no words.
        for (let j = cursor; j < Math.min(this.units.length, cursor + IMAGE_LOOKAHEAD); j++) {
          const unit = this.units[j]!;
          if (this.used.has(j)) continue;
          if (this.unitKeys[j]!.key) break;
          if (unit.images.length) {
            this.take(line, j);
            cursor = j + 1;
            break;
          }
        }
        continue;
      }
      const candidates = byKey.get(key);
      if (!candidates) continue;
      let pick: number | undefined;
      let earlier: number | undefined;
      for (const j of candidates) {
        if (this.used.has(j)) continue;
        if (j >= cursor) {
          pick = j;
          break;
        }
        earlier ??= j;
      }
      if (pick !== undefined) {
        this.take(line, pick);
        cursor = pick + 1;
      } else if (earlier !== undefined) {
        this.take(line, earlier);
      }
    }
  }

  private take(line: number, unit: number): void {
    this.lineUnit[line] = unit;
    this.used.add(unit);
  }

  private lineKey(line: number): Keyed {
    let k = this.lineKeys.get(line);
    if (!k) {
      k = keyed(this.lines[line] ?? '');
      this.lineKeys.set(line, k);
    }
    return k;
  }

  /** The first unit with words in the main document: where whole-document comments go. */
  firstParagraph(): Unit | undefined {
    return this.units.find((u, i) => u.part === this.units[0]?.part && this.unitKeys[i]!.key) ?? this.units[0];
  }

  place(finding: Finding): Placement | undefined {
    const anchor = this.locate(finding);
    if (anchor) return { finding, anchor, located: true };
    const first = this.firstParagraph();
    if (!first) return undefined;
    return { finding, anchor: wholeUnit(first), located: false };
  }

  private locate(finding: Finding): Anchor | undefined {
    let startLine = finding.start.line - 1;
    let endLine = finding.end.line - 1;
    const startCol = finding.start.column - 1;
    let endCol = finding.end.column - 1;
    if (endLine > startLine && endCol === 0) {
      endLine--;
      endCol = (this.lines[endLine] ?? '').length;
    }
    if (startLine < 0 || startLine >= this.lines.length) startLine = 0;
    if (endLine < startLine || endLine >= this.lines.length) {
      endLine = startLine;
      endCol = (this.lines[startLine] ?? '').length;
    }
    const startIndex = this.lineUnit[startLine];
    const empty = !keyOnly(finding.excerpt) || (startLine === endLine && endCol <= startCol);

    if (empty) {
      if (startIndex === undefined) return undefined;
      const unit = this.units[startIndex]!;
      if (unit.images.length) {
        const at = this.mapStart(startLine, startIndex, startCol);
        let best = unit.images[0]!;
        for (const image of unit.images) if (Math.abs(image.at - at) < Math.abs(best.at - at)) best = image;
        return { kind: 'run', part: unit.part, run: best.run };
      }
      return wholeUnit(unit);
    }

    const endIndex = this.lineUnit[endLine];
    if (startIndex !== undefined && endIndex !== undefined) {
      const startUnit = this.units[startIndex]!;
      const endUnit = this.units[endIndex]!;
      if (startIndex === endIndex || (startUnit.part === endUnit.part && startIndex < endIndex)) {
        const start = this.mapStart(startLine, startIndex, startCol);
        const end = this.mapEnd(endLine, endIndex, endCol);
        if (startIndex !== endIndex || end > start) return { kind: 'range', startUnit, start, endUnit, end };
      }
    }
    return this.search(finding, startLine);
  }

  /** Offset in the unit of the character at `col` in the line (skipping spaces, then stepping back over them). */
  private mapStart(line: number, unitIndex: number, col: number): number {
    const lk = this.lineKey(line);
    const uk = this.unitKeys[unitIndex]!;
    const unit = this.units[unitIndex]!;
    const i = lowerBound(lk.pos, col);
    if (i >= uk.pos.length) return unit.text.length;
    let at = uk.pos[i]!;
    let spaces = lk.pos[i]! - col;
    while (spaces > 0 && at > 0 && SPACE.test(unit.text[at - 1]!) && unit.runs[at - 1]) {
      at--;
      spaces--;
    }
    return at;
  }

  /** Offset in the unit just after the character before `col` in the line. */
  private mapEnd(line: number, unitIndex: number, col: number): number {
    const lk = this.lineKey(line);
    const uk = this.unitKeys[unitIndex]!;
    const unit = this.units[unitIndex]!;
    const j = Math.min(lowerBound(lk.pos, col), uk.pos.length) - 1;
    if (j < 0) return 0;
    let at = uk.pos[j]! + 1;
    let spaces = col - (lk.pos[j]! + 1);
    while (spaces > 0 && at < unit.text.length && SPACE.test(unit.text[at]!) && unit.runs[at]) {
      at++;
      spaces--;
    }
    return at;
  }

  /**
   * The line was not matched to a unit (mammoth showed something differently): look for the
   * flagged words in the units between its matched neighbours, then anywhere if they occur once.
   */
  private search(finding: Finding, line: number): Anchor | undefined {
    const needle = keyOnly(finding.excerpt);
    if (!needle) return undefined;
    let lo = -1;
    let hi = this.units.length;
    for (let l = line - 1; l >= 0; l--) {
      const u = this.lineUnit[l];
      if (u !== undefined) {
        lo = u;
        break;
      }
    }
    for (let l = line + 1; l < this.lines.length; l++) {
      const u = this.lineUnit[l];
      if (u !== undefined && u > lo) {
        hi = u;
        break;
      }
    }
    const own = this.lineUnit[line];
    const window: number[] = [];
    if (own !== undefined) window.push(own);
    for (let j = lo + 1; j < hi; j++) if (j !== own && !this.used.has(j)) window.push(j);
    for (const j of window) {
      const found = this.findIn(j, needle);
      if (found) return found;
    }
    // Anywhere in the document, but only if the words occur exactly once.
    let only: Anchor | undefined;
    let count = 0;
    for (let j = 0; j < this.units.length && count < 2; j++) {
      const key = this.unitKeys[j]!.key;
      let from = key.indexOf(needle);
      while (from >= 0 && count < 2) {
        count++;
        only = this.rangeAt(j, from, needle.length);
        from = key.indexOf(needle, from + 1);
      }
    }
    return count === 1 ? only : undefined;
  }

  private findIn(unitIndex: number, needle: string): Anchor | undefined {
    const at = this.unitKeys[unitIndex]!.key.indexOf(needle);
    return at < 0 ? undefined : this.rangeAt(unitIndex, at, needle.length);
  }

  private rangeAt(unitIndex: number, keyStart: number, keyLength: number): Anchor {
    const unit = this.units[unitIndex]!;
    const pos = this.unitKeys[unitIndex]!.pos;
    return { kind: 'range', startUnit: unit, start: pos[keyStart]!, endUnit: unit, end: pos[keyStart + keyLength - 1]! + 1 };
  }
}

/** All of a unit: its words if it has any, else its picture, else its paragraph. */
export function wholeUnit(unit: Unit): Anchor {
  let start = 0;
  let end = unit.text.length;
  while (start < end && (!unit.runs[start] || SPACE.test(unit.text[start]!))) start++;
  while (end > start && (!unit.runs[end - 1] || SPACE.test(unit.text[end - 1]!))) end--;
  if (end > start) return { kind: 'range', startUnit: unit, start, endUnit: unit, end };
  if (unit.images[0]) return { kind: 'run', part: unit.part, run: unit.images[0].run };
  return { kind: 'paragraph', unit };
}

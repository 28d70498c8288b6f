/**
 * Run-level text of a Word part: the words a reader sees, with each character tied to the
 * w:r (run) that holds it, so a finding's words can be found again in the XML.
 *
 * The text is cut into units the way mammoth (and so src/parse/docx.ts) cuts the document into
 * lines: one unit per paragraph, one unit per table cell (its paragraphs joined by a space),
 * text-box paragraphs after the paragraph that holds the text box, a paragraph whose mark was
 * deleted in tracked changes joined to the next one. Deleted text (w:del, w:moveFrom) and field
 * codes are left out. Of a choice of renderings (mc:AlternateContent) we read the first
 * mc:Choice, which is what Word shows; mammoth reads the fallback, which holds the same words.
 */
import { elements, isMc, isW, wAttr, type XElement } from './xml.js';

export interface ImageSpot {
  /** The run holding the picture. */
  run: XElement;
  /** Offset in the unit's text where the picture sits. */
  at: number;
}

export interface Unit {
  /** The zip entry the unit is in, like word/document.xml. */
  part: string;
  /** The w:p elements that make up the unit, in order. */
  paragraphs: XElement[];
  /** For each of `paragraphs`, the offset in `text` where its own text starts. */
  starts: number[];
  text: string;
  /** For each character of `text`, the run holding it; null for the space that joins cell paragraphs. */
  runs: Array<XElement | null>;
  images: ImageSpot[];
  /** For footnote and endnote units: which note. */
  note?: { kind: 'footnote' | 'endnote'; id: string };
}

/** A footnote or endnote mark in the body: the run holding it and the number Word shows. */
export interface NoteRef {
  run: XElement;
  number: number;
}

/** The text a child of a w:r shows, or '' when it shows none. */
export function leafText(el: XElement): string {
  if (isW(el, 't')) return el.textContent ?? '';
  if (isW(el, 'tab')) return '\t';
  if (isW(el, 'br') || isW(el, 'cr')) return ' ';
  if (isW(el, 'noBreakHyphen')) return '\u2011';
  if (isW(el, 'softHyphen')) return '\u00AD';
  return '';
}

/** The element children to read of an mc:AlternateContent: its first mc:Choice. */
export function chosen(alt: XElement): XElement | undefined {
  return elements(alt).find((el) => isMc(el, 'Choice')) ?? elements(alt).find((el) => isMc(el, 'Fallback'));
}

/** Containers whose runs are part of the paragraph's visible text. */
const INLINE_CONTAINERS = new Set(['hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo']);
const NOTE_SKIP_TYPES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

class Extractor {
  readonly units: Unit[] = [];
  /** Footnote and endnote marks, by "footnote:<id>" or "endnote:<id>". */
  readonly noteRefs = new Map<string, NoteRef>();
  private readonly noteCounts = { footnote: 0, endnote: 0 };
  private carry: Unit | null = null;
  note?: Unit['note'];

  constructor(private readonly part: string) {}

  private newUnit(): Unit {
    const unit: Unit = { part: this.part, paragraphs: [], starts: [], text: '', runs: [], images: [] };
    if (this.note) unit.note = this.note;
    return unit;
  }

  block(container: XElement, cell: Unit | null): void {
    for (const el of elements(container)) {
      if (isW(el, 'p')) this.paragraph(el, cell);
      else if (isW(el, 'tbl')) this.table(el, cell);
      else if (isW(el, 'sdt')) {
        const content = elements(el).find((c) => isW(c, 'sdtContent'));
        if (content) this.block(content, cell);
      } else if (isW(el, 'customXml')) this.block(el, cell);
      else if (isMc(el, 'AlternateContent')) {
        const choice = chosen(el);
        if (choice) this.block(choice, cell);
      }
    }
  }

  private paragraph(p: XElement, cell: Unit | null): void {
    const boxes: XElement[] = [];
    if (cell) {
      if (cell.text.length) this.append(cell, ' ', null);
      cell.paragraphs.push(p);
      cell.starts.push(cell.text.length);
      this.inline(p, cell, boxes);
      for (const box of boxes) this.block(box, cell);
      return;
    }
    const unit = this.carry ?? this.newUnit();
    this.carry = null;
    unit.paragraphs.push(p);
    unit.starts.push(unit.text.length);
    this.inline(p, unit, boxes);
    if (markDeleted(p)) this.carry = unit;
    else this.units.push(unit);
    for (const box of boxes) this.block(box, null);
  }

  private table(tbl: XElement, cell: Unit | null): void {
    for (const row of wrapped(tbl, 'tr')) {
      const trPr = elements(row).find((c) => isW(c, 'trPr'));
      if (trPr && elements(trPr).some((c) => isW(c, 'del'))) continue;
      for (const tc of wrapped(row, 'tc')) {
        if (cell) {
          this.block(tc, cell);
          continue;
        }
        const unit = this.newUnit();
        this.block(tc, unit);
        this.units.push(unit);
      }
    }
  }

  private inline(container: XElement, unit: Unit, boxes: XElement[]): void {
    for (const el of elements(container)) {
      if (isW(el, 'r')) this.run(el, unit, boxes);
      else if (isW(el, 'sdt')) {
        const content = elements(el).find((c) => isW(c, 'sdtContent'));
        if (content) this.inline(content, unit, boxes);
      } else if (isMc(el, 'AlternateContent')) {
        const choice = chosen(el);
        if (choice) this.inline(choice, unit, boxes);
      } else if (INLINE_CONTAINERS.has(el.localName) && isW(el, el.localName)) this.inline(el, unit, boxes);
      // w:del, w:moveFrom, w:pPr, proofing and bookmark marks, comment marks: no visible text.
    }
  }

  private run(r: XElement, unit: Unit, boxes: XElement[]): void {
    for (const el of elements(r)) {
      const text = leafText(el);
      if (text) {
        this.append(unit, text, r);
        continue;
      }
      if (isW(el, 'footnoteReference') || isW(el, 'endnoteReference')) {
        const kind = isW(el, 'footnoteReference') ? 'footnote' : 'endnote';
        const key = `${kind}:${wAttr(el, 'id') ?? ''}`;
        if (!this.noteRefs.has(key)) this.noteRefs.set(key, { run: r, number: ++this.noteCounts[kind] });
        continue;
      }
      if (isW(el, 'drawing') || isW(el, 'pict') || isW(el, 'object') || isMc(el, 'AlternateContent')) {
        const found = scanGraphic(el);
        boxes.push(...found.boxes);
        if (found.image && !found.boxes.length) unit.images.push({ run: r, at: unit.text.length });
      }
    }
  }

  private append(unit: Unit, text: string, run: XElement | null): void {
    unit.text += text;
    for (let i = 0; i < text.length; i++) unit.runs.push(run);
  }

  /** A paragraph whose mark was deleted but was the last one: keep it as a unit of its own. */
  finish(): Unit[] {
    if (this.carry) this.units.push(this.carry);
    this.carry = null;
    return this.units;
  }
}

/** Rows of a table or cells of a row, also when wrapped in content controls or custom XML. */
function wrapped(parent: XElement, local: 'tr' | 'tc'): XElement[] {
  const out: XElement[] = [];
  for (const el of elements(parent)) {
    if (isW(el, local)) out.push(el);
    else if (isW(el, 'sdt')) {
      const content = elements(el).find((c) => isW(c, 'sdtContent'));
      if (content) out.push(...wrapped(content, local));
    } else if (isW(el, 'customXml')) out.push(...wrapped(el, local));
  }
  return out;
}

function markDeleted(p: XElement): boolean {
  const pPr = elements(p).find((c) => isW(c, 'pPr'));
  const rPr = pPr && elements(pPr).find((c) => isW(c, 'rPr'));
  return !!rPr && elements(rPr).some((c) => isW(c, 'del'));
}

/** Text boxes and pictures inside a drawing, reading only the chosen rendering. */
function scanGraphic(root: XElement): { boxes: XElement[]; image: boolean } {
  const boxes: XElement[] = [];
  let image = false;
  const visit = (el: XElement) => {
    if (isW(el, 'txbxContent')) {
      boxes.push(el);
      return;
    }
    if (el.localName === 'blip' || el.localName === 'imagedata') image = true;
    if (isMc(el, 'AlternateContent')) {
      const choice = chosen(el);
      if (choice) visit(choice);
      return;
    }
    for (const child of elements(el)) visit(child);
  };
  visit(root);
  return { boxes, image };
}

/** Units of word/document.xml, in mammoth's order, and the footnote and endnote marks. */
export function extractBody(documentRoot: XElement, part: string): { units: Unit[]; noteRefs: Map<string, NoteRef> } {
  const extractor = new Extractor(part);
  const body = elements(documentRoot).find((el) => isW(el, 'body'));
  if (body) extractor.block(body, null);
  return { units: extractor.finish(), noteRefs: extractor.noteRefs };
}

/** Units of a footnotes or endnotes part, one note after another. */
export function extractNotes(notesRoot: XElement, part: string): Unit[] {
  const extractor = new Extractor(part);
  for (const note of elements(notesRoot)) {
    if (!isW(note, 'footnote') && !isW(note, 'endnote')) continue;
    if (NOTE_SKIP_TYPES.has(wAttr(note, 'type') ?? '')) continue;
    extractor.note = { kind: isW(note, 'footnote') ? 'footnote' : 'endnote', id: wAttr(note, 'id') ?? '' };
    extractor.block(note, null);
  }
  return extractor.finish();
}

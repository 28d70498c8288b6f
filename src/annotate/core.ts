/**
 * The annotate engine without Node: given the package bytes (already opened with the reader's
 * safety checks), put each finding on its words as a Word comment and zip the copy. Shared by
 * the command line (src/annotate/index.ts, Node's zip reader for the checks) and the checker
 * page (src/annotate/browser.ts, JSZip for the checks), so both write the same comments.
 */
import { groupFindings } from '../report/group.js';
import { termList } from '../report/group-text.js';
import { wordPlaceInWords } from '../report/word.js';
import type { Finding } from '../types.js';
import type { DocxLimits, DocxPackage } from '../docx/package.js';
import { Aligner, wholeUnit, type Anchor, type Placement } from '../docx/align.js';
import { extractBody, extractNotes, type NoteRef, type Unit } from '../docx/extract.js';
import { insertMarks, splitAtBoundaries, type Mark } from './place.js';
import {
  addCommentsRelationship,
  buildComments,
  ensureContentType,
  maxId,
  readRelationships,
  resolvePart,
  type CommentText,
  type Repeat,
} from './comments.js';
import { elements, parseXml, serializeXml, W_STRICT, wNames, XmlPartError, type WNames, type XDocument } from '../docx/xml.js';

/**
 * Where a comment on words in a footnote or endnote goes: on the note's mark in the main text,
 * quoting the words (`mark`, the default: the copy opens in LibreOffice too), or on the words
 * inside the note, as Word does (`words`: LibreOffice 7.4 will not open such a file).
 */
export const NOTE_PLACEMENTS = ['mark', 'words'] as const;
export type NotePlacement = (typeof NOTE_PLACEMENTS)[number];

export interface AnnotateOptions {
  /** The findings for this document (from lintFile / lintDraft). */
  findings: Finding[];
  /** The path to name in messages. */
  path?: string;
  /** plainlint's text of the document (doc.text), if already known; otherwise it is read again. */
  text?: string;
  limits?: DocxLimits;
  /** The date to stamp on the comments (default: now). */
  date?: Date;
  /** Comments on words in footnotes and endnotes: on the note's mark (default) or on the words. */
  notes?: NotePlacement;
}

/** The zip the copy is written as: a Node Buffer on the command line, bytes in a browser. */
export type ZipOutput = 'nodebuffer' | 'uint8array';

export interface PackageResult<B> {
  buffer: B;
  /** Comments written: one per finding. */
  comments: number;
  /** Comments put on the first paragraph because their words could not be found. */
  unlocated: number;
}

const DOCUMENT = 'word/document.xml';
const RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Annotate an opened package. `input` is not changed; the copy comes back as `output` asks. */
export async function annotatePackage<B extends Uint8Array>(
  input: B,
  pkg: DocxPackage,
  options: AnnotateOptions,
  path: string,
  output: ZipOutput,
): Promise<PackageResult<B>> {
  const documentXml = pkg.documentXml;
  const findings = [...options.findings].sort(
    (a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset,
  );
  if (!findings.length) return { buffer: copyOf(input), comments: 0, unlocated: 0 };

  let text = options.text;
  if (text === undefined) {
    const { parseDocx } = await import('../parse/docx.js');
    text = (await parseDocx(input as unknown as Parameters<typeof parseDocx>[0], pkg, path)).text;
  }

  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(input);
  const readPart = async (name: string) => {
    const file = zip.file(name);
    return file ? stripBom(await file.async('string')) : undefined;
  };

  const relsXml = await readPart(RELS);
  const rels = await readRelationships(relsXml);
  const names = new Map<XDocument, WNames>();
  const parts = new Map<string, XDocument>();

  const documentDoc = await parseXml(stripBom(documentXml), DOCUMENT);
  names.set(documentDoc, wNames(documentDoc));
  parts.set(DOCUMENT, documentDoc);
  const strict = documentDoc.documentElement.namespaceURI === W_STRICT;
  const body = extractBody(documentDoc.documentElement, DOCUMENT);
  const units: Unit[] = body.units;

  // Footnotes and endnotes come after the body, as mammoth puts them.
  const noteTexts: string[] = [];
  const notesMode = options.notes ?? 'mark';
  for (const kind of ['footnotes', 'endnotes']) {
    const rel = elements(rels.doc.documentElement).find((r) => (r.getAttribute('Type') ?? '').endsWith(`/${kind}`));
    if (!rel || rel.getAttribute('TargetMode') === 'External') continue;
    const notesPath = resolvePart('word/', rel.getAttribute('Target') ?? '');
    const xml = await readPart(notesPath);
    if (xml === undefined) continue;
    noteTexts.push(xml);
    const doc = await parseXml(xml, notesPath);
    names.set(doc, wNames(doc));
    parts.set(notesPath, doc);
    units.push(...extractNotes(doc.documentElement, notesPath));
  }

  const aligner = new Aligner(text.split('\n'), units);
  const placements = findings
    .map((f) => aligner.place(f))
    .filter((p): p is Placement => !!p)
    .map((p) => (notesMode === 'words' && inOneNote(p, units, body.noteRefs) ? p : onNoteMark(p, units, body.noteRefs, aligner)));

  const existingComments = rels.commentsPath ? await readPart(rels.commentsPath) : undefined;
  let nextId = maxId([documentXml, existingComments, ...noteTexts]) + 1;
  const marks: Mark[] = [];
  const comments: CommentText[] = [];
  // Word puts its "annotation reference" style on the comment mark in a note, when the document has it.
  const noteStyle = notesMode === 'words' && (await hasCommentReferenceStyle(rels.doc, readPart)) ? 'CommentReference' : undefined;
  // Say it once: the first place of a group (src/report/group.ts) gets the full comment, later ones a short one.
  const repeats = repeatsOf(placements.map((p) => p.finding));
  for (const placement of placements) {
    const id = nextId++;
    const repeat = repeats.get(placement.finding);
    const inNote = noteStyle && anchorPart(placement.anchor) !== DOCUMENT;
    marks.push({ id, anchor: placement.anchor, ...(inNote ? { referenceStyle: noteStyle } : {}) });
    comments.push({ id, finding: placement.finding, located: placement.located, ...(placement.note ? { note: placement.note } : {}), ...(repeat ? { repeat } : {}) });
  }

  splitAtBoundaries(marks, names);
  insertMarks(marks, names);

  const changed = new Map<string, string>();
  const touched = new Set<string>();
  for (const { anchor } of marks) {
    touched.add(anchorPart(anchor));
    if (anchor.kind === 'range') touched.add(anchor.endUnit.part);
  }
  for (const part of touched) changed.set(part, await serializeXml(parts.get(part)!));

  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let commentsPath = rels.commentsPath;
  if (!commentsPath) {
    commentsPath = addCommentsRelationship(rels.doc, strict, (name) => !!zip.file(name));
    changed.set(RELS, await serializeXml(rels.doc));
  }
  changed.set(commentsPath, await serializeXml(await buildComments(existingComments, strict, comments, date)));
  const typesXml = await readPart(CONTENT_TYPES);
  if (typesXml === undefined) throw new XmlPartError(`${CONTENT_TYPES} is missing`);
  const types = await parseXml(typesXml, CONTENT_TYPES);
  if (ensureContentType(types, commentsPath)) changed.set(CONTENT_TYPES, await serializeXml(types));

  // Never hand back broken XML: every changed part must parse again.
  for (const [name, xml] of changed) await parseXml(xml, name);
  for (const [name, xml] of changed) zip.file(name, xml);

  const buffer = (await zip.generateAsync({ type: output, compression: 'DEFLATE', compressionOptions: { level: 6 } })) as B;
  return { buffer, comments: comments.length, unlocated: placements.filter((p) => !p.located).length };
}

/**
 * Where each finding stands in its group: which place it is, how many there are, the first
 * place and its words. Findings alone in their group have none.
 */
export function repeatsOf(findings: readonly Finding[]): Map<Finding, Repeat> {
  const repeats = new Map<Finding, Repeat>();
  for (const group of groupFindings(findings)) {
    if (group.findings.length < 2) continue;
    const first = group.findings[0]!;
    const several = group.term && group.terms.length > 1;
    const shared = {
      count: group.findings.length,
      firstPlace: wordPlaceInWords(first),
      firstWords: first.excerpt,
      kind: (!group.term ? 'problem' : several ? 'several' : 'words') as Repeat['kind'],
      ...(several ? { words: termList(group.terms) } : {}),
    };
    group.findings.forEach((f, i) => repeats.set(f, { ...shared, index: i + 1 }));
  }
  return repeats;
}

/** A copy of the input, of the same kind (a Node Buffer stays a Buffer). */
function copyOf<B extends Uint8Array>(input: B): B {
  const NodeBuffer = (globalThis as { Buffer?: { isBuffer(b: unknown): boolean; from(b: Uint8Array): Uint8Array } }).Buffer;
  return (NodeBuffer?.isBuffer(input) ? NodeBuffer.from(input) : new Uint8Array(input)) as B;
}

/** The zip part an anchor starts in. */
function anchorPart(anchor: Anchor): string {
  return anchor.kind === 'range' ? anchor.startUnit.part : anchor.kind === 'run' ? anchor.part : anchor.unit.part;
}

/** The footnote or endnote an anchor starts in, if any (for a picture: the note that holds it). */
function noteOf(anchor: Anchor, units: Unit[]): Unit['note'] {
  if (anchor.kind === 'range') return anchor.startUnit.note;
  if (anchor.kind === 'paragraph') return anchor.unit.note;
  if (anchor.part === DOCUMENT) return undefined;
  return units.find((u) => u.part === anchor.part && u.images.some((image) => image.run === anchor.run))?.note;
}

const sameNote = (a: Unit['note'], b: Unit['note']) => !!a && !!b && a.kind === b.kind && a.id === b.id;

/**
 * `--annotate-notes words`: the comment can stay on the words in the note when the note is shown
 * in the text (has a mark there) and the words end in the same note they start in.
 */
function inOneNote(placement: Placement, units: Unit[], refs: Map<string, NoteRef>): boolean {
  const { anchor } = placement;
  const note = noteOf(anchor, units);
  if (!note || !refs.has(`${note.kind}:${note.id}`)) return false;
  return anchor.kind !== 'range' || sameNote(anchor.startUnit.note, anchor.endUnit.note);
}

/** Does the document's styles part define Word's CommentReference character style? */
async function hasCommentReferenceStyle(rels: XDocument, readPart: (name: string) => Promise<string | undefined>): Promise<boolean> {
  const rel = elements(rels.documentElement).find((r) => (r.getAttribute('Type') ?? '').endsWith('/styles'));
  if (!rel || rel.getAttribute('TargetMode') === 'External') return false;
  const xml = await readPart(resolvePart('word/', rel.getAttribute('Target') ?? ''));
  if (!xml) return false;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?style\s[^>]*>/g)) {
    if (/\s(?:[\w.-]+:)?styleId="CommentReference"/.test(m[0]) && /\s(?:[\w.-]+:)?type="character"/.test(m[0])) return true;
  }
  return false;
}

/**
 * Words in a footnote or endnote: by default the comment goes on the note's mark in the body.
 * Word can hold comments inside notes, but LibreOffice cannot open such a file (docs/annotate.md),
 * so the words inside the note are only used when asked for (`notes: 'words'`).
 */
function onNoteMark(placement: Placement, units: Unit[], refs: Map<string, NoteRef>, aligner: Aligner): Placement {
  const note = noteOf(placement.anchor, units);
  if (!note) return placement;
  const ref = refs.get(`${note.kind}:${note.id}`);
  if (!ref) {
    const first = aligner.firstParagraph();
    return first ? { finding: placement.finding, anchor: wholeUnit(first), located: false } : placement;
  }
  return { ...placement, anchor: { kind: 'run', part: DOCUMENT, run: ref.run }, note: `${note.kind} ${ref.number}` };
}


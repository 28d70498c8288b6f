/**
 * `plainlint draft.docx --annotate`: hand the writer back their own Word document with each
 * finding as a Word comment on the flagged words.
 *
 * The input file is only read. The copy is the same package with four parts changed:
 * word/document.xml (comment marks, and runs split where the words start or end mid-run),
 * word/comments.xml (new or added to), its relationship and its content type. With
 * `notes: 'words'`, the footnotes and endnotes parts change too when a finding is in one (see
 * onNoteMark for why that is not the default). Every other part is copied unchanged.
 *
 * Steps: open the package with the reader's safety checks (src/docx/package.ts) → extract
 * run-level text (extract.ts) → line it up with plainlint's text of the document and find each
 * finding's words (align.ts) → split runs and insert marks (place.ts) → write the comments part
 * (comments.ts) → zip.
 */
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Finding } from '../types.js';
import type { FileReport } from '../engine/run.js';
import { DEFAULT_DOCX_LIMITS, openDocx, type DocxLimits, type DocxPackage } from '../docx/package.js';
import { InputError } from '../read/errors.js';
import { sameThingKey, termKey } from '../report/group.js';
import { wordPlaceInWords } from '../report/word.js';
import { displayPath } from '../read/files.js';
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
} from './comments.js';
import { elements, parseXml, serializeXml, W_STRICT, wNames, XmlPartError, type WNames, type XDocument } from '../docx/xml.js';

export { AUTHOR, INITIALS, commentLines } from './comments.js';

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

export interface AnnotateResult {
  buffer: Buffer;
  /** Comments written: one per finding. */
  comments: number;
  /** Comments put on the first paragraph because their words could not be found. */
  unlocated: number;
}

const DOCUMENT = 'word/document.xml';
const RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Annotate a .docx held in memory. Returns the new package; the input buffer is not changed. */
export async function annotateDocx(input: Buffer, options: AnnotateOptions): Promise<AnnotateResult> {
  const path = options.path ?? 'document.docx';
  // The same zip-bomb and XXE checks as when plainlint reads the file.
  const pkg = await openDocx(path, input, options.limits ?? DEFAULT_DOCX_LIMITS);
  try {
    return await annotatePackage(input, pkg, options, path);
  } catch (error) {
    if (error instanceof XmlPartError) throw new InputError(path, `could not be annotated: ${error.message}`);
    throw error;
  }
}

async function annotatePackage(input: Buffer, pkg: DocxPackage, options: AnnotateOptions, path: string): Promise<AnnotateResult> {
  const documentXml = pkg.documentXml;
  const findings = [...options.findings].sort(
    (a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset,
  );
  if (!findings.length) return { buffer: Buffer.from(input), comments: 0, unlocated: 0 };

  let text = options.text;
  if (text === undefined) {
    const { parseDocx } = await import('../parse/docx.js');
    text = (await parseDocx(input, pkg, path)).text;
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
  // Say it once: the first place of the same words gets the full comment, later ones a short one.
  const groups = new Map<string, { count: number; seen: number; firstPlace: string }>();
  for (const { finding } of placements) {
    if (termKey(finding) === undefined) continue;
    const key = sameThingKey(finding);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { count: 1, seen: 0, firstPlace: wordPlaceInWords(finding) });
  }
  for (const placement of placements) {
    const id = nextId++;
    const group = termKey(placement.finding) === undefined ? undefined : groups.get(sameThingKey(placement.finding));
    const repeat = group && group.count > 1 ? { index: ++group.seen, count: group.count, firstPlace: group.firstPlace } : undefined;
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

  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { buffer, comments: comments.length, unlocated: placements.filter((p) => !p.located).length };
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

/** draft.docx → draft.plainlint.docx, in the same folder. */
export function annotatedPath(input: string): string {
  const name = basename(input).replace(/\.docx$/i, '');
  return join(dirname(input), `${name}.plainlint.docx`);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** Read `input`, annotate it, write `output`. Refuses to write over the input. */
export async function annotateFile(
  input: string,
  output: string,
  options: AnnotateOptions & { /** The copy's path as shown in messages. */ outputName?: string },
): Promise<AnnotateResult> {
  const path = options.path ?? input;
  if (await sameFile(input, output)) {
    throw new InputError(path, 'cannot be annotated in place. plainlint never changes your file: choose another name for the copy');
  }
  const buffer = await readFile(input);
  const result = await annotateDocx(buffer, { ...options, path });
  // Write beside the target, then rename, so a half-written file never takes its place.
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, result.buffer);
    await rename(temp, output);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'plainlint may not write there'
          : (error as Error).message.split('\n')[0];
    throw new InputError(options.outputName ?? displayPath(output), `could not be written: ${why}`);
  }
  return result;
}

export interface AnnotateReportsOptions {
  cwd: string;
  /** --annotate-output: the copy's path, for exactly one Word file. */
  output?: string;
  /** --annotate-notes: where comments on words in footnotes and endnotes go. */
  notes?: NotePlacement;
  limits?: DocxLimits;
  stderr: (text: string) => void;
}

/**
 * The CLI's --annotate: one annotated copy per Word file that was checked, a line on stderr for
 * each. Returns false if something could not be done (the CLI then exits with 2).
 */
export async function annotateReports(reports: FileReport[], options: AnnotateReportsOptions): Promise<boolean> {
  const words = reports.filter((r) => r.format === 'docx' && !r.error);
  const others = reports.filter((r) => r.format !== 'docx' && !r.error);
  if (others.length) {
    options.stderr(
      `plainlint: --annotate only works on Word (.docx) files, so ${others.length === 1 ? '1 other file was' : `${others.length} other files were`} not annotated.\n`,
    );
  }
  if (options.output && words.length !== 1) {
    options.stderr(
      `plainlint: --annotate-output needs exactly one Word file to check, but there ${words.length === 1 ? 'was 1' : `were ${words.length}`}. Use --annotate to write a copy beside each one.\n`,
    );
    return false;
  }
  let ok = true;
  for (const report of words) {
    const input = resolve(options.cwd, report.path);
    if (!options.output && /\.plainlint\.docx$/i.test(input)) {
      options.stderr(`plainlint: skipped ${report.path}: it is already an annotated copy.\n`);
      continue;
    }
    const output = options.output ? resolve(options.cwd, options.output) : annotatedPath(input);
    try {
      const result = await annotateFile(input, output, {
        findings: report.findings,
        path: report.path,
        outputName: displayPath(output, options.cwd),
        ...(report.source !== undefined ? { text: report.source } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
        ...(options.notes ? { notes: options.notes } : {}),
      });
      const shown = displayPath(output, options.cwd);
      const count = `${result.comments} ${result.comments === 1 ? 'comment' : 'comments'}`;
      const note = result.unlocated
        ? ` (${result.unlocated} on the first paragraph, because plainlint could not find their words)`
        : '';
      options.stderr(`plainlint: wrote ${shown} with ${count}${note}\n`);
    } catch (error) {
      ok = false;
      const message =
        error instanceof InputError
          ? `${error.file}: ${error.message}`
          : `${report.path}: could not be annotated (${(error as Error).message})`;
      options.stderr(`plainlint: ${message.split('\n')[0]}\n`);
    }
  }
  return ok;
}

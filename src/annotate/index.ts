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
import type { FileReport } from '../engine/run.js';
import { DEFAULT_DOCX_LIMITS, openDocx, type DocxLimits } from '../docx/package.js';
import { InputError } from '../read/errors.js';
import { displayPath } from '../read/files.js';
import { XmlPartError } from '../docx/xml.js';
import { annotatePackage, type AnnotateOptions, type NotePlacement, type PackageResult } from './core.js';

export { AUTHOR, INITIALS, commentLines } from './comments.js';
export { NOTE_PLACEMENTS, type NotePlacement, type AnnotateOptions } from './core.js';

export type AnnotateResult = PackageResult<Buffer>;

/** Annotate a .docx held in memory. Returns the new package; the input buffer is not changed. */
export async function annotateDocx(input: Buffer, options: AnnotateOptions): Promise<AnnotateResult> {
  const path = options.path ?? 'document.docx';
  // The same zip-bomb and XXE checks as when plainlint reads the file.
  const pkg = await openDocx(path, input, options.limits ?? DEFAULT_DOCX_LIMITS);
  try {
    return await annotatePackage(input, pkg, options, path, 'nodebuffer');
  } catch (error) {
    if (error instanceof XmlPartError) throw new InputError(path, `could not be annotated: ${error.message}`);
    throw error;
  }
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

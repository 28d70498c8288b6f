/**
 * The whole job for a list of files: read → parse → run rules → a report for each file.
 * One bad file becomes an error line in its own report; the others are still checked.
 */
import { pageText } from '../parse/alt-text.js';
import type { Finding, SourceFormat } from '../types.js';
import { ConfigError, ConfigLoader, type ResolvedConfig } from '../config/load.js';
import { InputError } from '../read/errors.js';
import { DEFAULT_READ_LIMITS, readDraft, type Draft, type ReadLimits } from '../read/input.js';
import { DEFAULT_DOCX_LIMITS, openDocx, type DocxLimits, type DocxPackage } from '../docx/package.js';
import { parseMarkdown } from '../parse/markdown.js';
import { uncheckedContent } from '../docx/checks.js';
import { displayPath } from '../read/files.js';
import { lintDocument, type LintOptions, type RuleFailure } from './lint.js';
import type { DocumentStats } from '../../rules/lib/stats.js';
import { PARSE, READ, timed, WORD_PLACES, type Timing } from './timing.js';

export interface FileReport {
  /** The path as shown to the user (relative to the working folder). */
  path: string;
  format?: SourceFormat;
  findings: Finding[];
  /** Notes on how the file was read (for example an encoding guess). */
  notices: string[];
  /** Set when the file could not be checked at all. */
  error?: string;
  /** Rules that crashed on this file. */
  ruleFailures: RuleFailure[];
  /** Document figures, with the reading age the config aims for (settings.readingAge). */
  stats?: DocumentStats & { readingAgeTarget?: number };
  /** The source text positions point into (for reporters that show context). */
  source?: string;
  /** Milliseconds by step and rule, when asked for (PLAINLINT_TIMING). */
  timing?: Timing;
}

/** How to check one draft (lintFile, lintDraft): the config loader, size limits, what to keep. */
export interface DraftOptions extends LintOptions {
  loader: ConfigLoader;
  readLimits?: ReadLimits;
  docxLimits?: DocxLimits;
  cwd?: string;
  /** Keep the source text on each report (for the HTML report and fixes). */
  keepSource?: boolean;
  /** Measure how long reading, parsing and each rule take (PLAINLINT_TIMING). */
  timing?: boolean;
}

export async function lintFile(path: string, options: DraftOptions): Promise<FileReport> {
  const shown = displayPath(path, options.cwd);
  const timing: Timing | undefined = options.timing ? {} : undefined;
  let draft: Draft;
  try {
    draft = await timed(timing, READ, () => readDraft(path, options.readLimits ?? DEFAULT_READ_LIMITS));
  } catch (error) {
    return failed(shown, error);
  }
  return lintDraft(draft, shown, options, timing);
}

export async function lintDraft(draft: Draft, shown: string, options: DraftOptions, timing?: Timing): Promise<FileReport> {
  if (options.timing && !timing) timing = {};
  let config: ResolvedConfig;
  try {
    config = await options.loader.forFile(draft.path);
  } catch (error) {
    return failed(shown, error);
  }
  try {
    const word = draft.kind === 'docx' ? await timed(timing, PARSE, () => parseWord(draft, shown, options.docxLimits ?? DEFAULT_DOCX_LIMITS)) : undefined;
    const doc = word ? word.doc : await timed(timing, PARSE, () => parseMarkdown(draft.text ?? '', shown));
    const result = await lintDocument(doc, config, timing, options);
    if (word) await timed(timing, WORD_PLACES, () => locateInWord(draft.buffer!, word.pkg, doc.text, result.findings));
    const report: FileReport = {
      path: shown,
      format: doc.format,
      findings: result.findings,
      notices: result.notices ? [...draft.notices, ...result.notices] : draft.notices,
      ruleFailures: result.ruleFailures,
      // The reading age the readability rule aims for (its option, the config's setting, or 11).
      stats: { ...result.stats, readingAgeTarget: readingAgeTarget(config) },
    };
    // The document's own text: a Word file's without its pictures' alt text (src/parse/alt-text.ts).
    if (options.keepSource) report.source = pageText(doc);
    if (timing) report.timing = timing;
    return report;
  } catch (error) {
    return failed(shown, error);
  }
}

async function parseWord(draft: Draft, shown: string, limits: DocxLimits) {
  const buffer = draft.buffer!;
  const pkg = await openDocx(shown, buffer, limits);
  draft.notices.push(...uncheckedContent(pkg));
  const { parseDocx } = await import('../parse/docx.js');
  try {
    return { doc: await parseDocx(buffer, pkg, shown), pkg };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(shown, `could not be read as a Word document (${plainWordError(error)})`);
  }
}

/**
 * Why mammoth or the XML parser could not read a package, in a writer's words: never the XML
 * parser's own text ("[xmldom error] …") or a JavaScript error ("Cannot read properties of …").
 */
export function plainWordError(error: unknown): string {
  const message = error instanceof Error ? String(error.message) : String(error);
  if (/xmldom|unclosed|end tag|attribute|element|entity|xml|parse/i.test(message)) return 'a part of it is not well-formed XML';
  if (/Cannot read propert|undefined|null|is not a function|is not iterable|Maximum call stack/i.test(message)) return 'parts of it are not as Word writes them';
  if (/Could not find|no part named/i.test(message)) return 'a part it points to is missing';
  const first = message.split('\n')[0] ?? '';
  return /^[\w ,.'’()-]{1,120}$/.test(first) ? first : 'parts of it are not as Word writes them';
}

/** Word findings: Word's own paragraph number and the column in it (src/docx/locate.ts). */
async function locateInWord(buffer: Buffer, pkg: DocxPackage, text: string, findings: Finding[]): Promise<void> {
  if (!findings.length) return;
  const { locateFindingsOrKeep } = await import('../docx/locate.js');
  await locateFindingsOrKeep(buffer, pkg, text, findings);
}

function readingAgeTarget(config: ResolvedConfig): number {
  const readability = config.rules.find((r) => r.rule.meta.id === 'readability');
  return Number(readability?.options.target ?? config.settings.readingAge ?? 11);
}

function failed(path: string, error: unknown): FileReport {
  let message: string;
  if (error instanceof InputError) message = error.message;
  else if (error instanceof ConfigError) message = `config problem in ${error.file}: ${error.message}`;
  else message = plainFailure(error);
  return { path, findings: [], notices: [], error: message, ruleFailures: [] };
}

/** A failure inside the check, in a writer's words (JavaScript's own wording is not for them). */
function plainFailure(error: unknown): string {
  const text = error instanceof Error ? String(error.message) : String(error);
  if (/Invalid string length|Array buffer allocation|Invalid array length|out of memory/i.test(text)) {
    return 'is too big to check in one go, so it was stopped. Split it into smaller files';
  }
  if (/Maximum call stack/i.test(text)) return 'is nested too deeply to check (too many lists, quotes or links inside each other)';
  const first = (text.split('\n')[0] ?? '').slice(0, 200);
  return `could not be checked: ${/Cannot read propert|is not a function|is not iterable|undefined|null/.test(first) ? 'an unexpected problem inside plainlint' : first}`;
}

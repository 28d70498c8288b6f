/**
 * plainlint in a web browser: the same parsers, rules and presets as the command line, with
 * no Node modules. Nothing here reads files, finds config files or sends anything anywhere:
 * the page hands us the text or the bytes, and we hand back the findings.
 */
import type { Finding, LintDocument, SourceFormat } from './types.js';
import { parseMarkdown } from './parse/markdown.js';
import { pageText } from './parse/alt-text.js';
import { lintDocument, type RuleFailure } from './engine/lint.js';
import type { DocumentStats } from '../rules/lib/stats.js';
import { resolveFromPresets, ConfigError } from './config/resolve.js';
import { InputError } from './read/errors.js';
import { openDocxBytes } from './docx/package-browser.js';
import { builtinRules } from '../rules/index.js';
import { presetNames } from '../rules/presets/index.js';

export { builtinRules, presetNames, InputError, ConfigError };

/**
 * Rules the page cannot run: the spell check needs a 1.5 MB word table read from disk. It is on
 * (as a suggestion) on the command line, so the page finds the same as the command line apart
 * from spelling slips and the capitals only the dictionary can tell apart (“A Colonoscopy is”).
 */
export const BROWSER_OFF = ['spelling'];

/** The config for a bundled preset, with the rules the page cannot run turned off. */
export function browserConfig(preset?: string) {
  const off = BROWSER_OFF.filter((id) => builtinRules.some((rule) => rule.meta.id === id));
  return resolveFromPresets(preset, { rules: Object.fromEntries(off.map((id) => [id, 'off' as const])) });
}

export interface BrowserResult {
  /** The name shown for the draft. */
  path: string;
  format: SourceFormat;
  /** The text the findings' positions point into (for Word: one line per paragraph). */
  text: string;
  findings: Finding[];
  stats: DocumentStats;
  ruleFailures: RuleFailure[];
  /** Notes on how the text was read (for example an encoding guess). */
  notices: string[];
  /** Where the headings, sections and images are in `text`, so the page can show them. */
  layout: DraftLayout;
}

/** The shape of a draft, as offsets into its text. */
export interface DraftLayout {
  headings: Array<{ start: number; end: number; depth: number }>;
  /** Each part under a heading (index as in the readability rule's `data.section`). */
  sections: Array<{ index: number; start: number; end: number; heading?: string }>;
  /** Images: in Word they take no room in the text (start = end), so the page shows a placeholder. */
  images: Array<{ start: number; end: number; alt: string | null; decorative: boolean }>;
}

function layoutOf(doc: LintDocument): DraftLayout {
  const span = (node: { position?: { start: { offset?: number }; end: { offset?: number } } } | undefined) => {
    const start = node?.position?.start.offset;
    const end = node?.position?.end.offset;
    return start === undefined || end === undefined ? undefined : { start, end };
  };
  const headings = doc.blocks.flatMap((b) => {
    const at = b.kind === 'heading' ? span(b.node) : undefined;
    return at ? [{ ...at, depth: b.depth ?? 1 }] : [];
  });
  const sections = doc.sections.flatMap((section) => {
    const first = span(section.node) ?? span(section.blocks[0]?.node);
    const last = span(section.blocks[section.blocks.length - 1]?.node);
    if (!first || !last) return [];
    return [{ index: section.index, start: first.start, end: Math.max(first.end, last.end), ...(section.heading ? { heading: section.heading } : {}) }];
  });
  const images = doc.images.flatMap((image) =>
    image.position?.start.offset === undefined
      ? []
      : [{ start: image.position.start.offset, end: image.position.end.offset ?? image.position.start.offset, alt: image.alt, decorative: image.decorative }],
  );
  return { headings, sections, images };
}

/** The command line's size limits (src/read/input.ts), with the same plain message. */
export const PAGE_LIMITS = { maxFileSize: 50 * 1024 * 1024, maxMarkdownSize: 6 * 1024 * 1024 };

function mb(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
}

/** What kind of draft a file name is, or an InputError saying why it cannot be checked. */
export function draftKind(path: string): 'markdown' | 'docx' {
  const dot = path.lastIndexOf('.');
  const ext = dot < 0 ? '' : path.slice(dot).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (['.md', '.markdown', '.mdown', '.mkd', '.txt', ''].includes(ext)) return 'markdown';
  if (ext === '.doc') throw new InputError(path, 'is an old-style Word file (.doc). Open it in Word and save it as .docx');
  throw new InputError(path, `is not a file plainlint can check (${ext}). Use a markdown (.md) or Word (.docx) file`);
}

/** Refuses a draft over the command line's limits, before any of it is read. */
export function checkDraftSize(path: string, size: number, kind = draftKind(path)): void {
  const limit = kind === 'markdown' ? PAGE_LIMITS.maxMarkdownSize : PAGE_LIMITS.maxFileSize;
  if (size <= limit) return;
  const what = kind === 'markdown' ? 'limit for markdown files' : 'limit';
  throw new InputError(path, `is ${mb(size)} MB, more than the ${mb(limit)} MB ${what}. Split it into smaller files`);
}

/** Check a file's bytes by its name: Word or markdown, after the size limits. */
export async function lintFileBytes(bytes: Uint8Array, preset: string | undefined, path: string): Promise<BrowserResult> {
  const kind = draftKind(path);
  checkDraftSize(path, bytes.length, kind);
  return kind === 'docx' ? lintDocxArrayBuffer(bytes, preset, path) : lintMarkdownBytes(bytes, preset, path);
}

/** Check markdown (or plain) text with a bundled preset: "nhs", "govuk" or "recommended". */
export async function lintMarkdownText(text: string, preset?: string, path = 'pasted text'): Promise<BrowserResult> {
  const config = browserConfig(preset);
  const doc = parseMarkdown(text.replace(/^\uFEFF/, ''), path);
  const result = await lintDocument(doc, config);
  return { path, format: 'markdown', text: doc.text, ...result, notices: [], layout: layoutOf(doc) };
}

/** Check a markdown file's bytes: decoded as the command line does (UTF-8, UTF-16 or Windows-1252). */
export async function lintMarkdownBytes(buffer: ArrayBuffer | Uint8Array, preset?: string, path = 'draft.md'): Promise<BrowserResult> {
  const { text, notices } = decodeBytes(path, buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer));
  const result = await lintMarkdownText(text, preset, path);
  return { ...result, notices };
}

/** Check a Word .docx file's bytes, after the same safety checks as the command line. */
export async function lintDocxArrayBuffer(buffer: ArrayBuffer | Uint8Array, preset?: string, path = 'draft.docx'): Promise<BrowserResult> {
  const config = browserConfig(preset);
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const pkg = await openDocxBytes(path, bytes);
  const { parseDocx } = await import('./parse/docx.js');
  let doc;
  try {
    // mammoth reads a Uint8Array as it reads a Node Buffer (the web build maps its input).
    doc = await parseDocx(bytes as unknown as Parameters<typeof parseDocx>[0], pkg, path);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(path, `could not be read as a Word document (${message})`);
  }
  const result = await lintDocument(doc, config);
  // Word's own paragraph number and character, as the command line gives (src/docx/locate.ts).
  if (result.findings.length) {
    const [{ locateFindingsOrKeep }, { useBrowserXml }] = await Promise.all([import('./docx/locate.js'), import('./docx/xml.js')]);
    useBrowserXml();
    await locateFindingsOrKeep(bytes as unknown as Parameters<typeof locateFindingsOrKeep>[0], pkg, doc.text, result.findings);
  }
  return { path, format: 'docx', text: pageText(doc), ...result, notices: [], layout: layoutOf(doc) };
}

function decodeBytes(path: string, bytes: Uint8Array): { text: string; notices: string[] } {
  const utf16 = 'was saved as UTF-16. It was read, but UTF-8 is safer for websites';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notices: [utf16] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notices: [utf16] };
  if (bytes.subarray(0, 64 * 1024).includes(0)) {
    throw new InputError(path, 'looks like a binary file, not text. Check it is a markdown file');
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), notices: [] };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(body),
      notices: ['was not saved as UTF-8, so it was read as Windows-1252 (Western). Check symbols such as £ and curly quotes, and save it as UTF-8'],
    };
  }
}

/**
 * Read one draft from disk (or stdin) with the checks a user needs: it exists, it is a file,
 * it is not too big, it is text (markdown) or a Word package (docx), and it decodes.
 * Nothing here ever writes to the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from './errors.js';

export type DraftKind = 'markdown' | 'docx';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd'];
export const DOCX_EXTENSIONS = ['.docx'];

export interface ReadLimits {
  /** Largest file to read, in bytes. */
  maxFileSize: number;
  /**
   * Largest markdown file to read, in bytes. Markdown costs far more to check than Word per
   * byte (a Word file is mostly pictures and packaging), so it has its own, lower default.
   * When not set: this default, unless maxFileSize was changed (--max-file-size), which then
   * applies to markdown too.
   */
  maxMarkdownSize?: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileSize: 50 * 1024 * 1024 };

/** Default largest markdown file: about 1,000 pages of text; checking it takes about a minute. */
export const DEFAULT_MARKDOWN_SIZE = 6 * 1024 * 1024;

export function markdownLimit(limits: ReadLimits): number {
  if (limits.maxMarkdownSize !== undefined) return limits.maxMarkdownSize;
  return limits.maxFileSize === DEFAULT_READ_LIMITS.maxFileSize ? DEFAULT_MARKDOWN_SIZE : limits.maxFileSize;
}

export interface Draft {
  path: string;
  kind: DraftKind;
  /** Markdown: the decoded text (BOM removed). */
  text?: string;
  /** docx: the raw bytes. */
  buffer?: Buffer;
  /** Things the writer should know about how the file was read. */
  notices: string[];
}

export function kindOf(path: string): DraftKind | undefined {
  const ext = extname(path).toLowerCase();
  if (MARKDOWN_EXTENSIONS.includes(ext)) return 'markdown';
  if (DOCX_EXTENSIONS.includes(ext)) return 'docx';
  return undefined;
}

export async function readDraft(path: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<Draft> {
  const kind = kindOf(path);
  if (!kind) {
    const ext = extname(path);
    if (ext.toLowerCase() === '.doc') {
      throw new InputError(path, 'is an old-style Word file (.doc). Open it in Word and save it as .docx');
    }
    throw new InputError(path, `is not a file plainlint can check${ext ? ` (${ext})` : ''}. Use a markdown (.md) or Word (.docx) file`);
  }
  // Sync reads: drafts are small, and a run checks one file after another, so waiting for the
  // thread pool (two round trips a file) costs more than it saves.
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw fsError(path, error);
  }
  if (info.isDirectory()) throw new InputError(path, 'is a folder, not a file');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file');
  const limit = kind === 'markdown' ? Math.min(limits.maxFileSize, markdownLimit(limits)) : limits.maxFileSize;
  if (info.size > limit) throw tooLarge(path, info.size, limit, kind);
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw fsError(path, error);
  }
  // The file may have grown since stat (or be a device that lies about its size).
  if (buffer.length > limit) throw tooLarge(path, buffer.length, limit, kind);
  if (kind === 'docx') return { path, kind, buffer, notices: [] };
  return { path, kind, ...decodeText(path, buffer) };
}

/** Decode markdown bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 with a notice. */
export function decodeText(path: string, buffer: Buffer): { text: string; notices: string[] } {
  const notices: string[] = [];
  const utf16 = buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff));
  if (utf16) {
    const text = new TextDecoder(buffer[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buffer.subarray(2));
    if (text.includes('\0')) throw new InputError(path, 'has NUL bytes in it, so it looks like a binary file, not text');
    return { text, notices: ['was saved as UTF-16. It was read, but UTF-8 is safer for websites'] };
  }
  const sample = buffer.subarray(0, 64 * 1024);
  if (sample.includes(0)) {
    throw new InputError(path, 'looks like a binary file, not text. Check it is a markdown file');
  }
  // A NUL byte anywhere, not only at the start (a text file with binary pasted in further down).
  if (buffer.includes(0, sample.length)) {
    throw new InputError(path, 'has NUL bytes in it, so it looks like a binary file, not text');
  }
  let start = 0;
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) start = 3;
  const body = buffer.subarray(start);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (text.includes('\0')) throw new InputError(path, 'has NUL bytes in it, so it looks like a binary file, not text');
    return { text, notices };
  } catch (error) {
    if (error instanceof InputError) throw error;
    notices.push('was not saved as UTF-8, so it was read as Windows-1252 (Western). Check symbols such as £ and curly quotes, and save it as UTF-8');
    return { text: new TextDecoder('windows-1252').decode(body), notices };
  }
}

function tooLarge(path: string, size: number, limit: number, kind: DraftKind): InputError {
  const what = kind === 'markdown' ? 'limit for markdown files' : 'limit';
  return new InputError(path, `is ${mb(size)} MB, more than the ${mb(limit)} MB ${what}. Raise it with --max-file-size if you need to`);
}

function mb(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
}

export function fsError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(path, 'was not found. Check the name and folder');
    case 'EACCES':
    case 'EPERM':
      return new InputError(path, 'cannot be read: permission denied');
    case 'EISDIR':
      return new InputError(path, 'is a folder, not a file');
    case 'ELOOP':
      return new InputError(path, 'is a link that points to itself (a loop), so it was skipped');
    default:
      return new InputError(path, `cannot be read (${code ?? String(error)})`);
  }
}

/**
 * Read one draft from disk (or stdin) with the checks a user needs: it exists, it is a file,
 * it is not too big, it is text (markdown) or a Word package (docx), and it decodes.
 * Nothing here ever writes to the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from './errors.js';

export type DraftKind = 'markdown' | 'docx';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd'];
export const DOCX_EXTENSIONS = ['.docx'];

export interface ReadLimits {
  /** Largest file to read, in bytes. */
  maxFileSize: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileSize: 50 * 1024 * 1024 };

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
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fsError(path, error);
  }
  if (info.isDirectory()) throw new InputError(path, 'is a folder, not a file');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file');
  if (info.size > limits.maxFileSize) {
    throw new InputError(
      path,
      `is ${mb(info.size)} MB, more than the ${mb(limits.maxFileSize)} MB limit. Raise it with --max-file-size if you need to`,
    );
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw fsError(path, error);
  }
  if (kind === 'docx') return { path, kind, buffer, notices: [] };
  return { path, kind, ...decodeText(path, buffer) };
}

/** Decode markdown bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 with a notice. */
export function decodeText(path: string, buffer: Buffer): { text: string; notices: string[] } {
  const notices: string[] = [];
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buffer.subarray(2)), notices: ['was saved as UTF-16. It was read, but UTF-8 is safer for websites'] };
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buffer.subarray(2)), notices: ['was saved as UTF-16. It was read, but UTF-8 is safer for websites'] };
  }
  const sample = buffer.subarray(0, 64 * 1024);
  if (sample.includes(0)) {
    throw new InputError(path, 'looks like a binary file, not text. Check it is a markdown file');
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

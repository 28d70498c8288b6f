/**
 * The safety checks on a .docx package that do not depend on how the zip is read, shared by
 * the Node reader (docx-package.ts, yauzl) and the browser reader (src/docx/package-browser.ts,
 * JSZip). No Node modules here, so the browser build can use it.
 */
import { InputError } from '../read/errors.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGICS = [0x04034b50, 0x06054b50];

/** Refuse an empty file, an encrypted or old-style Word file, and anything that is not a zip. */
export function checkHeader(path: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError(path, 'is empty (0 bytes), so there is nothing to check');
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new InputError(
      path,
      'is password-protected or an old-style Word file (.doc). Remove the password, or save it as .docx, and try again',
    );
  }
  const magic = bytes.length >= 4 ? ((bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16)) + bytes[3]! * 0x1000000) : 0;
  if (!ZIP_MAGICS.includes(magic)) {
    throw new InputError(path, 'is not a Word .docx file (it is not a zip package). Open it in Word and save it as .docx');
  }
}

/**
 * Refuse an entry whose name another entry already has, or that has two names (the header's and
 * a Unicode Path field's), or that is a symbolic link. Zip readers differ on which of two such
 * entries they read and by which name, so a checked part could be swapped for an unchecked one.
 * Word never writes any of these.
 */
export function checkEntryName(path: string, name: string, seen: readonly string[] | Set<string>, twoNames?: string, link?: boolean): void {
  const key = normalEntryName(name);
  const known = seen instanceof Set ? seen.has(key) : seen.some((other) => normalEntryName(other) === key);
  if (known) {
    throw new InputError(path, `has two parts named ${quoteName(name)} inside it, which Word never writes. It was not read, to keep your computer safe`);
  }
  if (twoNames !== undefined) {
    throw new InputError(path, `has a part with two different names (${quoteName(twoNames)}), which Word never writes. It was not read, to keep your computer safe`);
  }
  if (link) {
    throw new InputError(path, `has a link (${quoteName(name)}) inside it, which Word never writes. It was not read, to keep your computer safe`);
  }
}

/** Zip names as readers compare them: forward slashes, no leading slash. */
export function normalEntryName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** A part's name for a message: short, with control and bidi characters shown as codes. */
function quoteName(name: string): string {
  const short = name.length > 80 ? `${name.slice(0, 80)}…` : name;
  return short.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069\u061c]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The text parts that hold words a writer wrote: the body, notes, comments, headers and footers. */
const TEXT_PART = /^word\/(document|footnotes|endnotes|comments|header\d*|footer\d*)\.xml$/i;

/**
 * Refuse a package whose words add up to more than `limits.maxText` characters: a small zip can
 * hold many megabytes of text, and checking it would take minutes and gigabytes.
 */
export function checkText(path: string, parts: Map<string, string>, limits: { maxText?: number }): void {
  const limit = limits.maxText;
  if (!limit) return;
  let size = 0;
  for (const [name, xml] of parts) {
    if (!TEXT_PART.test(name)) continue;
    for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)/g)) {
      size += match[1]!.length;
      if (size > limit) {
        throw new InputError(
          path,
          `holds more than ${Math.round(limit / 1024 / 1024)} MB of text, more than plainlint checks in one file. Split it into smaller files, or raise the limit with --max-file-size`,
        );
      }
    }
  }
}

/**
 * What the package holds that plainlint does not check, named for the writer: parts pasted in
 * whole (altChunk: web pages or other documents inside the document) and SmartArt.
 */
export function uncheckedContent(pkg: { documentXml: string; parts: Map<string, string>; others: Set<string> }): string[] {
  const notices: string[] = [];
  const chunks = (pkg.documentXml.match(/<w:altChunk\b/g) ?? []).length;
  if (chunks) {
    notices.push(
      `has ${chunks === 1 ? 'a part' : `${chunks} parts`} pasted in whole (a web page or another document inside it), which plainlint cannot check. Check ${chunks === 1 ? 'it' : 'them'} by hand, or paste ${chunks === 1 ? 'it' : 'them'} in as normal text`,
    );
  }
  const smartArt = [...pkg.parts.keys(), ...pkg.others].filter((name) => /^word\/diagrams\/data\d*\.xml$/i.test(name)).length;
  if (smartArt) {
    notices.push(`has ${smartArt === 1 ? 'a SmartArt graphic' : `${smartArt} SmartArt graphics`}, whose words plainlint does not check. Check ${smartArt === 1 ? 'its' : 'their'} words by hand`);
  }
  return notices;
}

/**
 * The package as mammoth reads it (its `file` option): only the parts that were inflated and
 * checked, never the zip again, so a second zip reader cannot read a different part than the one
 * checked. Pictures and other files are empty: plainlint only needs their alt text.
 */
export function checkedFile(pkg: { parts: Map<string, string>; others: Set<string> }) {
  const bytes = (name: string): Uint8Array => new TextEncoder().encode(pkg.parts.get(name) ?? '');
  return {
    exists: (name: string) => pkg.parts.has(name) || pkg.others.has(name),
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      if (!pkg.parts.has(name) && !pkg.others.has(name)) throw new Error(`no part named ${name}`);
      if (encoding === 'base64') return '';
      if (encoding) return (pkg.parts.get(name) ?? '').replace(/^\uFEFF/, '');
      return bytes(name);
    },
    write: () => {
      throw new Error('plainlint never changes the package it checks');
    },
    toArrayBuffer: async () => {
      throw new Error('plainlint never changes the package it checks');
    },
  };
}

/** Refuse an XML part that declares entities (XXE): Word never writes them. */
export function checkXmlPart(path: string, name: string, xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) {
    throw new InputError(path, `has XML entity declarations in ${name}, which Word never writes. It was not read, to keep your computer safe`);
  }
}

export function tooBig(path: string, limit: number, hint: string): InputError {
  return new InputError(
    path,
    `would unpack to more than ${Math.round(limit / 1024 / 1024)} MB, so it was not opened (this can be a "zip bomb"). ` +
      `If it is a real document, ${hint}`,
  );
}

/** A zip library's error, in words a writer can use. */
export function plainZipError(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  if (/end of central directory|corrupted zip|can't find end/i.test(message)) return 'the end of the file is missing';
  if (/invalid.*signature|unexpected EOF|too short|end of data|size mismatch/i.test(message)) return 'parts of the file are missing';
  if (/encrypted/i.test(message)) return 'it is encrypted';
  return message.split('\n')[0]!.slice(0, 120);
}

/**
 * The main text part, found as mammoth finds it: through the package's relationships, not by
 * name. Word always stores the text, styles, lists, notes and comments as .xml parts, which the
 * readers inflated and checked; a package that points them at a part that was not checked
 * (`skipped`: pictures and other files) is refused.
 */
export function mainDocument(path: string, texts: Map<string, string>, skipped: Set<string>): string {
  const mainPath = findTarget(texts.get('_rels/.rels'), '', 'officeDocument', texts, skipped) ?? 'word/document.xml';
  for (const [name, xml] of texts) {
    if (!name.endsWith('.rels')) continue;
    for (const target of xmlPartTargets(xml, relsBase(name))) {
      if (skipped.has(target)) {
        throw new InputError(
          path,
          `points its text or styles at ${target}, which is not an XML part. Word never does this, so it was not read, to keep your computer safe`,
        );
      }
    }
  }
  const documentXml = texts.get(mainPath);
  if (documentXml === undefined) {
    throw new InputError(path, 'is a zip file but not a Word document: it has no main text part (word/document.xml)');
  }
  return documentXml;
}

/** Relationship types whose parts mammoth reads as XML. */
const XML_PART_TYPES = /\/relationships\/(officeDocument|styles|numbering|footnotes|endnotes|comments)$/;

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = match[1] ?? '';
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
    const type = attr('Type');
    const target = attr('Target');
    if (!type || !target) continue;
    out.push({
      type: type[2] ?? type[3] ?? '',
      target: decodeXmlAttr(target[2] ?? target[3] ?? ''),
      external: /^external$/i.test(attr('TargetMode')?.[2] ?? attr('TargetMode')?.[3] ?? ''),
    });
  }
  return out;
}

function decodeXmlAttr(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
}

/** Zip paths are POSIX paths: the folder part of one. */
function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? (at === 0 ? '/' : '.') : path.slice(0, at);
}

/** Resolve "." and ".." segments, as path.posix.normalize does for relative paths. */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** The folder a .rels file's targets are relative to: word/_rels/document.xml.rels → word. */
function relsBase(relsName: string): string {
  const owner = dirname(dirname(relsName));
  return owner === '.' ? '' : owner;
}

/** Where a target may point in the zip: as mammoth joins it, and normalised. */
function candidates(base: string, target: string): string[] {
  const joined = target.startsWith('/') ? target : base ? `${base}/${target}` : target;
  const stripped = joined.replace(/^\/+/, '');
  const normal = normalize(stripped);
  return stripped === normal ? [stripped] : [stripped, normal];
}

function xmlPartTargets(xml: string, base: string): string[] {
  const out: string[] = [];
  for (const rel of relationships(xml)) {
    if (rel.external || !XML_PART_TYPES.test(rel.type)) continue;
    out.push(...candidates(base, rel.target));
  }
  return out;
}

function findTarget(xml: string | undefined, base: string, type: string, texts: Map<string, string>, skipped: Set<string>): string | undefined {
  if (!xml) return undefined;
  for (const rel of relationships(xml)) {
    if (rel.external || !rel.type.endsWith(`/relationships/${type}`)) continue;
    for (const name of candidates(base, rel.target)) if (texts.has(name) || skipped.has(name)) return name;
  }
  return undefined;
}

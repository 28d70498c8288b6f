/**
 * Open a .docx package safely before anything else reads it.
 *
 * A .docx is a zip of XML parts. Before mammoth sees it we check that it is a zip at all
 * (not an encrypted or old-style .doc file), that it has a main document part, that no part
 * declares or inflates to more than the limits (zip bombs), and that no XML part declares
 * entities (XXE). We inflate the XML parts ourselves with a byte budget, so a part that
 * lies about its size is stopped as soon as it passes the limit.
 */
import { posix } from 'node:path';
import type yauzl from 'yauzl';
import { InputError } from './errors.js';

export interface DocxLimits {
  /** Largest total uncompressed size of all parts, in bytes. */
  maxUncompressed: number;
  /** Largest uncompressed size of one XML part, in bytes. */
  maxXmlPart: number;
  /** Most entries in the zip. */
  maxEntries: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxUncompressed: 1024 * 1024 * 1024,
  maxXmlPart: 256 * 1024 * 1024,
  maxEntries: 10000,
};

export interface DocxPackage {
  /** word/document.xml as text. */
  documentXml: string;
  /** All entry names. */
  entries: string[];
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function openDocx(path: string, buffer: Buffer, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<DocxPackage> {
  if (buffer.length === 0) throw new InputError(path, 'is empty (0 bytes), so there is nothing to check');
  if (buffer.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new InputError(
      path,
      'is password-protected or an old-style Word file (.doc). Remove the password, or save it as .docx, and try again',
    );
  }
  if (buffer.readUInt32LE(0) !== 0x04034b50 && buffer.readUInt32LE(0) !== 0x06054b50) {
    throw new InputError(path, 'is not a Word .docx file (it is not a zip package). Open it in Word and save it as .docx');
  }

  const { fromBuffer } = (await import('yauzl')).default;
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, z) =>
      err || !z ? reject(err) : resolve(z),
    );
  }).catch((error: Error) => {
    throw new InputError(path, `is damaged or incomplete, so it cannot be opened (${plainZipError(error)})`);
  });

  const entries: string[] = [];
  /** XML parts we inflated and checked, by name. */
  const texts = new Map<string, string>();
  /** Parts we did not inflate (pictures, embedded files). */
  const skipped = new Set<string>();
  let declared = 0;
  let inflated = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry.fileName);
        if (entries.length > limits.maxEntries) {
          reject(new InputError(path, `has more than ${limits.maxEntries} parts inside it, so it was not opened (a Word file has far fewer)`));
          return;
        }
        declared += entry.uncompressedSize;
        if (declared > limits.maxUncompressed || entry.uncompressedSize > limits.maxUncompressed) {
          reject(tooBig(path, limits.maxUncompressed));
          return;
        }
        const isXml = /\.(xml|rels)$/i.test(entry.fileName);
        if (!isXml) {
          skipped.add(entry.fileName);
          zip.readEntry();
          return;
        }
        if (entry.uncompressedSize > limits.maxXmlPart) {
          reject(tooBig(path, limits.maxXmlPart));
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            reject(err ?? new Error('cannot read part'));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            inflated += chunk.length;
            if (size > limits.maxXmlPart || inflated > limits.maxUncompressed) {
              stream.destroy();
              reject(tooBig(path, Math.min(limits.maxXmlPart, limits.maxUncompressed)));
              return;
            }
            chunks.push(chunk);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            const xml = Buffer.concat(chunks).toString('utf8');
            if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) {
              reject(
                new InputError(
                  path,
                  `has XML entity declarations in ${entry.fileName}, which Word never writes. It was not read, to keep your computer safe`,
                ),
              );
              return;
            }
            texts.set(entry.fileName, xml);
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    if (error instanceof InputError) throw error;
    throw new InputError(path, `is damaged or incomplete, so it cannot be opened (${plainZipError(error as Error)})`);
  }

  // mammoth finds the main text, styles, lists, notes and comments through the package's
  // relationships, not by name. Word always stores these as .xml parts, which we checked above;
  // a package that points them at a part we did not check is refused.
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
  return { documentXml, entries };
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

/** The folder a .rels file's targets are relative to: word/_rels/document.xml.rels → word. */
function relsBase(relsName: string): string {
  const dir = posix.dirname(relsName); // word/_rels
  const owner = posix.dirname(dir); // word
  return owner === '.' ? '' : owner;
}

/** Where a target may point in the zip: as mammoth joins it, and normalised. */
function candidates(base: string, target: string): string[] {
  const joined = target.startsWith('/') ? target : base ? `${base}/${target}` : target;
  const stripped = joined.replace(/^\/+/, '');
  const normal = posix.normalize(stripped).replace(/^\/+/, '');
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

function tooBig(path: string, limit: number): InputError {
  return new InputError(
    path,
    `would unpack to more than ${Math.round(limit / 1024 / 1024)} MB, so it was not opened (this can be a "zip bomb"). ` +
      'If it is a real document, raise the limit with --max-docx-unpacked',
  );
}

function plainZipError(error: Error): string {
  const message = String(error?.message ?? error);
  if (/end of central directory/i.test(message)) return 'the end of the file is missing';
  if (/invalid.*signature|unexpected EOF|too short/i.test(message)) return 'parts of the file are missing';
  if (/encrypted/i.test(message)) return 'it is encrypted';
  return message.split('\n')[0]!.slice(0, 120);
}

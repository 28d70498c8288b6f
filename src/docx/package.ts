/**
 * Open a .docx package safely before anything else reads it.
 *
 * A .docx is a zip of XML parts. Before mammoth sees it we check that it is a zip at all
 * (not an encrypted or old-style .doc file), that it has a main document part, that no part
 * declares or inflates to more than the limits (zip bombs), and that no XML part declares
 * entities (XXE). We inflate the XML parts ourselves with a byte budget, so a part that
 * lies about its size is stopped as soon as it passes the limit.
 */
import type yauzl from 'yauzl';
import { InputError } from '../read/errors.js';
import { checkEntryName, checkHeader, checkText, checkXmlPart, mainDocument, plainZipError, tooBig } from './checks.js';

const HINT = 'raise the limit with --max-docx-unpacked';

export interface DocxLimits {
  /** Largest total uncompressed size of all parts, in bytes. */
  maxUncompressed: number;
  /** Largest uncompressed size of one XML part, in bytes. */
  maxXmlPart: number;
  /** Most entries in the zip. */
  maxEntries: number;
  /**
   * Most characters of text (in the text, notes and comments) a package may hold. A few kilobytes
   * of zip can unpack to many megabytes of words, so this limit follows the content, not the
   * file's size on disk. Default: the markdown limit (src/read/input.ts).
   */
  maxText?: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxUncompressed: 1024 * 1024 * 1024,
  maxXmlPart: 256 * 1024 * 1024,
  maxEntries: 10000,
  maxText: 6 * 1024 * 1024,
};

export interface DocxPackage {
  /** word/document.xml as text. */
  documentXml: string;
  /** All entry names. */
  entries: string[];
  /**
   * The XML parts, inflated and checked, by name. Everything that reads the package afterwards
   * (mammoth, the Word places, the notes) reads these, never the zip again: what was checked is
   * what is read.
   */
  parts: Map<string, string>;
  /** Entries that were not inflated (pictures, embedded files). */
  others: Set<string>;
}

export async function openDocx(path: string, buffer: Buffer, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<DocxPackage> {
  checkHeader(path, buffer);

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
        try {
          checkEntryName(path, entry.fileName, entries, unicodePathName(entry), isLink(entry));
        } catch (error) {
          reject(error);
          return;
        }
        entries.push(entry.fileName);
        if (entries.length > limits.maxEntries) {
          reject(new InputError(path, `has more than ${limits.maxEntries} parts inside it, so it was not opened (a Word file has far fewer)`));
          return;
        }
        declared += entry.uncompressedSize;
        if (declared > limits.maxUncompressed || entry.uncompressedSize > limits.maxUncompressed) {
          reject(tooBig(path, limits.maxUncompressed, HINT));
          return;
        }
        const isXml = /\.(xml|rels)$/i.test(entry.fileName);
        if (!isXml) {
          skipped.add(entry.fileName);
          zip.readEntry();
          return;
        }
        if (entry.uncompressedSize > limits.maxXmlPart) {
          reject(tooBig(path, limits.maxXmlPart, HINT));
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
              reject(tooBig(path, Math.min(limits.maxXmlPart, limits.maxUncompressed), HINT));
              return;
            }
            chunks.push(chunk);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            const xml = Buffer.concat(chunks).toString('utf8');
            try {
              checkXmlPart(path, entry.fileName, xml);
            } catch (error) {
              reject(error);
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
    throw new InputError(path, `is damaged or incomplete, so it cannot be opened (${plainZipError(error)})`);
  }

  const documentXml = mainDocument(path, texts, skipped);
  checkText(path, texts, limits);
  return { documentXml, entries, parts: texts, others: skipped };
}

/**
 * The name in an entry's Info-ZIP Unicode Path field (0x7075), when it differs from the name in
 * the header itself. yauzl honours the field; other readers (JSZip, Word) may not, so such an
 * entry has two names. Word never writes the field.
 */
function unicodePathName(entry: yauzl.Entry): string | undefined {
  const field = entry.extraFields.find((f) => f.id === 0x7075);
  if (!field) return undefined;
  const raw = Buffer.from(entry.fileNameRaw).toString((entry.generalPurposeBitFlag & 0x800) !== 0 ? 'utf8' : 'latin1').replace(/\\/g, '/');
  const named = field.data.length > 5 ? field.data.subarray(5).toString('utf8') : '';
  return raw === entry.fileName && named === entry.fileName ? undefined : `${raw} / ${named || entry.fileName}`;
}

/** A symbolic link stored in the zip (Unix mode in the high bits of the external attributes). */
function isLink(entry: yauzl.Entry): boolean {
  return entry.versionMadeBy >>> 8 === 3 && ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

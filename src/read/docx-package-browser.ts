/**
 * Open a .docx package safely in a web browser, before mammoth reads it.
 *
 * The same checks as docx-package.ts (which needs Node's zip reader), done with JSZip: the
 * file is a zip at all (not an encrypted or old-style .doc file), it has a main document part,
 * no part declares or inflates to more than the limits (zip bombs), and no XML part declares
 * entities (XXE). XML parts are inflated as a stream with a byte budget, so a part that lies
 * about its size is stopped as soon as it passes the limit.
 */
import JSZip from 'jszip';
import { InputError } from './errors.js';
import type { DocxLimits, DocxPackage } from './docx-package.js';

/** Lower than the command line's limits: a browser tab has less memory to spare. */
export const BROWSER_DOCX_LIMITS: DocxLimits = {
  maxUncompressed: 256 * 1024 * 1024,
  maxXmlPart: 128 * 1024 * 1024,
  maxEntries: 10000,
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function readUInt32LE(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) + (bytes[at + 3] ?? 0) * 0x1000000;
}

/** JSZip keeps each entry's declared size on an internal object. */
function declaredSize(file: JSZip.JSZipObject): number {
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && size >= 0 ? size : 0;
}

export async function openDocxBytes(
  path: string,
  input: ArrayBuffer | Uint8Array,
  limits: DocxLimits = BROWSER_DOCX_LIMITS,
): Promise<DocxPackage> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) throw new InputError(path, 'is empty (0 bytes), so there is nothing to check');
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new InputError(
      path,
      'is password-protected or an old-style Word file (.doc). Remove the password, or save it as .docx, and try again',
    );
  }
  const magic = bytes.length >= 4 ? readUInt32LE(bytes, 0) : 0;
  if (magic !== 0x04034b50 && magic !== 0x06054b50) {
    throw new InputError(path, 'is not a Word .docx file (it is not a zip package). Open it in Word and save it as .docx');
  }

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new InputError(path, `is damaged or incomplete, so it cannot be opened (${plainZipError(error)})`);
  }

  const files = Object.values(zip.files).filter((f) => !f.dir);
  const entries = Object.keys(zip.files);
  if (entries.length > limits.maxEntries) {
    throw new InputError(path, `has more than ${limits.maxEntries} parts inside it, so it was not opened (a Word file has far fewer)`);
  }
  let declared = 0;
  for (const file of files) {
    const size = declaredSize(file);
    declared += size;
    if (declared > limits.maxUncompressed || size > limits.maxUncompressed) throw tooBig(path, limits.maxUncompressed);
    if (/\.(xml|rels)$/i.test(file.name) && size > limits.maxXmlPart) throw tooBig(path, limits.maxXmlPart);
  }

  /** XML parts inflated and checked, by name, and the parts not inflated (pictures, embedded files). */
  const texts = new Map<string, string>();
  const skipped = new Set<string>();
  const budget = { inflated: 0 };
  for (const file of files) {
    if (!/\.(xml|rels)$/i.test(file.name)) {
      skipped.add(file.name);
      continue;
    }
    const xml = await inflate(path, file, limits, budget);
    if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) {
      throw new InputError(
        path,
        `has XML entity declarations in ${file.name}, which Word never writes. It was not read, to keep your computer safe`,
      );
    }
    texts.set(file.name, xml);
  }

  // When docx-package.ts checks where the relationships point, share that check here (texts, skipped).
  const documentXml = texts.get('word/document.xml');
  if (documentXml === undefined) {
    throw new InputError(path, 'is a zip file but not a Word document: it has no main text part (word/document.xml)');
  }
  return { documentXml, entries };
}

/** JSZip's stream of one part (its public `internalStream`, missing from its types). */
interface PartStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): PartStream;
  on(event: 'error', listener: (error: Error) => void): PartStream;
  on(event: 'end', listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** Inflate one XML part as a stream, stopping as soon as it passes the limits. */
function inflate(path: string, file: JSZip.JSZipObject, limits: DocxLimits, budget: { inflated: number }): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    let text = '';
    let size = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): PartStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        size += chunk.length;
        budget.inflated += chunk.length;
        if (size > limits.maxXmlPart || budget.inflated > limits.maxUncompressed) {
          done = true;
          stream.pause();
          reject(tooBig(path, Math.min(limits.maxXmlPart, limits.maxUncompressed)));
          return;
        }
        text += decoder.decode(chunk, { stream: true });
      })
      .on('error', (error: Error) => {
        if (done) return;
        done = true;
        reject(new InputError(path, `is damaged or incomplete, so it cannot be opened (${plainZipError(error)})`));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(text + decoder.decode());
      })
      .resume();
  });
}

function tooBig(path: string, limit: number): InputError {
  return new InputError(
    path,
    `would unpack to more than ${Math.round(limit / 1024 / 1024)} MB, so it was not opened (this can be a "zip bomb"). ` +
      'If it is a real document, check it with the plainlint command instead',
  );
}

function plainZipError(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  if (/end of central directory|corrupted zip|can't find end/i.test(message)) return 'the end of the file is missing';
  if (/invalid.*signature|unexpected EOF|too short|end of data|size mismatch/i.test(message)) return 'parts of the file are missing';
  if (/encrypted/i.test(message)) return 'it is encrypted';
  return message.split('\n')[0]!.slice(0, 120);
}

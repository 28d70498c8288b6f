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
import { InputError } from '../read/errors.js';
import { checkEntryName, checkHeader, checkText, checkXmlPart, mainDocument, normalEntryName, plainZipError, tooBig } from './checks.js';

const HINT = 'check it with the plainlint command instead';
import type { DocxLimits, DocxPackage } from './package.js';

/** Lower than the command line's limits: a browser tab has less memory to spare. */
export const BROWSER_DOCX_LIMITS: DocxLimits = {
  maxUncompressed: 256 * 1024 * 1024,
  maxXmlPart: 128 * 1024 * 1024,
  maxEntries: 10000,
  maxText: 6 * 1024 * 1024,
};

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
  checkHeader(path, bytes);

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
  const names = new Set<string>();
  for (const file of files) {
    checkEntryName(path, file.name, names, undefined, (((file as { unixPermissions?: number | null }).unixPermissions ?? 0) & 0o170000) === 0o120000);
    names.add(normalEntryName(file.name));
  }
  let declared = 0;
  for (const file of files) {
    const size = declaredSize(file);
    declared += size;
    if (declared > limits.maxUncompressed || size > limits.maxUncompressed) throw tooBig(path, limits.maxUncompressed, HINT);
    if (/\.(xml|rels)$/i.test(file.name) && size > limits.maxXmlPart) throw tooBig(path, limits.maxXmlPart, HINT);
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
    checkXmlPart(path, file.name, xml);
    texts.set(file.name, xml);
  }

  const documentXml = mainDocument(path, texts, skipped);
  checkText(path, texts, limits);
  return { documentXml, entries, parts: texts, others: skipped };
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
          reject(tooBig(path, Math.min(limits.maxXmlPart, limits.maxUncompressed), HINT));
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


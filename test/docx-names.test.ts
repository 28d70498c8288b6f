/**
 * Issue 21, severe case 1: two zip readers that disagree about names. Whatever checks a part must
 * be what reads it. The package reader refuses duplicated names, names that differ between the
 * header and a Unicode Path field, and link entries; and mammoth reads only the checked parts.
 * A fuzz test builds many packages with duplicated and disagreeing names in random orders.
 */
import { describe, expect, it } from 'vitest';
import { openDocx } from '../src/docx/package.js';
import { openDocxBytes } from '../src/docx/package-browser.js';
import { parseDocx } from '../src/parse/docx.js';
import { InputError } from '../src/read/errors.js';
import { rawZip, wordPackage, documentXml, CONTENT_TYPES, ROOT_RELS, type RawEntry } from './helpers/raw-zip.js';
import { cli } from './helpers/cli.js';
import { tmpTree, LONG_SENTENCE } from './helpers/tmp.js';

const BOMB_XML = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${documentXml(['&b;'])}`;

describe('Word packages whose entry names disagree', () => {
  it('refuses two entries named word/document.xml, the second renamed by a Unicode Path field', async () => {
    const zip = rawZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: ROOT_RELS },
      { name: 'word/document.xml', data: documentXml(['Hello.']) },
      { name: 'word/document.xml', data: BOMB_XML, unicodeName: 'word/media/image1.png' },
    ]);
    await expect(openDocx('two.docx', zip)).rejects.toThrow(/two (parts named|different names)/);
  });

  it('refuses one entry that has a different name in its Unicode Path field', async () => {
    const zip = wordPackage(['Hello.'], [{ name: 'word/media/image1.png', data: 'x', unicodeName: 'word/styles.xml' }]);
    await expect(openDocx('renamed.docx', zip)).rejects.toThrow(/a part with two different names \(word\/media\/image1\.png \/ word\/styles\.xml\)/);
  });

  it('refuses a link entry with one plain line, not a JavaScript error', async () => {
    const zip = wordPackage(['Hello.'], [{ name: 'word/media/link.png', data: '/etc/passwd', link: true }]);
    const dir = tmpTree({ 'link.docx': zip, 'ok.md': `${LONG_SENTENCE}\n` });
    const r = await cli(['link.docx', 'ok.md', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'plainlint: link.docx: has a link (word/media/link.png) inside it, which Word never writes. It was not read, to keep your computer safe',
    );
    expect(JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'ok.md').findings.length).toBeGreaterThan(0);
  });

  it('mammoth reads only the parts that were checked, not the zip', async () => {
    const zip = wordPackage(['The checked words are here.']);
    const pkg = await openDocx('ok.docx', zip);
    // Swap the buffer for another package: what is read must still be the checked parts.
    const other = wordPackage(['Words that were never checked.']);
    const doc = await parseDocx(other, pkg, 'ok.docx');
    expect(doc.text).toContain('The checked words are here.');
    expect(doc.text).not.toContain('never checked');
  });

  it('fuzz: packages with duplicated and disagreeing names are refused by both readers, or read only as checked', async () => {
    let seed = 21;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    const names = ['word/document.xml', 'word/styles.xml', 'word/media/image1.png', '_rels/.rels', 'word/_rels/document.xml.rels', 'WORD/document.xml', 'word\\document.xml', '/word/document.xml'];
    for (let round = 0; round < 60; round++) {
      const entries: RawEntry[] = [
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: '_rels/.rels', data: ROOT_RELS },
        { name: 'word/document.xml', data: documentXml(['Checked words.']) },
      ];
      const extra = 1 + Math.floor(random() * 3);
      for (let i = 0; i < extra; i++) {
        const entry: RawEntry = { name: pick(names), data: BOMB_XML, deflate: random() < 0.5 };
        if (random() < 0.5) entry.unicodeName = pick(names);
        entries.splice(Math.floor(random() * (entries.length + 1)), 0, entry);
      }
      const zip = rawZip(entries);
      for (const open of [openDocx, openDocxBytes]) {
        try {
          const pkg = await open(`fuzz${round}.docx`, zip);
          // Read: only checked parts, so the bomb (with its DOCTYPE) can never be parsed.
          for (const xml of pkg.parts.values()) expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY/);
          const doc = await parseDocx(zip, pkg, `fuzz${round}.docx`);
          expect(doc.text).not.toContain('aaaa');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).not.toMatch(/\n|TypeError|undefined|xmldom/);
        }
      }
    }
  });

  it('names what it does not check: parts pasted in whole (altChunk) and SmartArt', async () => {
    const zip = rawZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: ROOT_RELS },
      { name: 'word/document.xml', data: documentXml(['Hello.'], '<w:altChunk r:id="rId9"/>') },
      { name: 'word/afchunk.htm', data: '<p>Unchecked words</p>' },
      { name: 'word/diagrams/data1.xml', data: '<dgm:dataModel xmlns:dgm="x"/>' },
    ]);
    const dir = tmpTree({ 'chunk.docx': zip });
    const r = await cli(['chunk.docx', '-f', 'json'], { cwd: dir });
    const notices = JSON.parse(r.stdout).files[0].notices as string[];
    expect(notices.join('\n')).toMatch(/a part pasted in whole \(a web page or another document inside it\)/);
    expect(notices.join('\n')).toMatch(/a SmartArt graphic, whose words plainlint does not check/);
  });

  it('limits the words a small package unpacks to, not only its size on disk', async () => {
    const para = 'Many words repeated to fill the page. '.repeat(1000);
    const zip = rawZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: ROOT_RELS },
      { name: 'word/document.xml', data: documentXml(Array.from({ length: 200 }, () => para)), deflate: true },
    ]);
    expect(zip.length).toBeLessThan(200 * 1024);
    const started = Date.now();
    await expect(openDocx('small.docx', zip)).rejects.toThrow(/holds more than 6 MB of text, more than plainlint checks in one file/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('the browser build gets a new zip of the checked parts only', async () => {
    const { checkedZip } = await import('../src/parse/docx.js');
    const zip = rawZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: ROOT_RELS },
      { name: 'word/document.xml', data: documentXml(['The checked words are here.']) },
      { name: 'word/media/image1.png', data: 'picture bytes' },
    ]);
    const pkg = await openDocx('ok.docx', zip);
    const JSZip = (await import('jszip')).default;
    const rebuilt = await JSZip.loadAsync(await checkedZip(pkg));
    expect(Object.keys(rebuilt.files).filter((n) => !n.endsWith('/')).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/media/image1.png']);
    expect(await rebuilt.file('word/media/image1.png')!.async('string')).toBe('');
    const mammoth = (await import('mammoth')).default;
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(await checkedZip(pkg)) });
    expect(html.value).toContain('The checked words are here.');
  });
});

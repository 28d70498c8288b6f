import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { cli, ROOT } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { openDocx } from '../src/docx/package.js';
import { parseDocx } from '../src/parse/docx.js';

const FIX = join(ROOT, 'fixtures', 'docx');
const read = (name: string) => readFileSync(join(FIX, name));

async function parse(name: string) {
  const buffer = read(name);
  return parseDocx(buffer, await openDocx(name, buffer), name);
}

async function rezip(name: string, change: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(read(name));
  await change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('reading Word documents', () => {
  it('turns Word heading styles, paragraphs, lists and tables into the same tree as markdown', async () => {
    const doc = await parse('example-draft.docx');
    const kinds = doc.blocks.map((b) => (b.kind === 'heading' ? `h${b.depth}` : b.kind));
    expect(kinds.slice(0, 4)).toEqual(['h1', 'paragraph', 'h2', 'paragraph']);
    expect(kinds).toContain('listItem');
    expect(kinds.filter((k) => k === 'tableCell')).toHaveLength(6);
    expect(doc.sections.map((s) => s.heading).filter(Boolean)).toEqual([
      'Changes to your GP practice',
      'Why we are making this change',
      'What this means for you',
      'What happens next',
      'Find out more',
    ]);
    // Line N of the text is paragraph N.
    expect(doc.text.split('\n')[0]).toBe('Changes to your GP practice');
  });

  it('keeps links with their addresses', async () => {
    const doc = await parse('example-draft.docx');
    const links: Array<{ url: string; text: string }> = [];
    const walk = (node: { type: string; url?: string; children?: unknown[]; value?: string }) => {
      if (node.type === 'link') {
        const text = JSON.stringify(node).match(/"value":"([^"]*)"/g)?.map((v) => v.slice(9, -1)).join('') ?? '';
        links.push({ url: node.url!, text });
      }
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
    };
    walk(doc.mdast as never);
    expect(links).toContainEqual({ url: 'https://www.example.nhs.uk/merger', text: 'click here' });
  });

  it('reads images with their alt text, and Word’s “Mark as decorative” flag', async () => {
    const doc = await parse('example-draft.docx');
    expect(doc.images.map((i) => [i.alt, i.decorative])).toEqual([
      ['Map of the two GP surgeries on Station Road', false],
      ['', false],
      ['IMG_2041.jpg', false],
    ]);
    const decorative = await parse('decorative-image.docx');
    expect(decorative.images.map((i) => i.decorative)).toEqual([true, false]);
  });

  it('locates findings by paragraph number with a quoted snippet', async () => {
    const r = await cli(['fixtures/docx/example-draft.docx', '-f', 'json']);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.format).toBe('docx');
    const f = file.findings.find((x: { ruleId: string }) => x.ruleId === 'sentence-length');
    expect(f.paragraph).toBe(5);
    expect(f.excerpt.startsWith('Following extensive engagement')).toBe(true);
    const stylish = await cli(['fixtures/docx/example-draft.docx']);
    expect(stylish.stdout).toMatch(/¶5:1 +warning +This sentence has 41 words/);
    expect(stylish.stdout).toContain('“Following extensive engagement with patients, staff and loc…”');
  });

  it('never changes the Word file', async () => {
    const before = createHash('sha256').update(read('example-draft.docx')).digest('hex');
    await cli(['fixtures/docx/example-draft.docx']);
    expect(createHash('sha256').update(read('example-draft.docx')).digest('hex')).toBe(before);
  });
});

describe('broken Word files: one clear line each, exit 2, other files still checked', () => {
  const cases: Array<[string, string]> = [
    ['empty.docx', 'is empty (0 bytes), so there is nothing to check'],
    ['not-a-zip.docx', 'is not a Word .docx file (it is not a zip package). Open it in Word and save it as .docx'],
    ['truncated.docx', 'is damaged or incomplete, so it cannot be opened'],
    ['no-document-xml.docx', 'is a zip file but not a Word document: it has no main text part (word/document.xml)'],
    ['encrypted.docx', 'is password-protected or an old-style Word file (.doc)'],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const r = await cli([`fixtures/docx/${name}`, 'fixtures/docx/example-draft.docx', '-f', 'json']);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`plainlint: fixtures/docx/${name}: ${message}`);
      const out = JSON.parse(r.stdout);
      expect(out.files.find((f: { path: string }) => f.path.endsWith('example-draft.docx')).findings.length).toBeGreaterThan(0);
    });
  }

  it('refuses a .docx whose XML declares entities (XXE), without reading the entity', async () => {
    const evil = await rezip('clean.docx', async (zip) => {
      const xml = await zip.file('word/document.xml')!.async('string');
      const withEntity = xml.replace(
        /^(<\?xml[^>]*\?>)?/,
        '$1<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      ).replace(/<w:t>([^<]*)<\/w:t>/, '<w:t>&xxe;</w:t>');
      zip.file('word/document.xml', withEntity);
    });
    const dir = tmpTree({ 'evil.docx': evil });
    const r = await cli(['evil.docx', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has XML entity declarations in word/document.xml');
    expect(r.stdout).not.toContain('root:');
  });

  it('refuses a .docx that unpacks past the limit (zip bomb), before inflating it all', async () => {
    const bomb = await rezip('clean.docx', (zip) => {
      zip.file('word/media/padding.xml', Buffer.alloc(3 * 1024 * 1024, 0x20));
    });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const dir = tmpTree({ 'bomb.docx': bomb });
    const r = await cli(['bomb.docx', '--max-docx-unpacked', '2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('would unpack to more than 2 MB, so it was not opened');
    const ok = await cli(['bomb.docx'], { cwd: dir });
    expect(ok.code).toBe(0);
  });

  it('refuses a .doc file with a clear hint', async () => {
    const dir = tmpTree({ 'old.doc': 'x' });
    const r = await cli(['old.doc'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is an old-style Word file (.doc). Open it in Word and save it as .docx');
  });
});

/**
 * True places for Word findings: Word's paragraph number and the column in that paragraph
 * (src/docx/locate.ts, wired in src/engine/run.ts).
 *
 * Expected places are worked out here, apart from the code under test: by building a document
 * whose paragraphs we wrote ourselves, and by a small scanner that counts the w:p elements of
 * word/document.xml and reads their text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import AjvDraft04 from 'ajv-draft-04';

// ajv-draft-04 is CommonJS: the class is module.exports and its own `default`, which TypeScript types.
const Ajv = AjvDraft04.default;
import { cli, ROOT } from './helpers/cli.js';
import { decodeXml } from './helpers/xml-text.js';
import { tmpTree } from './helpers/tmp.js';
import { markdownToDocx } from './helpers/md-to-docx.js';
import { ConfigLoader } from '../src/config/load.js';
import { lintFile } from '../src/engine/run.js';
import { openDocx } from '../src/docx/package.js';
import { parseDocx } from '../src/parse/docx.js';
import { locateFindings } from '../src/docx/locate.js';
import type { Finding } from '../src/types.js';

const FIX = join(ROOT, 'fixtures', 'docx-annotate');
const SCHEMA = join(ROOT, 'test', 'data', 'schemas', 'sarif-schema-2.1.0.json');

// ---------------------------------------------------------------------------
// An independent scanner: the body's paragraphs in order, with the text Word shows.
// Good for documents without text boxes (their paragraphs sit inside body paragraphs).


function bodyParagraphs(documentXml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)![1]!;
  expect(body, 'scanner: no text boxes').not.toContain('txbxContent');
  return [...body.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = (m[1] ?? '').replace(/<w:del\b[\s\S]*?<\/w:del>/g, '');
    return [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => (t[1] === undefined ? '\t' : decodeXml(t[1]))).join('');
  });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function documentXml(buffer: Buffer, part = 'word/document.xml'): Promise<string> {
  return (await JSZip.loadAsync(buffer)).file(part)!.async('string');
}

// ---------------------------------------------------------------------------
// A document whose paragraphs we wrote: empty paragraphs, split runs, a table with a cell of two
// paragraphs and an empty cell, a tracked deletion and a tab.

const r = (text: string, rPr = '') => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4513"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
const BODY = [
  '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + r('Clinic times') + '</w:p>', // 1
  '<w:p/>', // 2
  p(), // 3
  p(r('Come in on 1'), r('st Jan', '<w:rPr><w:b/></w:rPr>'), r('uary 2026 please.')), // 4: "1st January 2026" at column 12
  '<w:tbl><w:tblGrid><w:gridCol w:w="4513"/><w:gridCol w:w="4513"/></w:tblGrid>',
  '<w:tr>' + cell(p(r('Mondays')), p(r('Bring a letter, e.g. from your GP.'))) + cell(p()) + '</w:tr>', // 5, 6, 7
  '<w:tr>' + cell(p(r('Evenings'))) + cell(p(r('Ask at reception, e.g. by phone.'))) + '</w:tr>', // 8, 9
  '</w:tbl>',
  p(), // 10
  p(r('We open on '), '<w:del w:id="91" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>Monday </w:delText></w:r></w:del>', r('3rd February 2026.')), // 11
  p('<w:r><w:t>Call</w:t><w:tab/><w:t xml:space="preserve">0300 123 4567, e.g. today.</w:t></w:r>'), // 12
].join('');

/** Where each flagged phrase is, counted by hand from BODY above. */
const EXPECTED: Array<[string, number, number]> = [
  ['1st January 2026', 4, 12],
  ['e.g.', 6, 17],
  ['e.g.', 9, 19],
  ['3rd February 2026', 11, 12],
  ['e.g.', 12, 21],
];

async function handMade(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(join(FIX, 'table.docx')));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${BODY}</w:body>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function findingsOf(file: string): Promise<Finding[]> {
  const report = await lintFile(file, { loader: new ConfigLoader({}), cwd: ROOT });
  expect(report.error).toBeUndefined();
  return report.findings;
}

describe('Word findings give Word’s paragraph number and the column in it', () => {
  it('counts every paragraph, also empty ones and those in table cells, and leaves out deleted text', async () => {
    const buffer = await handMade();
    const dir = tmpTree({ 'clinic.docx': buffer });
    dirs.push(dir);
    // The scanner agrees with the numbers counted by hand.
    const paragraphs = bodyParagraphs(await documentXml(buffer));
    expect(paragraphs).toHaveLength(12);
    for (const [phrase, paragraph, column] of EXPECTED) expect(paragraphs[paragraph - 1]!.indexOf(phrase, column - 1)).toBe(column - 1);

    const findings = (await findingsOf(join(dir, 'clinic.docx'))).filter((f) => f.ruleId === 'house-style');
    const places = findings.map((f) => [f.excerpt, f.word?.paragraph, f.word?.column]);
    expect(places).toEqual(EXPECTED);
    for (const f of findings) {
      expect(f.word).toMatchObject({ story: 'body', endParagraph: f.word!.paragraph, endColumn: f.word!.column + f.excerpt.length });
      expect(f.paragraph).toBe(f.word!.paragraph);
      expect(f.word!.bodyParagraph).toBe(f.word!.paragraph);
    }
    // plainlint's own line numbers are unchanged: mammoth's paragraphs (no empty ones, one line per cell).
    expect(findings.map((f) => f.start.line)).toEqual([2, 3, 6, 7, 8]);
  });

  it.each(['split-runs.docx', 'tracked-changes.docx', 'hyperlink.docx', 'table.docx', 'existing-comments.docx'])(
    'agrees with a count of the w:p elements in %s',
    async (name) => {
      const file = join(FIX, name);
      const paragraphs = bodyParagraphs(await documentXml(readFileSync(file)));
      const findings = await findingsOf(file);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.word, `${f.ruleId} “${f.excerpt}”`).toBeDefined();
        const w = f.word!;
        expect(w.story).toBe('body');
        expect(f.paragraph).toBe(w.paragraph);
        if (w.endParagraph !== w.paragraph) continue;
        const text = paragraphs[w.paragraph - 1]!;
        expect(squash(text.slice(w.column - 1, w.endColumn - 1)), `${f.ruleId} in ¶${w.paragraph}`).toBe(squash(f.excerpt));
      }
    },
  );

  it('works on a document made from markdown, with a table and a list', async () => {
    const buffer = await markdownToDocx(
      '# Letter\n\nBring a letter, e.g. from your GP.\n\n| Day | Note |\n| --- | --- |\n| Monday | Come by 1st January 2026 |\n\n- Ask us, e.g. by phone\n',
    );
    const dir = tmpTree({ 'letter.docx': buffer });
    dirs.push(dir);
    const paragraphs = bodyParagraphs(await documentXml(buffer));
    const findings = (await findingsOf(join(dir, 'letter.docx'))).filter((f) => f.ruleId === 'house-style');
    expect(findings.length).toBe(3);
    for (const f of findings) {
      const w = f.word!;
      expect(paragraphs[w.paragraph - 1]!.slice(w.column - 1, w.endColumn - 1)).toBe(f.excerpt);
    }
    // Counted by the scanner: "e.g." in paragraph 2, the date in the table, "e.g." in the list.
    const where = (phrase: string) => {
      const index = paragraphs.findIndex((t) => t.includes(phrase));
      return [index + 1, paragraphs[index]!.indexOf(phrase) + 1];
    };
    expect(findings.map((f) => [f.word!.paragraph, f.word!.column])).toEqual([
      where('letter, e.g.').map((n, i) => (i ? n + 'letter, '.length : n)),
      where('1st January 2026'),
      where('us, e.g.').map((n, i) => (i ? n + 'us, '.length : n)),
    ]);
  });

  it('names the footnote and the paragraph in it', async () => {
    const file = join(FIX, 'footnote.docx');
    const buffer = readFileSync(file);
    const notes = await documentXml(buffer, 'word/footnotes.xml');
    const noteText = (id: number) => {
      const note = new RegExp(`<w:footnote w:id="${id}">([\\s\\S]*?)</w:footnote>`).exec(notes)![1]!;
      return [...note.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    };
    const body = bodyParagraphs(await documentXml(buffer));
    // The body paragraph that holds the note's mark, counted in the XML.
    const bodyXml = /<w:body>([\s\S]*)<\/w:body>/.exec(await documentXml(buffer))![1]!;
    const bodyXmlParagraphs = [...bodyXml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const holder = (id: number) => bodyXmlParagraphs.findIndex((x) => x.includes(`<w:footnoteReference w:id="${id}"/>`)) + 1;

    const findings = await findingsOf(file);
    // The house-style findings, one in each footnote (other rules may find more in the notes).
    const inNotes = findings.filter((f) => f.word?.story === 'footnote' && f.ruleId.startsWith('house-style'));
    expect(inNotes.map((f) => f.excerpt)).toEqual(['e.g.', '1st September 2025']);
    for (const [i, f] of inNotes.entries()) {
      const id = i + 1;
      expect(f.word).toEqual({
        story: 'footnote',
        note: id,
        paragraph: 1,
        column: noteText(id).indexOf(f.excerpt) + 1,
        endParagraph: 1,
        endColumn: noteText(id).indexOf(f.excerpt) + 1 + f.excerpt.length,
        bodyParagraph: holder(id),
      });
      expect(f.paragraph).toBe(holder(id));
    }
    expect(inNotes[0]!.word!.column).toBe(39);
    // The body's own finding is in the body.
    const own = findings.find((f) => f.excerpt === 'e.g.' && f.word?.story === 'body')!;
    expect(body[own.word!.paragraph - 1]!.slice(own.word!.column - 1, own.word!.endColumn - 1)).toBe('e.g.');
  });

  it('names the text box, the paragraph that holds it and the paragraph inside it', async () => {
    const file = join(FIX, 'textbox.docx');
    const xml = await documentXml(readFileSync(file));
    const box = /<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/.exec(xml)![1]!;
    const boxParagraphs = [...box.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    // The box sits in the body paragraph that holds the drawing: count body paragraphs before it.
    const before = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:txbxContent>'));
    const holder = [...before.matchAll(/<w:p[\s>]/g)].length;
    const f = (await findingsOf(file)).find((x) => x.excerpt === '1st December 2025')!;
    expect(f.word).toEqual({
      story: 'textbox',
      paragraph: 1,
      column: boxParagraphs[0]!.indexOf('1st December 2025') + 1,
      endParagraph: 1,
      endColumn: boxParagraphs[0]!.indexOf('1st December 2025') + 1 + '1st December 2025'.length,
      bodyParagraph: holder,
    });
  });

  it('keeps plainlint’s paragraph number when the words cannot be found in Word', async () => {
    const buffer = readFileSync(join(FIX, 'hyperlink.docx'));
    const pkg = await openDocx('hyperlink.docx', buffer);
    const text = (await parseDocx(buffer, pkg, 'hyperlink.docx')).text;
    const line = 3;
    const lines = text.split('\n');
    const offset = lines.slice(0, line - 1).join('\n').length + 1;
    const finding: Finding = {
      ruleId: 'test-rule',
      severity: 'warning',
      message: 'A test.',
      start: { line, column: 1, offset },
      end: { line, column: 6, offset: offset + 5 },
      excerpt: 'words nowhere in the file',
      paragraph: line,
    };
    const changed = lines.map((l, i) => (i === line - 1 ? 'Something else entirely.' : l)).join('\n');
    await locateFindings(buffer, pkg, changed, [finding]);
    expect(finding.word).toBeUndefined();
    expect(finding.paragraph).toBe(line);
  });
});

describe('reporters show the place in Word', () => {
  const dir = tmpTree({});
  dirs.push(dir);
  const write = async () => {
    writeFileSync(join(dir, 'clinic.docx'), await handMade());
    writeFileSync(join(dir, 'footnote.docx'), readFileSync(join(FIX, 'footnote.docx')));
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nBring a letter, e.g. from your GP.\n');
  };

  it('stylish: ¶paragraph:column, and the footnote by its number', async () => {
    await write();
    const out = (await cli(['clinic.docx', 'footnote.docx', 'notes.md'], { cwd: dir })).stdout;
    // The 2 dates get the same advice: one item, each date with its place and what to write.
    expect(out).toMatch(/^ {2}¶4:12 +warning +Write these dates in house style: “1st January 2026” and “3rd February 2026”\./m);
    expect(out).toMatch(/^ {10,}“1st January 2026”: here\. Try: 1 January 2026\n {10,}“3rd February 2026”: at ¶11:12\. Try: 3 February 2026$/m);
    // The same words again in the same file: listed with the first (say it once).
    expect(out).toMatch(/^ {2}¶\d+:\d+ +warning +Write “for example”.*\n(?: {10,}.*\n)*? {10,}\d+ times: here and at (?:.*, )?¶12:21\b/m);
    expect(out).toMatch(/^ {2}(?:footnote 1 ¶1:39 +warning +Write “for example”|¶\d+:\d+ +warning +Write “for example”.*\n(?: {10,}.*\n)*? {10,}\d+ times: here and at (?:.*, )?footnote 1 ¶1:39\b)/m);
    expect(out).toMatch(/^ {2}3:17 +warning +Write “for example”/m);
  });

  it('json: a `word` field on Word findings only, and `paragraph` as Word counts', async () => {
    await write();
    const files = JSON.parse((await cli(['clinic.docx', 'footnote.docx', 'notes.md', '-f', 'json'], { cwd: dir })).stdout).files;
    const clinic = files.find((f: { path: string }) => f.path === 'clinic.docx');
    const date = clinic.findings.find((f: { excerpt: string }) => f.excerpt === '1st January 2026');
    expect(date).toMatchObject({ line: 2, paragraph: 4, word: { story: 'body', paragraph: 4, column: 12, endParagraph: 4, endColumn: 28, bodyParagraph: 4 } });
    const note = files.find((f: { path: string }) => f.path === 'footnote.docx').findings.find((f: { word: { story: string } }) => f.word?.story === 'footnote');
    expect(note.word).toMatchObject({ note: 1, paragraph: 1, column: 39 });
    const md = files.find((f: { path: string }) => f.path === 'notes.md');
    expect(md.findings[0]).not.toHaveProperty('word');
    expect(md.findings[0].paragraph).toBeNull();
  });

  it('sarif: valid SARIF 2.1.0, with columns for words in the main text and the full place in properties', async () => {
    await write();
    const log = JSON.parse((await cli(['clinic.docx', 'footnote.docx', '-f', 'sarif'], { cwd: dir })).stdout);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    const results = log.runs[0].results as Array<{ locations: Array<{ physicalLocation: { region: Record<string, unknown>; artifactLocation: { uri: string } } }>; properties: Record<string, any> }>;
    const date = results.find((x) => x.locations[0]!.physicalLocation.region.snippet && (x.locations[0]!.physicalLocation.region.snippet as { text: string }).text === '1st January 2026')!;
    expect(date.locations[0]!.physicalLocation.region).toEqual({ startLine: 4, startColumn: 12, endLine: 4, endColumn: 28, snippet: { text: '1st January 2026' } });
    expect(date.properties).toMatchObject({ paragraph: 4, word: { story: 'body', column: 12 } });
    const note = results.find((x) => x.properties.word?.story === 'footnote')!;
    expect(note.locations[0]!.physicalLocation.region).toEqual({ startLine: note.properties.word.bodyParagraph, snippet: { text: 'e.g.' } });
  });

  it('github, rdjson and html say the place too', async () => {
    await write();
    const gh = (await cli(['clinic.docx', 'footnote.docx', '-f', 'github'], { cwd: dir })).stdout;
    expect(gh).toContain('::¶4:12 Write the date as');
    expect(gh).toContain('::footnote 1 ¶1:39 Write “for example”');
    const rd = JSON.parse((await cli(['clinic.docx', 'footnote.docx', '-f', 'rdjson'], { cwd: dir })).stdout);
    const d = rd.diagnostics.find((x: { original_output: string }) => x.original_output === '1st January 2026');
    expect(d.location.range).toEqual({ start: { line: 4 } });
    expect(d.message).toMatch(/^Paragraph 4, character 12: Write the date/);
    expect(rd.diagnostics.some((x: { message: string }) => x.message.startsWith('Footnote 1: paragraph 1, character 39: '))).toBe(true);
    const html = (await cli(['clinic.docx', 'footnote.docx', '-f', 'html'], { cwd: dir })).stdout;
    expect(html).toContain('Paragraph 4, character 12');
    expect(html).toContain('Footnote 1: paragraph 1, character 39');
  });
});

describe('long sentences named in one finding get Word’s paragraph numbers', () => {
  it('counts the empty paragraphs between them, as Word does, and the terminal shows those numbers', async () => {
    const filler = ['can', 'book', 'a', 'visit', 'at', 'the', 'clinic', 'near', 'their', 'home'];
    const words = (n: number, start: string) => [start, ...Array.from({ length: n - 2 }, (_, i) => filler[i % 10]), 'today.'].join(' ');
    const body = [p(r(words(45, 'Families'))), '<w:p/>', '<w:p/>', p(r(words(33, 'Carers')))].join('');
    const zip = await JSZip.loadAsync(readFileSync(join(FIX, 'table.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${body}</w:body>`));
    const d = tmpTree({ 'long.docx': await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) });
    dirs.push(d);
    const long = (await findingsOf(join(d, 'long.docx'))).find((f) => f.ruleId === 'sentence-length')!;
    // plainlint's own lines skip the empty paragraphs; Word's paragraphs count them.
    expect((long.data!.sentences as Array<{ line: number; paragraph: number }>).map((s) => [s.line, s.paragraph])).toEqual([
      [1, 1],
      [2, 4],
    ]);
    expect((await cli(['long.docx'], { cwd: d })).stdout).toContain('Sentences: ¶1 (45 words), ¶4 (33 words)');
  });
});

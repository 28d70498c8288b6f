/**
 * plainlint --annotate: findings written back into the Word file as comments.
 *
 * Every fixture is checked with real findings (lintFile) and, for the hard cases, with findings
 * made here for exact phrases, so the placing is tested apart from what the rules report.
 * The checks read the output with their own small XML scanner, not with the code under test.
 */
import { groupFindings } from '../src/report/group.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DOMParser } from '@xmldom/xmldom';
import { cli, ROOT } from './helpers/cli.js';
import { decodeXml } from './helpers/xml-text.js';
import { ConfigLoader } from '../src/config/load.js';
import { lintFile } from '../src/engine/run.js';
import { openDocx } from '../src/docx/package.js';
import { parseDocx } from '../src/parse/docx.js';
import type { Finding } from '../src/types.js';
import { annotateDocx, annotateFile, annotatedPath, type NotePlacement } from '../src/annotate/index.js';

const FIX = join(ROOT, 'fixtures', 'docx-annotate');
const FIXTURES = [
  join(FIX, 'split-runs.docx'),
  join(FIX, 'tracked-changes.docx'),
  join(FIX, 'hyperlink.docx'),
  join(FIX, 'table.docx'),
  join(FIX, 'textbox.docx'),
  join(FIX, 'footnote.docx'),
  join(FIX, 'notes.docx'),
  join(FIX, 'existing-comments.docx'),
  // Pictures with and without alt text: findings with no words.
  join(ROOT, 'fixtures', 'docx', 'example-draft.docx'),
];
const DATE = new Date('2025-06-01T09:30:00Z');
const CHANGED_PARTS = new Set(['word/document.xml', 'word/comments.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']);
const NOTE_PARTS = ['word/footnotes.xml', 'word/endnotes.xml'];
/** The parts that can hold comment marks with --annotate-notes words. */
const STORY_PARTS = ['word/document.xml', ...NOTE_PARTS];

const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
if (!HAS_SOFFICE) {
  console.warn(
    '\n###########################################################################\n' +
      '#  soffice (LibreOffice) is not installed: the test that opens annotated  #\n' +
      '#  Word files in LibreOffice is SKIPPED. Run scripts/ensure-libreoffice.sh #\n' +
      '###########################################################################\n',
  );
}

// ---------------------------------------------------------------------------
// A small XML scanner for the checks (independent of src/annotate).


/** For each comment id: the w:t text of the runs between its range start and end, in order. */
function anchoredText(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const open = new Set<string>();
  const token = /<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
  for (const m of xml.matchAll(token)) {
    if (m[1] !== undefined) {
      open.add(m[1]);
      out.set(m[1], '');
    } else if (m[2] !== undefined) open.delete(m[2]);
    else for (const id of open) out.set(id, out.get(id)! + decodeXml(m[3]!));
  }
  return out;
}

/** Anchored text of every comment, from the main text, the footnotes and the endnotes. */
function storyAnchors(parts: Map<string, Buffer>): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of STORY_PARTS) {
    const xml = parts.get(name)?.toString('utf8');
    if (xml) for (const [id, text] of anchoredText(xml)) out.set(id, text);
  }
  return out;
}

/** Strict well-formedness check with xmldom's parser, apart from the code under test. */
function wellFormed(xml: string, name: string): void {
  const fail = (message: unknown) => {
    throw new Error(`${name} is not well-formed: ${String(message)}`);
  };
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
  expect(doc.documentElement, name).toBeTruthy();
}

/** All visible text (w:t) of a part, in order. */
const visibleText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join('');
const deletedText = (xml: string) => [...xml.matchAll(/<w:delText(?:\s[^>]*)?>([^<]*)<\/w:delText>/g)].map((m) => decodeXml(m[1]!)).join('|');
const count = (xml: string, re: RegExp) => [...xml.matchAll(re)].length;

interface Comment {
  id: number;
  author: string;
  initials: string;
  date: string;
  xml: string;
  text: string;
}

function readComments(xml: string): Comment[] {
  return [...xml.matchAll(/<w:comment\s([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    const paragraphs = [...m[2]!.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => visibleText(p[0]));
    return { id: Number(attr('id')), author: attr('author'), initials: attr('initials'), date: attr('date'), xml: m[0], text: paragraphs.join('\n') };
  });
}

const sha = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');
const byPlace = (a: Finding, b: Finding) => a.start.offset - b.start.offset || a.end.offset - b.end.offset;

async function entries(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}

async function docText(buffer: Buffer, name = 'test.docx'): Promise<string> {
  return (await parseDocx(buffer, await openDocx(name, buffer), name)).text;
}

/** A finding on the first place `phrase` occurs in plainlint's text of the document. */
function findingAt(text: string, phrase: string, message = `“${phrase}” is flagged for a test.`): Finding {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`test set-up: "${phrase}" is not in the text`);
  const point = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n'), offset };
  };
  const from = point(start);
  return {
    ruleId: 'test-rule',
    severity: 'warning',
    message,
    suggestions: ['a plainer phrase'],
    start: from,
    end: point(start + phrase.length),
    excerpt: phrase,
    paragraph: from.line,
  };
}

/** One finding from the start of `first` to the end of `last` (across paragraphs or notes). */
function findingFromTo(text: string, first: string, last: string): Finding {
  const start = findingAt(text, first);
  const end = findingAt(text, last);
  return { ...start, end: end.end, excerpt: text.slice(start.start.offset, end.end.offset) };
}

/** Annotate with findings made here; returns the output parts and the anchored text of each finding. */
async function annotateWith(file: string, phrases: string[], notes?: NotePlacement) {
  const input = readFileSync(file);
  const text = await docText(input);
  // Each phrase its own rule: these tests are about placing comments, not about grouping them.
  const findings = phrases.map((p, i) => ({ ...findingAt(text, p), ruleId: `test-rule-${i + 1}` }));
  const result = await annotateDocx(input, { findings, path: basename(file), date: DATE, ...(notes ? { notes } : {}) });
  const parts = await entries(result.buffer);
  const documentXml = parts.get('word/document.xml')!.toString('utf8');
  const ours = readComments(parts.get('word/comments.xml')!.toString('utf8')).filter((c) => c.author === 'plainlint');
  const anchors = storyAnchors(parts);
  // Comments are numbered in document order: find each phrase's comment through that order.
  const order = [...findings].sort(byPlace);
  const commentOf = new Map(findings.map((f) => [f.excerpt, ours[order.indexOf(f)]!]));
  const texts = new Map(phrases.map((p) => [p, anchors.get(String(commentOf.get(p)!.id))]));
  return { input, result, parts, documentXml, ours: phrases.map((p) => commentOf.get(p)!), texts, findings };
}

// ---------------------------------------------------------------------------

const OUT = mkdtempSync(join(tmpdir(), 'plainlint-annotate-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

interface Run {
  name: string;
  input: string;
  output: string;
  before: string;
  after: string;
  findings: Finding[];
  comments: number;
}
const runs = new Map<string, Run>();

beforeAll(async () => {
  const loader = new ConfigLoader({});
  for (const input of FIXTURES) {
    const name = basename(input);
    const before = sha(readFileSync(input));
    const report = await lintFile(input, { loader, cwd: ROOT });
    expect(report.error).toBeUndefined();
    const output = join(OUT, name.replace(/\.docx$/, '.plainlint.docx'));
    const result = await annotateFile(input, output, { findings: report.findings, date: DATE });
    runs.set(name, { name, input, output, before, after: sha(readFileSync(input)), findings: [...report.findings].sort(byPlace), comments: result.comments });
  }
}, 120_000);

describe.each(FIXTURES.map((f) => basename(f)))('annotating %s', (name) => {
  it('has findings to write (the fixture is doing its job)', () => {
    expect(runs.get(name)!.findings.length).toBeGreaterThan(0);
  });

  it('never changes the input file', () => {
    const run = runs.get(name)!;
    expect(run.after).toBe(run.before);
    expect(run.output).not.toBe(run.input);
  });

  it('writes one comment per finding, by plainlint, with the message and the rule id', async () => {
    const run = runs.get(name)!;
    const parts = await entries(readFileSync(run.output));
    const comments = readComments(parts.get('word/comments.xml')!.toString('utf8'));
    const ours = comments.filter((c) => c.author === 'plainlint');
    expect(ours).toHaveLength(run.findings.length);
    expect(run.comments).toBe(run.findings.length);
    const ids = ours.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Say it once: the first place of a group (the same advice) gets the full comment, later ones a short one.
    const later = new Set(groupFindings(run.findings).flatMap((g) => g.findings.slice(1)));
    ours.forEach((comment, i) => {
      const finding = run.findings[i]!;
      expect(comment.initials).toBe('PL');
      expect(comment.date).toBe('2025-06-01T09:30:00Z');
      if (later.has(finding)) {
        expect(comment.text).toMatch(/\(\d+ of \d+\)(\. See the first comment on (these words|it), at |, at .*, which says why\.)/);
        expect(comment.text).not.toContain('Why: ');
      } else {
        expect(comment.text).toContain(finding.message);
        expect(comment.text).toContain(finding.ruleId);
        for (const suggestion of finding.suggestions ?? []) expect(comment.text).toContain(suggestion);
      }
      expect(comment.xml).toContain('<w:annotationRef/>');
    });
  });

  it('anchors each comment on exactly the flagged words', async () => {
    const run = runs.get(name)!;
    const parts = await entries(readFileSync(run.output));
    const documentXml = parts.get('word/document.xml')!.toString('utf8');
    const anchors = anchoredText(documentXml);
    const ours = readComments(parts.get('word/comments.xml')!.toString('utf8')).filter((c) => c.author === 'plainlint');
    ours.forEach((comment, i) => {
      const finding = run.findings[i]!;
      const id = String(comment.id);
      // One start, one end and one reference mark for each comment.
      expect(count(documentXml, new RegExp(`<w:commentRangeStart w:id="${id}"/>`, 'g'))).toBe(1);
      expect(count(documentXml, new RegExp(`<w:commentRangeEnd w:id="${id}"/>`, 'g'))).toBe(1);
      expect(count(documentXml, new RegExp(`<w:commentReference w:id="${id}"/>`, 'g'))).toBe(1);
      if (/^In (footnote|endnote) \d+/.test(comment.text)) {
        // Words in a footnote: the comment sits on the footnote mark and quotes them.
        expect(comment.text).toContain(`“${finding.excerpt.trim()}”`);
        expect(anchors.get(id)).toBe('');
      } else {
        expect(comment.text).not.toMatch(/could not find/);
        expect(anchors.get(id)).toBe(finding.excerpt);
      }
    });
  });

  it('leaves every other part byte for byte as it was, and the words of the document too', async () => {
    const run = runs.get(name)!;
    const before = await entries(readFileSync(run.input));
    const after = await entries(readFileSync(run.output));
    for (const [part, bytes] of before) {
      expect(after.has(part), part).toBe(true);
      if (!CHANGED_PARTS.has(part)) expect(after.get(part)!.equals(bytes), part).toBe(true);
    }
    for (const part of after.keys()) expect(before.has(part) || part === 'word/comments.xml', part).toBe(true);
    const oldXml = before.get('word/document.xml')!.toString('utf8');
    const newXml = after.get('word/document.xml')!.toString('utf8');
    expect(visibleText(newXml)).toBe(visibleText(oldXml));
    expect(deletedText(newXml)).toBe(deletedText(oldXml));
    const types = after.get('[Content_Types].xml')!.toString('utf8');
    const overrides = [...types.matchAll(/<Override\s[^>]*>/g)].map((m) => m[0]).filter((o) => o.includes('PartName="/word/comments.xml"'));
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"');
    const rels = after.get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(count(rels, /relationships\/comments"/g)).toBe(1);
  });

  it('can be read by mammoth, which sees the same text as in the original', async () => {
    const run = runs.get(name)!;
    const output = readFileSync(run.output);
    const result = await mammoth.convertToHtml({ buffer: output });
    expect(result.messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(await docText(output)).toBe(await docText(readFileSync(run.input)));
  });
});

describe.skipIf(!HAS_SOFFICE)('LibreOffice opens the annotated files (skipped when soffice is not installed)', () => {
  it('converts every annotated file to PDF, and keeps every plainlint comment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainlint-soffice-'));
    try {
      const outputs = [...runs.values()].map((r) => r.output);
      const profile = pathToFileURL(join(dir, 'profile')).href;
      for (const format of ['pdf', 'fodt']) {
        const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', dir, ...outputs], {
          encoding: 'utf8',
          timeout: 170_000,
        });
        expect(result.status, result.stderr).toBe(0);
      }
      for (const run of runs.values()) {
        const stem = basename(run.output, '.docx');
        const pdf = join(dir, `${stem}.pdf`);
        expect(existsSync(pdf), `${stem}.pdf`).toBe(true);
        expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const flat = readFileSync(join(dir, `${stem}.fodt`), 'utf8');
        expect(count(flat, /<dc:creator>plainlint<\/dc:creator>/g), stem).toBe(run.comments);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe.skipIf(!HAS_SOFFICE)('why comments on footnote words sit on the footnote mark (skipped when soffice is not installed)', () => {
  // A canary for docs/annotate.md ("Comments inside footnotes"): if this starts to fail, LibreOffice
  // opens comments inside footnotes, and --annotate-notes words (comments on the words in the note) could be the default.
  it('LibreOffice refuses a file with a comment mark inside footnotes.xml, and mammoth reads it', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(FIX, 'footnote.docx')));
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const notes = await zip.file('word/footnotes.xml')!.async('string');
    const words = '<w:t xml:space="preserve">This includes people aged 65 or over, e.g. grandparents.</w:t></w:r>';
    expect(notes).toContain(words);
    zip.file(
      'word/footnotes.xml',
      notes.replace(
        words,
        '<w:t xml:space="preserve">This includes people aged 65 or over, </w:t></w:r><w:commentRangeStart w:id="10"/><w:r><w:t>e.g.</w:t></w:r>' +
          '<w:commentRangeEnd w:id="10"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="10"/></w:r><w:r><w:t xml:space="preserve"> grandparents.</w:t></w:r>',
      ),
    );
    zip.file(
      'word/comments.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W}"><w:comment w:id="10" w:author="plainlint" w:date="2025-06-01T09:30:00Z" w:initials="PL"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>A test.</w:t></w:r></w:p></w:comment></w:comments>`,
    );
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" PartName="/word/comments.xml"/></Types>'));
    const dir = mkdtempSync(join(tmpdir(), 'plainlint-soffice-note-'));
    try {
      const file = join(dir, 'comment-in-footnote.docx');
      const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      writeFileSync(file, buffer);
      const read = await mammoth.convertToHtml({ buffer });
      expect(read.messages.filter((m) => m.type === 'error')).toEqual([]);
      expect(read.value).toContain('This includes people aged 65 or over, e.g. grandparents.');
      const profile = pathToFileURL(join(dir, 'profile')).href;
      const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 110_000 });
      const opened = existsSync(join(dir, 'comment-in-footnote.pdf'));
      expect(opened, 'LibreOffice now opens comments inside footnotes: see docs/annotate.md, "Comments inside footnotes"').toBe(false);
      expect(`${result.stdout}${result.stderr}`).toContain('source file could not be loaded');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('placing comments in the hard cases', () => {
  it('splits runs where the words start or end mid-run, and keeps each run’s formatting', async () => {
    const { texts, documentXml, ours } = await annotateWith(join(FIX, 'split-runs.docx'), [
      '1st January 2026',
      'child to the clinic by 1st',
      '2nd March 2026',
      'e.g.',
    ]);
    expect(texts.get('1st January 2026')).toBe('1st January 2026');
    expect(texts.get('child to the clinic by 1st')).toBe('child to the clinic by 1st');
    expect(texts.get('2nd March 2026')).toBe('2nd March 2026');
    expect(texts.get('e.g.')).toBe('e.g.');
    // "1st January 2026" runs over five runs with different formatting, all still there.
    const id = ours[0]!.id;
    const inside = new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(documentXml)![1]!;
    expect(inside).toContain('<w:vertAlign w:val="superscript"/>');
    expect(inside).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/>|<w:b\/>[\s\S]*<w:i\/>/);
    expect(inside).toMatch(/<w:u /);
    // A run split in the middle: the words before and after keep their own runs.
    expect(documentXml).toMatch(
      /<w:t xml:space="preserve">The nurse will see you on <\/w:t><\/w:r><w:commentRangeStart w:id="\d+"\/><w:r><w:t xml:space="preserve">2nd March 2026<\/w:t><\/w:r><w:commentRangeEnd w:id="\d+"\/><w:r><w:commentReference w:id="\d+"\/><\/w:r><w:r><w:t xml:space="preserve"> at the health centre\.<\/w:t><\/w:r>/,
    );
  });

  it('anchors words split by spelling marks and bookmarks, and keeps the marks', async () => {
    const { texts, documentXml } = await annotateWith(join(FIX, 'split-runs.docx'), ['0300 123 4567, e.g.']);
    expect(texts.get('0300 123 4567, e.g.')).toBe('0300 123 4567, e.g.');
    expect(documentXml).toContain('<w:proofErr w:type="spellStart"/>');
    expect(documentXml).toContain('<w:bookmarkStart w:id="0" w:name="phone"/>');
  });

  it('leaves deleted text out of the anchored words, keeps it in the file, and keeps insertions whole', async () => {
    const { texts, documentXml, parts, input } = await annotateWith(join(FIX, 'tracked-changes.docx'), [
      '3rd February 2026',
      'opens on 3rd',
      'carer, e.g. a family',
      'They can stay',
    ]);
    expect(texts.get('3rd February 2026')).toBe('3rd February 2026');
    expect(texts.get('opens on 3rd')).toBe('opens on 3rd');
    // The paragraph mark between "carer, " and "e.g." was deleted: mammoth joins the two paragraphs.
    expect(texts.get('carer, e.g. a family')).toBe('carer, e.g. a family');
    expect(texts.get('They can stay')).toBe('They can stay');
    const oldXml = (await entries(input)).get('word/document.xml')!.toString('utf8');
    expect(deletedText(documentXml)).toBe('Monday |of ');
    expect(deletedText(documentXml)).toBe(deletedText(oldXml));
    // No comment mark run inside a tracked insertion.
    for (const m of documentXml.matchAll(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/g)) expect(m[1]).not.toContain('commentReference');
    expect(count(documentXml, /<w:ins /g)).toBe(count(oldXml, /<w:ins /g));
    expect(count(documentXml, /<w:del /g)).toBe(count(oldXml, /<w:del /g));
    expect(parts.has('word/comments.xml')).toBe(true);
  });

  it('keeps hyperlinks whole, with the marks inside them or around them', async () => {
    const { texts, documentXml } = await annotateWith(join(FIX, 'hyperlink.docx'), ['click here', 'online, click', 'colds, e.g.']);
    expect(texts.get('click here')).toBe('click here');
    expect(texts.get('online, click')).toBe('online, click');
    expect(texts.get('colds, e.g.')).toBe('colds, e.g.');
    const links = [...documentXml.matchAll(/<w:hyperlink\b([^>]*)>([\s\S]*?)<\/w:hyperlink>/g)];
    expect(links).toHaveLength(2);
    expect(links[0]![1]).toContain('r:id="rIdLink1"');
    expect(visibleText(links[0]![2]!)).toBe('click here');
    expect(links[0]![2]).toMatch(/^<w:commentRangeStart w:id="\d+"\/>/);
    expect(links[0]![2]).toMatch(/<w:commentRangeEnd w:id="\d+"\/>/);
    expect(visibleText(links[1]![2]!)).toBe('our advice on coughs and colds');
  });

  it('anchors words in table cells, also across the paragraphs of one cell', async () => {
    const { texts, documentXml } = await annotateWith(join(FIX, 'table.docx'), ['1st October 2025', 'Every Monday. Book', 'e.g. for people']);
    expect(texts.get('1st October 2025')).toBe('1st October 2025');
    // Two paragraphs: Word has no space between them, plainlint's text joins them with one.
    expect(texts.get('Every Monday. Book')).toBe('Every Monday.Book');
    expect(texts.get('e.g. for people')).toBe('e.g. for people');
    for (const cell of documentXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) {
      expect(count(cell[1]!, /<w:commentRangeStart /g)).toBe(count(cell[1]!, /<w:commentRangeEnd /g));
    }
  });

  it('anchors words in a text box on the copy Word shows, and leaves the fallback copy alone', async () => {
    const { texts, documentXml, input } = await annotateWith(join(FIX, 'textbox.docx'), ['1st December 2025', 'aged 65 or over']);
    expect(texts.get('1st December 2025')).toBe('1st December 2025');
    expect(texts.get('aged 65 or over')).toBe('aged 65 or over');
    const choice = /<wps:txbx>([\s\S]*?)<\/wps:txbx>/.exec(documentXml)![1]!;
    expect(count(choice, /<w:commentRangeStart /g)).toBe(2);
    const fallback = (xml: string) => /<mc:Fallback>([\s\S]*?)<\/mc:Fallback>/.exec(xml)![1]!;
    const oldXml = (await entries(input)).get('word/document.xml')!.toString('utf8');
    expect(fallback(documentXml)).toBe(fallback(oldXml));
  });

  it('puts comments about footnote words on the footnote mark, and leaves footnotes.xml unchanged', async () => {
    const { ours, documentXml, parts, input } = await annotateWith(join(FIX, 'footnote.docx'), [
      'e.g. grandparents',
      '1st September 2025',
      'vaccine free.',
    ]);
    expect(ours[0]!.text).toMatch(/^In footnote 1, “e\.g\. grandparents”: /);
    expect(ours[1]!.text).toMatch(/^In footnote 2, “1st September 2025”: /);
    expect(ours[2]!.text).not.toMatch(/^In footnote/);
    for (const [i, note] of [[0, 1], [1, 2]] as const) {
      const id = ours[i]!.id;
      expect(documentXml).toMatch(
        new RegExp(`<w:commentRangeStart w:id="${id}"/><w:r>(?:(?!</w:r>).)*<w:footnoteReference w:id="${note}"/></w:r><w:commentRangeEnd w:id="${id}"/>`),
      );
    }
    expect(parts.get('word/footnotes.xml')!.equals((await entries(input)).get('word/footnotes.xml')!)).toBe(true);
  });

  it('keeps the comments already in the document, and gives ours fresh ids', async () => {
    const { ours, parts, texts, input, documentXml } = await annotateWith(join(FIX, 'existing-comments.docx'), ['1st November 2025', 'vaccines by']);
    expect(texts.get('1st November 2025')).toBe('1st November 2025');
    expect(texts.get('vaccines by')).toBe('vaccines by');
    const oldParts = await entries(input);
    const oldComments = readComments(oldParts.get('word/comments.xml')!.toString('utf8'));
    const newComments = readComments(parts.get('word/comments.xml')!.toString('utf8'));
    expect(oldComments).toHaveLength(1);
    expect(newComments.find((c) => c.id === 7)!.xml).toBe(oldComments[0]!.xml);
    const maxOld = Math.max(...[...oldParts.get('word/document.xml')!.toString('utf8').matchAll(/w:id="(\d+)"/g)].map((m) => Number(m[1])));
    for (const c of ours) expect(c.id).toBeGreaterThan(Math.max(7, maxOld));
    // The old comment's marks are still there, around the same words.
    expect(anchoredText(documentXml).get('7')).toBe('winter vaccines by 1st');
    expect(count(parts.get('word/_rels/document.xml.rels')!.toString('utf8'), /relationships\/comments"/g)).toBe(1);
  });

  it('puts a comment on the first paragraph when the words cannot be found, and says so', async () => {
    const input = readFileSync(join(FIX, 'hyperlink.docx'));
    const text = await docText(input);
    const finding = findingAt(text, 'click here');
    // plainlint's text of a different version of the document: the line no longer matches.
    const changed = text.replace('To book your appointment online, click here.', 'Something else entirely, with nothing alike.');
    const result = await annotateDocx(input, { findings: [{ ...finding, excerpt: 'words that are nowhere' }], text: changed, date: DATE });
    expect(result.unlocated).toBe(1);
    const parts = await entries(result.buffer);
    const [comment] = readComments(parts.get('word/comments.xml')!.toString('utf8'));
    expect(comment!.text).toMatch(/^plainlint could not find the exact place of these words: “words that are nowhere”\./);
    expect(anchoredText(parts.get('word/document.xml')!.toString('utf8')).get(String(comment!.id))).toBe('Book your appointment');
  });

  it('anchors a finding that runs over two paragraphs from its first word to its last', async () => {
    const input = readFileSync(join(FIX, 'split-runs.docx'));
    const text = await docText(input);
    const finding = findingFromTo(text, '2026.', 'Bring a');
    const result = await annotateDocx(input, { findings: [finding], date: DATE });
    const parts = await entries(result.buffer);
    const [comment] = readComments(parts.get('word/comments.xml')!.toString('utf8'));
    expect(anchoredText(parts.get('word/document.xml')!.toString('utf8')).get(String(comment!.id))).toBe('2026.Bring a');
  });
});

// ---------------------------------------------------------------------------
// --annotate-notes words: comments on the words inside footnotes and endnotes, as Word writes them.

const NOTE_FIXTURES = [join(FIX, 'footnote.docx'), join(FIX, 'notes.docx')];
/** notes.docx has Word's CommentReference style; footnote.docx does not. */
const HAS_COMMENT_STYLE = new Set(['notes.docx']);

interface WordsRun {
  input: Buffer;
  output: Buffer;
  findings: Finding[];
  before: Map<string, Buffer>;
  after: Map<string, Buffer>;
  comments: number;
}
const wordsRuns = new Map<string, WordsRun>();

beforeAll(async () => {
  const loader = new ConfigLoader({});
  for (const file of NOTE_FIXTURES) {
    const report = await lintFile(file, { loader, cwd: ROOT });
    expect(report.error).toBeUndefined();
    const input = readFileSync(file);
    const result = await annotateDocx(input, { findings: report.findings, path: basename(file), date: DATE, notes: 'words' });
    wordsRuns.set(basename(file), {
      input,
      output: result.buffer,
      findings: [...report.findings].sort(byPlace),
      before: await entries(input),
      after: await entries(result.buffer),
      comments: result.comments,
    });
  }
  // The input is only read.
  for (const file of NOTE_FIXTURES) expect(readFileSync(file).equals(wordsRuns.get(basename(file))!.input)).toBe(true);
}, 60_000);

describe.each(NOTE_FIXTURES.map((f) => basename(f)))('--annotate-notes words on %s', (name) => {
  const get = () => wordsRuns.get(name)!;
  const ours = () => readComments(get().after.get('word/comments.xml')!.toString('utf8')).filter((c) => c.author === 'plainlint');
  const xmlOf = (part: string) => get().after.get(part)?.toString('utf8') ?? '';

  it('has findings in the notes (the fixture is doing its job)', () => {
    const expected = name === 'notes.docx' ? NOTE_PARTS : ['word/footnotes.xml'];
    for (const part of expected) expect(count(xmlOf(part), /<w:commentRangeStart /g), part).toBeGreaterThan(0);
    expect(get().comments).toBe(get().findings.length);
  });

  it('anchors each comment on exactly the flagged words, in the part that holds them', () => {
    const anchors = storyAnchors(get().after);
    const comments = ours();
    expect(comments).toHaveLength(get().findings.length);
    comments.forEach((comment, i) => {
      const finding = get().findings[i]!;
      const id = String(comment.id);
      // One start, one end and one reference mark for each comment, all in the same part.
      const homes = STORY_PARTS.filter((part) => xmlOf(part).includes(`<w:commentRangeStart w:id="${id}"/>`));
      expect(homes, `comment ${id}`).toHaveLength(1);
      const xml = xmlOf(homes[0]!);
      for (const mark of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
        expect(STORY_PARTS.reduce((n, part) => n + count(xmlOf(part), new RegExp(`<w:${mark} w:id="${id}"/>`, 'g')), 0), `${mark} ${id}`).toBe(1);
        expect(xml).toContain(`<w:${mark} w:id="${id}"/>`);
      }
      expect(anchors.get(id)).toBe(finding.excerpt);
      expect(comment.text).not.toMatch(/^In (footnote|endnote) /);
      expect(comment.text.split('\n')[0]).not.toMatch(/^In (footnote|endnote) /);
      expect(comment.text).not.toMatch(/could not find/);
      if (!/\(\d+ of \d+\)/.test(comment.text)) expect(comment.text).toContain(finding.message);
      if (homes[0] === 'word/document.xml') return;
      // In a note, the reference run comes right after the range end, as Word writes it.
      const style = HAS_COMMENT_STYLE.has(name) ? '<w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>' : '';
      expect(xml).toContain(`<w:commentRangeEnd w:id="${id}"/><w:r>${style}<w:commentReference w:id="${id}"/></w:r>`);
    });
  });

  it('gives every comment in the package its own id', () => {
    const all = readComments(xmlOf('word/comments.xml')).map((c) => c.id);
    expect(new Set(all).size).toBe(all.length);
    const starts = STORY_PARTS.flatMap((part) => [...xmlOf(part).matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((m) => Number(m[1])));
    expect(new Set(starts).size).toBe(starts.length);
    for (const id of starts) expect(all).toContain(id);
  });

  it('changes only the note parts, the main text and the comments part; every other part is byte for byte the same', () => {
    const { before, after } = get();
    for (const [part, bytes] of before) {
      expect(after.has(part), part).toBe(true);
      if (!CHANGED_PARTS.has(part) && !NOTE_PARTS.includes(part)) expect(after.get(part)!.equals(bytes), part).toBe(true);
    }
    for (const part of after.keys()) expect(before.has(part) || part === 'word/comments.xml', part).toBe(true);
    for (const part of STORY_PARTS) {
      const oldXml = before.get(part)!.toString('utf8');
      const newXml = after.get(part)!.toString('utf8');
      expect(visibleText(newXml), part).toBe(visibleText(oldXml));
    }
  });

  it('writes well-formed XML in every changed part', () => {
    const { before, after } = get();
    for (const [part, bytes] of after) {
      if (!part.endsWith('.xml') && !part.endsWith('.rels')) continue;
      if (before.get(part)?.equals(bytes)) continue;
      wellFormed(bytes.toString('utf8'), part);
    }
  });

  it('can be read by mammoth, which sees the same text as in the original', async () => {
    const { output } = get();
    const result = await mammoth.convertToHtml({ buffer: output });
    expect(result.messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(await docText(output)).toBe(await docText(get().input));
  });
});

describe('--annotate-notes words in the hard cases', () => {
  it('anchors a phrase split over runs with different formatting inside a footnote, and keeps each run’s formatting', async () => {
    const { texts, parts, ours } = await annotateWith(join(FIX, 'notes.docx'), ['1st October 2025', 'instead, e.g. through', 'help, e.g. with book'], 'words');
    expect(texts.get('1st October 2025')).toBe('1st October 2025');
    expect(texts.get('instead, e.g. through')).toBe('instead, e.g. through');
    // Starts and ends inside runs in an endnote: the runs are split, both halves keep their formatting.
    expect(texts.get('help, e.g. with book')).toBe('help, e.g. with book');
    const footnotes = parts.get('word/footnotes.xml')!.toString('utf8');
    const endnotes = parts.get('word/endnotes.xml')!.toString('utf8');
    const inside = (xml: string, id: number) => new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(xml)![1]!;
    const date = inside(footnotes, ours[0]!.id);
    expect(date).toContain('<w:vertAlign w:val="superscript"/>');
    expect(date).toContain('<w:b/><w:bCs/><w:i/><w:iCs/>');
    expect(date).toContain('<w:u w:val="single"/>');
    expect(inside(footnotes, ours[1]!.id)).toMatch(/<w:i\/>[\s\S]*<w:t xml:space="preserve">e\.<\/w:t>[\s\S]*<w:b\/>[\s\S]*<w:t xml:space="preserve">g<\/w:t>/);
    const id = ours[2]!.id;
    expect(endnotes).toContain(
      `<w:t xml:space="preserve">Ask at reception if you need </w:t></w:r><w:commentRangeStart w:id="${id}"/><w:r><w:t xml:space="preserve">help, </w:t></w:r>` +
        `<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">e.g. with </w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">book</w:t></w:r>` +
        `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>` +
        `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">ing</w:t></w:r>`,
    );
    // No marks in the main text: all three are in notes.
    expect(parts.get('word/document.xml')!.toString('utf8')).not.toContain('commentRangeStart');
  });

  it('anchors words over two paragraphs of one footnote from the first word to the last', async () => {
    const input = readFileSync(join(FIX, 'notes.docx'));
    const text = await docText(input);
    const start = findingAt(text, 'GP practice.\nSome');
    const finding: Finding = { ...start, excerpt: 'GP practice.\nSome' };
    const result = await annotateDocx(input, { findings: [finding], date: DATE, notes: 'words' });
    const parts = await entries(result.buffer);
    const [comment] = readComments(parts.get('word/comments.xml')!.toString('utf8'));
    expect(anchoredText(parts.get('word/footnotes.xml')!.toString('utf8')).get(String(comment!.id))).toBe('GP practice.Some');
  });

  it('puts words that run from one note into another on the first note’s number, as in mark mode', async () => {
    const input = readFileSync(join(FIX, 'notes.docx'));
    const text = await docText(input);
    const finding = findingFromTo(text, 'at your GP practice.', 'Letters come');
    const result = await annotateDocx(input, { findings: [finding], date: DATE, notes: 'words' });
    const parts = await entries(result.buffer);
    const [comment] = readComments(parts.get('word/comments.xml')!.toString('utf8'));
    expect(comment!.text).toMatch(/^In footnote 1, “at your GP practice\./);
    expect(parts.get('word/footnotes.xml')!.equals((await entries(input)).get('word/footnotes.xml')!)).toBe(true);
    expect(parts.get('word/document.xml')!.toString('utf8')).toMatch(
      new RegExp(`<w:commentRangeStart w:id="${comment!.id}"/><w:r>(?:(?!</w:r>).)*<w:footnoteReference w:id="1"/></w:r><w:commentRangeEnd w:id="${comment!.id}"/>`),
    );
  });

  it('mark mode (the default) leaves footnotes.xml and endnotes.xml unchanged on the same fixture', async () => {
    const { parts, input, ours } = await annotateWith(join(FIX, 'notes.docx'), ['1st October 2025', '31st March 2026'], 'mark');
    const old = await entries(input);
    for (const part of NOTE_PARTS) expect(parts.get(part)!.equals(old.get(part)!), part).toBe(true);
    expect(ours[0]!.text).toMatch(/^In footnote 1, “1st October 2025”: /);
    expect(ours[1]!.text).toMatch(/^In endnote 1, “31st March 2026”: /);
  });
});

describe('safety', () => {
  it('refuses to write over the input file, and leaves it unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainlint-annotate-'));
    try {
      const file = join(dir, 'draft.docx');
      copyFileSync(join(FIX, 'hyperlink.docx'), file);
      const before = sha(readFileSync(file));
      const findings = [findingAt(await docText(readFileSync(file)), 'click here')];
      await expect(annotateFile(file, file, { findings })).rejects.toThrow(/in place/);
      await expect(annotateFile(file, join(dir, '.', 'draft.docx'), { findings })).rejects.toThrow(/in place/);
      expect(sha(readFileSync(file))).toBe(before);
      expect(readdirSync(dir)).toEqual(['draft.docx']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the copy <name>.plainlint.docx beside the input', () => {
    expect(annotatedPath(join('drafts', 'Letter.DOCX'))).toBe(join('drafts', 'Letter.plainlint.docx'));
  });

  it('hands back the same bytes when there is nothing to say', async () => {
    const input = readFileSync(join(FIX, 'table.docx'));
    const result = await annotateDocx(input, { findings: [] });
    expect(result.comments).toBe(0);
    expect(result.buffer.equals(input)).toBe(true);
  });

  it('refuses parts with entity declarations (XXE) and packages that unpack too far (zip bombs)', async () => {
    const input = readFileSync(join(FIX, 'table.docx'));
    const findings = [findingAt(await docText(input), 'e.g.')];
    const zip = await JSZip.loadAsync(input);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('?>', '?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'));
    const evil = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expect(annotateDocx(evil, { findings })).rejects.toThrow(/entity declarations/);
    await expect(
      annotateDocx(input, { findings, limits: { maxUncompressed: 2000, maxXmlPart: 2000, maxEntries: 100 } }),
    ).rejects.toThrow(/zip bomb/);
  });
});

describe('plainlint --annotate on the command line', () => {
  it('writes <name>.plainlint.docx beside each Word file and says so; markdown is left alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainlint-annotate-cli-'));
    try {
      copyFileSync(join(FIX, 'table.docx'), join(dir, 'table.docx'));
      writeFileSync(join(dir, 'notes.md'), '# Notes\n\nBring your red book, e.g. for children under 5.\n');
      const before = sha(readFileSync(join(dir, 'table.docx')));
      const result = await cli(['table.docx', 'notes.md', '--annotate'], { cwd: dir });
      expect(result.stderr).toMatch(/^plainlint: wrote table\.plainlint\.docx with \d+ comments?$/m);
      expect(result.stderr).toContain('--annotate only works on Word (.docx) files, so 1 other file was not annotated.');
      expect(existsSync(join(dir, 'table.plainlint.docx'))).toBe(true);
      expect(existsSync(join(dir, 'notes.plainlint.docx'))).toBe(false);
      expect(sha(readFileSync(join(dir, 'table.docx')))).toBe(before);
      const written = Number(/with (\d+) comment/.exec(result.stderr)![1]);
      const parts = await entries(readFileSync(join(dir, 'table.plainlint.docx')));
      expect(readComments(parts.get('word/comments.xml')!.toString('utf8'))).toHaveLength(written);

      // --annotate-output: one Word file only, never the input itself.
      const custom = await cli(['table.docx', '--annotate-output', 'out/annotated.docx'], { cwd: dir });
      expect(custom.code).toBe(2);
      expect(custom.stderr).toContain('plainlint: out/annotated.docx: could not be written: its folder does not exist');
      const named = await cli(['table.docx', '--annotate-output', 'annotated.docx'], { cwd: dir });
      expect(named.stderr).toMatch(/^plainlint: wrote annotated\.docx with \d+ comments?$/m);
      const two = await cli(['table.docx', 'table.plainlint.docx', '--annotate-output', 'x.docx'], { cwd: dir });
      expect(two.code).toBe(2);
      expect(two.stderr).toContain('--annotate-output needs exactly one Word file');
      const self = await cli(['table.docx', '--annotate-output', 'table.docx'], { cwd: dir });
      expect(self.code).toBe(2);
      expect(self.stderr).toContain('cannot be annotated in place');
      expect(sha(readFileSync(join(dir, 'table.docx')))).toBe(before);

      // Annotated copies are not checked or annotated again when a folder is checked.
      const again = await cli(['.', '--annotate'], { cwd: dir });
      expect(again.stderr).not.toContain('skipped table.plainlint.docx');
      expect(again.stderr).not.toContain('table.plainlint.plainlint.docx');
      expect(existsSync(join(dir, 'table.plainlint.plainlint.docx'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('--annotate-notes words puts comments on the words in notes; a wrong value is one clear line and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainlint-annotate-notes-'));
    try {
      copyFileSync(join(FIX, 'notes.docx'), join(dir, 'notes.docx'));
      const before = readFileSync(join(dir, 'notes.docx'));

      // On its own, --annotate-notes writes the copy, like --annotate.
      const words = await cli(['notes.docx', '--annotate-notes', 'words'], { cwd: dir });
      expect(words.code).toBe(0);
      expect(words.stderr).toMatch(/^plainlint: wrote notes\.plainlint\.docx with \d+ comments$/m);
      let parts = await entries(readFileSync(join(dir, 'notes.plainlint.docx')));
      for (const part of NOTE_PARTS) expect(count(parts.get(part)!.toString('utf8'), /<w:commentRangeStart /g), part).toBeGreaterThan(0);

      const mark = await cli(['notes.docx', '--annotate', '--annotate-notes', 'mark'], { cwd: dir });
      expect(mark.code).toBe(0);
      parts = await entries(readFileSync(join(dir, 'notes.plainlint.docx')));
      const old = await entries(before);
      for (const part of NOTE_PARTS) expect(parts.get(part)!.equals(old.get(part)!), part).toBe(true);

      const bad = await cli(['notes.docx', '--annotate', '--annotate-notes', 'inside'], { cwd: dir });
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      const lines = bad.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe('plainlint: --annotate-notes cannot be "inside". Choose one of: mark, words.');
      expect(readFileSync(join(dir, 'notes.docx')).equals(before)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

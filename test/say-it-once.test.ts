/**
 * "Say it once" (issue 18): in the report for people, the same words flagged by one rule several
 * times in a document are one item, with the count and every place; each file opens with a short
 * summary of the document. Reports for machines keep one result per place (JSON adds a shared
 * groupId). In Word, the first place gets the full comment and later places a short one that
 * points to it. No doubled punctuation, and no markdown syntax in what a Word user reads.
 * All on made-up text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { cli, ROOT } from './helpers/cli.js';
import { LONG_SENTENCE, tmpTree } from './helpers/tmp.js';
import { markdownToDocx } from './helpers/md-to-docx.js';
import { endSentence, sentences, withoutMarkdown } from '../src/report/plain.js';

const LONG = LONG_SENTENCE;
const DRAFT = [
  '# Our plan for next year',
  '',
  'Our stakeholders told us what matters. We will utilise their views.',
  '',
  'We met stakeholders in every town. Stakeholders asked for more evening appointments.',
  '',
  LONG,
  '',
  'We will utilise the new building, e.g. for clinics. The stakeholders agreed.',
  '',
].join('\n');

describe('stylish: one item for the same words', () => {
  it('shows a term flagged 4 times once, with its count and every place, after a summary of the document', async () => {
    const dir = tmpTree({ 'plan.md': DRAFT });
    const r = await cli(['plan.md', '--no-color'], { cwd: dir });
    const lines = r.stdout.split('\n');
    // The summary opens the block: reading age against the target, long sentences, the terms flagged most.
    expect(lines[0]).toBe('plan.md');
    expect(lines[1]).toMatch(/^ {2}reading age: too short to score \(\d+ sentences\) · 1 long sentence · flagged most: “[Ss]takeholders” 4 times, “utilise” 2 times · \d+ words · 1 min read$/);
    // One item for "stakeholders": the first place in full, then the other three places.
    const items = lines.filter((l) => /^ {2}\d+:\d+ +(error|warning|suggestion)/.test(l));
    expect(items.filter((l) => l.includes('“stakeholders”') || l.includes('“Stakeholders”'))).toHaveLength(1);
    expect(r.stdout).toMatch(/ 4 times: here and at 5:8, 5:36, 9:57\n/);
    expect(r.stdout).toMatch(/ 2 times: here and at 9:9\n/);
    // Nothing lost: the JSON report has every place.
    const json = JSON.parse((await cli(['plan.md', '-f', 'json'], { cwd: dir })).stdout);
    const findings = json.files[0].findings as Array<{ ruleId: string; groupId: string; excerpt: string; line: number; column: number }>;
    expect(items.length).toBe(new Set(findings.map((f) => f.groupId)).size);
    expect(findings.length - items.length).toBe(3 + 1);
  });

  it('gives the reading age against the target when the document is long enough to score', async () => {
    const text = `# Visiting\n\n${Array.from({ length: 12 }, (_, i) => `Visiting hours on ward ${i + 1} are from 2pm to 8pm every day.`).join(' ')}\n`;
    const r = await cli(['v.md', '--no-color'], { cwd: tmpTree({ 'v.md': text }) });
    expect(r.stdout.split('\n')[1]).toMatch(/^ {2}reading age \d+ \((aim for 11 or under|within 11)\) · \d+ words · 1 min read$/);
    const govuk = await cli(['v.md', '--no-color', '--preset', 'govuk'], { cwd: tmpTree({ 'v.md': text }) });
    expect(govuk.stdout.split('\n')[1]).toMatch(/\((aim for 9 or under|within 9)\)/);
  });
});

describe('what is one thing', () => {
  it('groups the forms of one list entry, and keeps two problems on the same words apart', async () => {
    const text = '# Important Changes To Your Practice\n\nWe facilitate meetings. She facilitates groups.\n\n# Important Changes To Your Practice\n\nMore text here.\n';
    const dir = tmpTree({ 'p.md': text });
    const json = JSON.parse((await cli(['p.md', '-f', 'json'], { cwd: dir })).stdout);
    const findings = json.files[0].findings as Array<{ ruleId: string; groupId: string; excerpt: string; message: string }>;
    const facilitate = findings.filter((f) => /facilitate/i.test(f.excerpt));
    expect(facilitate.length).toBe(2);
    expect(new Set(facilitate.map((f) => f.groupId)).size).toBe(1);
    // Each heading problem is shown: groups with different messages never merge.
    const headings = findings.filter((f) => f.ruleId === 'headings');
    const byGroup = new Map<string, Set<string>>();
    for (const f of headings) byGroup.set(f.groupId, (byGroup.get(f.groupId) ?? new Set()).add(f.message.replace(/\d+/g, '#')));
    for (const messages of byGroup.values()) expect(messages.size).toBe(1);
    const stylish = (await cli(['p.md', '--no-color'], { cwd: dir })).stdout;
    for (const message of new Set(headings.map((f) => f.message))) expect(stylish).toContain(message);
  });
});

describe('reports for machines keep one result per place', () => {
  it('json adds a shared groupId; sarif, github and rdjson have every place', async () => {
    const dir = tmpTree({ 'plan.md': DRAFT });
    const json = JSON.parse((await cli(['plan.md', '-f', 'json'], { cwd: dir })).stdout);
    const findings = json.files[0].findings as Array<{ ruleId: string; groupId: string; excerpt: string }>;
    const stake = findings.filter((f) => /^stakeholders$/i.test(f.excerpt));
    expect(stake).toHaveLength(4);
    expect(new Set(stake.map((f) => f.groupId))).toEqual(new Set(['jargon:stakeholder']));
    const long = findings.find((f) => f.ruleId === 'sentence-length')!;
    expect(long.groupId).toBe('sentence-length~This sentence has # words. Aim for # or fewer.');
    expect(findings.filter((f) => f.groupId === long.groupId)).toHaveLength(1);
    expect(json.files[0].stats.readingAgeTarget).toBe(11);

    const sarif = JSON.parse((await cli(['plan.md', '-f', 'sarif'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results).toHaveLength(findings.length);
    const github = (await cli(['plan.md', '-f', 'github'], { cwd: dir })).stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(github).toHaveLength(findings.length);
    const rdjson = JSON.parse((await cli(['plan.md', '-f', 'rdjson'], { cwd: dir })).stdout);
    expect(rdjson.diagnostics).toHaveLength(findings.length);
  });
});

async function commentsOf(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/comments.xml')!.async('string');
  return [...xml.matchAll(/<w:comment\s[^>]*w:author="plainlint"[^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n'),
  );
}

describe('Word comments: the full comment once', () => {
  it('gives the first place the full comment and later places a short one that points to it', async () => {
    const dir = tmpTree({ 'plan.docx': await markdownToDocx(DRAFT) });
    const r = await cli(['plan.docx', '--annotate'], { cwd: dir });
    expect(r.code).toBeLessThan(2);
    const comments = await commentsOf(readFileSync(join(dir, 'plan.plainlint.docx')));
    const stake = comments.filter((c) => /stakeholders/i.test(c.split('\n')[0]!) && !c.includes('utilise'));
    expect(stake).toHaveLength(4);
    expect(stake[0]).toContain('management-speak');
    expect(stake[0]).toContain('Why: ');
    expect(stake[0]).toContain('These words are flagged 4 times in the document. The other places have a short comment that points here.');
    for (const [i, c] of stake.slice(1).entries()) {
      expect(c.split('\n')[0]).toMatch(new RegExp(`^“[Ss]takeholders” again \\(${i + 2} of 4\\)\\. See the first comment on these words, at paragraph 2, character \\d+\\.$`));
      expect(c).not.toContain('Why: ');
    }
    // A Word reader never sees markdown syntax or doubled full stops.
    for (const c of comments) {
      expect(c).not.toMatch(/\*\*|`|\]\(|\.\.(?!\.)|\?\.|!\./);
    }
  });
});

describe('plain text helpers', () => {
  it('end a sentence once', () => {
    expect(endSentence('Mark it as decorative.')).toBe('Mark it as decorative.');
    expect(endSentence('Is it clear?')).toBe('Is it clear?');
    expect(endSentence('Say “for example.”')).toBe('Say “for example.”');
    expect(endSentence('Try: use')).toBe('Try: use.');
    expect(sentences('This image has no alt text.', 'Try: Tick Mark as decorative.', undefined, 'Why: screen readers')).toBe('This image has no alt text. Try: Tick Mark as decorative. Why: screen readers.');
  });

  it('show a Word reader words, not markdown', () => {
    expect(withoutMarkdown('The link text “[click here](https://x.nhs.uk)” and **bold** and `code`')).toBe('The link text “click here” and bold and code');
    expect(withoutMarkdown('![](cover.png) and ![Map of the site](map.png)')).toBe('image and image “Map of the site”');
  });

  it('leave no doubled full stop in SARIF messages', async () => {
    const dir = tmpTree({ 'a.docx': await markdownToDocx('# Site\n\n![](images/site.png)\n\nThe site is open.\n') });
    const sarif = JSON.parse((await cli(['a.docx', '-f', 'sarif'], { cwd: dir })).stdout);
    for (const result of sarif.runs[0].results) expect(result.message.text).not.toMatch(/\.\.(?!\.)|\?\./);
  });
});

/** A draft with different words that get the same advice: simpler words, acronyms used once, numbers. */
const SAME_ADVICE = [
  '# Our new clinic',
  '',
  'We will utilise the new rooms. In order to help, we will commence work in May. We will utilise the car park too.',
  '',
  'The ABC team and the XYZ team met two people and three doctors.',
  '',
].join('\n');

/** A section whose sentences are long on average, with one very long sentence in it. */
const S25 = 'We have spoken with local families, carers and staff across the whole county about how our clinics should work for them over the next year.';
const S44 =
  'We will also open new evening clinics in the north of the county, run more home visits for older people who find it hard to travel, and write to every family on our lists to explain what is changing and when it will happen.';
const LONG_SECTION = `# Our plan\n\n## What we heard\n\n${[S25, S25, S25, S25, S25, S44].join(' ')}\n\n## Next steps\n\nWe will write to you soon.\n`;

type JsonFinding = { ruleId: string; groupId: string; excerpt: string; section: number | null; line: number; column: number };

describe('one item for the same advice in different words', () => {
  it('stylish shows simpler words, acronyms and numbers each as one item, every word with its places and advice', async () => {
    const dir = tmpTree({ 'clinic.md': SAME_ADVICE });
    const r = await cli(['clinic.md', '--no-color'], { cwd: dir });
    const items = r.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ +(error|warning|suggestion)/.test(l));
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('There is a simpler way to say “utilise”. The same for “In order to” and “commence”.');
    expect(r.stdout).toMatch(/“utilise” 2 times: here, 3:88\. Try: use\n/);
    expect(r.stdout).toMatch(/“In order to”: at 3:32\. Try: To\n/);
    expect(r.stdout).toMatch(/“commence”: at 3:58\. Try: start\n/);
    expect(items[1]).toContain('“ABC” is an acronym many readers will not know, and you only use it once. The same for “XYZ”.');
    expect(items[2]).toContain('Write these numbers as numerals: “two” and “three”.');
    expect(r.stdout).toMatch(/“three”: at 5:50\. Try: 3\n/);
    // Nothing lost: the JSON report has every place, and its groupIds name the same 3 items.
    const json = JSON.parse((await cli(['clinic.md', '-f', 'json'], { cwd: dir })).stdout);
    const findings = json.files[0].findings as JsonFinding[];
    expect(findings).toHaveLength(8);
    expect(new Set(findings.map((f) => f.groupId))).toEqual(
      new Set(['simpler-words~There is a simpler way to say “…”.', 'acronyms~“…” is an acronym many readers will not know, and you only use it once.', 'numbers~Write “…”, not “…”.']),
    );
    // Every place is printed: the first of an item where the item starts, the others under their word.
    for (const f of findings) expect(r.stdout).toContain(`${f.line}:${f.column}`);
  });

  it('the HTML report lists each word of an item with its places, and names the words flagged most', async () => {
    const dir = tmpTree({ 'clinic.md': SAME_ADVICE });
    const page = (await cli(['clinic.md', '-f', 'html'], { cwd: dir })).stdout;
    expect(page).toContain('<p class="most">Flagged most: “utilise” 2 times.</p>');
    const items = [...page.matchAll(/<li id="file-0-\d+" class="finding[^"]*" value="\d+" data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(items.sort()).toEqual([2, 2, 4]);
    expect(page).toContain('<p class="msg">Write these numbers as numerals: “two” and “three”.</p>');
    expect(page).toContain('<li><span class="term">“commence”</span>: <span class="where">Line 3, column 58</span><br><strong>Try:</strong> start');
    expect(page).toContain('<span class="term">“utilise”</span> (2 times): <span class="where">Line 3, column 9; Line 3, column 88</span>');
  });

  it('says a section is long on average in the finding on its longest sentence: one item, not two', async () => {
    const dir = tmpTree({ 'plan.md': LONG_SECTION });
    const json = JSON.parse((await cli(['plan.md', '-f', 'json'], { cwd: dir })).stdout);
    const long = (json.files[0].findings as JsonFinding[]).filter((f) => f.ruleId === 'sentence-length');
    expect(long).toHaveLength(1);
    expect(long[0]!.section).toBe(2);
    const r = await cli(['plan.md', '--no-color'], { cwd: dir });
    expect(r.stdout).toMatch(/ 5:\d+ +warning +This sentence has 44 words\. Aim for 20 or fewer\./);
    expect(r.stdout).toMatch(/Why: Sentences under “What we heard” are 28 words long on average\./);
    expect(r.stdout.split('\n')[1]).toMatch(/ · 1 long sentence · /);
  });

  it('Word comments: a later word of the item points to the first comment and keeps its own suggestion', async () => {
    const dir = tmpTree({ 'clinic.docx': await markdownToDocx(SAME_ADVICE) });
    const r = await cli(['clinic.docx', '--annotate'], { cwd: dir });
    expect(r.code).toBeLessThan(2);
    const comments = await commentsOf(readFileSync(join(dir, 'clinic.plainlint.docx')));
    expect(comments).toHaveLength(8);
    const first = comments.find((c) => c.startsWith('There is a simpler way to say “utilise”.'))!;
    expect(first).toContain('The same problem comes up 4 times in the document, in these words: “utilise” (2 times), “In order to” and “commence”.');
    expect(first).toContain('Why: ');
    expect(comments).toContainEqual(expect.stringMatching(/^“commence”: the same problem as “utilise” \(\d of 4\)\. See the first comment on it, at paragraph 2, character 9\.\nSuggestion: start$/));
    expect(comments).toContainEqual(expect.stringMatching(/^“utilise” again \(\d of 4\)\. See the first comment on these words, at paragraph 2, character 9\.\nSuggestion: use$/));
    expect(comments).toContainEqual(expect.stringMatching(/^“three”: the same problem as “two” \(2 of 2\)\. See the first comment on it, at paragraph 3, character \d+\.\nSuggestion: 3$/));
    for (const c of comments.filter((c) => / of \d\)/.test(c))) expect(c).not.toContain('Why: ');
  });
});

describe('on long real drafts', () => {
  it('a writer reads at most 60% as many items as there are findings, and every finding is in an item', async () => {
    const drafts: Array<[string, string]> = [
      ['test/data/long-drafts/nhs-a-to-z-of-health-writing.md', 'nhs'],
      ['test/data/long-drafts/govuk-a-to-z-style-guide.md', 'govuk'],
      ['fixtures/docx/long-strategy.docx', 'nhs'],
    ];
    for (const [draft, preset] of drafts) {
      const json = JSON.parse((await cli([draft, '-f', 'json', '--preset', preset], { cwd: ROOT })).stdout);
      const findings = json.files[0].findings as JsonFinding[];
      expect(findings.length, draft).toBeGreaterThan(100);
      for (const f of findings) expect(typeof f.groupId, draft).toBe('string');
      const items = new Set(findings.map((f) => f.groupId)).size;
      expect(items / findings.length, `${draft}: ${items} items for ${findings.length} findings`).toBeLessThanOrEqual(0.6);
    }
  }, 120000);
});

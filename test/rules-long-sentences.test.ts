/**
 * sentence-length: a page's long sentences (over 25 words in both presets) are all named, each in
 * exactly one finding, once the page needs one: a sentence over twice the NHS aim (40 words), any
 * sentence over 25 words in GOV.UK style, or a part whose sentences are long on average. The
 * finding stands on the longest and lists the others, so the list of findings stays short.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import sentenceLength from '../rules/sentence-length.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { lintMarkdown } from '../src/index.js';
import type { Finding } from '../src/types.js';
import { toDiagnostics } from '../src/lsp/convert.js';
import { longSentenceCount, namedSentences } from '../src/report/sentences.js';
import { stylish } from '../src/report/stylish.js';
import { html } from '../src/report/html.js';
import { github } from '../src/report/github.js';
import { commentLines } from '../src/annotate/comments.js';
import type { FileReport } from '../src/engine/run.js';
import { oneRule } from './helpers/rule-config.js';
import { place, renderText } from '../web/src/text-view.js';
import type { BrowserResult } from '../src/browser.js';

const GOVUK = { max: 25, tolerance: 0 };

async function lint(text: string, options: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(sentenceLength, options));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

const filler = ['can', 'book', 'a', 'visit', 'at', 'the', 'clinic', 'near', 'their', 'home'];
const words = (n: number, start = 'Patients') => [start, ...Array.from({ length: n - 2 }, (_, i) => filler[i % 10]), 'today.'].join(' ');
const s45 = words(45, 'Families');
const s35 = words(35, 'Residents');
const s33 = words(33, 'Carers');
const s28 = words(28, 'Visitors');
const s27 = words(27, 'Children');

/** Each of these sentences is named by exactly one finding, and nothing else is. */
function expectEachNamedOnce(text: string, found: Finding[], sentences: string[]) {
  const starts = sentences.map((s) => text.indexOf(s)).sort((a, b) => a - b);
  const named = found.flatMap((f) => (namedSentences(f).length ? namedSentences(f).map((s) => s.offset) : [f.start.offset]));
  expect(named.sort((a, b) => a - b)).toEqual(starts);
}

describe('long sentences: one finding for the page', () => {
  it('names a 35-word sentence in a two-sentence part in the finding that a 45-word one earns', async () => {
    const text = `# Visiting\n\n${s35} We are open daily.\n\n# Parking\n\n${s45}`;
    const found = await lint(text);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.excerpt.startsWith('Families can book')).toBe(true);
    expect(f.message).toBe('This sentence has 45 words. It is the longest of 2 sentences in this document with over 25 words. Aim for 20 or fewer.');
    expect(f.suggestions).toEqual(['Split it into shorter sentences, with one idea in each. Then split the other one: “Residents can book a visit at…” (35 words).']);
    // The finding is about the page, and says where each sentence is.
    expect(f.data!.section).toBeNull();
    expect(namedSentences(f)).toEqual([
      { line: 3, column: 1, offset: text.indexOf('Residents'), endOffset: text.indexOf(' We are open') - 1, words: 35 },
      { line: 7, column: 1, offset: text.indexOf('Families'), endOffset: text.length - 1, words: 45 },
    ]);
    expectEachNamedOnce(text, found, [s35, s45]);
  });

  it('gives a page with one long sentence a finding on that sentence only', async () => {
    const found = await lint(`# Parking\n\n${s45} We are open daily.`);
    expect(found.map((f) => f.message)).toEqual(['This sentence has 45 words. Aim for 20 or fewer.']);
    expect(found[0]!.data).toEqual({ words: 45, max: 20, long: 25 });
  });

  it('leaves a page alone when its longest sentence is within twice the NHS aim and its parts are short on average', async () => {
    expect(await lint(`# Visiting\n\n${s35} We are open daily.\n\n${s27} Call us.`)).toEqual([]);
  });

  it('names every sentence over 25 words in GOV.UK style, in one finding', async () => {
    const text = `# Visiting\n\n${s27} We are open daily.\n\n# Parking\n\n${s28} Park at the back.\n\nA short one.`;
    const found = await lint(text, GOVUK);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('This sentence has 28 words. It is the longest of 2 sentences in this document with over 25 words. Aim for 25 or fewer.');
    expectEachNamedOnce(text, found, [s27, s28]);
    // 25 words exactly is within GOV.UK's limit.
    expect(await lint(words(25), GOVUK)).toEqual([]);
  });

  it('names every one of many long sentences once, in runs of 20, with no claim on the whole page', async () => {
    const long = Array.from({ length: 23 }, (_, i) => words(27 + (i % 5), `Person${i}`));
    const text = long.map((s, i) => `## Part ${i + 1}\n\n${s} Short one.`).join('\n\n');
    const found = await lint(text, GOVUK);
    expect(found).toHaveLength(2);
    expect(found.map((f) => namedSentences(f).length).sort()).toEqual([20, 3]);
    for (const f of found) expect(f.data!.section).toBeUndefined();
    expectEachNamedOnce(text, found, long);
  });

  it('leaves out a sentence inside a disable comment, and still names the others', async () => {
    const text = [s45, '', '<!-- plainlint-disable sentence-length -->', '', s35, '', '<!-- plainlint-enable sentence-length -->', '', s33].join('\n');
    const found = (await lintMarkdown(text)).findings.filter((f) => f.ruleId === 'sentence-length');
    expect(found).toHaveLength(1);
    expect(namedSentences(found[0]!).map((s) => s.words)).toEqual([45, 33]);
  });

  it('counts a list run into a sentence with semicolons as prose, not code', async () => {
    const runOn =
      'The clinic offers the following help for families who care for someone at home: one number to call for advice; a visit from a nurse at home; help with equipment, aids and adaptations; advice on money; groups where carers can meet and talk.';
    const found = await lint(`${s45}\n\n${runOn}`);
    expect(found).toHaveLength(1);
    expect(namedSentences(found[0]!).map((s) => s.words)).toEqual([45, 43]);
  });

  it('counts a long sentence that joins its clauses with semicolons: it is prose, not code', async () => {
    const joined =
      'The new law explains how councils check what help people need; how they decide who can get support; how they charge for care at home and in care homes; and what new duties they have.';
    const [found] = await lint(joined, GOVUK);
    expect(found?.data?.words).toBe(35);
    // Semicolons beside code signs are still code.
    expect(await lint('start(); go(now); const a = b; stop(then); wait(soon); end(here); and then the last few words run on here for a while longer today;', GOVUK)).toEqual([]);
  });
});

describe('examples of what not to write', () => {
  it('leaves out a long example in a list after “We do not say:”, and names the page’s own long sentences', async () => {
    const text = [s45, '', 'We do not say:', '', `- ${words(38, 'Stakeholders')}`, '', s33].join('\n');
    const found = (await lintMarkdown(text)).findings.filter((f) => f.ruleId === 'sentence-length');
    expect(found).toHaveLength(1);
    expect(namedSentences(found[0]!).map((s) => s.words)).toEqual([45, 33]);
  });
});

describe('naming sentences by their first words', () => {
  it('does not quote a quotation twice', async () => {
    const found = await lint(`${s45}\n\n“${s33.slice(0, -1)},” she said.`);
    expect(found[0]!.suggestions![0]).toContain('Then split the other one: “Carers can book a visit at…” (35 words).');
  });
});

describe('long sentences on average', () => {
  const short = 'We are open daily.';
  const part = ['# Visiting', '', [words(24), words(23), words(22), words(24), words(21), words(23), short].join(' ')].join('\n');

  it('a part whose sentences are long on average, with none over 25 words, gets a finding on its heading', async () => {
    const found = await lint(part);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Under “Visiting”, sentences are 20.1 words long on average. Aim for 20 or fewer.');
    expect(found[0]!.start.line).toBe(1);
    expect(found[0]!.data).toMatchObject({ average: 20.1, section: 1, longest: [24, 24] });
    expect(found[0]!.suggestions![0]).toMatch(/^Start with the longest: “Patients can book a visit at…” \(24 words\) and “Patients can book a visit at…” \(24 words\)\.$/);
  });

  it('a long sentence on a page with such a part is named, and the average is said once, in the same finding', async () => {
    const text = `${part}\n\n# Parking\n\n${s28}`;
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('This sentence has 28 words. Aim for 20 or fewer.');
    expect(found[0]!.why).toMatch(/^Sentences under “Visiting” are 20.1 words long on average\. Long sentences/);
  });

  it('never names a sentence within the aim as the longest', async () => {
    const text = ['# Visiting', '', ...Array.from({ length: 6 }, () => words(21)), 'We are open.'].join('\n');
    for (const f of await lint(text)) expect(f.suggestions!.join(' ')).not.toContain('(3 words)');
  });
});

describe('reporters show each named sentence', () => {
  const text = `# Visiting\n\n${s35} We are open daily.\n\n# Parking\n\n${s45}\n`;
  async function report(): Promise<FileReport> {
    const result = await lintMarkdown(text, { rules: { readability: 'off' } }, 'visit.md');
    return { path: 'visit.md', source: text, format: 'markdown', error: null, notices: [], ruleFailures: [], findings: result.findings, stats: { ...result.stats, readingAgeTarget: 11 } } as unknown as FileReport;
  }
  const context = { version: '0', color: false, rules: [], cwd: '.' };

  it('stylish lists their places and counts them in the summary', async () => {
    const out = stylish([await report()], context);
    expect(out).toContain('Sentences: 3:1 (35 words), 7:1 (45 words)');
    expect(out).toMatch(/· 2 long sentences ·/);
  });

  it('a GitHub annotation gives the line of each', async () => {
    const out = github([await report()], context);
    expect(out).toContain('Sentences: line 3 (35 words), line 7 (45 words)');
  });

  it('the HTML report lists their places and highlights each sentence, linked to the one item', async () => {
    const page = html([await report()], context);
    expect(page).toContain('<strong>Sentences:</strong> Line 3, column 1 (35 words); Line 7, column 1 (45 words)');
    const links = [...page.matchAll(/<a class="hl hl-warning" href="#([^"]+)"[^>]*>(Residents|Families) can book/g)];
    expect(links.map((m) => m[2])).toEqual(['Residents', 'Families']);
    expect(new Set(links.map((m) => m[1])).size).toBe(1);
  });

  it('the language server gives them as related information', async () => {
    const r = await report();
    const doc = TextDocument.create('file:///visit.md', 'markdown', 1, text);
    const [d] = toDiagnostics(doc, { findings: r.findings.filter((f) => f.ruleId === 'sentence-length'), ruleFailures: [], rules: new Map() }, new Set(['sentence-length']));
    expect(d!.relatedInformation).toEqual([
      { location: { uri: 'file:///visit.md', range: { start: { line: 2, character: 0 }, end: { line: 2, character: s35.length - 1 } } }, message: 'A sentence of 35 words' },
      { location: { uri: 'file:///visit.md', range: { start: { line: 6, character: 0 }, end: { line: 6, character: s45.length - 1 } } }, message: 'A sentence of 45 words' },
    ]);
  });

  it('a Word comment names the other sentence by its first words', async () => {
    const f = (await report()).findings.find((x) => x.ruleId === 'sentence-length')!;
    expect(commentLines(f, true).join('\n')).toContain('Then split the other one: “Residents can book a visit at…” (35 words).');
  });

  it('the checker page highlights each sentence, linked to the one finding', async () => {
    const findings = (await report()).findings.filter((x) => x.ruleId === 'sentence-length');
    const result = { text, findings, layout: { headings: [], sections: [], images: [] } } as unknown as BrowserResult;
    const lines = [...renderText(result, place(result), () => true)].join('\n');
    const links = [...lines.matchAll(/data-finding="(\d+)"[^>]*>(Residents|Families) can book/g)];
    expect(links.map((m) => [m[1], m[2]])).toEqual([['0', 'Residents'], ['0', 'Families']]);
  });

  it('counts a page finding as all the sentences it names', async () => {
    expect(longSentenceCount((await report()).findings)).toBe(2);
  });
});

describe('code is not a sentence', () => {
  it('leaves out code pasted as text, which a writer cannot split', async () => {
    const code = "import { Button, Checkboxes } from 'nhsuk-frontend'; const button = document.querySelector('.app-button'); const boxes = document.querySelector('.app-checkboxes'); new Button(button); new Checkboxes(boxes); initAll(); start(); go(now); stop(then); wait(soon); end(here);";
    const found = await lint(`${s45}\n\n${code}\n\n${s33}`);
    expect(found).toHaveLength(1);
    expect(namedSentences(found[0]!).map((s) => s.words)).toEqual([45, 33]);
  });
});

describe('sentence-length: a sentence with a quotation', () => {
  it('shows a sentence that ends inside a quotation with its closing mark, and one that runs on as it is', async () => {
    const quoted = `The leaflet says “${words(44, 'you').replace(/\.$/, '')}”.`;
    const [found] = await lint(quoted);
    expect(found!.excerpt.startsWith('The leaflet says “you')).toBe(true);
    expect(found!.excerpt.endsWith('today”')).toBe(true);
    // The quotation goes on into the next sentence: the first one ends inside it, as the page has it.
    const runsOn = `Our chair said: “${s45} We are proud of the team.”`;
    const [long] = await lint(runsOn);
    expect(long!.excerpt.startsWith('Our chair said: “Families')).toBe(true);
    expect(long!.excerpt.endsWith(' today')).toBe(true);
  });
});

/**
 * Grouping for the reports for people (src/report/group.ts, src/report/group-text.ts): one item
 * for findings that give the same advice, whatever the words; apart when the rule, its check,
 * the severity or the problem differ; a long sentence goes with its section's finding; every
 * finding in exactly one item. Made-up findings, as a rule would report them.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/types.js';
import { groupFindings } from '../src/report/group.js';
import { groupTitle, placeNote, sharedAdvice, sharedWhy, termList, termWords, topTerms } from '../src/report/group-text.js';

let offset = 0;
function finding(ruleId: string, message: string, excerpt: string, more: Partial<Finding> = {}): Finding {
  const at = (offset += 100);
  return {
    ruleId,
    severity: 'warning',
    message,
    excerpt,
    start: { line: at / 100, column: 1, offset: at },
    end: { line: at / 100, column: 1 + excerpt.length, offset: at + excerpt.length },
    ...more,
  };
}

const simpler = (word: string, instead: string, why: string) =>
  finding('simpler-words', `There is a simpler way to say “${word}”.`, word, { severity: 'suggestion', suggestions: [instead], why, data: { term: word } });
const numeral = (word: string, n: number) =>
  finding('numbers', `Write “${n}”, not “${word}”.`, word, { suggestions: [String(n)], why: 'Numerals are easier to spot.', data: { numeral: String(n) } });

/** Every finding is in exactly one group, and each group's findings are in document order. */
function nothingLost(findings: Finding[]) {
  const groups = groupFindings(findings);
  const placed = groups.flatMap((g) => g.findings);
  expect(placed).toHaveLength(findings.length);
  expect(new Set(placed)).toEqual(new Set(findings));
  for (const g of groups) {
    expect(g.findings.map((f) => findings.indexOf(f))).toEqual([...g.findings.map((f) => findings.indexOf(f))].sort((a, b) => a - b));
    expect(g.terms.flatMap((t) => t.findings)).toHaveLength(g.findings.length);
  }
  return groups;
}

describe('one item for the same advice in different words', () => {
  it('puts simpler-word swaps together, each word with its places, advice and reason', () => {
    const findings = [
      simpler('utilise', 'use', 'Use is shorter.'),
      simpler('commence', 'start', 'Everyone knows start.'),
      simpler('utilise', 'use', 'Use is shorter.'),
      simpler('in order to', 'to', 'To says the same.'),
    ];
    const groups = nothingLost(findings);
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g!.term).toBe(true);
    expect(g!.terms.map((t) => [t.findings[0]!.excerpt, t.findings.length])).toEqual([
      ['utilise', 2],
      ['commence', 1],
      ['in order to', 1],
    ]);
    expect(g!.id).toBe('simpler-words~There is a simpler way to say “…”.');
    expect(groupTitle(g!)).toBe('There is a simpler way to say “utilise”. The same for “commence” and “in order to”.');
    // Each word has its own reason, so none is shared.
    expect(sharedWhy(g!)).toBeUndefined();
    expect(placeNote(g!, findings[1]!)).toBe('“commence”');
    expect(placeNote(g!, findings[2]!)).toBeUndefined();
    expect(topTerms(groups)).toEqual(['“utilise” 2 times']);
  });

  it('names numbers to write as numerals in one title, with the count of each', () => {
    const groups = nothingLost([numeral('two', 2), numeral('three', 3), numeral('two', 2), numeral('seven', 7)]);
    expect(groups).toHaveLength(1);
    expect(groupTitle(groups[0]!)).toBe('Write these numbers as numerals: “two” (2 times), “three” and “seven”.');
    expect(sharedWhy(groups[0]!)).toBe('Numerals are easier to spot.');
  });

  it('keeps one word on its own with its own message and id', () => {
    const groups = nothingLost([
      finding('jargon', '“stakeholders” is management-speak.', 'stakeholders', { data: { term: 'stakeholder' } }),
      finding('jargon', '“Stakeholders” is management-speak.', 'Stakeholders', { data: { term: 'stakeholder' } }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.terms).toHaveLength(1);
    expect(groups[0]!.id).toBe('jargon:stakeholder');
    expect(groupTitle(groups[0]!)).toBe('“stakeholders” is management-speak.');
  });

  it('lists 6 words in a title, then says how many more', () => {
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
    const groups = nothingLost(words.map((w, i) => numeral(w, i + 1)));
    expect(termList(groups[0]!.terms)).toBe('“one”, “two”, “three”, “four”, “five”, “six” and 2 more');
  });
});

describe('the words an item names', () => {
  it('are the words the message quotes, not the markdown around them, and one piece of advice is said once', () => {
    const link = (text: string, url: string) =>
      finding('link-text', `The link text “${text}” does not say where the link goes.`, `[${text}](${url})`, { suggestions: ['Use words that say where the link goes.'] });
    const groups = nothingLost([link('click here', 'https://a.nhs.uk'), link('read more', 'https://b.nhs.uk')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.terms.map((t) => termWords(t))).toEqual(['click here', 'read more']);
    expect(groupTitle(groups[0]!)).toBe('The link text “click here” does not say where the link goes. The same for “read more”.');
    expect(sharedAdvice(groups[0]!)).toBe('Use words that say where the link goes.');
    // Words with advice of their own have no shared advice.
    expect(sharedAdvice(nothingLost([numeral('two', 2), numeral('three', 3)])[0]!)).toBeUndefined();
  });
});

describe('different advice stays apart', () => {
  it('splits on the rule, the check, the severity and the problem', () => {
    const findings = [
      finding('house-style', 'Write “midday”, not “12pm”.', '12pm', { data: { check: 'times' } }),
      finding('house-style', 'Write “fourth”, not “4th”.', '4th', { data: { check: 'ordinals' } }),
      finding('house-style', 'Write “midnight”, not “12am”.', '12am', { data: { check: 'times' } }),
      finding('acronyms', '“API” is an acronym many readers will not know.', 'API'),
      finding('acronyms', '“DWP” is only used once, so you do not need the acronym.', 'DWP'),
      finding('acronyms', '“GDS” is an acronym many readers will not know.', 'GDS', { severity: 'suggestion' }),
      finding('jargon', '“API” is an acronym many readers will not know.', 'API'),
    ];
    const groups = nothingLost(findings);
    expect(groups.map((g) => g.findings.map((f) => f.excerpt))).toEqual([['12pm', '12am'], ['4th'], ['API'], ['DWP'], ['GDS'], ['API']]);
    expect(groupTitle(groups[0]!)).toBe('Write these times in house style: “12pm” and “12am”.');
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });

  it('gives a second problem on the same words its own id', () => {
    const groups = nothingLost([
      finding('headings', 'The heading “Our Plan” is a second main heading.', '# Our Plan', { data: { kind: 'second-h1' } }),
      finding('headings', 'The heading “Our Plan” has a capital letter on every main word.', '# Our Plan', { data: { kind: 'title-case' } }),
    ]);
    expect(groups.map((g) => g.id)).toEqual(['headings:# our plan', 'headings:# our plan#2']);
  });
});

describe('sentences and sections', () => {
  const LONG = 'This is a long sentence that goes on and on for far too many words to read.';
  const sectionFinding = (section: number, heading: string) =>
    finding('sentence-length', `Under “${heading}”, sentences are 24 words long on average. Aim for 20 or fewer.`, `## ${heading}\n\n${LONG} ${LONG}`, {
      section,
      data: { average: 24, sentences: 6, max: 20, longest: [31] },
    });
  const sentence = (section: number, words: number, ruleId = 'sentence-length') =>
    finding(ruleId, `This sentence has ${words} words. Aim for 20 or fewer.`, LONG, { section, data: { words, max: 20 } });

  it('groups long sentences as one problem, each sentence its own place', () => {
    const groups = nothingLost([sentence(0, 45), sentence(1, 50), sentence(3, 41)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.term).toBe(false);
    expect(groups[0]!.terms).toHaveLength(3);
    expect(groupTitle(groups[0]!)).toBe('This sentence has 45 words. Aim for 20 or fewer.');
  });

  it('puts a long sentence with the finding on its section, and leaves sentences in other sections alone', () => {
    const findings = [sectionFinding(1, 'Our plans'), sentence(1, 45), sentence(2, 50), sectionFinding(3, 'Our money'), sentence(3, 44), sentence(3, 43, 'other-rule')];
    const groups = nothingLost(findings);
    expect(groups.map((g) => g.findings.map((f) => findings.indexOf(f)))).toEqual([[0, 1, 3, 4], [2], [5]]);
    const [sections] = groups;
    // The section item says what each other place is: another section, or a sentence in one.
    expect(placeNote(sections!, findings[1]!)).toBe('This sentence has 45 words. Aim for 20 or fewer.');
    expect(placeNote(sections!, findings[3]!)).toBe('“Our money”');
  });
});

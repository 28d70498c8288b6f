/**
 * sentence-length: the grounds on which a page in NHS style needs a finding for its long
 * sentences, besides the ones in rules-long-sentences.test.ts. A sentence of twice the aim (40
 * words), 3 or more sentences well over the aim (over 30 words), or a part too hard to read (as
 * readability judges it) with a long sentence in it. In the last case the one finding gives the
 * reading age, and readability's finding for that part is not shown as well (say it once).
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import sentenceLength from '../rules/sentence-length.js';
import readability from '../rules/readability.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { lintMarkdown } from '../src/index.js';
import type { ResolvedConfig } from '../src/config/load.js';
import { namedSentences } from '../src/report/sentences.js';
import { oneRule } from './helpers/rule-config.js';

const filler = ['can', 'book', 'a', 'visit', 'at', 'the', 'clinic', 'near', 'their', 'home'];
const words = (n: number, start = 'Patients') => [start, ...Array.from({ length: n - 2 }, (_, i) => filler[i % 10]), 'today.'].join(' ');

async function lint(text: string, config: ResolvedConfig = oneRule(sentenceLength)) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), config);
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

/** Both rules, at their defaults, in NHS style. */
function both(): ResolvedConfig {
  const config = oneRule(sentenceLength);
  config.rules.push({ rule: readability, severity: readability.meta.severity, severityChanged: false, options: { ...readability.meta.defaultOptions } });
  return config;
}

describe('a page that needs a finding for its long sentences', () => {
  it('counts a sentence of exactly twice the NHS aim (40 words) as very long', async () => {
    const found = await lint(`# Visiting\n\n${words(40, 'Families')} We are open daily.\n\n${words(28, 'Carers')}`);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('This sentence has 40 words. It is the longest of 2 sentences in this document with over 25 words. Aim for 20 or fewer.');
    expect(namedSentences(found[0]!).map((s) => s.words)).toEqual([40, 28]);
  });

  it('leaves a page alone when its longest sentence has 39 words', async () => {
    expect(await lint(`# Visiting\n\n${words(39, 'Families')} We are open daily.\n\n${words(28, 'Carers')} Call us.`)).toEqual([]);
  });

  it('names every long sentence of a page with 3 sentences well over the aim (over 30 words)', async () => {
    const text = [
      '# Visiting',
      '',
      `${words(31, 'Families')} We are open daily. Call us.`,
      '',
      `${words(33, 'Carers')} Park at the back. Ask at the desk.`,
      '',
      `${words(35, 'Residents')} Bring your letter.`,
      '',
      `${words(27, 'Children')} We are here to help.`,
    ].join('\n');
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('This sentence has 35 words. It is the longest of 4 sentences in this document with over 25 words. Aim for 20 or fewer.');
    expect(namedSentences(found[0]!).map((s) => s.words)).toEqual([31, 33, 35, 27]);
  });

  it('leaves a page alone with only 2 sentences over 30 words and short ones around them', async () => {
    const text = `# Visiting\n\n${words(31, 'Families')} We are open daily. Call us.\n\n${words(33, 'Carers')} Park at the back.\n\n${words(28, 'Children')} Ask us.`;
    expect(await lint(text)).toEqual([]);
  });

  it('in GOV.UK style still gives a finding for one sentence over 25 words', async () => {
    const found = await lint(`# Visiting\n\n${words(26)} We are open daily.`, oneRule(sentenceLength, { max: 25, tolerance: 0 }));
    expect(found.map((f) => f.data?.words)).toEqual([26]);
  });
});

/** A part with 11 sentences that are hard to read, one of them 30 words long. */
const HARD = [
  '# Our strategic priorities',
  '',
  'The integrated care partnership will prioritise collaborative transformation initiatives.',
  'Organisational accountability necessitates comprehensive performance monitoring.',
  'Operational effectiveness depends upon sustainable infrastructure investment.',
  'Population health management facilitates evidence-based intervention identification.',
  'Commissioning arrangements require considerable interorganisational coordination.',
  'Community engagement activities inform strategic decision-making processes.',
  'Digital transformation enables integrated information governance capabilities.',
  'Multidisciplinary collaboration improves therapeutic intervention appropriateness.',
  'Preventative approaches reduce unnecessary hospitalisation significantly.',
  'Financial sustainability considerations influence organisational prioritisation.',
  'The partnership will continue to develop innovative integrated approaches to population health improvement, working collaboratively with voluntary organisations, local authorities and communities across every neighbourhood in the area this year.',
].join('\n');

describe('a part too hard to read, with a long sentence in it', () => {
  it('gets one finding that names the long sentence and gives the reading age, not 2 findings', async () => {
    const found = await lint(HARD, both());
    expect(found.map((f) => f.ruleId)).toEqual(['sentence-length']);
    const f = found[0]!;
    expect(f.message).toBe('This sentence has 30 words. Aim for 20 or fewer.');
    expect(f.why).toMatch(/^“Our strategic priorities” has a reading age of 17 \(17 or over\)\. Aim for 11 or under\. Long sentences are hard to follow/);
    expect(f.suggestions).toEqual(['Split it into shorter sentences, with one idea in each. Use everyday words in place of long ones too.']);
    expect(f.data).toMatchObject({ words: 30, readingAge: [{ section: 1, smogAge: 17, target: 11 }], covers: [{ ruleId: 'readability', section: 1 }] });
  });

  it('keeps the reading-age finding of a hard part with no long sentence', async () => {
    const text = HARD.split('\n').slice(0, -1).join('\n');
    expect((await lint(text, both())).map((f) => f.ruleId)).toEqual(['readability']);
  });

  it('does not use the reading age when the readability rule is off', async () => {
    expect(await lint(HARD)).toEqual([]);
  });

  it('keeps the readability finding when sentence-length is off', async () => {
    const config = both();
    config.rules.shift();
    expect((await lint(HARD, config)).map((f) => f.ruleId)).toEqual(['readability']);
  });

  it('keeps the readability finding when a disable comment turns the long-sentence finding off', async () => {
    const lines = HARD.split('\n');
    const text = [...lines.slice(0, -1), '', '<!-- plainlint-disable-next-line sentence-length -->', lines[lines.length - 1]].join('\n');
    const found = await lint(text, both());
    expect(found.map((f) => f.ruleId)).toEqual(['readability']);
  });

  it('judges the reading age with the readability rule’s own target', async () => {
    const config = both();
    config.rules[1]!.options = { ...config.rules[1]!.options, target: 14 };
    // Age 17 is 3 over 14, not more: readability is silent, and so is sentence-length.
    expect(await lint(HARD, config)).toEqual([]);
  });

  it('does the same with the default config', async () => {
    const { findings } = await lintMarkdown(HARD);
    expect(findings.filter((f) => f.ruleId === 'readability')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'sentence-length').map((f) => f.data?.covers)).toEqual([[{ ruleId: 'readability', section: 1 }]]);
  });
});

/** readability: a list of names is not scored as sentences. All text is made up. */
import { describe, expect, it } from 'vitest';
import readability from '../rules/readability.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(readability));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

const names = [
  'Professor Evangelina Montgomery-Fitzgerald, Consultant Gastroenterologist',
  'Doctor Anastasia Kowalczyk-Richardson, Paediatric Endocrinologist',
  'Emmanuel Oyelaran-Adebayo, Community Physiotherapy Coordinator',
  'Valentina Papadopoulou, Rheumatology Administrator',
  'Maximilian Vanderbilt-Harrington, Cardiology Consultant',
  'Gabriella Castellanos, Safeguarding Operations Director',
  'Alexandria Montenegro, Immunisation Programme Facilitator',
  'Bartholomew Featherstonehaugh, Occupational Therapist',
  'Penelope Abernathy-Okonkwo, Haematology Specialist',
  'Cornelius Vasquez-Delacroix, Ophthalmology Registrar',
  'Seraphina Oluwaseun-Anderson, Dermatology Consultant',
  'Florentina Ivanova-Macdonald, Respiratory Physiologist',
];

describe('readability and lists of names', () => {
  it('does not give a list of names a reading age', async () => {
    const text = ['# Our team', '', 'Meet the people who run the clinic.', '', ...names.map((n) => `- ${n}`)].join('\n');
    expect(await lint(text)).toEqual([]);
  });

  it('still scores the same words written as sentences', async () => {
    const text = ['# Our team', '', 'Meet the people who run the clinic.', '', ...names.map((n) => `- ${n} leads our specialist multidisciplinary services.`)].join('\n');
    expect(await lint(text)).toHaveLength(1);
  });
});

const titles = [
  'Understanding organisational accountability frameworks',
  'Collaborative commissioning considerations',
  'Interoperability specifications and documentation',
  'Sustainability evaluation methodologies',
  'Multidisciplinary governance arrangements',
  'Accessibility conformance evaluation',
  'Population health intelligence capabilities',
  'Operational resilience requirements',
  'Information governance responsibilities',
  'Digital transformation opportunities',
  'Environmental sustainability commitments',
];

describe('readability and lists of links', () => {
  it('does not give a list of links to other pages a reading age: they are titles, not sentences', async () => {
    const text = ['# Read more', '', ...titles.map((t, i) => `- [${t}](https://example.org/page-${i})`)].join('\n');
    expect(await lint(text)).toEqual([]);
  });

  it('still scores the same words written as sentences with a link in them', async () => {
    const text = ['# Read more', '', ...titles.map((t, i) => `- Read about [this](https://example.org/page-${i}): ${t.toLowerCase()} improve organisational effectiveness.`)].join('\n');
    expect(await lint(text)).toHaveLength(1);
  });

  it('the summary’s reading age leaves out the same lists, so a draft has one reading age', async () => {
    const prose = ['You can get the flu vaccine at your GP surgery.', 'It is free for many people.', 'It takes a few minutes.', 'Your arm may feel sore for a day.', 'This is normal.', 'Book now.', 'Ask us if you have questions.', 'We are happy to help.', 'Most people feel fine.', 'Stay well this winter.'];
    const withLinks = [...prose, '', ...titles.map((t, i) => `- [${t}](https://example.org/page-${i})`)].join('\n');
    const plain = await lintDocument(parseMarkdown(prose.join('\n'), 'a.md'), oneRule(readability));
    const linked = await lintDocument(parseMarkdown(withLinks, 'b.md'), oneRule(readability));
    expect(linked.stats.readingAge).toEqual(plain.stats.readingAge);
    expect(linked.stats.readingAge!.sentences).toBe(10);
    // The words of the links still count towards the length and reading time.
    expect(linked.stats.words).toBeGreaterThan(plain.stats.words);
  });
});

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

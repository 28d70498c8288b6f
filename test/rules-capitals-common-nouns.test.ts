/**
 * capitals: a common noun with a capital: at the start of a compound (“Council-run”), as a job
 * title with a hyphen (“Care Co-ordinator”), before “service” or “transport” (“Podiatry
 * service”), and a general term before a date (“Special Measures in February”); the capitals of
 * a visa's name are kept. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import { excerpts } from './helpers/rule-excerpts.js';

async function capitalsIn(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals, {}, { preset: 'nhs' }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('capitals: a common noun at the start of a compound', () => {
  it('flags “Council-run” and “Trust-wide” after a word in lower case', async () => {
    expect(await capitalsIn('We can refer you to Council-run lunch clubs in the town.')).toEqual(['Council-run']);
    expect(await capitalsIn('These are new Trust-wide rules for parking.')).toEqual(['Trust-wide']);
  });

  it('leaves a compound at the start of a sentence, a name and a word that is not a common noun', async () => {
    expect(await capitalsIn('Council-run clubs meet on Fridays.')).toEqual([]);
    expect(await capitalsIn('We work with Smith-jones and Partners on this.')).toEqual([]);
  });
});

describe('capitals: “co-ordinator” with its hyphen', () => {
  it('flags “the Care Co-ordinator” as a job title in running text', async () => {
    expect(await capitalsIn('The Care Co-ordinator will phone you next week.')).toEqual(['Care Co-ordinator']);
  });

  it('leaves it next to a person’s name', async () => {
    expect(await capitalsIn('Speak to Amir Shah, Care Co-ordinator, about your plan.')).toEqual([]);
  });
});

describe('capitals: a common noun with a capital before “service” or “transport”', () => {
  it('flags it', async () => {
    expect(await excerpts('capitals', 'Please note that Ambulance transport is limited. Ask the Podiatry service. We offer a Phlebotomy (blood test) service.')).toEqual([
      'Ambulance',
      'Podiatry',
      'Phlebotomy',
    ]);
  });

  it('leaves a service’s own name and the end of a longer name alone', async () => {
    expect(await excerpts('capitals', 'Ask about Meals on Wheels services, the Beacon service and the Head of Podiatry service.')).toEqual([]);
  });
});

describe('capitals: a general term before a date', () => {
  it('flags “Special Measures in February”: a month after “in” is a date, not the rest of a name', async () => {
    expect(await excerpts('capitals', 'The board was placed into Special Measures in February 2023.', 'govuk')).toEqual(['Special Measures']);
    expect(await excerpts('capitals', 'She is the Director of Public Health in Anytown.', 'govuk')).toEqual([]);
  });
});

describe('a visa’s name, and health and care workers', () => {
  it('keeps the capitals of a visa’s name', async () => {
    expect(await excerpts('capitals', 'You may need a Health and Care Worker visa to work here.')).toEqual([]);
    expect(await excerpts('capitals', 'The Skilled Worker visa has a salary threshold.')).toEqual([]);
  });
});

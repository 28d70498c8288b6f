/**
 * Patterns from tuning pages 165 to 168 (voluntary sector and patient-voice pages): a common noun
 * with a capital at the start of a compound (“Council-run”), “co-ordinator” with its hyphen as a
 * job title, “forward-thinking” as puffery, “focus on” after “enabled us to”, and a question inside
 * dashes that does not end the sentence. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { sentences } from '../src/rule-helpers.js';
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

describe('jargon: “forward-thinking” and “focus on” after “enabled us to”', () => {
  it('flags them', async () => {
    expect(await excerpts('jargon', 'We are a forward-thinking surgery.')).toEqual(['forward-thinking']);
    expect(await excerpts('jargon', 'This forward thinking plan won an award.')).toEqual(['forward thinking']);
    expect(await excerpts('jargon', 'The grant enabled us to focus on young carers.')).toEqual(['focus on']);
  });

  it('leaves “focus on” when the reader is the one who focuses', async () => {
    expect(await excerpts('jargon', 'Breathing slowly helps you to focus on the moment.')).toEqual([]);
  });
});

describe('a question inside dashes', () => {
  const texts = (md: string) => [...sentences(parseMarkdown(md, 'draft.md'))].map((s) => s.text);

  it('does not end the sentence when the words after the dash go on in lower case', () => {
    expect(texts('Our new guide – Who can help at home? – explains where to start. Read it today.')).toEqual([
      'Our new guide – Who can help at home? – explains where to start.',
      'Read it today.',
    ]);
  });

  it('ends it when a capital follows the dash', () => {
    expect(texts('Can you come in? – Yes, we can see you.')).toHaveLength(2);
  });
});

describe('misspellings: company names written as 2 words', () => {
  it('flags “Just Giving”, “You Tube” and “Whatsapp”', async () => {
    expect(await excerpts('misspellings', 'Give on our Just Giving page.')).toEqual(['Just Giving']);
    expect(await excerpts('misspellings', 'Watch our films on You Tube.')).toEqual(['You Tube']);
    expect(await excerpts('misspellings', 'Send us a message on Whatsapp.')).toEqual(['Whatsapp']);
  });

  it('leaves the same words in lower case alone', async () => {
    expect(await excerpts('misspellings', 'We are just giving you an update.')).toEqual([]);
  });
});

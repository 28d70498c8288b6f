/**
 * A word inside a phrase that a word list flags is a known word, so the spell check does not
 * flag it again: “per annum” gets one finding (simpler-words: “a year”), not a second one on
 * “annum” (“did you mean annul?”). Found on a real job advert. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';

async function findings(text: string, preset: string) {
  const result = await lintText(text, { filePath: 'draft.md', preset });
  return result.findings.map((f) => [f.ruleId, f.excerpt]);
}

describe('spelling inside a phrase a word list flags', () => {
  it('says “per annum” once', async () => {
    const found = await findings('The salary is £30,000 per annum for 37.5 hours a week.', 'nhs');
    expect(found).toEqual([['simpler-words', 'per annum']]);
  });

  it('still checks the spelling of words outside the phrase', async () => {
    const found = await findings('The salary is £30,000 per annum for the recieved hours.', 'nhs');
    expect(found.map(([id]) => id).sort()).toContain('simpler-words');
    expect(found.filter(([id]) => id === 'spelling' || id === 'misspellings').map(([, w]) => w)).toEqual(['recieved']);
  });
});

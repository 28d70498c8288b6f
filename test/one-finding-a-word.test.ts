/**
 * Issue 18: the same words are not flagged by 2 rules. When built-in rules flag exactly the same
 * words, the writer sees the finding that names the slip most exactly (src/engine/lint.ts,
 * FIRST_SAY). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';

async function findings(text: string, preset: string) {
  const result = await lintText(text, { filePath: 'draft.md', preset });
  return result.findings.map((f) => [f.ruleId, f.excerpt]);
}

describe('one finding for one set of words', () => {
  it('a misspelt name is a spelling slip, not also an unexplained acronym', async () => {
    const found = await findings('The York HS Foundation Trust runs services. NHS staff at the NHS trust and NHS clinics help.', 'nhs');
    expect(found.filter(([, words]) => words === 'HS')).toEqual([['spelling', 'HS']]);
  });

  it('a form the guide spells one way is said once, by the spelling list', async () => {
    const found = await findings('Ask us on web chat.', 'govuk');
    expect(found.filter(([, words]) => words === 'web chat')).toEqual([['uk-spelling', 'web chat']]);
  });

  it('2 findings on different words in the same sentence both stay', async () => {
    const found = await findings('We will utilise the e-mail.', 'nhs');
    expect(found.map(([id]) => id).sort()).toEqual(['simpler-words', 'uk-spelling']);
  });
});

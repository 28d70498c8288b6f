/**
 * Recall on realistic drafts: each draft in fixtures/drafts has problems planted on purpose,
 * and each must be found, with the right rule, on the right words.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintMarkdown } from '../src/index.js';
import { ROOT } from './helpers/cli.js';

type Planted = [ruleId: string, words: string];

const drafts: Record<string, Planted[]> = {
  'gp-practice-merger-letter.md': [
    ['headings', 'Important Changes To Your GP Practice'],
    ['jargon', 'Going forward'],
    ['simpler-words', 'commence'],
    ['house-style', '1st January 2026'],
    ['jargon', 'stakeholders'],
    ['acronyms', 'PCN'],
    ['jargon', 'leverage'],
    ['simpler-words', 'in order to'],
    ['simpler-words', 'utilise'],
    ['house-style', '&'],
    ['alt-text', '![](images/new-surgery.jpg)'],
    ['house-style', "don't"],
    ['all-caps', 'PLEASE DO NOT'],
    ['house-style', 'e.g.'],
    ['house-style', '9.00am'],
    ['uk-spelling', 'prioritize'],
    ['inclusive-language', 'the elderly'],
    ['link-text', 'click here'],
  ],
  'consultation-summary.md': [
    ['headings', 'Summary Of The Consultation On Community Services'],
    ['house-style', '3 Jan 2026'],
    ['house-style', '12pm'],
    ['headings', 'Who took part'],
    ['house-style', '1200'],
    ['acronyms', 'CQC'],
    ['repeated-words', 'the the'],
    ['link-text', 'full consultation report'],
    ['uk-spelling', 'organization'],
  ],
  'board-paper-excerpt.md': [
    ['acronyms', 'ICS'],
    ['jargon', 'deep dive'],
    ['acronyms', 'UEC'],
    ['acronyms', 'ICP'],
    ['jargon', 'drive'],
    ['jargon', 'place-based'],
    ['jargon', 'co-production'],
    ['jargon', 'step change'],
    ['jargon', 'holistic'],
    ['jargon', 'Synergy'],
    ['acronyms', 'SDEC'],
    ['jargon', 'empower'],
    ['jargon', 'streamline'],
    ['jargon', 'Robust'],
    ['acronyms', 'EPRR'],
    ['jargon', 'facilitate'],
    ['jargon', 'going forward'],
    ['long-paragraph', 'The ICS has undertaken'],
    ['sentence-length', 'The board is asked to note'],
    ['readability', 'Recommendations'],
  ],
};

describe.each(Object.entries(drafts))('planted problems in %s', (name, planted) => {
  const text = readFileSync(join(ROOT, 'fixtures', 'drafts', name), 'utf8');
  for (const [ruleId, words] of planted) {
    it(`finds ${ruleId}: “${words}”`, async () => {
      const { findings } = await lintMarkdown(text);
      const hit = findings.find((f) => f.ruleId === ruleId && f.excerpt.toLowerCase().includes(words.toLowerCase()));
      expect(
        hit,
        `${ruleId} did not flag “${words}”. It found: ${findings
          .filter((f) => f.ruleId === ruleId)
          .map((f) => `“${f.excerpt.slice(0, 40)}”`)
          .join(', ')}`,
      ).toBeDefined();
    });
  }
});

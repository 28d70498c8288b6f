/**
 * hidden-verbs: “provide a summary of” is “summarise”, in the same tense. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('hidden-verbs: “provide a summary of”', () => {
  it('suggests “summarise” in the same tense, only with “of” after', async () => {
    expect(await excerpts('hidden-verbs', 'This leaflet provides a summary of the changes.')).toEqual(['provides a summary of']);
    expect(await excerpts('hidden-verbs', 'We will give you a summary at the end.')).toEqual([]);
  });
});

/**
 * confused-words: “heath” typed for “health” (a real word, so the spell check passes it), found only
 * before words that go with health: “heath inequalities”, “heath care”. Open land and names with
 * a capital are left alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

const confusedWords = builtinRules.find((r) => r.meta.id === 'confused-words')!;

async function flagged(text: string): Promise<string[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(confusedWords, {}, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`);
}

describe('confused-words: “heath” for “health”', () => {
  it('flags it before inequalities, care, services and checks', async () => {
    expect(await flagged('Poverty leads to heath inequalities. Book your heath checks.')).toEqual(['heath → health', 'heath → health']);
  });

  it('leaves open land and names alone', async () => {
    expect(await flagged('We walked on the heath. Heath Care Home and Heath Lane Surgery are near the heath car park.')).toEqual([]);
  });
});

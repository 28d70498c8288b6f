/**
 * The retext plugins only see the sentences that could give a finding (a speed-up). These tests
 * check the filters never change what is found: on real NHS pages, the recall drafts and the
 * rule fixtures, findings are the same with the filters on and off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { PhraseFilter, useRetextFilters } from '../rules/lib/retext.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import { CORPUS, markdownFiles } from './helpers/corpus.js';
import { patterns as equalityPatterns } from '../node_modules/retext-equality/lib/patterns-en.js';
import equalityKeep from '../rules/data/equality-keep.json' with { type: 'json' };

const corpus = CORPUS;

const RETEXT_RULES = ['simpler-words', 'repeated-words', 'inclusive-language', 'indefinite-article'];

async function findings(ruleId: string, files: string[]): Promise<string[]> {
  const rule = builtinRules.find((r) => r.meta.id === ruleId)!;
  const config = oneRule(rule);
  const out: string[] = [];
  for (const file of files) {
    const doc = parseMarkdown(readFileSync(file, 'utf8'), file);
    for (const f of (await lintDocument(doc, config)).findings) out.push(`${file}:${f.start.offset}-${f.end.offset} ${f.message}`);
  }
  return out;
}

describe('retext filters change nothing', () => {
  afterAll(() => useRetextFilters(true));
  const files = [
    ...markdownFiles(corpus),
    ...markdownFiles(join(import.meta.dirname, '..', 'fixtures', 'drafts')),
    ...markdownFiles(join(import.meta.dirname, '..', 'fixtures', 'rules')),
  ];

  for (const id of RETEXT_RULES) {
    it(`${id}: the same findings with and without the filter`, async () => {
      useRetextFilters(true);
      const fast = await findings(id, files);
      useRetextFilters(false);
      const slow = await findings(id, files);
      useRetextFilters(true);
      expect(fast).toEqual(slow);
      // The fixtures make every rule fire, so this compares real findings, not two empty lists.
      expect(fast.length).toBeGreaterThan(0);
    }, 120_000);
  }
});

describe('PhraseFilter', () => {
  const filter = new PhraseFilter(['in order to', 'state-of-the-art', "don't"]);

  it('finds a phrase word by word, ignoring case, hyphens and apostrophes', () => {
    expect(filter.mayMatch(['we', 'came', 'in', 'order', 'to', 'help'])).toBe(true);
    expect(filter.mayMatch(['a', 'state-of-the-art', 'clinic'])).toBe(true);
    expect(filter.mayMatch(['a', 'state', 'of', 'the', 'art', 'clinic'])).toBe(true);
    expect(filter.mayMatch(['please', 'dont', 'call'])).toBe(true);
    expect(filter.mayMatch(['please', "don't", 'call'])).toBe(true);
  });

  it('says no when the words are not there in order', () => {
    expect(filter.mayMatch(['in', 'order'])).toBe(false);
    expect(filter.mayMatch(['order', 'in', 'to'])).toBe(false);
    expect(filter.mayMatch([])).toBe(false);
  });

  it('covers every phrase retext-equality flags for the checks we keep', () => {
    const normal = (s: string) => s.toLowerCase().replace(/[-'’]/g, '');
    const byId = new Map(equalityPatterns.map((p: { id: string }) => [p.id, p]));
    for (const entry of equalityKeep.entries) {
      const pattern = byId.get(entry.id) as { inconsiderate: Record<string, string> } | undefined;
      expect(pattern, entry.id).toBeDefined();
      const listed = new Set(entry.match.map(normal));
      const missing = Object.keys(pattern!.inconsiderate).filter((phrase) => !listed.has(normal(phrase)));
      expect(missing, entry.id).toEqual([]);
    }
  });
});

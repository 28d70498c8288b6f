/**
 * Mentioned, not used (rules/lib/mentions.ts): one index of the words a document quotes to talk
 * about them, applied by the engine to every rule's findings, with `meta.keepMentions` to opt out.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { defineRule, type Rule } from '../src/types.js';
import { mentionRanges } from '../rules/lib/mentions.js';
import { builtinRules } from '../rules/index.js';
import { oneRule } from './helpers/rule-config.js';

const mentioned = (text: string) => mentionRanges(parseMarkdown(text, 'x.md')).map(([a, b]) => text.slice(a, b));

/** A rule that reports every word, to see which findings the engine keeps. */
function everyWord(keepMentions: boolean): Rule {
  return defineRule({
    meta: {
      id: 'every-word',
      description: 'Reports every word, for this test.',
      severity: 'warning',
      principle: 'None.',
      docs: 'Reports every word.',
      examples: { good: [], bad: [] },
      ...(keepMentions ? { keepMentions: true } : {}),
    },
    check(doc, context) {
      for (const block of doc.blocks) {
        for (const m of block.text.matchAll(/\p{L}+/gu)) {
          const start = doc.text.indexOf(m[0], block.node.position!.start.offset! + m.index);
          context.report({ span: { start: doc.pointAt(start), end: doc.pointAt(start + m[0].length) }, message: m[0] });
        }
      }
    },
  });
}

describe('the mention index', () => {
  it('holds short quotations and lists after a lead-in, not speech', () => {
    expect(mentioned('Do not say “leverage” or "going forward" in letters.')).toEqual(['leverage', 'going forward']);
    expect(mentioned('She said “we will see you at the clinic next week” to me.')).toEqual([]);
    const list = 'We do not say:\n\n- suffering from\n- wheelchair-bound\n\nWe say:\n\n- has\n';
    expect(mentioned(list)).toEqual(['- suffering from\n- wheelchair-bound']);
  });

  it('holds lists after a line about words, or a bare “Do not:”, but not after a line about things', () => {
    expect(mentioned('We would not use these terms:\n\n- service user\n- end user\n')).toEqual(['- service user\n- end user']);
    expect(mentioned('Do not:\n\n- use bold for emphasis\n- underline words\n')).toEqual(['- use bold for emphasis\n- underline words']);
    expect(mentioned('Please do not bring:\n\n- large bags\n- Hot drinks\n')).toEqual([]);
    expect(mentioned('The team does not provide:\n\n- Home visits\n- transport\n')).toEqual([]);
  });

  it('the engine drops findings on mentions from every rule, unless the rule keeps them', async () => {
    const text = 'Do not write “utilise” here.\n';
    const run = async (rule: Rule) => (await lintDocument(parseMarkdown(text, 'x.md'), oneRule(rule))).findings.map((f) => f.message);
    expect(await run(everyWord(false))).toEqual(['Do', 'not', 'write', 'here']);
    expect(await run(everyWord(true))).toEqual(['Do', 'not', 'write', 'utilise', 'here']);
  });

  it('an acronym in quotation marks is a mention: not counted as a use', async () => {
    const acronyms = builtinRules.find((r) => r.meta.id === 'acronyms')!;
    const doc = parseMarkdown('We no longer write “QOF” in letters to patients.\n', 'x.md');
    expect((await lintDocument(doc, oneRule(acronyms))).findings).toEqual([]);
    const used = parseMarkdown('We no longer write QOF in letters to patients.\n', 'x.md');
    expect((await lintDocument(used, oneRule(acronyms))).findings.map((f) => f.excerpt)).toEqual(['QOF']);
  });

  it('retext-based checks leave mentions alone too', async () => {
    const simpler = builtinRules.find((r) => r.meta.id === 'simpler-words')!;
    const repeated = builtinRules.find((r) => r.meta.id === 'repeated-words')!;
    const lint = async (rule: Rule, text: string) => (await lintDocument(parseMarkdown(text, 'x.md'), oneRule(rule))).findings.map((f) => f.excerpt);
    expect(await lint(simpler, 'Avoid “in order to” in letters.')).toEqual([]);
    expect(await lint(simpler, 'Come in early in order to park.')).toEqual(['in order to']);
    expect(await lint(repeated, 'A typo like “the the” is easy to miss.')).toEqual([]);
  });
});

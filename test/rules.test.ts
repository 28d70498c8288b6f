/**
 * Every rule's documented examples are run as tests, so the docs cannot drift from the code
 * (the remark-lint model): good examples must give no finding from that rule; bad examples
 * must give the stated number of findings, quoting the stated words.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule as configFor } from './helpers/rule-config.js';


describe.each(builtinRules.map((r) => [r.meta.id, r] as const))('rule %s', (_id, rule) => {
  it('has complete, plain documentation', () => {
    const m = rule.meta;
    expect(m.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(m.description.length).toBeGreaterThan(10);
    expect(m.docs.length).toBeGreaterThan(40);
    expect(m.principle.length).toBeGreaterThan(5);
    expect(['error', 'warning', 'suggestion']).toContain(m.severity);
    expect(m.examples.good.length).toBeGreaterThan(0);
    expect(m.examples.bad.length).toBeGreaterThan(0);
  });

  for (const example of rule.meta.examples.good) {
    it(`accepts: ${example.text.slice(0, 60)}`, async () => {
      const result = await lintDocument(parseMarkdown(example.text, 'example.md'), configFor(rule, example.options));
      expect(result.ruleFailures).toEqual([]);
      expect(result.findings.map((f) => `${f.message} [${f.excerpt}]`)).toEqual([]);
    });
  }

  for (const example of rule.meta.examples.bad) {
    it(`finds: ${example.text.slice(0, 60)}`, async () => {
      const result = await lintDocument(parseMarkdown(example.text, 'example.md'), configFor(rule, example.options));
      expect(result.ruleFailures).toEqual([]);
      if (example.count !== undefined) expect(result.findings).toHaveLength(example.count);
      else expect(result.findings.length).toBeGreaterThan(0);
      if (example.flags) {
        const excerpts = result.findings.map((f) => f.excerpt);
        for (const [i, words] of example.flags.entries()) {
          expect(excerpts[i]?.toLowerCase() ?? '').toContain(words.toLowerCase());
        }
      }
      for (const f of result.findings) {
        expect(f.start.offset).toBeGreaterThanOrEqual(0);
        expect(f.end.offset).toBeLessThanOrEqual(example.text.length);
        expect(f.message).not.toMatch(/\be\.g\.|\bi\.e\./);
      }
    });
  }
});

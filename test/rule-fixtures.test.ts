/**
 * Each rule has two small drafts in fixtures/rules/: <id>.bad.md, where it must fire, and
 * <id>.good.md, where it must stay silent. Both are checked as markdown and again as a Word
 * document made from the same text, so every rule is proven on both kinds of input.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { ConfigLoader } from '../src/config/load.js';
import { lintDraft } from '../src/engine/run.js';
import { ROOT } from './helpers/cli.js';
import { markdownToDocx } from './helpers/md-to-docx.js';

const DIR = join(ROOT, 'fixtures', 'rules');
/** The nhs preset, with the rule under test switched on (some, like spelling, are off by default). */
async function loaderFor(ruleId: string) {
  const rule = builtinRules.find((r) => r.meta.id === ruleId)!;
  const config = await new ConfigLoader().resolveConfig({ extends: 'nhs', rules: { [ruleId]: rule.meta.severity } }, undefined);
  return { forFile: async () => config } as unknown as ConfigLoader;
}

async function findings(ruleId: string, markdown: string, kind: 'markdown' | 'docx') {
  const loader = await loaderFor(ruleId);
  const path = join(DIR, `x.${kind === 'docx' ? 'docx' : 'md'}`);
  const draft =
    kind === 'markdown'
      ? { path, kind, text: markdown, notices: [] }
      : { path, kind, buffer: await markdownToDocx(markdown), notices: [] };
  const report = await lintDraft(draft, 'x', { loader });
  expect(report.error).toBeUndefined();
  expect(report.ruleFailures).toEqual([]);
  return report.findings.filter((f) => f.ruleId === ruleId);
}

/** Rules that need a whole document structure markdown cannot express the same way in Word. */
const MARKDOWN_ONLY = new Set<string>([]);

describe.each(builtinRules.map((r) => r.meta.id))('fixtures for %s', (id) => {
  const bad = join(DIR, `${id}.bad.md`);
  const good = join(DIR, `${id}.good.md`);

  it('has a bad and a good fixture', () => {
    expect(existsSync(bad), `${bad} is missing`).toBe(true);
    expect(existsSync(good), `${good} is missing`).toBe(true);
  });

  for (const kind of ['markdown', 'docx'] as const) {
    it(`fires on the bad fixture (${kind})`, async () => {
      if (kind === 'docx' && MARKDOWN_ONLY.has(id)) return;
      const found = await findings(id, readFileSync(bad, 'utf8'), kind);
      expect(found.length).toBeGreaterThan(0);
    });

    it(`stays silent on the good fixture (${kind})`, async () => {
      const found = await findings(id, readFileSync(good, 'utf8'), kind);
      expect(found.map((f) => `${f.message} [${f.excerpt}]`)).toEqual([]);
    });
  }
});

/**
 * Rule options are checked (meta.schema): an unknown or wrongly typed option in a config is one
 * line naming the config file, the rule and the option, exit 2, through the real command.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { builtinRules } from '../rules/index.js';
import { presets } from '../rules/presets/index.js';
import { runBin } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const schemaOf = (id: string) => builtinRules.find((r) => r.meta.id === id)!.meta.schema!(z as never);

function run(files: Record<string, string>) {
  const dir = tmpTree({ 'draft.md': 'Your GP practice is moving.\n', ...files });
  const result = runBin(['draft.md'], { cwd: dir });
  return { ...result, lines: result.stderr.trim().split('\n') };
}

describe('rule options in a config', () => {
  it.each([
    [{ 'sentence-length': ['warning', { maxx: 3 }] }, '"rules.sentence-length": unknown option "maxx": did you mean "max"? Its options are max, tolerance, minSentences'],
    [{ 'sentence-length': ['warning', { max: 'three' }] }, '"rules.sentence-length": option "max" must be a number, not "three"'],
    [{ 'sentence-length': { max: 0 } }, '"rules.sentence-length": option "max" must be 1 or more, not 0'],
    [{ acronyms: { allow: 'PCN' } }, '"rules.acronyms": option "allow" must be a list, not "PCN"'],
    [{ 'house-style': { guide: 'scotland' } }, '"rules.house-style": option "guide" must be "nhs" or "govuk", not "scotland"'],
    [{ 'house-style': { checks: { exclamations: false } } }, '"rules.house-style": option "checks"'],
    [{ jargon: { max: 3 } }, '"rules.jargon": unknown option "max". Its options are level'],
    [{ 'simpler-words': { level: 'warning' } }, '"rules.simpler-words": option "level" must be "default" or "thorough", not "warning"'],
  ])('%j stops the run with one line naming the file, rule and option (exit 2)', (rules, message) => {
    const r = run({ '.plainlintrc.json': JSON.stringify({ rules }) });
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^plainlint: .*\.plainlintrc\.json: /);
    expect(r.lines[0]).toContain(message);
  });

  it('names the file that set the option, through "extends", in YAML too', () => {
    const r = run({
      '.plainlintrc.yaml': 'extends: ./shared/base.json\nrules:\n  sentence-length: [warning, { tolerance: 0 }]\n',
      'shared/base.json': JSON.stringify({ extends: 'nhs', rules: { 'long-paragraph': { maxWord: 80 } } }),
    });
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/shared\/base\.json: "rules\.long-paragraph": unknown option "maxWord": did you mean "maxWords"\?/);
  });

  it('right options run as before', () => {
    const r = run({ '.plainlintrc.json': JSON.stringify({ rules: { 'sentence-length': ['warning', { max: 25, tolerance: 0 }], 'house-style': { checks: { exclamation: false } } } }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('every built-in rule declares its options', () => {
  it.each(builtinRules.map((r) => [r.meta.id, r] as const))('%s: its defaults and examples pass its schema', (_id, rule) => {
    expect(rule.meta.schema, 'meta.schema').toBeDefined();
    const schema = rule.meta.schema!(z as never);
    expect(schema.safeParse(rule.meta.defaultOptions ?? {}).success).toBe(true);
    for (const example of [...rule.meta.examples.good, ...rule.meta.examples.bad]) {
      expect(schema.safeParse({ ...rule.meta.defaultOptions, ...example.options }).success).toBe(true);
    }
  });

  it('the presets give only options the rules know', () => {
    for (const preset of Object.values(presets) as Array<{ rules?: Record<string, unknown> }>) {
      for (const [id, setting] of Object.entries(preset.rules ?? {})) {
        const options = Array.isArray(setting) ? setting[1] : typeof setting === 'object' ? setting : undefined;
        if (options) expect(schemaOf(id).safeParse(options).success, id).toBe(true);
      }
    }
  });
});

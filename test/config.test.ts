import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { tmpTree, LONG_SENTENCE } from './helpers/tmp.js';
import { configSchema } from '../src/config/schema.js';
import { presets } from '../rules/presets/index.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** 25 words: over the NHS aim with tolerance 0, under GOV.UK's 25. */
const MEDIUM =
  'After a period of talks with patients and partners across the area, the 2 practices have agreed to merge into one practice from the spring.';

async function ruleIds(args: string[], cwd: string): Promise<string[]> {
  const r = await cli([...args, '-f', 'json'], { cwd });
  const out = JSON.parse(r.stdout);
  return out.files.flatMap((f: { findings: Array<{ ruleId: string }> }) => f.findings.map((x) => x.ruleId));
}

describe('config', () => {
  it('bundled presets are valid configs', () => {
    for (const [name, preset] of Object.entries(presets)) {
      const parsed = configSchema.safeParse(preset);
      expect(parsed.success, `preset ${name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('is found upward from the linted file (.plainlintrc.json)', async () => {
    const dir = tmpTree({
      '.plainlintrc.json': json({ rules: { 'sentence-length': 'off' } }),
      'content/deep/page.md': `${LONG_SENTENCE}\n`,
    });
    expect(await ruleIds(['content/deep/page.md'], dir)).toEqual([]);
  });

  it('reads .plainlintrc.yaml with rule options', async () => {
    const dir = tmpTree({
      '.plainlintrc.yaml': 'rules:\n  sentence-length: [warning, { max: 10, tolerance: 0 }]\n',
      'page.md': 'You can book your flu vaccine at a pharmacy or at your GP surgery.\n',
    });
    expect(await ruleIds(['page.md'], dir)).toEqual(['sentence-length']);
  });

  it('reads the "plainlint" key in package.json', async () => {
    const dir = tmpTree({
      'package.json': json({ name: 'site', plainlint: { rules: { 'sentence-length': 'off' } } }),
      'page.md': `${LONG_SENTENCE}\n`,
    });
    expect(await ruleIds(['page.md'], dir)).toEqual([]);
  });

  it('reads plainlint.config.js', async () => {
    const dir = tmpTree({
      'plainlint.config.js': "export default { rules: { 'sentence-length': ['error', { max: 5, tolerance: 0 }] } };\n",
      'page.md': 'Book your flu vaccine with us today please.\n',
    });
    const r = await cli(['page.md'], { cwd: dir });
    expect(r.code).toBe(1);
  });

  it('reads .plainlintrc (YAML or JSON), plainlint.config.mjs, and YAML given with --config', async () => {
    const strict = 'rules:\n  sentence-length: [warning, { max: 10, tolerance: 0 }]\n';
    const page = 'You can book your flu vaccine at a pharmacy or at your GP surgery.\n';
    const dir = tmpTree({
      'yaml/.plainlintrc': strict,
      'yaml/page.md': page,
      'json/.plainlintrc': json({ rules: { 'sentence-length': ['warning', { max: 10, tolerance: 0 }] } }),
      'json/page.md': page,
      'mjs/plainlint.config.mjs': "export default { rules: { 'sentence-length': ['warning', { max: 10, tolerance: 0 }] } };\n",
      'mjs/page.md': page,
      'plain/page.md': page,
      'strict.yaml': strict,
    });
    expect(await ruleIds(['yaml/page.md', 'json/page.md', 'mjs/page.md', 'plain/page.md'], dir)).toEqual([
      'sentence-length',
      'sentence-length',
      'sentence-length',
    ]);
    expect(await ruleIds(['plain/page.md', '--config', 'strict.yaml'], dir)).toEqual(['sentence-length']);
  });

  it('skips an empty config file and uses the one above it', async () => {
    const dir = tmpTree({
      '.plainlintrc.yaml': 'rules:\n  sentence-length: "off"\n',
      'content/.plainlintrc.json': '\n',
      'content/page.md': `${LONG_SENTENCE}\n`,
    });
    expect(await ruleIds(['content/page.md'], dir)).toEqual([]);
  });

  it('many folders can share one YAML config above them', async () => {
    const files: Record<string, string> = { '.plainlintrc.yaml': 'rules:\n  sentence-length: [warning, { max: 10, tolerance: 0 }]\n' };
    for (let i = 0; i < 12; i++) files[`section-${i}/page.md`] = 'You can book your flu vaccine at a pharmacy or at your GP surgery.\n';
    const dir = tmpTree(files);
    const ids = await ruleIds(Object.keys(files).filter((f) => f.endsWith('.md')), dir);
    expect(ids).toEqual(Array(12).fill('sentence-length'));
  });

  it('uses the nearest config: a folder can override its parent', async () => {
    const dir = tmpTree({
      '.plainlintrc.json': json({ rules: { 'sentence-length': 'off' } }),
      'strict/.plainlintrc.json': json({ rules: { 'sentence-length': ['warning', { tolerance: 0 }] } }),
      'strict/page.md': `${MEDIUM}\n`,
      'relaxed/page.md': `${MEDIUM}\n`,
    });
    expect(await ruleIds(['strict/page.md', 'relaxed/page.md'], dir)).toEqual(['sentence-length']);
  });

  it('extends the govuk preset (25 words) instead of nhs (20)', async () => {
    const dir = tmpTree({
      'nhs/.plainlintrc.json': json({ extends: 'nhs', rules: { 'sentence-length': { tolerance: 0 } } }),
      'govuk/.plainlintrc.json': json({ extends: 'govuk', rules: { 'sentence-length': { tolerance: 0 } } }),
      'nhs/page.md': `${MEDIUM}\n`,
      'govuk/page.md': `${MEDIUM}\n`,
    });
    expect(await ruleIds(['nhs/page.md'], dir)).toEqual(['sentence-length']);
    expect(await ruleIds(['govuk/page.md'], dir)).toEqual([]);
  });

  it('--preset and --config override the search', async () => {
    // 32 words: over GOV.UK's 25, within twice NHS's 20, so only GOV.UK style flags it on its own.
    const sentence = `${MEDIUM.slice(0, -1)} and then move into the new building.`;
    expect(sentence.split(/\s+/)).toHaveLength(32);
    const dir = tmpTree({
      '.plainlintrc.json': json({ extends: 'nhs' }),
      'other.json': json({ rules: { 'sentence-length': 'off' } }),
      'page.md': `${sentence}\n`,
    });
    expect(await ruleIds(['page.md'], dir)).toEqual([]);
    expect(await ruleIds(['page.md', '--preset', 'govuk'], dir)).toEqual(['sentence-length']);
    expect(await ruleIds(['page.md', '--preset', 'govuk', '--config', 'other.json'], dir)).toEqual([]);
  });

  describe('errors name the file and the problem (exit 2)', () => {
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['invalid JSON', { '.plainlintrc.json': '{ "rules": { ' }, /\.plainlintrc\.json: is not valid JSON/],
      ['invalid YAML', { '.plainlintrc.yaml': 'rules: [unclosed' }, /\.plainlintrc\.yaml: is not valid YAML/],
      ['an unknown key', { '.plainlintrc.json': json({ rulez: {} }) }, /\.plainlintrc\.json: unknown key "rulez"/],
      ['a bad severity', { '.plainlintrc.json': json({ rules: { 'sentence-length': 'loud' } }) }, /"rules\.sentence-length" must be "off", "error", "warning" or "suggestion"/],
      ['an unknown rule', { '.plainlintrc.json': json({ rules: { 'sentence-lenght': 'off' } }) }, /unknown rule "rules\.sentence-lenght": did you mean "sentence-length"\?/],
      ['an unknown preset', { '.plainlintrc.json': json({ extends: 'nhs-wales' }) }, /"extends": "nhs-wales" is not a preset/],
      ['a missing rule module', { '.plainlintrc.json': json({ plugins: ['./nope.js'] }) }, /cannot load the rule module/],
      ['a bad reading age', { '.plainlintrc.json': json({ settings: { readingAge: 'eleven' } }) }, /"settings\.readingAge"/],
    ];
    for (const [name, files, pattern] of cases) {
      it(name, async () => {
        const dir = tmpTree({ ...files, 'page.md': 'Hello.\n' });
        const r = await cli(['page.md'], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(pattern);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      });
    }
  });

  it('loads a custom rule by path, and reports its findings', async () => {
    const rule = `export default {
      meta: { id: 'no-synergy', description: 'Avoid the word synergy.', severity: 'error', principle: 'Free from jargon.', docs: 'Say what you mean.', examples: { good: [], bad: [] } },
      check(doc, context) {
        for (const block of doc.blocks) for (const s of block.nlcst.children) for (const w of s.children ?? [])
          if (w.type === 'WordNode' && w.children.map((c) => c.value).join('').toLowerCase() === 'synergy')
            context.report({ node: w, message: '“synergy” is jargon.', suggestions: ['working together'] });
      },
    };\n`;
    const dir = tmpTree({
      'rules/no-synergy.mjs': rule,
      '.plainlintrc.json': json({ plugins: ['./rules/no-synergy.mjs'] }),
      'page.md': 'We want more synergy.\n',
    });
    const r = await cli(['page.md', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'no-synergy');
    expect(f).toMatchObject({ ruleId: 'no-synergy', severity: 'error', line: 1, column: 14, excerpt: 'synergy' });
  });

  it('loads a custom rule from an npm package name', async () => {
    const dir = tmpTree({
      'node_modules/plainlint-rule-shout/package.json': json({ name: 'plainlint-rule-shout', type: 'module', main: 'index.js' }),
      'node_modules/plainlint-rule-shout/index.js': `export default { meta: { id: 'shout', description: 'No shouting please.', severity: 'warning', principle: 'Plain.', docs: 'Do not shout.', examples: { good: [], bad: [] } }, check(doc, ctx) { if (doc.text.includes('!!')) ctx.report({ message: 'Please do not shout.' }); } };\n`,
      '.plainlintrc.json': json({ plugins: ['plainlint-rule-shout'] }),
      'page.md': 'Come now!!\n',
    });
    expect(await ruleIds(['page.md'], dir)).toContain('shout');
  });

  it('a rule that throws is a rule failure (exit 2), and the other rules still report', async () => {
    const dir = tmpTree({
      'boom.mjs': `export default { meta: { id: 'boom', description: 'Always fails.', severity: 'warning', principle: 'None.', docs: 'Throws.', examples: { good: [], bad: [] } }, check() { throw new Error('kaboom'); } };\n`,
      '.plainlintrc.json': json({ plugins: ['./boom.mjs'] }),
      'page.md': `${LONG_SENTENCE}\n`,
    });
    const r = await cli(['page.md', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.ruleFailures).toEqual([{ ruleId: 'boom', message: 'kaboom' }]);
    expect(file.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('sentence-length');
    const stylish = await cli(['page.md'], { cwd: dir });
    expect(stylish.stdout).toContain('rule failed  boom: kaboom');
  });
});

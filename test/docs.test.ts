import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { rulesTable } from '../src/docs.js';
import { ROOT, runBin } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every rule with its default severity and principle (run "npm run docs" to update)', () => {
    expect(readme).toContain(rulesTable(builtinRules));
  });

  it('passes plainlint itself', () => {
    const r = runBin(['README.md', 'docs', '--fail-on', 'warning']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('No problems found');
    expect(r.code).toBe(0);
  });
});

describe('README snippets that are not commands', () => {
  it('the example config is a valid config that plainlint accepts', async () => {
    const { configSchema } = await import('../src/config/schema.js');
    const blocks = [...readme.matchAll(/```json\n([^]*?)```/g)].map((m) => m[1]!);
    const example = blocks.find((b) => b.includes('"extends"'));
    expect(example, 'the README has an example config').toBeDefined();
    const config = JSON.parse(example!);
    expect(configSchema.safeParse(config).success).toBe(true);
    // Its plugin and list are the writer's own files: resolve the rest without them.
    const { ConfigLoader } = await import('../src/config/load.js');
    const resolved = await new ConfigLoader().resolveConfig({ ...config, plugins: [], lists: [] }, undefined);
    expect(resolved.rules.find((r) => r.rule.meta.id === 'passive-voice')).toBeUndefined();
    expect(resolved.settings.terms).toEqual({ 'M&SE': 'Mid and South Essex' });
  });

  it('the disable comments shown in the README work', async () => {
    const { lintMarkdown } = await import('../src/index.js');
    const block = /```markdown\n([^]*?)```/.exec(readme)![1]!;
    expect(block).toContain('plainlint-disable acronyms');
    const text = block.replace('Text with acronyms that are explained elsewhere.', 'The ICB and the PCN agreed.');
    const { findings } = await lintMarkdown(text);
    expect(findings.filter((f) => f.ruleId === 'acronyms')).toEqual([]);
  });
});

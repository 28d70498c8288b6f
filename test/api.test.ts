/**
 * The library entry (src/api.ts), as the language server and build scripts call it: lintText
 * finds the config a file in that place would get; lintFiles does the command line's whole run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plainlint, lintFiles, lintText } from '../src/index.js';
import { UsageError } from '../src/read/errors.js';
import { cli, ROOT } from './helpers/cli.js';
import { LONG_SENTENCE, tmpTree } from './helpers/tmp.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const NO_SYNERGY = `export default {
  meta: { id: 'no-synergy', description: 'Avoid the word synergy.', severity: 'error', principle: 'Free from jargon.', docs: 'Say what you mean.', examples: { good: [], bad: [] } },
  check(doc, context) {
    for (const block of doc.blocks) for (const s of block.nlcst.children) for (const w of s.children ?? [])
      if (w.type === 'WordNode' && w.children.map((c) => c.value).join('').toLowerCase() === 'synergy')
        context.report({ node: w, message: '“synergy” is jargon.', suggestions: ['working together'] });
  },
};
`;

describe('lintText', () => {
  it('uses the nearest config above filePath, with its extends, plugins and rule settings', async () => {
    const dir = tmpTree({
      '.plainlintrc.json': json({ extends: 'govuk', plugins: ['./no-synergy.mjs'], rules: { 'simpler-words': 'error' } }),
      'no-synergy.mjs': NO_SYNERGY,
      'content/deep/.keep': '',
    });
    const text = 'We want more synergy. We will utilise the room.\n';
    const report = await lintText(text, { cwd: dir, filePath: join(dir, 'content/deep/page.md') });
    expect(report.path).toBe('content/deep/page.md');
    expect(report.error).toBeUndefined();
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).toContain('no-synergy');
    expect(report.findings.find((f) => f.ruleId === 'simpler-words')?.severity).toBe('error');
    expect(report.findings.find((f) => f.ruleId === 'no-synergy')).toMatchObject({ start: { line: 1, column: 14 }, severity: 'error' });

    // The same text outside that folder gets the defaults: no plugin rule.
    const outside = tmpTree({});
    const plain = await lintText(text, { cwd: outside, filePath: 'page.md' });
    expect(plain.findings.map((f) => f.ruleId)).not.toContain('no-synergy');
  });

  it('gives the same findings as the command line for the same file', async () => {
    const dir = tmpTree({ 'page.md': `# Visiting\n\n${LONG_SENTENCE}\n\nWe will utilise the facility.\n` });
    const fromCli = JSON.parse((await cli(['page.md', '-f', 'json'], { cwd: dir })).stdout).files[0].findings;
    const report = await lintText(readFileSync(join(dir, 'page.md'), 'utf8'), { cwd: dir, filePath: 'page.md' });
    expect(report.findings.map((f) => [f.ruleId, f.start.line, f.start.column])).toEqual(fromCli.map((f: { ruleId: string; line: number; column: number }) => [f.ruleId, f.line, f.column]));
  });

  it('honours inline disable comments, and --preset and --config as options', async () => {
    const dir = tmpTree({ 'strict.json': json({ rules: { 'simpler-words': 'error' } }) });
    const text = 'We will utilise the room.\n';
    const strict = await lintText(text, { cwd: dir, configFile: 'strict.json' });
    expect(strict.findings.find((f) => f.ruleId === 'simpler-words')?.severity).toBe('error');
    const off = await lintText(`<!-- plainlint-disable simpler-words -->\n${text}`, { cwd: dir, configFile: 'strict.json' });
    expect(off.findings.map((f) => f.ruleId)).not.toContain('simpler-words');
    const govuk = await lintText('The meeting is at 10.00am.\n', { cwd: dir, preset: 'govuk' });
    const nhs = await lintText('The meeting is at 10.00am.\n', { cwd: dir, preset: 'nhs' });
    expect(govuk.findings).not.toEqual(nhs.findings);
  });

  it('a broken config is an error on the report, not a throw', async () => {
    const dir = tmpTree({ '.plainlintrc.json': '{ not json' });
    const report = await lintText('Hello.\n', { cwd: dir, filePath: 'page.md' });
    expect(report.error).toMatch(/\.plainlintrc\.json.*not valid JSON/);
  });
});

describe('lintFiles', () => {
  it('returns a sorted report for each file, and an error report for a missing one', async () => {
    const dir = tmpTree({ 'b.md': `${LONG_SENTENCE}\n`, 'a.md': 'Fine.\n' });
    const { reports, notes } = await lintFiles(['.', 'missing.md'], { cwd: dir });
    expect(reports.map((r) => r.path)).toEqual(['a.md', 'b.md', 'missing.md']);
    expect(reports[2]!.error).toMatch(/was not found/);
    expect(reports[1]!.findings.map((f) => f.ruleId)).toContain('sentence-length');
    expect(notes).toEqual([]);
  });

  it('saves a baseline, then shows only new findings', async () => {
    const dir = tmpTree({ 'page.md': `${LONG_SENTENCE}\n` });
    const linter = new Plainlint({ cwd: dir });
    const first = await linter.lintFiles(['page.md'], { baseline: 'baseline.json' });
    expect(first.notes[0]).toMatch(/^saved \d+ findings in baseline.json as the baseline/);
    const again = await linter.lintFiles(['page.md'], { baseline: 'baseline.json' });
    expect(again.reports[0]!.findings).toEqual([]);
    writeFileSync(join(dir, 'page.md'), `${LONG_SENTENCE}\n\nWe will utilise the facility.\n`);
    const later = await new Plainlint({ cwd: dir }).lintFiles(['page.md'], { baseline: 'baseline.json' });
    expect(later.reports[0]!.findings.map((f) => f.excerpt)).toContain('utilise');
  });

  it('a fix dry run gives the diff and leaves the file alone; a fix writes it', async () => {
    const original = 'We will utilise the room.\n';
    const dir = tmpTree({ 'page.md': original });
    const dry = await lintFiles(['page.md'], { cwd: dir, fix: 'dry-run' });
    expect(dry.diff).toContain('+We will use the room.');
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe(original);
    const done = await lintFiles(['page.md'], { cwd: dir, fix: true });
    expect(done.diff).toBeUndefined();
    expect(done.notes.at(-1)).toMatch(/^made 1 fix in 1 file/);
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe('We will use the room.\n');
  });

  it('quiet keeps errors only; standard input comes from the stdin option', async () => {
    const text = `${LONG_SENTENCE}\n\n![](photo.jpg)\n`;
    const { reports } = await lintFiles(['-'], { cwd: ROOT, quiet: true, stdin: { read: async () => Buffer.from(text), filename: 'page.md' } });
    expect(reports.map((r) => r.path)).toEqual(['page.md']);
    expect(reports[0]!.findings.length).toBeGreaterThan(0);
    expect(reports[0]!.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('shards split the files with none lost or doubled', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}.md`, 'Fine.\n']));
    const dir = tmpTree(files);
    const parts = await Promise.all([1, 2, 3].map((i) => lintFiles(['.'], { cwd: dir, shard: `${i}/3` })));
    const paths = parts.flatMap((p) => p.reports.map((r) => r.path)).sort();
    expect(paths).toEqual(Object.keys(files).sort());
  });

  it('throws a UsageError for an option it cannot use', async () => {
    await expect(lintFiles(['.'], { cwd: ROOT, shard: '5/4' })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('plugin rules on the command line', () => {
  it('plainlint rules and plainlint explain know the config’s plugin rules', async () => {
    const dir = tmpTree({ '.plainlintrc.json': json({ plugins: ['./no-synergy.mjs'] }), 'no-synergy.mjs': NO_SYNERGY });
    const rules = await cli(['rules'], { cwd: dir });
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^no-synergy\s+error\s+Avoid the word synergy\.$/m);
    const explained = await cli(['explain', 'no-synergy'], { cwd: dir });
    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stdout).toContain('no-synergy (error)');
    expect(explained.stdout).toContain('Say what you mean.');
    const linter = new Plainlint({ cwd: dir });
    expect((await linter.rulesFor()).find((r) => r.rule.meta.id === 'no-synergy')?.severity).toBe('error');
  });
});

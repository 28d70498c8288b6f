/**
 * PLAINLINT_TIMING: time for reading, parsing and each rule, summed over the files and printed
 * on stderr after the report. The report itself must not change.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigLoader } from '../src/config/load.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { timingRows, timingTable } from '../src/engine/timing.js';
import { cli, ROOT, runBin } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const draft = join(ROOT, 'fixtures', 'example-draft.md');

describe('PLAINLINT_TIMING', () => {
  it('lintDocument adds the time of each rule it runs, by rule id', async () => {
    const config = await new ConfigLoader({}).forFile(draft);
    const timing: Record<string, number> = {};
    const doc = parseMarkdown(readFileSync(draft, 'utf8'), 'example-draft.md');
    const timed = await lintDocument(doc, config, timing);
    expect(Object.keys(timing).sort()).toEqual(config.rules.map((r) => r.rule.meta.id).sort());
    for (const ms of Object.values(timing)) expect(ms).toBeGreaterThanOrEqual(0);
    // Measuring changes nothing in the findings.
    const plain = await lintDocument(doc, config);
    expect(timed.findings).toEqual(plain.findings);
  });

  it('is off unless asked for; "all" shows every row, other values the 10 slowest', () => {
    expect(timingRows({})).toBe(0);
    expect(timingRows({ PLAINLINT_TIMING: '0' })).toBe(0);
    expect(timingRows({ PLAINLINT_TIMING: '1' })).toBe(10);
    expect(timingRows({ PLAINLINT_TIMING: 'all' })).toBe(Infinity);
    const table = timingTable({ a: 1, b: 3, c: 2 }, 2, 1);
    expect(table.split('\n').slice(3, 5).map((l) => l.split(' ')[0])).toEqual(['b', 'c']);
    expect(table).toContain('1 more: PLAINLINT_TIMING=all shows them all');
    expect(table).toMatch(/^plainlint timing: 1 file, 6 ms in all\n/);
  });

  it('prints a table on stderr and leaves the report unchanged', async () => {
    const plain = await cli([draft, '-f', 'json']);
    const timed = await cli([draft, '-f', 'json'], { env: { PLAINLINT_TIMING: 'all' } });
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(timed.stderr).toMatch(/^plainlint timing: 1 file, \d+ ms in all\n/);
    const config = await new ConfigLoader({}).forFile(draft);
    for (const id of [...config.rules.map((r) => r.rule.meta.id), '(parsing)', '(reading the file)']) {
      expect(timed.stderr).toMatch(new RegExp(`^${id.replace(/[()]/g, '\\$&')} +\\| +\\d+\\.\\d \\| +\\d+\\.\\d%$`, 'm'));
    }
  });

  it('adds up the times from every job (child processes)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`pages/page-${i}.md`] = `# Page ${i}\n\nPlease utilise the form to apply.\n`;
    const root = tmpTree(files);
    const r = runBin(['pages', '-j', '2', '-f', 'json'], { cwd: root, env: { PLAINLINT_TIMING: '1' } });
    const report = JSON.parse(r.stdout);
    expect(report.files).toHaveLength(6);
    expect(report.files.every((f: { findings: { ruleId: string }[] }) => f.findings.some((x) => x.ruleId === 'simpler-words'))).toBe(true);
    expect(r.stderr).toMatch(/^plainlint timing: 6 files, \d+ ms in all\n/);
    expect(r.stderr).toMatch(/^simpler-words +\| +\d+\.\d \|/m);
    expect(r.stderr).toContain('PLAINLINT_TIMING=all shows them all');
  });
});

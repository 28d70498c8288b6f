import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, runBin, ROOT } from './helpers/cli.js';
import { tmpTree, LONG_SENTENCE } from './helpers/tmp.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('plainlint command line', () => {
  it('prints help with examples and exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: plainlint');
    expect(r.stdout).toContain('--format');
    expect(r.stdout).toContain('Exit codes');
  });

  it('prints its version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists the rules with severity and description', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sentence-length\s+warning\s+.*Sentences over the house-style length/);
    expect(r.stdout).toMatch(/readability\s+warning/);
  });

  it('explains a rule with its examples, and refuses an unknown one', async () => {
    const r = await cli(['explain', 'sentence-length']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('It finds:');
    expect(r.stdout).toContain('It accepts:');
    const bad = await cli(['explain', 'no-such-rule']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('there is no rule called "no-such-rule"');
  });

  it('asks for a file when given none (exit 2)', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('name a file or folder to check');
  });

  it('rejects an unknown option or format (exit 2), in plain words', async () => {
    const unknown = await cli(['--frobnicate', 'x.md']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('plainlint: there is no option --frobnicate. Run plainlint --help to see the options.\n');
    const typo = await cli(['--formt', 'json', 'x.md']);
    expect(typo.stderr).toBe('plainlint: there is no option --formt. Run plainlint --help to see the options.\nDid you mean --format?\n');
    const r = await cli(['-f', 'xml', 'fixtures/example-draft.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plainlint: --format cannot be "xml". Choose one of: stylish, json, sarif, github, html, rdjson.\n');
    const missing = await cli(['x.md', '--jobs']);
    expect([missing.code, missing.stderr]).toEqual([2, 'plainlint: --jobs needs a value (number). Run plainlint --help to see an example.\n']);
    const explain = await cli(['explain']);
    expect([explain.code, explain.stderr]).toEqual([2, 'plainlint: say which rule to explain, like: plainlint explain jargon\n']);
    const extra = await cli(['rules', 'extra']);
    expect([extra.code, extra.stderr]).toEqual([2, 'plainlint: too many names after rules. Run plainlint --help to see how to use it.\n']);
  });

  describe('exit codes', () => {
    const dir = tmpTree({
      'clean.md': '# Flu vaccine\n\nBook your flu vaccine today.\n',
      'long.md': `# Appointments\n\n${LONG_SENTENCE}\n`,
    });

    it('is 0 for a clean file', async () => {
      const r = await cli(['clean.md'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('No problems found in 1 file');
    });

    it('is 0 when findings are below the failure level (warnings, default --fail-on error)', async () => {
      const r = await cli(['long.md'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('sentence-length');
    });

    it('is 1 with --fail-on warning', async () => {
      expect((await cli(['long.md', '--fail-on', 'warning'], { cwd: dir })).code).toBe(1);
    });

    it('is 1 when warnings pass --max-warnings, 0 when within it', async () => {
      expect((await cli(['long.md', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
      expect((await cli(['long.md', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
    });

    it('is 1 when a rule set to error fires', async () => {
      const d = tmpTree({
        '.plainlintrc.json': JSON.stringify({ rules: { 'sentence-length': 'error' } }),
        'long.md': `${LONG_SENTENCE}\n`,
      });
      const r = await cli(['long.md'], { cwd: d });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/error\s+This sentence has/);
    });

    it('is 2 for a missing file, and the other files are still checked', async () => {
      const r = await cli(['long.md', 'missing.md', 'clean.md'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual(['plainlint: missing.md: was not found. Check the name and folder']);
      expect(r.stdout).toContain('long.md');
      expect(r.stdout).toContain('sentence-length');
    });
  });

  it('gives one clear line for a folder with no drafts and for an unsupported file', async () => {
    const dir = tmpTree({ 'empty/readme.txt': 'hello', 'notes.txt': 'hello', 'ok.md': 'Fine.\n' });
    const r = await cli(['empty', 'notes.txt', 'ok.md'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain('plainlint: empty: is a folder with no markdown (.md) or Word (.docx) files in it');
    expect(lines).toContain('plainlint: notes.txt: is not a file plainlint can check (.txt). Use a markdown (.md) or Word (.docx) file');
  });

  it('reads markdown from stdin and names it with --stdin-filename', async () => {
    const r = await cli(['-', '--stdin-filename', 'page.md', '-f', 'json'], { stdin: `# Title\n\n${LONG_SENTENCE}\n` });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.files[0].path).toBe('page.md');
    expect(out.files[0].findings[0]).toMatchObject({ ruleId: 'sentence-length', line: 3, column: 1 });
  });

  it('reads stdin as <stdin> without a name', async () => {
    const r = await cli(['-'], { stdin: 'Short and clear.\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<stdin>');
  });

  it('refuses --stdin-filename without "-"', async () => {
    const r = await cli(['fixtures/example-draft.md', '--stdin-filename', 'x.md']);
    expect(r.code).toBe(2);
  });

  it('uses colour only on a terminal, and never with NO_COLOR or --no-color', async () => {
    const dir = tmpTree({ 'long.md': `${LONG_SENTENCE}\n` });
    const ESC = '\u001b[';
    expect((await cli(['long.md'], { cwd: dir, isTTY: true })).stdout).toContain(ESC);
    expect((await cli(['long.md'], { cwd: dir, isTTY: false })).stdout).not.toContain(ESC);
    expect((await cli(['long.md'], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await cli(['long.md', '--no-color'], { cwd: dir, isTTY: true })).stdout).not.toContain(ESC);
    expect((await cli(['long.md', '--color'], { cwd: dir, isTTY: false })).stdout).toContain(ESC);
  });

  it('shows errors only with --quiet', async () => {
    const dir = tmpTree({ 'long.md': `${LONG_SENTENCE}\n` });
    const r = await cli(['long.md', '--quiet'], { cwd: dir });
    expect(r.stdout).not.toContain('sentence-length');
  });

  it('writes the report to a file with --output and prints a summary', async () => {
    const dir = tmpTree({ 'long.md': `${LONG_SENTENCE}\n` });
    const r = await cli(['long.md', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(r.stdout).toMatch(/0 errors, 1 warning, 0 suggestions in 1 file\. Report written to report\.json/);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.files[0].findings).toHaveLength(1);
  });

  it('runs as a real process: findings on the example draft, no stack trace on bad input', () => {
    const ok = runBin(['fixtures/example-draft.md']);
    expect([0, 1]).toContain(ok.code);
    expect(ok.stdout).toContain('fixtures/example-draft.md');
    const bad = runBin(['no/such/file.md']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plainlint: no/such/file.md: was not found. Check the name and folder\n');
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('reads stdin as a real process', () => {
    const r = runBin(['-', '--stdin-filename', 'from-stdin.md'], { input: `${LONG_SENTENCE}\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('from-stdin.md');
    expect(r.stdout).toContain('1:1');
  });
});

describe('standard input limits', () => {
  it('refuses markdown on stdin that is over the size limit, with one clear line', async () => {
    const big = 'Short sentence here. '.repeat(60000); // about 1.2 MB
    const r = await cli(['-', '--max-file-size', '1'], { stdin: big });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plainlint: <stdin>: is more than the 1 MB limit for markdown. Raise it with --max-file-size if you need to\n');
  });

  it('stops reading a real stdin once it passes the limit', () => {
    const r = runBin(['-', '--max-file-size', '1'], { input: 'Short sentence here. '.repeat(60000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is more than the 1 MB limit for markdown');
  });
});

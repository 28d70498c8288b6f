/**
 * Issue 21: hostile and unusual input, second round. Each case is made here (links, devices,
 * pipes, plugins that misbehave) and must give one plain line naming the file, exit 2 for an
 * unusable input and 0 or 1 otherwise, leave inputs unchanged, read nothing outside what was
 * named, and never print a raw control or bidi character.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cli, runBin } from './helpers/cli.js';
import { tmpDir, tmpTree, LONG_SENTENCE } from './helpers/tmp.js';

const OK = `# Flu vaccine\n\n${LONG_SENTENCE}\n`;
// Raw control and bidi characters that must never reach any output.
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const rule = (id: string, body: string, description = 'Test rule.') =>
  `export default { meta: { id: '${id}', description: '${description}', severity: 'warning', principle: 'None.', docs: 'Test.', examples: { good: [], bad: [] } }, ${body} };\n`;

function json(stdout: string) {
  return JSON.parse(stdout) as { files: Array<{ path: string; error: string | null; notices: string[]; ruleFailures: Array<{ ruleId: string; message: string }>; findings: Array<{ ruleId: string; severity: string; message: string; suggestions?: unknown }> }> };
}

describe('links that leave the folder given', () => {
  it('a folder link to / is not followed (said once), and the other files are checked', async () => {
    const dir = tmpTree({ 'docs/page.md': OK });
    symlinkSync('/', join(dir, 'docs', 'root'));
    const started = Date.now();
    const r = await cli(['docs', '-f', 'json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('plainlint: docs/root is a link to somewhere outside the folder given, so it was not followed. Name it on the command line to check it\n');
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['docs/page.md']);
  });

  it('a linked draft pointing outside is not read when walking; named on the command line it is read, with a notice', async () => {
    const outside = tmpTree({ 'secret.md': 'PRIVATE-WORDS-HERE\n' });
    const dir = tmpTree({ 'docs/page.md': OK });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'docs', 'draft.md'));
    const walked = await cli(['docs', '-f', 'json'], { cwd: dir });
    expect(walked.stdout).not.toContain('PRIVATE-WORDS-HERE');
    expect(walked.stderr).toContain('docs/draft.md is a link to somewhere outside the folder given, so it was not followed');
    const named = await cli(['docs/draft.md', '-f', 'json'], { cwd: dir });
    expect(json(named.stdout).files[0]!.notices[0]).toMatch(/^is a link to .*secret\.md\. It was checked because you named it$/);
  });

  it('a glob through a link loop lists each file once', async () => {
    const dir = tmpTree({ 'docs/page.md': OK });
    symlinkSync('..', join(dir, 'docs', 'loop'));
    const r = await cli(['**/*.md', '-f', 'json'], { cwd: dir });
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['docs/page.md']);
  });
});

describe('where plainlint writes', () => {
  it('refuses -o over a draft being checked, and leaves the draft as it was', async () => {
    const dir = tmpTree({ 'draft.md': OK });
    const r = await cli(['draft.md', '-o', 'draft.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plainlint: -o draft.md is one of the files being checked, so the report was not written over it. Choose another file for the report\n');
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(OK);
  });

  it.each([
    [['--baseline', 'missing/base.json'], 'plainlint: --baseline missing/base.json: the folder missing does not exist. Make it first, or choose another place'],
    [['-o', 'draft.md/report.txt'], 'plainlint: -o draft.md/report.txt: the folder draft.md does not exist. Make it first, or choose another place'],
    [['--cache', '--cache-location', '/dev/null'], 'plainlint: --cache-location /dev/null is a device, not a file. Give the name of a file, new or one plainlint made before'],
    [['--cache', '--cache-location', 'sub'], 'plainlint: --cache-location sub is a folder, not a file. Give the name of a file, new or one plainlint made before'],
    [['--baseline', 'sub'], 'plainlint: --baseline sub is a folder, not a file. Give the name of a file, new or one plainlint made before'],
    [['--shard', `1/${'9'.repeat(400)}`], `plainlint: --shard needs a part and a number of parts, like --shard 2/4 (got "1/${'9'.repeat(38)}…")`],
    [['--shard', '1/99999999'], 'plainlint: --shard can split the files into at most 10000 parts (got more than that). Use fewer parts, like --shard 2/4'],
  ])('%j is one plain line, exit 2', async (args, line) => {
    const dir = tmpTree({ 'draft.md': OK, 'sub/keep.txt': '' });
    const r = await cli(['draft.md', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
  });

  it('a baseline entry that is not a list is one line naming the file', async () => {
    const dir = tmpTree({ 'draft.md': OK, 'b.json': JSON.stringify({ plainlint: 'baseline', files: { 'draft.md': 5 } }) });
    const r = await cli(['draft.md', '--baseline', 'b.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plainlint: --baseline: b.json is damaged: the entry for "draft.md" is not a list. Delete it and run again to make a new one\n');
  });

  it('cache entries of the wrong shape are left out, not trusted', async () => {
    const dir = tmpTree({ 'draft.md': OK });
    const first = await cli(['draft.md', '--cache', '-f', 'json'], { cwd: dir });
    const cache = JSON.parse(readFileSync(join(dir, '.plainlintcache'), 'utf8'));
    for (const entry of Object.values(cache.entries) as Array<{ r: { findings: unknown } }>) entry.r.findings = 'not a list';
    writeFileSync(join(dir, '.plainlintcache'), JSON.stringify(cache));
    const again = await cli(['draft.md', '--cache', '-f', 'json'], { cwd: dir });
    expect(again.code).toBe(first.code);
    expect(json(again.stdout).files[0]!.findings).toEqual(json(first.stdout).files[0]!.findings);
  });

  it('extends pointing at a pipe is one line, not a hang', async () => {
    const dir = tmpTree({ 'draft.md': OK, '.plainlintrc.json': JSON.stringify({ extends: './pipe.json' }) });
    expect(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status).toBe(0);
    const r = await cli(['draft.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plainlint: config problem in .*\.plainlintrc\.json: "extends": "\.\/pipe\.json" is not a regular file \(so 1 file was not checked\)\n$/);
  });

  it('--fix does not write through a link out of the folder, nor replace a read-only file', async () => {
    const outside = tmpTree({ 'elsewhere.md': 'We will utilise the plan.\n' });
    const dir = tmpTree({ 'locked.md': 'We will utilise the plan.\n' });
    symlinkSync(join(outside, 'elsewhere.md'), join(dir, 'linked.md'));
    chmodSync(join(dir, 'locked.md'), 0o444);
    const r = await cli(['linked.md', 'locked.md', '--fix'], { cwd: dir });
    expect(r.stderr).toContain('plainlint: linked.md is a link to a file outside this folder, so --fix did not change it\n');
    expect(r.stderr).toContain('plainlint: locked.md is read-only, so --fix did not change it. Make it writable first if you want it fixed\n');
    expect(readFileSync(join(outside, 'elsewhere.md'), 'utf8')).toBe('We will utilise the plan.\n');
    expect(readFileSync(join(dir, 'locked.md'), 'utf8')).toBe('We will utilise the plan.\n');
  });
});

describe('plugin rules that misbehave', () => {
  it('bogus severity, suggestions that are not a list and control characters are put right before any report', async () => {
    const dir = tmpTree({
      'bad.mjs': rule('bad', `check(doc, ctx) { ctx.report({ message: 'Odd \\u202e\\u001b[31m\\u0007 words\\u2028', severity: '<script>alert(1)</script>', suggestions: 'not a list' }); }`, 'Odd \\u202e\\u001b[2J rule'),
      '.plainlintrc.json': JSON.stringify({ plugins: ['./bad.mjs'] }),
      'draft.md': OK,
    });
    const listed = await cli(['rules'], { cwd: dir });
    expect(listed.stdout).toContain('bad');
    expect(listed.stdout).not.toMatch(RAW);
    for (const format of ['json', 'sarif', 'rdjson', 'html', 'stylish', 'github']) {
      const r = await cli(['draft.md', '-f', format], { cwd: dir });
      expect(r.stdout, format).not.toMatch(RAW);
      expect(r.stderr, format).not.toMatch(RAW);
      expect(r.stdout, format).not.toContain('<script>');
    }
    const finding = json((await cli(['draft.md', '-f', 'json'], { cwd: dir })).stdout).files[0]!.findings.find((f) => f.ruleId === 'bad')!;
    expect(finding.severity).toBe('warning');
    expect(finding.suggestions ?? []).toEqual([]);
    expect(finding.message).toBe('Odd \u202e\u001b[31m\u0007 words\u2028'); // the data is kept; only its text is escaped
  });

  it('very many findings from one rule are capped, with a count of the rest', async () => {
    const dir = tmpTree({
      'many.mjs': rule('many', `check(doc, ctx) { for (let i = 0; i < 10000; i++) ctx.report({ message: 'Again ' + i, span: { start: doc.pointAt(0), end: doc.pointAt(1) } }); }`),
      '.plainlintrc.json': JSON.stringify({ plugins: ['./many.mjs'] }),
      'draft.md': OK,
    });
    const file = json((await cli(['draft.md', '-f', 'json'], { cwd: dir })).stdout).files[0]!;
    expect(file.findings.filter((f) => f.ruleId === 'many')).toHaveLength(500);
    expect(file.notices).toContain('many found 10,000 things; the first 500 are shown, and 9,500 more');
  });

  it('a rule whose promise never settles is stopped and named; the other rules and files still report', async () => {
    const dir = tmpTree({
      'never.mjs': rule('never', 'check() { return new Promise(() => {}); }'),
      '.plainlintrc.json': JSON.stringify({ plugins: ['./never.mjs'] }),
      'a.md': OK,
      'b.md': OK,
    });
    const r = await cli(['a.md', 'b.md', '-f', 'json', '--timeout', '2'], { cwd: dir });
    expect(r.code).toBe(2);
    for (const file of json(r.stdout).files) {
      expect(file.ruleFailures).toEqual([{ ruleId: 'never', message: "took more than 1 seconds on this file, so it was stopped. Its findings may be missing; the other rules' findings are shown" }]);
      expect(file.findings.map((f) => f.ruleId)).toContain('sentence-length');
    }
  });

  it('a rule that loops for ever is stopped and named, in one job and in --jobs children (the real command)', () => {
    const dir = tmpTree({
      'loop.mjs': rule('loop', `check(doc) { if (doc.text.includes('LOOP')) for (;;) {} }`),
      '.plainlintrc.json': JSON.stringify({ plugins: ['./loop.mjs'] }),
      'a.md': `LOOP\n\n${OK}`,
      'b.md': OK,
    });
    for (const jobs of [[], ['--jobs', '2']]) {
      const started = Date.now();
      const r = runBin(['a.md', 'b.md', '-f', 'json', '--timeout', '6', ...jobs], { cwd: dir });
      expect(Date.now() - started, jobs.join(' ')).toBeLessThan(25_000);
      expect(r.code).toBe(2);
      const [a, b] = json(r.stdout).files;
      expect(a!.ruleFailures).toEqual([{ ruleId: 'loop', message: "took more than 3 seconds on this file, so it was stopped. Its findings may be missing; the other rules' findings are shown" }]);
      expect(a!.findings.map((f) => f.ruleId)).toContain('sentence-length');
      expect(b!.ruleFailures).toEqual([]);
      expect(b!.findings.map((f) => f.ruleId)).toContain('sentence-length');
    }
  }, 60_000);
});

describe('a file that needs too much memory (the real command)', () => {
  it('stops that file with one line, and the others are checked', () => {
    const dir = tmpTree({
      'hog.mjs': rule('hog', `check(doc) { if (doc.text.includes('HOG')) { const keep = []; for (;;) keep.push(new Array(1e6).fill(keep.length)); } }`),
      '.plainlintrc.json': JSON.stringify({ plugins: ['./hog.mjs'] }),
      'a.md': `HOG\n\n${OK}`,
      'b.md': OK,
    });
    const r = runBin(['a.md', 'b.md', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plainlint: a.md: needs more memory to check than plainlint allows for one file, so it was stopped. Split it into smaller files\n');
    const b = json(r.stdout).files.find((f) => f.path === 'b.md')!;
    expect(b.error).toBeNull();
    expect(b.findings.map((f) => f.ruleId)).toContain('sentence-length');
  }, 60_000);
});

describe('--fix-dry-run diffs', () => {
  it('show ESC and BEL from the draft as codes', async () => {
    const dir = tmpTree({ 'draft.md': 'We will utilise \u001b[2J\u0007 the plan.\n' });
    const r = await cli(['draft.md', '--fix-dry-run'], { cwd: dir });
    expect(r.stdout).toContain('\\x1B[2J\\x07');
    expect(r.stdout).not.toMatch(RAW);
  });
});

describe('one bad file', () => {
  it('named directly as a folder of nothing but a device still leaves the good file reported', async () => {
    const dir = tmpDir();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'ok.md'), OK);
    const r = await cli(['docs/ok.md', '/dev/zero', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r.stdout).files.find((f) => f.path === 'docs/ok.md')!.findings.length).toBeGreaterThan(0);
  });
});

/**
 * Fitting plainlint into a writer's workflow: --fix and --fix-dry-run, --baseline,
 * --changed-since in a real git repository, --format rdjson, `plainlint init`, and the
 * pre-commit and GitHub Action definitions at the repository root.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cli, ROOT } from './helpers/cli.js';
import { tmpDir, tmpTree } from './helpers/tmp.js';
import { markdownToDocx } from './helpers/md-to-docx.js';
import { applyFixes } from '../src/fix/apply.js';
import { unifiedDiff } from '../src/fix/diff.js';
import { ChangedOnDiskError, writeAtomic } from '../src/fix/write.js';
import { parseUnifiedZero, unquoteGitPath } from '../src/changed.js';
import { normaliseWords } from '../src/baseline.js';
import { starterConfig } from '../src/init.js';
import { configSchema } from '../src/config/schema.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Two safe fixes: "e.g." (house style) in the first and third paragraphs. */
const DRAFT = '# Your flu vaccine\r\n\r\nBring something with your name on it, e.g. a letter.\r\n\r\nThe clinic is on the ground floor.\r\n\r\nYou can come with someone, e.g. a friend.\r\n';
const FIXED = DRAFT.replaceAll('e.g.', 'for example');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

function json(stdout: string) {
  return JSON.parse(stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; line: number; excerpt: string; fix?: unknown }> }> };
}

function findingsOf(stdout: string): Array<[string, number, string, string]> {
  return json(stdout).files.flatMap((f) => f.findings.map((x) => [f.path, x.line, x.ruleId, x.excerpt] as [string, number, string, string]));
}

/** Apply a diff with `git apply` in a folder, to prove it is a real unified diff. */
function gitApply(cwd: string, diff: string): { code: number; stderr: string } {
  const r = spawnSync('git', ['apply', '--unsafe-paths', '-p1', '-'], { cwd, input: diff, encoding: 'utf8' });
  return { code: r.status ?? -1, stderr: r.stderr };
}

describe('applyFixes', () => {
  it('applies fixes in order of position, whatever order they come in', () => {
    const r = applyFixes('aa bb cc', [
      { range: [6, 8], text: 'CC' },
      { range: [0, 2], text: 'AA' },
    ]);
    expect(r).toEqual({ text: 'AA bb CC', applied: 2, skipped: 0 });
  });

  it('skips a fix that overlaps an earlier one, and one that points outside the text', () => {
    const r = applyFixes('one two three', [
      { range: [0, 7], text: 'X' },
      { range: [4, 13], text: 'Y' },
      { range: [10, 40], text: 'Z' },
    ]);
    expect(r).toEqual({ text: 'X three', applied: 1, skipped: 2 });
  });

  it('applies the same fix reported twice only once', () => {
    const fix = { range: [0, 4] as [number, number], text: 'for example' };
    expect(applyFixes('e.g. this', [fix, { ...fix }])).toEqual({ text: 'for example this', applied: 1, skipped: 0 });
  });
});

describe('unifiedDiff', () => {
  it('gives hunks with 3 lines of context that git apply accepts, CRLF kept', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}\r\n`).join('');
    const after = before.replace('line 2\r', 'line two\r').replace('line 18\r', 'line eighteen\r');
    const diff = unifiedDiff('docs/a.md', before, after);
    expect(diff).toContain('--- a/docs/a.md\n+++ b/docs/a.md\n@@ -1,5 +1,5 @@\n line 1\r\n-line 2\r\n+line two\r\n');
    expect(diff).toContain('@@ -15,6 +15,6 @@\n');
    const dir = tmpTree({ 'docs/a.md': before });
    expect(gitApply(dir, diff)).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'docs/a.md'), 'utf8')).toBe(after);
  });

  it('marks a last line with no newline', () => {
    const diff = unifiedDiff('a.md', 'one\ntwo', 'one\n2');
    expect(diff).toBe('--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n one\n-two\n\\ No newline at end of file\n+2\n\\ No newline at end of file\n');
  });

  it('handles added and removed lines', () => {
    const diff = unifiedDiff('a.md', 'a\nb\nc\n', 'a\nc\nd\n');
    expect(diff).toBe('--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n');
    expect(unifiedDiff('a.md', 'same\n', 'same\n')).toBe('');
  });
});

describe('--fix', () => {
  it('makes the safe fixes and keeps the BOM, CRLF line endings and file mode', async () => {
    const dir = tmpTree({ 'draft.md': Buffer.concat([BOM, Buffer.from(DRAFT)]) });
    const file = join(dir, 'draft.md');
    chmodSync(file, 0o640);
    const r = await cli(['draft.md', '--fix', '-f', 'json'], { cwd: dir });
    expect(r.stderr).toContain('plainlint: made 2 fixes in 1 file');
    // The report shows what is left after fixing: no "e.g." findings.
    expect(findingsOf(r.stdout).filter(([, , , w]) => w === 'e.g.')).toEqual([]);
    expect(readFileSync(file)).toEqual(Buffer.concat([BOM, Buffer.from(FIXED)]));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['draft.md']); // no temporary file left behind
  });

  it('touches nothing but the flagged words', async () => {
    const text = 'Bring a letter,  e.g. from your GP.\n\n* Keep   odd   spacing\n\n<!-- a comment -->\n\t\n';
    const dir = tmpTree({ 'a.md': text });
    await cli(['a.md', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(text.replace('e.g.', 'for example'));
  });

  it('writes through a symbolic link and keeps the link', async () => {
    const dir = tmpTree({ 'real/draft.md': DRAFT });
    symlinkSync(join(dir, 'real/draft.md'), join(dir, 'link.md'));
    await cli(['link.md', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'real/draft.md'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'link.md')).isFile()).toBe(true);
    expect(readdirSync(join(dir, 'real'))).toEqual(['draft.md']);
    expect(execFileSync('readlink', [join(dir, 'link.md')], { encoding: 'utf8' }).trim()).toBe(join(dir, 'real/draft.md'));
  });

  it('never rewrites a Word file', async () => {
    const docx = await markdownToDocx('# Your flu vaccine\n\nBring something with your name on it, e.g. a letter.\n');
    const dir = tmpTree({ 'draft.docx': docx });
    const r = await cli(['draft.docx', '--fix'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'draft.docx')).equals(docx)).toBe(true);
    expect(r.stderr).toContain('plainlint never changes Word files');
  });

  it('leaves a file alone when it changed on disk after it was read', async () => {
    const dir = tmpTree({ 'a.md': 'old text\n' });
    const file = join(dir, 'a.md');
    const read = readFileSync(file);
    writeFileSync(file, 'someone saved new text\n');
    await expect(writeAtomic(file, read, Buffer.from('fixed text\n'))).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(file, 'utf8')).toBe('someone saved new text\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('does not fix a file saved in another encoding', async () => {
    const latin1 = Buffer.from('Costs \xa3 5, e.g. for parking.\n', 'latin1');
    const dir = tmpTree({ 'a.md': latin1 });
    const r = await cli(['a.md', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.md')).equals(latin1)).toBe(true);
    expect(r.stderr).toContain('is not saved as UTF-8, so it was not fixed');
  });

  it('refuses --fix with --fix-dry-run (exit 2)', async () => {
    const r = await cli(['fixtures/example-draft.md', '--fix', '--fix-dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('use --fix or --fix-dry-run, not both');
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff that git apply accepts, and changes nothing', async () => {
    const dir = tmpTree({ 'docs/draft.md': DRAFT });
    const r = await cli(['docs', '--fix-dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'docs/draft.md'), 'utf8')).toBe(DRAFT);
    expect(r.stdout.startsWith('--- a/docs/draft.md\n+++ b/docs/draft.md\n@@ -1,7 +1,7 @@\n')).toBe(true);
    expect(r.stdout).toContain('-Bring something with your name on it, e.g. a letter.\r\n+Bring something with your name on it, for example a letter.\r\n');
    expect(r.stderr).toContain('2 fixes would be made in 1 file. Nothing was changed');
    expect(gitApply(dir, r.stdout)).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'docs/draft.md'), 'utf8')).toBe(FIXED);
  });
});

describe('--baseline', () => {
  it('records today’s findings, then shows only new ones even when lines move', async () => {
    const dir = tmpTree({ 'docs/a.md': DRAFT, 'docs/b.md': 'Call us, e.g. on Monday.\n' });
    const first = await cli(['docs', '--baseline', 'plainlint-baseline.json', '-f', 'json'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(findingsOf(first.stdout)).toEqual([]);
    expect(first.stderr).toMatch(/saved \d+ findings in plainlint-baseline\.json/);
    const saved = JSON.parse(readFileSync(join(dir, 'plainlint-baseline.json'), 'utf8'));
    expect(saved.plainlint).toBe('baseline');
    expect(saved.files['docs/a.md']).toContainEqual({ rule: 'house-style', words: 'e.g.', count: 2 });
    expect(saved.files['docs/b.md']).toContainEqual({ rule: 'house-style', words: 'e.g.', count: 1 });

    // Edits elsewhere move the old findings down; one new "e.g." is added.
    writeFileSync(join(dir, 'docs/a.md'), `# New heading\n\nA new first paragraph.\n\n${DRAFT}\nAnd a third, e.g. a neighbour.\n`);
    const later = await cli(['docs', '--baseline', 'plainlint-baseline.json', '-f', 'json'], { cwd: dir });
    const fresh = findingsOf(later.stdout).filter(([, , rule]) => rule === 'house-style');
    expect(fresh).toEqual([['docs/a.md', 13, 'house-style', 'e.g.']]);
    expect(later.code).toBe(0); // warnings only
  });

  it('stops with exit 2 on a file that is not a baseline', async () => {
    const dir = tmpTree({ 'a.md': 'Hello.\n', 'bad.json': '{"not": "a baseline"}' });
    const r = await cli(['a.md', '--baseline', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json is not a plainlint baseline');
  });

  it('compares words without case or spacing differences', () => {
    expect(normaliseWords('  E.g.\n  THIS ')).toBe('e.g. this');
  });
});

describe('--changed-since', () => {
  function repo(): string {
    const dir = tmpDir('plainlint-git-');
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'a.md'), 'Bring a letter, e.g. from your GP.\n\nThe clinic is open.\n\nCall us first.\n');
    writeFileSync(join(dir, 'old.md'), 'Old page, e.g. this one.\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    git(dir, 'checkout', '-q', '-b', 'change');
    return dir;
  }

  it('shows findings only on changed lines, in changed and new files', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'a.md'), 'Bring a letter, e.g. from your GP.\n\nThe clinic is open, e.g. on Monday.\n\nCall us first.\n');
    git(dir, 'commit', '-q', '-am', 'edit');
    writeFileSync(join(dir, 'new.md'), 'A new page, e.g. this one.\n'); // not yet known to git
    const r = await cli(['.', '--changed-since', 'main', '-f', 'json'], { cwd: dir });
    expect(findingsOf(r.stdout).filter(([, , rule]) => rule === 'house-style')).toEqual([
      ['a.md', 3, 'house-style', 'e.g.'],
      ['new.md', 1, 'house-style', 'e.g.'],
    ]);
    // old.md did not change, so it is not even checked.
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['a.md', 'new.md']);
  });

  it('uses the merge base, so changes on the other branch do not count', async () => {
    const dir = repo();
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'old.md'), 'Old page, e.g. this one.\n\nMore, e.g. here.\n');
    git(dir, 'commit', '-q', '-am', 'main moves on');
    git(dir, 'checkout', '-q', 'change');
    const r = await cli(['.', '--changed-since', 'main', '-f', 'json'], { cwd: dir });
    expect(findingsOf(r.stdout)).toEqual([]);
  });

  it('counts a changed Word file whole', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'letter.docx'), await markdownToDocx('# Letter\n\nBring a letter, e.g. from your GP.\n'));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'word');
    const r = await cli(['.', '--changed-since', 'main', '-f', 'json'], { cwd: dir });
    expect(findingsOf(r.stdout).filter(([, , rule]) => rule === 'house-style').map(([p]) => p)).toEqual(['letter.docx']);
  });

  it('finds the repository from the folder named, when run from outside it', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'a.md'), 'Bring a letter, e.g. from your GP.\n\nNew line, e.g. here.\n');
    const r = await cli([dir, '--changed-since', 'main', '-f', 'json'], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    expect(findingsOf(r.stdout).map(([, line]) => line)).toEqual([3]);
  });

  it('exits 2 with a plain reason for an unknown ref or a folder outside git', async () => {
    const dir = repo();
    const unknown = await cli(['.', '--changed-since', 'no-such-branch'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('git does not know "no-such-branch"');
    const outside = tmpTree({ 'a.md': 'Hello.\n' });
    const notGit = await cli(['a.md', '--changed-since', 'main'], { cwd: outside });
    expect(notGit.code).toBe(2);
    expect(notGit.stderr).toContain('works only in a git repository');
    const dash = await cli(['.', '--changed-since', '--output=x'], { cwd: dir });
    expect(dash.code).toBe(2);
  });

  it('parses git diff --unified=0, including lines that look like headers', () => {
    const diff = [
      'diff --git a/a.md b/a.md',
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -2,2 +2,3 @@ heading',
      '--- a removed line that looks like a header',
      '-x',
      '+++ an added line that looks like a header',
      '+y',
      '+z',
      '@@ -10 +11,0 @@',
      '-gone',
      '@@ -20,0 +21 @@',
      '+added',
      '\\ No newline at end of file',
      'diff --git a/gone.md b/gone.md',
      '--- a/gone.md',
      '+++ /dev/null',
      'diff --git "a/tab\\tname.md" "b/tab\\tname.md"',
      '--- "a/tab\\tname.md"',
      '+++ "b/tab\\tname.md"',
      '@@ -1 +1 @@',
      '-a',
      '+b',
    ].join('\n');
    const files = parseUnifiedZero(diff);
    expect([...files.entries()]).toEqual([
      ['a.md', [[2, 4], [21, 21]]],
      ['tab\tname.md', [[1, 1]]],
    ]);
    expect(unquoteGitPath('"caf\\303\\251.md"')).toBe('café.md');
  });
});

describe('--format rdjson', () => {
  it('writes reviewdog diagnostics with UTF-8 byte columns and suggested changes', async () => {
    const dir = tmpTree({ 'a.md': 'Café opens, e.g. at 9.\n' });
    const r = await cli(['a.md', '-f', 'rdjson'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.source.name).toBe('plainlint');
    const d = out.diagnostics.find((x: { code: { value: string } }) => x.code.value === 'house-style');
    // "Café opens, " is 12 characters but 13 bytes in UTF-8: "e.g." starts at byte column 14.
    expect(d.location).toEqual({ path: 'a.md', range: { start: { line: 1, column: 14 }, end: { line: 1, column: 18 } } });
    expect(d.severity).toBe('WARNING');
    expect(d.suggestions).toEqual([{ range: { start: { line: 1, column: 14 }, end: { line: 1, column: 18 } }, text: 'for example' }]);
    expect(d.message).toContain('for example');
    for (const x of out.diagnostics) expect(['ERROR', 'WARNING', 'INFO']).toContain(x.severity);
  });

  it('gives Word findings the paragraph as the line, with no columns or suggestions', async () => {
    const dir = tmpTree({ 'a.docx': await markdownToDocx('# Letter\n\nBring a letter, e.g. from your GP.\n') });
    const r = await cli(['a.docx', '-f', 'rdjson'], { cwd: dir });
    const d = JSON.parse(r.stdout).diagnostics.find((x: { code: { value: string } }) => x.code.value === 'house-style');
    expect(d.location).toEqual({ path: 'a.docx', range: { start: { line: 2 } } });
    expect(d.suggestions).toBeUndefined();
  });

  it('writes to a file with --output and still prints a summary', async () => {
    const dir = tmpTree({ 'a.md': 'Call us, e.g. on Monday.\n' });
    const r = await cli(['a.md', '-f', 'rdjson', '-o', 'report.json'], { cwd: dir });
    expect(r.stdout).toMatch(/^plainlint: 0 errors, 1 warning, .* Report written to report\.json\n$/);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).diagnostics).toHaveLength(1);
  });
});

describe('plainlint init', () => {
  it('writes a commented starter config that plainlint accepts', async () => {
    const dir = tmpTree({ 'draft.md': 'Ask M&SE about it.\n' });
    const r = await cli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote .plainlintrc.yaml');
    const text = readFileSync(join(dir, '.plainlintrc.yaml'), 'utf8');
    expect(text).toMatch(/^# /);
    for (const key of ['organisation', 'readingAge', 'acronyms', 'terms', 'rules', 'ignore']) expect(text).toContain(key);
    const config = parseYaml(text);
    expect(configSchema.safeParse(config).success).toBe(true);
    expect(config).toMatchObject({ extends: 'nhs', settings: { readingAge: 11, acronyms: ['NHS', 'GP'] } });
    // The config is used: its house-style term is found in a draft.
    const lint = await cli(['draft.md', '-f', 'json'], { cwd: dir });
    expect(lint.code).toBeLessThan(2);
    expect(findingsOf(lint.stdout).map(([, , , w]) => w)).toContain('M&SE');
  });

  it('starts from GOV.UK style with --preset govuk', async () => {
    const dir = tmpTree({});
    expect((await cli(['init', '--preset', 'govuk'], { cwd: dir })).code).toBe(0);
    expect(parseYaml(readFileSync(join(dir, '.plainlintrc.yaml'), 'utf8'))).toMatchObject({ extends: 'govuk', settings: { readingAge: 9 } });
    expect(configSchema.safeParse(parseYaml(starterConfig('govuk'))).success).toBe(true);
  });

  it('never overwrites a config that is already there (exit 2)', async () => {
    const dir = tmpTree({ '.plainlintrc.yaml': 'extends: govuk\n' });
    const r = await cli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is already a plainlint config here (.plainlintrc.yaml)');
    expect(readFileSync(join(dir, '.plainlintrc.yaml'), 'utf8')).toBe('extends: govuk\n');
    const other = tmpTree({ '.plainlintrc.json': '{}' });
    expect((await cli(['init'], { cwd: other })).code).toBe(2);
    expect(existsSync(join(other, '.plainlintrc.yaml'))).toBe(false);
    const pkg = tmpTree({ 'package.json': '{"name":"site","plainlint":{"extends":"nhs"}}' });
    expect((await cli(['init'], { cwd: pkg })).code).toBe(2);
    const plainPkg = tmpTree({ 'package.json': '{"name":"site"}' });
    expect((await cli(['init'], { cwd: plainPkg })).code).toBe(0);
  });
});

/** Every long option `plainlint --help` lists. */
async function helpOptions(): Promise<Set<string>> {
  const help = (await cli(['--help'])).stdout;
  return new Set([...help.matchAll(/(?:^|[\s,])(--[a-z][a-z-]*)/g)].map((m) => m[1]!));
}

describe('pre-commit hooks', () => {
  const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;

  it('run the prebuilt command on markdown and Word files, with real plainlint options', async () => {
    const hook = hooks.find((h) => h.id === 'plainlint')!;
    // `language: script`: pre-commit runs the committed file with the computer's Node.js, and
    // installs nothing (test/real-clients.test.ts runs the hooks with pre-commit itself).
    expect(hook).toMatchObject({ language: 'script', entry: 'prebuilt/plainlint.mjs' });
    expect(statSync(join(ROOT, 'prebuilt/plainlint.mjs')).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(ROOT, 'prebuilt/plainlint.mjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(hook.types_or).toContain('markdown');
    const files = new RegExp(hook.files as string);
    for (const name of ['page.md', 'docs/letter.docx', 'a.markdown']) expect(files.test(name)).toBe(true);
    for (const name of ['notes.txt', 'letter.doc', 'image.png']) expect(files.test(name)).toBe(false);
    const options = await helpOptions();
    for (const h of hooks) {
      for (const opt of String(h.entry).match(/--[a-z-]+/g) ?? []) expect(options).toContain(opt);
      expect(String(h.entry).split(' ')[0]).toBe('prebuilt/plainlint.mjs');
    }
  });
});

describe('GitHub Action', () => {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const steps = action.runs.steps as Array<{ id?: string; run: string; env?: Record<string, string> }>;

  it('is a composite action whose scripts use real plainlint options', async () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'changed-since', 'baseline', 'sarif-file', 'fail-on', 'annotations']));
    const options = await helpOptions();
    for (const step of steps) for (const opt of step.run.match(/--[a-z][a-z-]+/g) ?? []) expect(options).toContain(opt);
    // Every input reaches the script.
    const check = steps.find((s) => s.id === 'check')!;
    for (const name of Object.keys(action.inputs)) expect(check.env![`INPUT_${name.toUpperCase().replaceAll('-', '_')}`]).toBe(`\${{ inputs.${name} }}`);
  });
});

describe('start-up', () => {
  it('loads the fix, baseline, git and init code only when asked for', () => {
    const bundle = readFileSync(join(ROOT, 'dist/bundle/cli.js'), 'utf8');
    expect(bundle).not.toContain('ChangedOnDiskError');
    expect(bundle).not.toContain('No newline at end of file');
    expect(bundle).not.toContain('--unified=0');
  });

  it('checks one staged file quickly', () => {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/plainlint.js'), 'fixtures/example-draft.md'], { cwd: ROOT, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(r.status).toBeLessThan(2);
    expect(ms).toBeLessThan(3000); // about 0.3 s on its own; generous for a busy test machine
  });
});


import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, runBin, ROOT } from './helpers/cli.js';
import { MANY_FILES } from '../src/engine/v8-flags.js';
import { tmpTree, LONG_SENTENCE } from './helpers/tmp.js';
import { CACHE_FORMAT } from '../src/engine/cache.js';
import { collectFiles } from '../src/read/files.js';
import { inShard, parseShard } from '../src/read/shard.js';

function manyFiles(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    files[`pages/section-${i % 7}/page-${i}.md`] = i % 3 === 0 ? `# Page ${i}\n\n${LONG_SENTENCE}\n` : `# Page ${i}\n\nShort and clear.\n`;
  }
  return files;
}

describe('--shard', () => {
  const root = tmpTree(manyFiles(60));

  it('splits the files into parts with no file in two parts and none missed', async () => {
    const { files } = await collectFiles(['pages'], root);
    for (const count of [1, 2, 3, 5]) {
      const seen = new Map<string, number>();
      for (let index = 1; index <= count; index++) {
        for (const f of files.filter((file) => inShard(file, { index, count }, root))) seen.set(f, (seen.get(f) ?? 0) + 1);
      }
      expect([...seen.keys()].sort()).toEqual(files);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
    }
  });

  it('gives the same split from the command line', async () => {
    const all = new Set<string>();
    let total = 0;
    for (const part of ['1/3', '2/3', '3/3']) {
      const r = await cli(['pages', '--shard', part, '-f', 'json'], { cwd: root });
      const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
      total += paths.length;
      for (const p of paths) all.add(p);
    }
    expect(total).toBe(60);
    expect(all.size).toBe(60);
  });

  it('rejects a malformed shard', async () => {
    expect(() => parseShard('3/2')).toThrow(/--shard needs a part/);
    expect((await cli(['pages', '--shard', 'half'], { cwd: root })).code).toBe(2);
  });
});

describe('--cache', () => {
  it('reuses results for unchanged files, and a changed config or file invalidates them', async () => {
    const root = tmpTree({
      '.plainlintrc.json': JSON.stringify({ rules: { 'sentence-length': 'warning' } }),
      'a.md': `${LONG_SENTENCE}\n`,
      'b.md': `${LONG_SENTENCE}\n`,
    });
    const first = await cli(['.', '--cache', '-f', 'json'], { cwd: root });
    expect(JSON.parse(first.stdout).summary.warnings).toBe(2);
    // Mark the cached results, so a cache hit is visible in the output.
    const cachePath = join(root, '.plainlintcache');
    const cache = JSON.parse(readFileSync(cachePath, 'utf8'));
    for (const entry of Object.values(cache.entries) as Array<{ r: { findings: Array<{ message: string }> } }>) entry.r.findings[0]!.message = 'FROM CACHE';
    writeFileSync(cachePath, JSON.stringify(cache));

    const second = await cli(['.', '--cache', '-f', 'json'], { cwd: root });
    const messages = JSON.parse(second.stdout).files.flatMap((f: { findings: Array<{ message: string }> }) => f.findings.map((x) => x.message));
    expect(messages).toEqual(['FROM CACHE', 'FROM CACHE']);

    writeFileSync(join(root, 'b.md'), 'Now short.\n');
    const third = await cli(['.', '--cache', '-f', 'json'], { cwd: root });
    const files = JSON.parse(third.stdout).files;
    expect(files[0].findings[0].message).toBe('FROM CACHE');
    expect(files[1].findings).toEqual([]);

    writeFileSync(join(root, '.plainlintrc.json'), JSON.stringify({ rules: { 'sentence-length': 'error' } }));
    const fourth = await cli(['.', '--cache', '-f', 'json'], { cwd: root });
    const f4 = JSON.parse(fourth.stdout).files[0].findings[0];
    expect(f4.message).not.toBe('FROM CACHE');
    expect(f4.severity).toBe('error');
  });

  it('does not use results saved in an older shape, even by the same version', async () => {
    const root = tmpTree({ 'a.md': `${LONG_SENTENCE}\n` });
    await cli(['.', '--cache', '-f', 'json'], { cwd: root });
    const cachePath = join(root, '.plainlintcache');
    const cache = JSON.parse(readFileSync(cachePath, 'utf8'));
    expect(cache.format).toBe(CACHE_FORMAT);
    for (const entry of Object.values(cache.entries) as Array<{ r: { findings: Array<{ message: string }> } }>) entry.r.findings[0]!.message = 'FROM CACHE';
    writeFileSync(cachePath, JSON.stringify({ ...cache, format: undefined }));
    const r = await cli(['.', '--cache', '-f', 'json'], { cwd: root });
    expect(JSON.parse(r.stdout).files[0].findings[0].message).not.toBe('FROM CACHE');
    expect(JSON.parse(readFileSync(cachePath, 'utf8')).format).toBe(CACHE_FORMAT);
  });

  it('starts again from a broken cache file', async () => {
    const root = tmpTree({ '.plainlintcache': '{not json', 'a.md': `${LONG_SENTENCE}\n` });
    const r = await cli(['.', '--cache', '-f', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.warnings).toBe(1);
    expect(JSON.parse(readFileSync(join(root, '.plainlintcache'), 'utf8')).entries).toBeTypeOf('object');
  });
});

describe('--jobs', () => {
  it('gives the same output, in the same order, whatever the number of jobs', () => {
    const root = tmpTree(manyFiles(48));
    const one = runBin(['pages', '-j', '1', '-f', 'json'], { cwd: root });
    const two = runBin(['pages', '-j', '2', '-f', 'json'], { cwd: root });
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).files).toHaveLength(48);
  });
});

describe('V8 settings for many files', () => {
  it('checking many files in one run (no inlining, slower heap growth) finds the same as checking each alone', () => {
    const files = readdirSync(join(ROOT, 'fixtures', 'rules'))
      .filter((f) => f.endsWith('.bad.md'))
      .map((f) => `fixtures/rules/${f}`);
    expect(files.length).toBeGreaterThanOrEqual(MANY_FILES);
    const together = JSON.parse(runBin([...files, '-f', 'json']).stdout).files as Array<{ path: string; findings: unknown[] }>;
    expect(together.map((f) => f.path).sort()).toEqual([...files].sort());
    let findings = 0;
    for (const file of files) {
      const alone = JSON.parse(runBin([file, '-f', 'json']).stdout).files[0];
      findings += alone.findings.length;
      expect(together.find((f) => f.path === file)).toEqual(alone);
    }
    expect(findings).toBeGreaterThan(20);
    // One run of the command for each rule's example file: the time grows with the number of rules.
  }, 180000);
});

describe('a rule that crashes its thread', () => {
  // A custom rule that throws outside its check (from a timer), which stops the job it runs in:
  // on pages 7 and 8 only, in a job (a child process, which has process.send) or in the main thread.
  const crash = (where: 'worker' | 'main') => `const inJob = typeof process.send === 'function';
    export default {
      meta: { id: 'crash', description: 'Crashes.', severity: 'warning', docs: 'Test.', examples: { good: [], bad: [] } },
      check(doc) {
        if (${where === 'worker' ? 'inJob' : '!inJob'} && /page-[78][.]md$/.test(doc.path)) setTimeout(() => { throw new Error('boom'); });
        return new Promise((r) => setTimeout(r, 20));
      },
    };`;

  it('in a job: that file is reported in one line, a new job starts, and every other file is checked', () => {
    const root = tmpTree({ ...manyFiles(40), 'crash.mjs': crash('worker'), '.plainlintrc.json': JSON.stringify({ plugins: ['./crash.mjs'] }) });
    const r = runBin(['pages', '-j', '2', '-f', 'json'], { cwd: root });
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files as Array<{ path: string; error: string | null; stats?: unknown }>;
    expect(files.map((f) => f.path)).toEqual([...new Set(files.map((f) => f.path))].sort());
    expect(files).toHaveLength(40);
    const failed = files.filter((f) => f.error);
    expect(failed.map((f) => f.path)).toEqual(['pages/section-0/page-7.md', 'pages/section-1/page-8.md']);
    for (const f of failed) expect(f.error).toBe('could not be checked: boom');
    for (const f of files.filter((x) => !x.error)) expect(f.stats).toBeDefined();
    expect(r.stderr).toBe(
      'plainlint: pages/section-0/page-7.md: could not be checked: boom\nplainlint: pages/section-1/page-8.md: could not be checked: boom\n',
    );
  });

  // Two runs, each filling a job's 256 MB and checking a file again on its own: about 8 s alone,
  // but several times that when the whole suite shares 2 cores. A generous limit for that.
  it('out of memory in a job: that file is checked again on its own, with more memory', { timeout: 4 * 60_000 }, () => {
    // Fills the memory of a job (a child process, capped at 256 MB) on page 3 only; in the
    // worker thread that checks the file again, it does not.
    const hog = `export default {
      meta: { id: 'hog', description: 'Uses memory.', severity: 'warning', docs: 'Test.', examples: { good: [], bad: [] } },
      check(doc, ctx) {
        if (typeof process.send === 'function' && /page-3[.]md$/.test(doc.path)) {
          const keep = [];
          for (;;) keep.push(new Array(1e6).fill(keep.length));
        }
        if (/page-3[.]md$/.test(doc.path)) ctx.report({ message: 'Checked on its own.', node: doc.mdast });
      },
    };`;
    const root = tmpTree({ ...manyFiles(12), 'hog.mjs': hog, '.plainlintrc.json': JSON.stringify({ plugins: ['./hog.mjs'] }) });
    const r = runBin(['pages', '-j', '2', '-f', 'json'], { cwd: root });
    expect(r.stderr).toBe('');
    const files = JSON.parse(r.stdout).files as Array<{ path: string; error: string | null; findings: Array<{ ruleId: string; message: string }> }>;
    expect(files).toHaveLength(12);
    expect(files.filter((f) => f.error)).toEqual([]);
    const page3 = files.find((f) => f.path.endsWith('page-3.md'))!;
    expect(page3.findings.filter((f) => f.ruleId === 'hog').map((f) => f.message)).toEqual(['Checked on its own.']);

    // With --timeout 0 (no time limit), the check on its own has no time limit either.
    const untimed = runBin(['pages', '-j', '2', '--timeout', '0', '-f', 'json'], { cwd: root });
    expect(untimed.stderr).toBe('');
    expect(untimed.stdout).toBe(r.stdout);
  });

  it('in the guarded job (one job): that file only, in one plain line, exit code 2, and the others are checked', () => {
    const root = tmpTree({ ...manyFiles(9), 'crash.mjs': crash('main'), '.plainlintrc.json': JSON.stringify({ plugins: ['./crash.mjs'] }) });
    const r = runBin(['pages', '-j', '1', '-f', 'json'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plainlint: pages/section-0/page-7.md: could not be checked: boom\nplainlint: pages/section-1/page-8.md: could not be checked: boom\n');
    const files = JSON.parse(r.stdout).files as Array<{ path: string; error: string | null }>;
    expect(files).toHaveLength(9);
    expect(files.filter((f) => !f.error)).toHaveLength(7);
  });
});

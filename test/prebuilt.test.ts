/**
 * prebuilt/, the committed command that the GitHub Action and the pre-commit hook run from a
 * plain clone (prebuilt/plainlint.mjs, its bundle and its spell table):
 * - it is exactly what the sources build (as actions/typescript-action's check-dist checks), so
 *   what runs in users' pull requests is what was reviewed here;
 * - it runs with no node_modules anywhere: word lists, the UK spell table, Word reading and
 *   Word's XML parser inside, and it finds exactly what the built command finds, with the same
 *   places in Word, with jobs in parallel too;
 * - it keeps a code cache in the user's cache folder, made on first use, and runs the same with
 *   it, without it, and with a damaged one.
 * After changing src/ or rules/: `npm run build:prebuilt`, and commit prebuilt/.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, runBin } from './helpers/cli.js';
import { tmpDir } from './helpers/tmp.js';

const PREBUILT = join(ROOT, 'prebuilt');

/** Every file under a folder, by its path inside it. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path));
  }
  return files;
}

/** An empty folder laid out like a clone: prebuilt/, the package.json it reads its version from, and drafts. */
function clone(): string {
  const dir = tmpDir('plainlint-alone-');
  cpSync(PREBUILT, join(dir, 'prebuilt'), { recursive: true });
  for (const sub of ['rules', 'drafts', 'docx']) cpSync(join(ROOT, 'fixtures', sub), join(dir, 'fixtures', sub), { recursive: true });
  cpSync(join(ROOT, 'fixtures', 'example-draft.md'), join(dir, 'fixtures', 'example-draft.md'));
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return dir;
}

function runPrebuilt(dir: string, args: string[], cacheHome: string) {
  return spawnSync(process.execPath, [join(dir, 'prebuilt', 'plainlint.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH!, NO_COLOR: '1', HOME: cacheHome, XDG_CACHE_HOME: join(cacheHome, '.cache') },
  });
}

const cacheFiles = (cacheHome: string) => readdirSync(join(cacheHome, '.cache', 'plainlint'));

describe('prebuilt/', () => {
  // Each runs the command or esbuild in full: minutes on a busy 2-core machine, not seconds.
  it('is exactly what the sources build (run npm run build:prebuilt and commit it if not)', { timeout: 180_000 }, () => {
    const out = tmpDir('plainlint-prebuilt-');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'prebuilt.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const fresh = tree(out);
    const committed = tree(PREBUILT);
    expect([...fresh.keys()].sort()).toEqual(['plainlint.bundle.cjs', 'plainlint.mjs', join('spell', 'en-gb.bin')]);
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [name, bytes] of fresh) {
      expect(bytes.equals(committed.get(name)!), `prebuilt/${name} is out of date: run npm run build:prebuilt and commit it`).toBe(true);
    }
  });

  it('runs alone, with no node_modules, and finds what the built command finds, in the same places', { timeout: 180_000 }, () => {
    const dir = clone();
    const cacheHome = tmpDir('plainlint-home-');
    const args = ['fixtures', '-f', 'json', '--jobs', '2', '--config', 'spell.json'];
    // Spelling on, so the spell table beside the bundle is used.
    writeFileSync(join(dir, 'spell.json'), JSON.stringify({ extends: 'nhs', rules: { spelling: 'warning' } }));
    const alone = runPrebuilt(dir, args, cacheHome);
    const built = runBin(args, { cwd: dir });
    expect(alone.status).toBe(built.code);
    expect(alone.stderr).toBe(built.stderr);
    const report = JSON.parse(alone.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; word?: unknown }> }>; tool: { version: string } };
    const findings = report.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(100);
    expect(findings.some((x) => x.ruleId === 'spelling')).toBe(true);
    // Word places come from Word's own XML, read by xmldom inside the bundle.
    const docx = report.files.filter((f) => f.path.endsWith('.docx')).flatMap((f) => f.findings);
    expect(docx.length).toBeGreaterThan(10);
    expect(docx.every((x) => x.word && typeof x.word === 'object')).toBe(true);
    expect(report.files).toEqual(JSON.parse(built.stdout).files);
    expect(report.tool.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('makes its code cache on first use, and runs the same with it and with a damaged one', { timeout: 180_000 }, () => {
    const dir = clone();
    const cacheHome = tmpDir('plainlint-home-');
    const args = ['fixtures/example-draft.md', '-f', 'json'];
    const first = runPrebuilt(dir, args, cacheHome);
    expect(first.stderr).toBe('');
    const made = cacheFiles(cacheHome);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/^code-[0-9a-f]{16}-.+\.cache$/);
    const cacheFile = join(cacheHome, '.cache', 'plainlint', made[0]!);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(100_000);

    const second = runPrebuilt(dir, args, cacheHome);
    expect(second.status).toBe(first.status);
    expect(second.stdout).toBe(first.stdout);

    // A damaged cache is refused by V8: the run is the same, and the job writes a good one again.
    writeFileSync(cacheFile, Buffer.alloc(5000, 7));
    const damaged = runPrebuilt(dir, args, cacheHome);
    expect(damaged.stderr).toBe('');
    expect(damaged.stdout).toBe(first.stdout);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(100_000);
    expect(cacheFiles(cacheHome)).toEqual(made);
  });

  it('removes caches written over 30 days ago when it writes one, and keeps newer ones of other builds', { timeout: 180_000 }, () => {
    const dir = clone();
    const cacheHome = tmpDir('plainlint-home-');
    const caches = join(cacheHome, '.cache', 'plainlint');
    mkdirSync(caches, { recursive: true });
    const old = join(caches, 'code-0123456789abcdef-1.0-x64.cache');
    const recent = join(caches, 'code-fedcba9876543210-1.0-x64.cache');
    const other = join(caches, 'notes.txt');
    for (const file of [old, recent, other]) writeFileSync(file, 'x');
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    utimesSync(old, daysAgo(40), daysAgo(40));
    utimesSync(recent, daysAgo(3), daysAgo(3));
    utimesSync(other, daysAgo(40), daysAgo(40));
    const run = runPrebuilt(dir, ['fixtures/example-draft.md'], cacheHome);
    expect(run.stderr).toBe('');
    const left = cacheFiles(cacheHome);
    expect(left).not.toContain('code-0123456789abcdef-1.0-x64.cache');
    expect(left).toContain('code-fedcba9876543210-1.0-x64.cache');
    expect(left).toContain('notes.txt');
    expect(left.filter((name) => name.endsWith('.cache'))).toHaveLength(2);
  });
});

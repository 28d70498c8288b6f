/**
 * prebuilt/plainlint.mjs, the committed one-file command that the GitHub Action and the
 * pre-commit hook run from a plain clone:
 * - it is exactly what the sources build (as actions/typescript-action's check-dist checks), so
 *   what runs in users' pull requests is what was reviewed here;
 * - it runs with no node_modules anywhere: word lists, the UK dictionary and Word reading inside,
 *   and it finds exactly what the built command finds, with jobs in parallel too.
 * After changing src/ or rules/: `npm run build:prebuilt`, and commit prebuilt/plainlint.mjs.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runBin } from './helpers/cli.js';
import { tmpDir } from './helpers/tmp.js';

const PREBUILT = join(ROOT, 'prebuilt', 'plainlint.mjs');

describe('prebuilt/plainlint.mjs', () => {
  // Each runs the command or esbuild in full: minutes on a busy 2-core machine, not seconds.
  it('is exactly what the sources build (run npm run build:prebuilt and commit it if not)', { timeout: 180_000 }, () => {
    const out = tmpDir('plainlint-prebuilt-');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'prebuilt.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const fresh = readFileSync(join(out, 'plainlint.mjs'));
    const committed = readFileSync(PREBUILT);
    expect(fresh.length).toBe(committed.length);
    expect(fresh.equals(committed), 'prebuilt/plainlint.mjs is out of date: run npm run build:prebuilt and commit it').toBe(true);
  });

  it('runs alone, with no node_modules, and finds what the built command finds', { timeout: 180_000 }, () => {
    // An empty folder laid out like a clone: the file, the package.json it reads its version
    // from, and drafts.
    const dir = tmpDir('plainlint-alone-');
    mkdirSync(join(dir, 'prebuilt'));
    copyFileSync(PREBUILT, join(dir, 'prebuilt', 'plainlint.mjs'));
    for (const sub of ['rules', 'drafts', 'docx']) cpSync(join(ROOT, 'fixtures', sub), join(dir, 'fixtures', sub), { recursive: true });
    cpSync(join(ROOT, 'fixtures', 'example-draft.md'), join(dir, 'fixtures', 'example-draft.md'));
    const args = ['fixtures', '-f', 'json', '--jobs', '2', '--config', 'spell.json'];
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    // Spelling on, so the dictionary inside the file is used.
    const config = JSON.stringify({ extends: 'nhs', rules: { spelling: 'warning' } });
    writeFileSync(join(dir, 'spell.json'), config);
    const alone = spawnSync(process.execPath, [join(dir, 'prebuilt', 'plainlint.mjs'), ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH!, NO_COLOR: '1' } });
    const built = runBin(args, { cwd: dir });
    expect(alone.status).toBe(built.code);
    expect(alone.stderr).toBe(built.stderr);
    const findings = (out: string) => (JSON.parse(out).files as Array<{ path: string; findings: Array<{ ruleId: string; line: number; message: string }> }>).flatMap((f) => f.findings.map((x) => `${f.path}:${x.line} ${x.ruleId} ${x.message}`));
    const got = findings(alone.stdout);
    expect(got.length).toBeGreaterThan(100);
    expect(got.some((x) => x.includes(' spelling '))).toBe(true);
    expect(got.some((x) => x.includes('.docx:'))).toBe(true);
    expect(got).toEqual(findings(built.stdout));
    expect(JSON.parse(alone.stdout).tool.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

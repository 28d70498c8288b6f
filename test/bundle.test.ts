/**
 * The built command: bin/plainlint.js loads dist/bundle/cli.cjs (one file, ASCII only, with a
 * code cache). Its escaping of characters like ’ in regular expressions must change nothing:
 * it must find exactly what the split ES module bundle (dist/bundle/cli.js) finds.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runBin } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const CJS = join(ROOT, 'dist/bundle/cli.cjs');
// Curly apostrophes and dashes are in the patterns the escaping touched.
const curly = join(
  tmpTree({ 'curly.md': '# Clinic’s hours\n\nPlease don’t call before 9.00am – we’re open 9am–5pm. You shouldn’t wait: it’s the elderly who suffer.\n' }),
  'curly.md',
);
const targets = ['fixtures/rules', 'fixtures/drafts', 'fixtures/example-draft.md', 'fixtures/docx/example-draft.docx', curly];

describe('the built command (dist/bundle/cli.cjs)', () => {
  it('is ASCII only, with its code cache beside it', () => {
    expect(existsSync(CJS), 'run npm run build first').toBe(true);
    const bytes = readFileSync(CJS);
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    expect(existsSync(`${CJS}.cache`)).toBe(true);
  });

  it('finds exactly what the ES module bundle finds', () => {
    const viaBin = runBin([...targets, '-f', 'json']);
    const esm = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(ROOT, 'dist/bundle/cli.js'))}); process.exitCode = await m.main(['node', 'plainlint', ...${JSON.stringify([...targets, '-f', 'json'])}]);`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(esm.stderr).toBe('');
    expect(viaBin.stderr).toBe('');
    const report = JSON.parse(viaBin.stdout);
    expect(report.files.length).toBeGreaterThan(30);
    expect(report.files.flatMap((f: { findings: { excerpt: string }[] }) => f.findings).some((f: { excerpt: string }) => f.excerpt.includes('’'))).toBe(true);
    expect(viaBin.stdout).toBe(esm.stdout);
  });

  it('has the spell table that the dictionary gives now, and checks spelling with it', async () => {
    // Made by npm run build (scripts/spell-table.mjs): nspell's words, so no run builds them.
    const { spellTableBytes } = await import('../scripts/lib/spell-table.mjs');
    const built = readFileSync(join(ROOT, 'dist/spell/en-gb.bin'));
    expect(built.equals(Buffer.from(await spellTableBytes())), 'run npm run build').toBe(true);
    const draft = tmpTree({ 'slip.md': '# Your visit\n\nBring the form and a list of your medicnes.\n' });
    const run = runBin(['slip.md', '-f', 'json', '--preset', 'nhs'], { cwd: draft });
    const found = JSON.parse(run.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'spelling');
    expect(found.map((f: { message: string }) => f.message)).toEqual(['Check the spelling of “medicnes”: did you mean “medicines”?']);
  });

  it('starts without loading what a one-file check does not need', () => {
    // commander's child_process loads only when used (scripts/bundle.mjs); the entry is CommonJS.
    const listing = join(tmpTree({ 'list.cjs': "process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')));" }), 'list.cjs');
    const run = spawnSync(process.execPath, ['-r', listing, join(ROOT, 'bin/plainlint.js'), 'fixtures/example-draft.md'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('example-draft.md');
    const loaded = run.stderr.split('\n');
    expect(loaded).toContain('NativeModule vm');
    expect(loaded).not.toContain('NativeModule child_process');
    // node:crypto loads only for --cache (src/engine/hash.ts).
    expect(loaded).not.toContain('NativeModule crypto');
    expect(loaded.some((m) => m.includes('modules/esm/translators'))).toBe(false);
    // plainlint's own use of child_process is unaffected: `--changed-since` still runs git.
    const changed = runBin(['--changed-since', 'HEAD', 'fixtures/example-draft.md']);
    expect(changed.stderr).not.toMatch(/child_process|spawn is not a function/);
  });
});

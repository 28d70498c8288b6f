/**
 * Small things real users hit: the copies --annotate writes are not checked again in a folder
 * run; "can be fixed with --fix" counts only what --fix can fix (never Word files); a config
 * problem is said once, not once per file; "1 file", never "1 files".
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { markdownToDocx } from './helpers/md-to-docx.js';

const EG = '# Parking\n\nPark at the back, e.g. by the gate.\n';

describe('what users hit', () => {
  it('does not check the copies --annotate wrote on the next folder run', async () => {
    const dir = tmpTree({ 'letters/draft.docx': await markdownToDocx(EG) });
    const annotated = await cli(['letters/draft.docx', '--annotate'], { cwd: dir });
    expect(annotated.code).toBeLessThan(2);
    expect(existsSync(join(dir, 'letters/draft.plainlint.docx'))).toBe(true);
    const again = await cli(['letters', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout).files.map((f: { path: string }) => f.path)).toEqual(['letters/draft.docx']);
    const glob = await cli(['letters/*.docx', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(glob.stdout).files.map((f: { path: string }) => f.path)).toEqual(['letters/draft.docx']);
    // Named on its own, the copy is checked.
    const named = await cli(['letters/draft.plainlint.docx', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(named.stdout).files).toHaveLength(1);
  });

  it('counts only the fixes --fix can make: none in Word files', async () => {
    const dir = tmpTree({ 'page.md': EG, 'letter.docx': await markdownToDocx(EG) });
    const r = await cli(['page.md', 'letter.docx'], { cwd: dir });
    expect(r.stdout).toContain('1 of these can be fixed for you with --fix.');
    const word = await cli(['letter.docx'], { cwd: dir });
    expect(word.stdout).not.toContain('--fix');
    expect(JSON.parse((await cli(['letter.docx', '-f', 'json'], { cwd: dir })).stdout).summary.fixable).toBe(0);
  });

  it('says a config problem once, with how many files it stopped', async () => {
    const dir = tmpTree({ '.plainlintrc.yaml': 'rules:\n  no-such-rule: error\n', 'a.md': EG, 'b.md': EG, 'c.md': EG });
    const r = await cli(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^plainlint: config problem in .*\.plainlintrc\.yaml: .*\(so 3 files were not checked\)$/);
  });

  it('says "1 file", not "1 files"', async () => {
    const dir = tmpTree({ 'a.md': EG });
    for (const format of ['stylish', 'github', 'sarif', 'json', 'rdjson']) {
      const r = await cli(['a.md', '-f', format, ...(format === 'stylish' ? [] : ['-o', `out.${format}`])], { cwd: dir });
      expect(r.stdout + r.stderr).not.toMatch(/\b1 (files|errors|warnings|suggestions|problems)\b/);
    }
    const gh = await cli(['a.md', '-f', 'github'], { cwd: dir });
    expect(gh.stdout).toMatch(/plainlint: 0 errors, 1 warning, 0 suggestions in 1 file\n$/);
  });
});

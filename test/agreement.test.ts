/**
 * Two editors on the same held-out pages (scripts/agreement.mjs, eval/agreement/): every second
 * list belongs to a held-out page and its quotes are found there, the figures add up, and items
 * are matched as plainlint's findings are (words overlap, categories agree or are close).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runScript } from './helpers/cli.js';

const SCRIPT = join(ROOT, 'scripts', 'agreement.mjs');

const run = (args: string[]) => runScript(SCRIPT, args);

interface Counts {
  n: number;
  bySecond: number;
  byPlainlint: number;
  agreed: number;
  agreedByPlainlint: number;
}

describe('two editors on the same pages', () => {
  it('has a second list for at least 30 held-out pages, each beside its page', () => {
    const lists = readdirSync(join(ROOT, 'eval', 'agreement')).filter((n) => /^\d+-.*\.yaml$/.test(n));
    expect(lists.length).toBeGreaterThanOrEqual(30);
    for (const name of lists) expect(existsSync(join(ROOT, 'eval', 'heldout', name.replace(/\.yaml$/, '.md'))), name).toBe(true);
  });

  it('prints figures that add up, with every quote found', { timeout: 120_000 }, async () => {
    const out = await run(['--json']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout) as {
      pages: number;
      firstTotal: Counts;
      secondTotal: Counts;
      both: { n: number; byPlainlint: number };
      firstOnly: { n: number; byPlainlint: number };
      union: { n: number; byPlainlint: number };
      secondExpected: number;
      secondSaidByFirst: number;
    };
    expect(r.pages).toBe(readdirSync(join(ROOT, 'eval', 'agreement')).filter((n) => /^\d+-.*\.yaml$/.test(n)).length);
    // each of the first editor's items is either agreed or the first editor's alone
    expect(r.both.n + r.firstOnly.n).toBe(r.firstTotal.n);
    // the categories' items both editors expect add up to the total
    expect(r.firstTotal.agreed).toBe(r.both.n);
    expect(r.firstTotal.agreedByPlainlint).toBe(r.both.byPlainlint);
    expect(r.both.byPlainlint + r.firstOnly.byPlainlint).toBe(r.firstTotal.byPlainlint);
    // the union adds the second editor's items the first did not expect
    expect(r.union.n).toBe(r.firstTotal.n + r.secondExpected - r.secondSaidByFirst);
    expect(r.secondTotal.n).toBe(r.secondExpected);
    for (const t of [r.firstTotal, r.secondTotal]) {
      expect(t.bySecond).toBeLessThanOrEqual(t.n);
      expect(t.byPlainlint).toBeLessThanOrEqual(t.n);
    }
  });

  it('matches items as findings are matched: overlapping words, the same or a close category', async () => {
    const { covered } = (await import(join(ROOT, 'scripts', 'agreement.mjs'))) as { covered: (item: object, others: object[]) => boolean };
    const item = { category: 'simpler-words', start: 10, end: 18 };
    expect(covered(item, [{ category: 'simpler-words', start: 12, end: 30 }])).toBe(true);
    // "words-to-avoid" and "simpler-words" are close (scripts/eval-categories.mjs)
    expect(covered(item, [{ category: 'words-to-avoid', start: 0, end: 11 }])).toBe(true);
    // the same words in another category, or other words in the same category, do not match
    expect(covered(item, [{ category: 'passive', start: 10, end: 18 }])).toBe(false);
    expect(covered(item, [{ category: 'simpler-words', start: 18, end: 25 }])).toBe(false);
  });
});

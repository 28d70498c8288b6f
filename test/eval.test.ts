/**
 * The evaluation script (scripts/eval.mjs) on the evaluation set in eval/: every annotation
 * parses, every expected and acceptable quote is found in its document, and a run prints
 * figures for both parts. It runs the built CLI, as `npm run eval` does (npm ci builds it).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, runScript } from './helpers/cli.js';

const SCRIPT = join(ROOT, 'scripts', 'eval.mjs');

const run = (args: string[]) => runScript(SCRIPT, args);

function documents(part: string): string[] {
  return readdirSync(join(ROOT, 'eval', part)).filter((n) => /^\d+-.*\.md$/.test(n));
}

describe('the evaluation set', () => {
  it('has at least 18 documents, about a third held out, each with an annotation and a source', async () => {
    const tune = documents('tune');
    const heldout = documents('heldout');
    expect(tune.length + heldout.length).toBeGreaterThanOrEqual(18);
    expect(heldout.length).toBeGreaterThanOrEqual(Math.floor((tune.length + heldout.length) / 4));
    const kinds = new Set<string>();
    for (const [part, names] of [['tune', tune], ['heldout', heldout]] as const) {
      for (const name of names) {
        const ann = parse(readFileSync(join(ROOT, 'eval', part, name.replace(/\.md$/, '.yaml')), 'utf8'));
        expect(ann.source.url, name).toMatch(/^https?:\/\//);
        expect(ann.source.licence, name).toBeTruthy();
        expect(ann.expected.length, name).toBeGreaterThan(0);
        kinds.add(ann.source.kind);
      }
    }
    expect(kinds.size).toBeGreaterThanOrEqual(6);
  });

  it('finds every quote of every annotation in its document', async () => {
    const result = await run(['--validate']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/all found in their documents/);
  });

  it('names a quote that is not in its document, or is there twice with no occurrence', async () => {
    const { locate } = await import('../scripts/eval.mjs');
    expect(locate('Call 111 or 999.', { quote: '112' }).error).toMatch(/not found/);
    expect(locate('one and one', { quote: 'one' }).error).toMatch(/2 times: add occurrence/);
    expect(locate('one and one', { quote: 'one', occurrence: 2 })).toEqual({ start: 8, end: 11 });
    expect(locate('one and one', { quote: 'one', occurrence: 3 }).error).toMatch(/no occurrence 3/);
    expect((await run(['--validate', '--part', 'nonsense'])).status).toBe(2);
  });

  it('--docs keeps only the documents whose names match, and refuses a broken pattern', async () => {
    const all = await run(['--validate', '--part', 'tune']);
    const some = await run(['--validate', '--part', 'tune', '--docs', '^0[1-3]-']);
    expect(some.status).toBe(0);
    expect(some.stdout).toMatch(/eval: 3 documents and \d+ annotation items/);
    expect(all.stdout).toMatch(new RegExp(`eval: ${documents('tune').length} documents`));
    const broken = await run(['--validate', '--docs', '(']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/--docs needs a regular expression/);
  });
});

describe('npm run eval', () => {
  it('prints recall and precision by category for both parts, and exits 0', async () => {
    const result = await run(['--no-corpus']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/tuning part \(eval\/tune\/\): \d+ documents, \d+ words/);
    expect(result.stdout).toMatch(/held-out part \(eval\/heldout\/\): \d+ documents, \d+ words/);
    expect(result.stdout).toMatch(/^ {2}total +\d+\/\d+ +\d+% +\d+\/\d+ +\d+%$/m);
    expect(result.stdout).toMatch(/findings: \d+; \d+ items after grouping repeats/);
  }, 120000);

  it('--check exits 1 when the held-out figures fall short of the limits, and names the figure', async () => {
    const fail = await run(['--part', 'heldout', '--no-corpus', '--check', 'recall=1.01,precision=0']);
    expect(fail.status).toBe(1);
    expect(fail.stderr).toMatch(/eval --check: recall \d+% is under 101%/);
    const pass = await run(['--part', 'heldout', '--no-corpus', '--check', 'recall=0,precision=0']);
    expect(pass.status).toBe(0);
  }, 120000);

  it('--before-run leaves out the acceptable items added after a run: recall stays, precision can only fall', async () => {
    const { beforeRun } = await import('../scripts/eval.mjs');
    const doc = { acceptable: [{ added: 'after-run' }, { added: 'consistency-pass' }, {}] };
    expect(beforeRun(doc).acceptable).toEqual([{ added: 'consistency-pass' }, {}]);
    expect(doc.acceptable).toHaveLength(3);
    const after = JSON.parse((await run(['--json', '--no-corpus', '--part', 'heldout'])).stdout);
    const before = await run(['--json', '--no-corpus', '--part', 'heldout', '--before-run']);
    expect(before.status).toBe(0);
    const b = JSON.parse(before.stdout);
    expect(b.beforeRun).toBe(true);
    expect(after.beforeRun).toBe(false);
    expect(b.parts.heldout.total.found).toBe(after.parts.heldout.total.found);
    expect(b.parts.heldout.total.findings).toBe(after.parts.heldout.total.findings);
    expect(b.parts.heldout.total.right).toBeLessThanOrEqual(after.parts.heldout.total.right);
  }, 120000);

  it('gives the same figures as JSON, with counts that add up', async () => {
    const result = await run(['--json', '--no-corpus']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    for (const part of ['tune', 'heldout']) {
      const p = out.parts[part];
      expect(p.documents).toBe(documents(part).length);
      expect(p.total.expected).toBeGreaterThan(0);
      const sum = (k: string) => Object.values(p.categories as Record<string, Record<string, number>>).reduce((n, c) => n + c[k]!, 0);
      expect(sum('expected')).toBe(p.total.expected);
      expect(sum('findings')).toBe(p.findings);
      expect(p.total.found).toBeLessThanOrEqual(p.total.expected);
      expect(p.total.right).toBeLessThanOrEqual(p.total.findings);
      expect(p.groups).toBeLessThanOrEqual(p.findings);
    }
    expect(out.corpus.skipped).toMatch(/--no-corpus/);
  }, 120000);
});

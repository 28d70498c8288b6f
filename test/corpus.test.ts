/**
 * Precision on real, clean text: the recommended preset over the NHS digital service manual
 * (published plain-English NHS content, in test/data/corpus) must give at most 1 finding per
 * 400 words (counted as wc -w counts them). Every finding on it is very likely a false positive or a deliberate example.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigLoader } from '../src/config/load.js';
import { collectFiles } from '../src/read/files.js';
import { lintFile } from '../src/engine/run.js';
import { ROOT } from './helpers/cli.js';

const CORPUS = join(ROOT, 'test', 'data', 'corpus', 'nhs-service-manual');

describe('precision on the clean NHS corpus', () => {
  it('gives at most 1 finding per 400 words with the recommended preset', async () => {
    expect(existsSync(CORPUS), `the corpus is expected at ${CORPUS} (test/data/corpus in the repository)`).toBe(true);
    const { files, errors } = await collectFiles([CORPUS], ROOT);
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(150);
    const loader = new ConfigLoader({ preset: 'recommended' });
    // Words as the issue counted them (whitespace-separated, like wc -w: 89,909 on this corpus),
    // and the prose words plainlint reads (no code, URLs or markup), for reference.
    let words = 0;
    let proseWords = 0;
    const byRule = new Map<string, number>();
    for (const file of files) {
      const report = await lintFile(file, { loader, cwd: CORPUS });
      expect(report.error).toBeUndefined();
      expect(report.ruleFailures).toEqual([]);
      words += readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).length;
      proseWords += report.stats?.words ?? 0;
      for (const f of report.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    }
    const total = [...byRule.values()].reduce((a, b) => a + b, 0);
    const table = [...byRule.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id}: ${n}`).join(', ');
    console.log(`corpus: ${files.length} files, ${words} words (${proseWords} of prose), ${total} findings (1 per ${Math.round(words / Math.max(1, total))} words): ${table}`);
    expect(words).toBeGreaterThan(70000);
    expect(total * 400).toBeLessThanOrEqual(words);
  }, 120000);
});

/**
 * SARIF for GitHub code scanning: paths from the repository's root (%SRCROOT%), wherever
 * plainlint was started; fingerprints that keep two places of one word apart and name the file;
 * Word findings with the paragraph as the region and the words quoted in the message. Every log
 * is checked against the SARIF 2.1.0 schema (test/data/schemas).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { cli, ROOT } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { markdownToDocx } from './helpers/md-to-docx.js';

// ajv-draft-04 is CommonJS: the class is module.exports and its own `default`, which TypeScript types.
const Ajv = AjvDraft04.default;
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')));

interface Result {
  ruleId: string;
  message: { text: string };
  partialFingerprints: Record<string, string>;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, unknown> } }>;
}

async function sarifOf(args: string[], cwd: string): Promise<{ log: { runs: Array<{ results: Result[]; originalUriBaseIds: Record<string, { uri: string }> }> }; results: Result[] }> {
  const r = await cli([...args, '-f', 'sarif'], { cwd });
  const log = JSON.parse(r.stdout);
  validate(log);
  expect(validate.errors ?? []).toEqual([]);
  return { log, results: log.runs[0].results };
}

const TWICE = '# Parking\n\nPark at the back, e.g. by the gate.\n\nBring a blue badge, e.g. on the dashboard.\n';

describe('sarif: paths and fingerprints', () => {
  it('gives paths from the git top folder, with %SRCROOT%, when started in a subfolder', async () => {
    const repo = tmpTree({ 'site/content/parking.md': TWICE });
    execFileSync('git', ['init', '--quiet'], { cwd: repo });
    const { log, results } = await sarifOf(['parking.md'], join(repo, 'site', 'content'));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.locations[0]!.physicalLocation.artifactLocation).toMatchObject({ uri: 'site/content/parking.md', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0]!.originalUriBaseIds.SRCROOT!.uri).toMatch(/^file:\/\/.*\/$/);
    // Outside a repository: from the folder plainlint was started in.
    const plain = tmpTree({ 'content/parking.md': TWICE });
    const outside = await sarifOf(['content'], plain);
    expect(outside.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('content/parking.md');
  });

  it('tells two places of the same word apart, and names the file in each fingerprint', async () => {
    const dir = tmpTree({ 'a.md': TWICE, 'b.md': TWICE });
    const { results } = await sarifOf(['a.md', 'b.md'], dir);
    const eg = results.filter((r) => r.ruleId === 'house-style');
    expect(eg).toHaveLength(4);
    const prints = eg.map((r) => r.partialFingerprints['plainlint/v2']!);
    expect(new Set(prints).size).toBe(4);
    expect(prints[0]).toContain('a.md');
    expect(prints[2]).toContain('b.md');
    // Text added above a finding does not change its fingerprint (no line numbers in it).
    const moved = tmpTree({ 'a.md': TWICE.replace('# Parking\n', '# Parking\n\nA new first paragraph.\n') });
    const again = (await sarifOf(['a.md'], moved)).results.filter((r) => r.ruleId === 'house-style').map((r) => r.partialFingerprints['plainlint/v2']);
    expect(again).toEqual(prints.slice(0, 2));
  });

  it('gives a Word finding its paragraph as the region and quotes the words in the message', async () => {
    const dir = tmpTree({ 'letter.docx': await markdownToDocx('# Letter\n\nWe will write to you.\n\nBring a letter, e.g. from your GP.\n') });
    const { results } = await sarifOf(['letter.docx'], dir);
    const eg = results.find((r) => r.ruleId === 'house-style')!;
    expect(eg.message.text).toMatch(/^“e\.g\.”: /);
    expect(eg.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 3, snippet: { text: 'e.g.' } });
    expect(eg.locations[0]!.physicalLocation.artifactLocation.uri).toBe('letter.docx');
  });

  it('points to each sentence that a long-sentence finding names, as related locations', async () => {
    const filler = ['can', 'book', 'a', 'visit', 'at', 'the', 'clinic', 'near', 'their', 'home'];
    const words = (n: number, start: string) => [start, ...Array.from({ length: n - 2 }, (_, i) => filler[i % 10]), 'today.'].join(' ');
    const dir = tmpTree({ 'visit.md': `# Visiting\n\n${words(30, 'Residents')}\n\n# Parking\n\n${words(45, 'Families')}\n` });
    const { results } = await sarifOf(['visit.md'], dir);
    const long = results.find((r) => r.ruleId === 'sentence-length') as Result & { relatedLocations: Array<{ id: number; physicalLocation: { region: unknown }; message: { text: string } }> };
    expect(long.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 7, startColumn: 1 });
    expect(long.relatedLocations.map((l) => [l.id, l.physicalLocation.region, l.message.text])).toEqual([
      [0, { startLine: 3, startColumn: 1 }, 'A sentence of 30 words'],
      [1, { startLine: 7, startColumn: 1 }, 'A sentence of 45 words'],
    ]);
  });
});

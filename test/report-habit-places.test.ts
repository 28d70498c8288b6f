/**
 * A finding for a habit names its other places in `data.places` (passive verbs on a page).
 * Machine formats keep every place: SARIF as related locations (checked against the SARIF 2.1.0
 * schema), GitHub annotations with their lines. A term written again with capitals is a finding
 * at each place instead: one result per place, with a shared group id in JSON.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { cli, ROOT } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const Ajv = AjvDraft04 as unknown as typeof AjvDraft04.default;
const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')),
);

const DRAFT = [
  'The Trust is open every day. We thank everyone at the Trust. Ask the Trust for help.',
  '',
  'The forms were sent in May. The notes were filed by hand. The plan was agreed last week. The staff were told on Monday.',
  '',
].join('\n');

describe('places a habit finding names, in machine formats', () => {
  it('SARIF gives each other place as a related location, and stays valid', async () => {
    const root = tmpTree({ 'draft.md': DRAFT });
    const out = await cli(['draft.md', '--format', 'sarif'], { cwd: root });
    const sarif = JSON.parse(out.stdout);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const results = sarif.runs[0].results as Array<{ ruleId: string; relatedLocations?: Array<{ id: number; physicalLocation: { region: { startLine: number; startColumn: number } }; message: { text: string } }> }>;
    // capitals: one result per place, each on its own words, with nothing more to point at
    const capitals = results.filter((r) => r.ruleId === 'capitals') as unknown as Array<{
      relatedLocations?: unknown;
      locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }>;
    }>;
    expect(capitals.map((r) => [r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn])).toEqual([
      [1, DRAFT.indexOf('Trust') + 1],
      [1, DRAFT.indexOf('Trust', 20) + 1],
      [1, DRAFT.indexOf('Trust for') + 1],
    ]);
    for (const r of capitals) expect(r.relatedLocations).toBeUndefined();
    const passive = results.find((r) => r.ruleId === 'passive-voice')!;
    const texts = passive.relatedLocations!.map((l) => l.message.text);
    expect(texts).toContain('Also here: “were told”');
    expect(passive.relatedLocations!.map((l) => l.id)).toEqual(passive.relatedLocations!.map((_, i) => i));
    for (const l of passive.relatedLocations!) expect(l.physicalLocation.region.startLine).toBe(3);
  });

  it('GitHub annotations name the lines of the other places of a habit, and give each place of a term its own line', async () => {
    const root = tmpTree({ 'draft.md': DRAFT, 'three.md': 'We thank the Trust.\n\nThe Trust is open.\n\nAsk the Trust today.\n' });
    const out = await cli(['draft.md', 'three.md', '--format', 'github'], { cwd: root });
    const lines = out.stdout.split('\n');
    const three = lines.filter((l) => l.includes('three.md') && l.includes('(capitals)'));
    expect(three.map((l) => /line=(\d+),col=(\d+),/.exec(l)!.slice(1).join(':'))).toEqual(['1:14', '3:5', '5:9']);
    for (const l of three) expect(l).not.toContain('Also at');
    const passive = lines.find((l) => l.includes('draft.md') && l.includes('(passive-voice)'))!;
    expect(passive).toMatch(/line=3,col=\d+,/);
    expect(passive).toContain('Also at: line 3');
  });

  it('JSON and rdjson keep one result per place; JSON gives the places of one term one group id', async () => {
    const root = tmpTree({ 'three.md': 'We thank the Trust.\n\nThe Trust is open.\n\nAsk the Trust today. Our Engagement Team will call.\n' });
    const json = JSON.parse((await cli(['three.md', '--format', 'json'], { cwd: root })).stdout);
    const found = (json.files[0].findings as Array<{ ruleId: string; line: number; excerpt: string; groupId: string }>).filter((f) => f.ruleId === 'capitals');
    expect(found.map((f) => [f.line, f.excerpt])).toEqual([
      [1, 'Trust'],
      [3, 'Trust'],
      [5, 'Trust'],
      [5, 'Engagement Team'],
    ]);
    // one advice, so one group, with each term its own places
    expect(new Set(found.map((f) => f.groupId)).size).toBe(1);
    const alone = JSON.parse((await cli(['three.md', '--format', 'json'], { cwd: tmpTree({ 'three.md': 'We thank the Trust.\n\nThe Trust is open.\n' }) })).stdout);
    expect(alone.files[0].findings.map((f: { groupId: string }) => f.groupId)).toEqual(['capitals:trust', 'capitals:trust']);
    const rdjson = JSON.parse((await cli(['three.md', '--format', 'rdjson'], { cwd: root })).stdout);
    const diagnostics = (rdjson.diagnostics as Array<{ code: { value: string }; location: { range: { start: { line: number } } } }>).filter((d) => d.code.value === 'capitals');
    expect(diagnostics.map((d) => d.location.range.start.line)).toEqual([1, 3, 5, 5]);
  });
});

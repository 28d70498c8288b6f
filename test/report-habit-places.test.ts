/**
 * A finding for a habit names its other places in `data.places` (passive verbs on a page, a
 * term written again with capitals). Machine formats keep every place: SARIF as related
 * locations (checked against the SARIF 2.1.0 schema), GitHub annotations with their lines.
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
    const capitals = results.find((r) => r.ruleId === 'capitals')!;
    expect(capitals.relatedLocations?.map((l) => [l.physicalLocation.region.startLine, l.physicalLocation.region.startColumn])).toEqual([
      [1, DRAFT.indexOf('Trust', 20) + 1],
      [1, DRAFT.indexOf('Trust for') + 1],
    ]);
    const passive = results.find((r) => r.ruleId === 'passive-voice')!;
    const texts = passive.relatedLocations!.map((l) => l.message.text);
    expect(texts).toContain('Also here: “were told”');
    expect(passive.relatedLocations!.map((l) => l.id)).toEqual(passive.relatedLocations!.map((_, i) => i));
    for (const l of passive.relatedLocations!) expect(l.physicalLocation.region.startLine).toBe(3);
  });

  it('GitHub annotations name the lines of the other places', async () => {
    const root = tmpTree({ 'draft.md': DRAFT, 'three.md': 'We thank the Trust.\n\nThe Trust is open.\n\nAsk the Trust today.\n' });
    const out = await cli(['draft.md', 'three.md', '--format', 'github'], { cwd: root });
    const three = out.stdout.split('\n').find((l) => l.includes('three.md') && l.includes('(capitals)'))!;
    expect(three).toMatch(/line=1,col=14,/);
    expect(three).toContain('Also at: line 3, line 5');
  });
});

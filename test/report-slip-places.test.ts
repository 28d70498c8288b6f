/**
 * One finding that speaks for several places of the same slip names each of them in
 * `data.places`: a page's negative contractions, its 2 spaces after full stops, and list items
 * with the same slip ("3 list items end with a full stop"). The report for people says where the
 * others are ("Also at"), GitHub annotations name their lines, SARIF gives related locations and
 * the language server related information, so a pull request and an editor show every place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { startLsp, type LspClient } from './helpers/lsp-client.js';

interface Place {
  line: number;
  column: number;
  offset: number;
  endOffset: number;
  phrase: string;
}
interface Json {
  ruleId: string;
  line: number;
  column: number;
  message: string;
  data?: { check?: string; places?: Place[] };
}

const CONTRACTIONS = ["You don't need to book.", '', 'Parking is free.', '', "We can't see you without a letter. It isn't far."].join('\n') + '\n';

const LIST = ['You will need:', '', '- your letter.', '- a list of your medicines.', '- your glasses', '- a drink', ''].join('\n');

async function findings(files: Record<string, string>, name: string): Promise<Json[]> {
  const root = tmpTree(files);
  const out = await cli([name, '--format', 'json', '--preset', 'nhs'], { cwd: root });
  return JSON.parse(out.stdout).files[0].findings as Json[];
}

describe('places of one slip named by one finding', () => {
  it('a page of negative contractions is one finding on the first, naming the others exactly', async () => {
    const found = (await findings({ 'draft.md': CONTRACTIONS }, 'draft.md')).filter((f) => f.data?.check === 'contractions');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('This page has 3 negative contractions');
    const places = found[0]!.data!.places!;
    expect(places.map((p) => [p.line, p.column, p.phrase])).toEqual([
      [1, 5, "don't"],
      [5, 4, "can't"],
      [5, 39, "isn't"],
    ]);
    for (const p of places) expect(CONTRACTIONS.slice(p.offset, p.endOffset)).toBe(p.phrase);
  });

  it('one contraction on a page names no further places', async () => {
    const found = (await findings({ 'one.md': "You don't need to book.\n" }, 'one.md')).filter((f) => f.data?.check === 'contractions');
    expect(found).toHaveLength(1);
    expect(found[0]!.data!.places).toBeUndefined();
  });

  it('list items that end with a full stop: one finding, with each item’s full stop as a place', async () => {
    const found = (await findings({ 'list.md': LIST }, 'list.md')).filter((f) => f.ruleId === 'lists');
    const stops = found.find((f) => /list items end with a full stop/.test(f.message))!;
    expect(stops.message).toBe('2 list items end with a full stop.');
    expect(stops.data!.places!.map((p) => [p.line, p.column, p.phrase])).toEqual([
      [3, 14, '.'],
      [4, 27, '.'],
    ]);
  });

  it('list items that start with capitals after a lead-in line: each item’s first word is a place', async () => {
    const text = ['Our ambitions are:', '', '- Working with our communities', '- Making it easy to get care', '- Listening to staff', ''].join('\n');
    const found = (await findings({ 'caps.md': text }, 'caps.md')).filter((f) => f.ruleId === 'lists');
    expect(found).toHaveLength(1);
    expect(found[0]!.data!.places!.map((p) => p.phrase)).toEqual(['Working', 'Making', 'Listening']);
  });

  it('bold lines used as headings: one finding, with each bold line as a place', async () => {
    const text = ['# Visiting', '', '**Parking**', '', 'The car park is open all day.', '', '**Food**', '', 'The café is open until 6pm.', ''].join('\n');
    const found = (await findings({ 'bold.md': text }, 'bold.md')).filter((f) => f.ruleId === 'headings' && /bold text/.test(f.message));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('This page has 2 bold lines used as headings');
    expect(found[0]!.data!.places!.map((p) => [p.line, p.phrase])).toEqual([
      [3, '**Parking**'],
      [7, '**Food**'],
    ]);
  });

  it('the reports for people say where the other places are; GitHub names their lines, SARIF gives them', async () => {
    const root = tmpTree({ 'draft.md': CONTRACTIONS });
    const stylish = await cli(['draft.md', '--no-color', '--preset', 'nhs'], { cwd: root });
    expect(stylish.stdout).toContain('Also at: 5:4, 5:39');
    const github = await cli(['draft.md', '--format', 'github', '--preset', 'nhs'], { cwd: root });
    const line = github.stdout.split('\n').find((l) => l.includes('negative contractions'))!;
    expect(line).toContain('line=1,col=5,');
    expect(line).toContain('Also at: line 5');
    const html = await cli(['draft.md', '--format', 'html', '--preset', 'nhs'], { cwd: root });
    expect(html.stdout).toContain('<strong>Also at:</strong> Line 5, column 4; Line 5, column 39');
    const sarif = JSON.parse((await cli(['draft.md', '--format', 'sarif', '--preset', 'nhs'], { cwd: root })).stdout);
    const result = sarif.runs[0].results.find((r: { message: { text: string } }) => r.message.text.includes('negative contractions'));
    expect(result.relatedLocations.map((l: { physicalLocation: { region: { startLine: number; startColumn: number } } }) => [l.physicalLocation.region.startLine, l.physicalLocation.region.startColumn])).toEqual([
      [5, 4],
      [5, 39],
    ]);
  });
});

describe('places of one slip in the language server', () => {
  const clients: LspClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) if (c.child.exitCode === null) c.child.kill();
  });

  it('points from the finding to each other place (related information)', async () => {
    const dir = tmpTree({});
    const client = await startLsp({ cwd: dir, initializationOptions: { debounceMs: 20 } });
    clients.push(client);
    const file = join(dir, 'draft.md');
    const diagnostics = await client.open(file, CONTRACTIONS);
    const found = diagnostics.find((d) => String(d.message).includes('negative contractions'))!;
    expect(found.range.start).toEqual({ line: 0, character: 4 });
    expect(found.relatedInformation?.map((r) => [r.location.range.start.line, r.location.range.start.character, r.message])).toEqual([
      [4, 3, 'Also here: “can\'t”'],
      [4, 38, 'Also here: “isn\'t”'],
    ]);
  });
});

describe('places of one slip on the checker page', () => {
  it('highlights each place, each linked to the one finding', async () => {
    // The page checks a draft with lintMarkdownText (src/browser.ts) and draws it with renderText.
    const { lintMarkdownText } = await import('../src/browser.js');
    const { place, renderText } = await import('../web/src/text-view.js');
    const checked = await lintMarkdownText(CONTRACTIONS, 'nhs');
    const findings = checked.findings.filter((f) => f.data?.check === 'contractions');
    expect(findings).toHaveLength(1);
    const result = { ...checked, findings };
    const html = [...renderText(result, place(result), () => true)].join('\n');
    const marked = [...html.matchAll(/<a [^>]*data-finding="(\d+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(marked).toEqual([
      ['0', 'don&#39;t'],
      ['0', 'can&#39;t'],
      ['0', 'isn&#39;t'],
    ]);
  });
});

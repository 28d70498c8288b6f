/**
 * The capitals rule reports each place of a repeated term as its own finding. The reports for
 * people group them (src/report/group.ts): stylish, the HTML report and the checker page show one
 * item with the count and every place, and Word comments give the first place the full comment
 * and later places a short one. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { lintMarkdownText } from '../src/browser.js';
import { groupFindings } from '../src/report/group.js';
import { repeatsOf } from '../src/annotate/core.js';
import { commentLines } from '../src/annotate/comments.js';

const DRAFT = 'Please write to the Panel.\n\nThe Panel meets in June.\n\nWe thank the wider Panel for its work.\n';

describe('a capitalised term written 3 times, in the reports for people', () => {
  it('stylish output shows one item with the count and the places', async () => {
    const root = tmpTree({ 'draft.md': DRAFT });
    const out = await cli(['draft.md', '--no-color'], { cwd: root });
    const items = out.stdout.split('\n').filter((l) => l.includes('does not need capitals'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^\s+1:21\s+suggestion\s+“Panel” does not need capitals here\.\s+capitals$/);
    expect(out.stdout).toContain('3 times: here and at 3:5, 5:20');
    expect(out.stdout).toContain('flagged most: “Panel” 3 times');
    expect(out.stdout).toContain('3 problems');
  });

  it('the HTML report shows one item with its 3 places', async () => {
    const root = tmpTree({ 'draft.md': DRAFT });
    const page = (await cli(['draft.md', '--format', 'html'], { cwd: root })).stdout;
    expect(page.match(/<p class="msg">“Panel” does not need capitals/g)).toHaveLength(1);
    expect(page).toMatch(/data-count="3"/);
    expect(page).toContain('3 places: Line 1, column 21; Line 3, column 5; Line 5, column 20');
  });

  it('the checker page groups the places as one item', async () => {
    const result = await lintMarkdownText(DRAFT, 'nhs');
    const capitals = result.findings.filter((f) => f.ruleId === 'capitals');
    expect(capitals.map((f) => f.start.line)).toEqual([1, 3, 5]);
    const groups = groupFindings(capitals);
    expect(groups.map((g) => [g.id, g.findings.length])).toEqual([['capitals:panel', 3]]);
  });

  it('Word comments: the first place gets the full comment, later places a short one', async () => {
    const result = await lintMarkdownText(DRAFT, 'nhs');
    const capitals = result.findings.filter((f) => f.ruleId === 'capitals');
    const repeats = repeatsOf(capitals);
    const [first, second] = capitals.map((f) => commentLines(f, true, undefined, repeats.get(f)).join('\n'));
    expect(first).toContain('“Panel” does not need capitals here.');
    expect(first).toContain('These words are flagged 3 times in the document. The other places have a short comment that points here.');
    expect(second).toMatch(/^“Panel” again \(2 of 3\)\. See the first comment on these words, at /);
    expect(second).not.toContain('Why:');
  });
});

/**
 * How the evaluation script (scripts/eval.mjs) scores a finding on a repeat of an item the editor
 * listed: right, but it finds nothing more. Made-up documents and findings; no eval page is read.
 */
import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../scripts/eval.mjs';

interface Item {
  category: string;
  quote: string;
  occurrence?: number;
}

/** A document with its items placed as scripts/eval.mjs places them. */
function doc(text: string, expected: Item[], acceptable: Item[] = []) {
  const place = (list: string) => (item: Item) => {
    let at = -1;
    for (let n = 0; n < (item.occurrence ?? 1); n++) at = text.indexOf(item.quote, at + 1);
    if (at < 0) throw new Error(`not in the text: ${item.quote}`);
    return { ...item, note: 'made up', start: at, end: at + item.quote.length, list };
  };
  return { text, expected: expected.map(place('expected')), acceptable: acceptable.map(place('acceptable')) };
}

/** A finding as the JSON report gives it, on the nth place of some words. */
function finding(text: string, ruleId: string, words: string, occurrence = 1, data: Record<string, unknown> | null = null) {
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`not in the text: ${words}`);
  return { ruleId, offset: at, endOffset: at + words.length, excerpt: words, message: `“${words}”`, line: 1, column: at + 1, data };
}

interface Scored {
  scored: Array<{ right: boolean; repeatOf?: { quote: string } }>;
  items: Array<{ found: boolean }>;
}
const score = (d: ReturnType<typeof doc>, findings: unknown[]): Scored => scoreDocument(d, findings) as Scored;

const TEXT = 'Please write to the Panel. The Panel meets in June. We thank the panel and the Board. The Panel is new.';

describe('a finding on a repeat of an item the editor listed', () => {
  it('counts as right, whatever the case, but finds only the item itself', async () => {
    const d = doc(TEXT, [{ category: 'capitals', quote: 'the Panel' }]);
    const r = score(d, [finding(TEXT, 'capitals', 'Panel', 1), finding(TEXT, 'capitals', 'Panel', 2), finding(TEXT, 'capitals', 'panel', 1)]);
    expect(r.scored.map((s) => s.right)).toEqual([true, true, true]);
    expect(r.scored.map((s) => s.repeatOf?.quote)).toEqual([undefined, 'the Panel', 'the Panel']);
    expect(r.items.map((i) => i.found)).toEqual([true]);
  });

  it('does not find another expected item with the same words', async () => {
    const d = doc(TEXT, [
      { category: 'capitals', quote: 'Panel', occurrence: 1 },
      { category: 'capitals', quote: 'Panel', occurrence: 3 },
    ]);
    const r = score(d, [finding(TEXT, 'capitals', 'Panel', 1), finding(TEXT, 'capitals', 'Panel', 2)]);
    expect(r.scored.map((s) => s.right)).toEqual([true, true]);
    expect(r.items.map((i) => i.found)).toEqual([true, false]);
  });

  it('stays wrong for other words, or another category', async () => {
    const d = doc(TEXT, [{ category: 'capitals', quote: 'Panel' }]);
    const r = score(d, [finding(TEXT, 'capitals', 'Board'), finding(TEXT, 'jargon', 'Panel', 2)]);
    expect(r.scored.map((s) => s.right)).toEqual([false, false]);
    // a close category (headings, capitals and all caps) is enough
    expect(score(d, [finding(TEXT, 'headings', 'Panel', 2)]).scored[0]!.right).toBe(true);
  });

  it('takes the words a finding flags at the item as the item’s words', async () => {
    const d = doc(TEXT, [{ category: 'capitals', quote: 'write to the Panel' }]);
    expect(score(d, [finding(TEXT, 'capitals', 'Panel', 2)]).scored[0]!.right).toBe(false);
    const r = score(d, [finding(TEXT, 'capitals', 'Panel', 1), finding(TEXT, 'capitals', 'Panel', 2)]);
    expect(r.scored.map((s) => s.right)).toEqual([true, true]);
  });

  it('counts a place a habit finding names (passive verbs in data.places)', async () => {
    const text = 'The forms were sent in May. The notes were filed. Later the forms were sent again.';
    const d = doc(text, [{ category: 'passive', quote: 'were sent', occurrence: 1 }]);
    const second = text.indexOf('were sent', 20);
    const places = [{ offset: second, endOffset: second + 9, line: 1, column: second + 1 }];
    // stands on “were filed” (no item), names the second “were sent”: a repeat of the item
    const r = score(d, [finding(text, 'passive-voice', 'were filed', 1, { places })]);
    expect(r.scored[0]!.right).toBe(true);
    expect(r.items[0]!.found).toBe(false);
  });
});

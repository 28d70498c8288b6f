/**
 * A name's last word written 2 ways in one document: “the Blue Badge Scheme” in one place and
 * “the Blue Badge scheme” in another, “our Stop Smoking Service” and “the Stop Smoking service”.
 * The words before it keep their capitals both times, so they are a name; the last word is a common
 * noun (scheme, service, team) that the page writes both with a capital and without. Readers cannot
 * tell whether the 2 are one thing. Only the form with the capital is named, once for each place,
 * and only when the other form is on the page too. Used by the capitals rule.
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf, type Token } from './tokens.js';
import { overlaps } from './terms.js';

/** Common nouns that end the name of a scheme, a service or a group. */
const HEAD_NOUNS = new Set([
  'scheme', 'service', 'services', 'team', 'programme', 'project', 'plan', 'strategy', 'policy', 'fund', 'grant',
  'allowance', 'campaign', 'pathway', 'network', 'partnership', 'panel', 'forum', 'group', 'committee', 'unit', 'clinic',
  'centre', 'hub', 'helpline', 'framework', 'review', 'assessment', 'card', 'pass', 'badge', 'award', 'directory',
]);
/** Words that start a sentence or a heading but are no part of a name: “The Blue Badge Scheme”. */
const OPENERS = new Set(['the', 'our', 'a', 'an', 'your', 'this', 'their', 'its', 'new', 'each', 'every', 'any']);
const CAPITAL = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$|^\p{Lu}{2,6}$/u;

export interface HeadForm {
  start: number;
  end: number;
  written: string;
  other: string;
}

export function headForms(doc: LintDocument, skip: Array<[number, number]>): HeadForm[] {
  const capital: Array<HeadForm & { key: string }> = [];
  const lower = new Map<string, string>();
  for (const block of doc.blocks) {
    if (block.inTable || block.kind === 'tableCell') continue;
    const tokens = tokensOf(block);
    for (let i = 1; i < tokens.length; i++) {
      const head = tokens[i]!;
      if (head.kind !== 'word' || !HEAD_NOUNS.has(head.lower)) continue;
      const name = nameBefore(tokens, i);
      if (!name) continue;
      const words = name.map((t) => t.raw);
      const key = `${words.join(' ')} ${head.lower.replace(/s$/, '')}`;
      if (/^\p{Ll}/u.test(head.raw)) {
        if (!lower.has(key)) lower.set(key, `${words.join(' ')} ${head.raw}`);
        continue;
      }
      // A capital on the last word only when the next word does not go on with the name (“Blue
      // Badge Scheme Rules”), and not in link text, quotes or code.
      const next = tokens[i + 1];
      if (next?.kind === 'word' && next.sentence === head.sentence && /^\p{Lu}/u.test(next.raw)) continue;
      if (!/^\p{Lu}\p{Ll}+$/u.test(head.raw) || overlaps(skip, name[0]!.start, head.end)) continue;
      capital.push({ start: head.start, end: head.end, written: `${words.join(' ')} ${head.raw}`, other: '', key });
    }
  }
  return capital.filter((c) => lower.has(c.key)).map(({ key, ...c }) => ({ ...c, other: lower.get(key)! }));
}

/** The capitalised words right before the head noun, in its sentence, with no opener (“The”) at their start: the name. */
function nameBefore(tokens: Token[], i: number): Token[] | undefined {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && tokens[k]!.sentence === tokens[i]!.sentence && CAPITAL.test(tokens[k]!.raw) && i - k <= 4) k--;
  let name = tokens.slice(k + 1, i);
  while (name.length && OPENERS.has(name[0]!.lower)) name = name.slice(1);
  // At least one word, and not only a word that starts the sentence (“Our Team”, “Support Team” at the start).
  if (!name.length) return undefined;
  return name;
}

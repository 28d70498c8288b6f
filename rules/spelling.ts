import { defineRule } from '../src/types.js';
import type { Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { runRetext } from './lib/retext.js';
import { quote } from './lib/terms.js';
import data from './data/spelling-words.json' with { type: 'json' };
import usSpellings from './data/lists/uk-spelling.json' with { type: 'json' };

type Options = { words: string[] };

/** NHS, medical, public-sector and web words, and place names: rules/data/spelling-words.json. */
const BUILT_IN = [...data.nhs, ...data.web, ...data.places];
/** US spellings: the uk-spelling rule names them, so this rule does not flag the same word again. */
const US = new Set(usSpellings.entries.flatMap((e) => (Array.isArray(e.match) ? e.match : [e.match]).map((m: string) => m.toLowerCase())));

const CAPITALS_INSIDE = /^.+\p{Lu}/u;
const DIGIT = /\d/;
/** "nhs.uk", "nunjucks.configure": web addresses and code written as words. */
const DOT_INSIDE = /\.\p{L}/u;
const CAPITAL = /^\p{Lu}/u;

export default defineRule<Options>({
  meta: {
    id: 'spelling',
    description: 'A UK English spell check for slips of the keyboard (“recieve”, “apointment”), with NHS, medical, public-sector and web words and UK place names.',
    severity: 'suggestion',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    docs:
      'Checks words against a UK English dictionary (dictionary-en-gb), with NHS, medical, public-sector ' +
      'and web words and UK place names added (rules/data/spelling-words.json), and suggests the closest ' +
      'word. It is on in the presets as a suggestion, and it looks for slips, not for every word a ' +
      'dictionary lacks:\n\n' +
      '- a word the document uses more than once is a term it uses on purpose, so it is left alone\n' +
      '- it flags a word only when a dictionary word is 1 or 2 letters away, and not the same word split in two (“frontend”)\n' +
      '- it does not check words that start with a capital letter (most are names), acronyms, words with numbers, code, ' +
      'web addresses, paths, command options, quoted words and US spellings (the uk-spelling rule names those)\n\n' +
      'Add your own words in the words option, for example { "words": ["eConsult", "Bassetlaw"] }.',
    defaultOptions: { words: [] },
    schema: (z) => z.strictObject({ words: z.optional(z.array(z.string())) }),
    examples: {
      good: [
        { text: 'You will recieve a letter from Basildon Hospital.', options: { words: ['recieve'] } },
        { text: 'Your GP practice will send you a text message about your NHS Health Check.' },
      ],
      bad: [
        { text: 'You will recieve a letter about your apointment.', count: 2, flags: ['recieve', 'apointment'] },
      ],
    },
  },
  async check(doc, context) {
    const words = Array.isArray(context.options?.words) ? context.options.words.filter((w): w is string => typeof w === 'string') : [];
    const own = [...new Set([...BUILT_IN, ...words])].sort();
    const acronyms = new Set((context.settings?.acronyms ?? []).map((a) => a.toLowerCase()));
    // Names, acronyms and words with numbers are hidden from the checker: they are not mistakes,
    // and looking for suggestions for them is slow.
    const hideWord = (node: Word) => {
      const word = toString(node);
      // Parts of paths and command options: “/tmp/”, “--formt”.
      const at = node.position?.start.offset ?? -1;
      const end = node.position?.end.offset ?? -1;
      if (at > 0 && (/[/\\]/.test(doc.text[at - 1]!) || doc.text.slice(at - 2, at) === '--' || /[/\\]/.test(doc.text[end] ?? ''))) return true;
      // Very long “words” (a run of letters in a hostile or broken file) are not slips, and looking
      // for suggestions for them takes memory that grows with their length: 5,000 letters took 4 GB.
      if (word.length > MAX_WORD) return true;
      return (
        CAPITAL.test(word) || CAPITALS_INSIDE.test(word) || DIGIT.test(word) || DOT_INSIDE.test(word) || acronyms.has(word.toLowerCase())
      );
    };
    const messages = await runRetext(doc, `retext-spell:${own.join('\n')}`, loadSpell, { personal: own.join('\n') }, { hideWord });
    // A word the document uses more than once is a term it uses on purpose (a name, a product, a
    // word of its field), not a slip: only words used once are checked.
    const uses = new Map<string, number>();
    for (const m of messages) uses.set(m.actual.toLowerCase(), (uses.get(m.actual.toLowerCase()) ?? 0) + 1);
    for (const m of messages) {
      if (m.ruleId === 'overflow') continue;
      const word = m.actual;
      if ((uses.get(word.toLowerCase()) ?? 0) > 1 || US.has(word.toLowerCase()) || !likelyTypo(word, m.expected)) continue;
      const suggestions = m.expected.slice(0, 3);
      context.report({
        span: { start: m.start, end: m.end },
        message: `${quote(word)} is not in the UK English dictionary.`,
        why: 'Spelling mistakes make readers trust the text less, and screen readers may read them out oddly.',
        suggestions: suggestions.length ? suggestions : ['Check the spelling, or add the word to the words option.'],
        data: { word },
      });
    }
  },
});

/** Longer than any dictionary word the check could suggest (“antidisestablishmentarianism” is 28). */
const MAX_WORD = 30;

/**
 * A slip of the keyboard, not a word the dictionary lacks: no code-like shape (“nhsuk-grid-column”,
 * “color_blue”), and a suggestion 1 or 2 letters away that is not the same word split in two
 * (“frontend” → “front end” is a compound, not a typo).
 */
function likelyTypo(word: string, expected: string[]): boolean {
  if (/_/.test(word) || (word.match(/-/g)?.length ?? 0) >= 2) return false;
  const lower = word.toLowerCase();
  const best = expected[0]?.toLowerCase();
  if (!best) return false;
  if (best.replace(/[\s'’-]/g, '') === lower.replace(/[\s'’-]/g, '')) return false;
  return distance(lower, best) <= 2;
}

/** Edit distance with swaps of 2 letters (Damerau–Levenshtein, restricted). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** retext-spell with the UK dictionary: both load only when the rule is turned on. */
async function loadSpell(): Promise<{ default: unknown }> {
  const [spell, dictionary] = await Promise.all([import('retext-spell'), import('dictionary-en-gb')]);
  const plugin = spell.default;
  // retext-spell takes the dictionary in its options: bind it here, so callers pass only words.
  return {
    default: function retextSpellEnGb(this: unknown, options: { personal?: string }) {
      return (plugin as (o: unknown) => unknown).call(this, { dictionary: dictionary.default, personal: options?.personal, max: 500 });
    },
  };
}

import { defineRule } from '../src/types.js';
import type { Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { runRetext } from './lib/retext.js';
import { quote } from './lib/terms.js';

type Options = { words: string[] };

/** Words a UK health dictionary lacks but NHS writing uses all the time. */
const BUILT_IN = [
  'wellbeing', 'healthcare', 'email', 'emails', 'online', 'website', 'websites', 'app', 'apps', 'covid',
  'sonographer', 'sonographers', 'phlebotomy', 'phlebotomist', 'phlebotomists', 'perimenopause',
  'telehealth', 'macular', 'frontline', 'unvaccinated', 'dyscalculia', 'coeliac', 'mpox', 'rotavirus',
  'neurodivergent', 'neurodiverse',
  // Prefixes of hyphenated words ("pre-booked", "co-production", "socio-economic"): each part is checked.
  'pre', 'co', 'socio', 'non',
];

const CAPITALS_INSIDE = /^.+\p{Lu}/u;
const DIGIT = /\d/;
/** "nhs.uk", "nunjucks.configure": web addresses and code written as words. */
const DOT_INSIDE = /\.\p{L}/u;
const CAPITAL = /^\p{Lu}/u;

export default defineRule<Options>({
  meta: {
    id: 'spelling',
    description: 'A full UK English spell check (off by default): words the UK English dictionary does not know.',
    severity: 'suggestion',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    docs:
      'Checks every word against a UK English dictionary (dictionary-en-gb) and suggests the closest ' +
      'words. It is off in the presets, because you need to add your own place names, drug names and ' +
      'service names first. Turn it on in your config and list your words in the words option, for ' +
      'example { "words": ["eConsult"] }. Words that start with a capital letter (most are names), ' +
      'acronyms, words with numbers, code, web addresses and quoted words are not checked.',
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
      return (
        CAPITAL.test(word) || CAPITALS_INSIDE.test(word) || DIGIT.test(word) || DOT_INSIDE.test(word) || acronyms.has(word.toLowerCase())
      );
    };
    const messages = await runRetext(doc, `retext-spell:${own.join('\n')}`, loadSpell, { personal: own.join('\n') }, { hideWord });
    for (const m of messages) {
      if (m.ruleId === 'overflow') continue;
      const word = m.actual;
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

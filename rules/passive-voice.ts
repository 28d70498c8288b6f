import { defineRule } from '../src/types.js';
import type { Block } from '../src/types.js';
import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { runRetext, wordIndex } from './lib/retext.js';
import { quote } from './lib/terms.js';

type Options = { minPerParagraph: number };

/** Not passive in the sense that matters: "is made up of", "is set up", "was born". */
const NOT_PASSIVE_AFTER = new Map<string, Set<string>>([
  ['made', new Set(['up'])],
  ['set', new Set(['up', 'out'])],
  ['built', new Set(['in', 'into'])],
]);
const NEVER = new Set(['born', 'fit']);
/** The verbs retext-passive looks for before a participle. */
const BE = new Set(['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be']);

interface Passive {
  sentence: Sentence;
  be: Word;
  participle: Word;
}

export default defineRule<Options>({
  meta: {
    id: 'passive-voice',
    description: 'Paragraphs with several sentences in the passive voice (“your results will be sent”), where active sentences would be clearer.',
    severity: 'suggestion',
    principle: 'Write in plain, accessible and inclusive language, in short sentences, which are free from jargon and acronyms.',
    docs:
      'A sentence in the passive voice can hide who does what: “your results will be sent” does not ' +
      'say who sends them. “We will send your results” is clearer and friendlier. The passive voice ' +
      'is often fine on its own, so this rule only speaks up when a paragraph has 2 or more passive ' +
      'sentences (option minPerParagraph). It uses retext-passive, which knows common verbs like ' +
      '“sent”, “given” and “told”. It will not find every passive sentence.',
    defaultOptions: { minPerParagraph: 2 },
    schema: (z) => z.strictObject({ minPerParagraph: z.optional(z.int().check(z.gte(1))) }),
    examples: {
      good: [
        { text: 'We will send your results to your GP. Your GP will call you if you need to come in.' },
        { text: 'Your results will be sent to your GP. They will call you if you need to come in.' },
        { text: 'The new surgery is made up of 3 floors. It was built in 2020.' },
      ],
      bad: [
        {
          text: 'Your results will be sent to your GP. You will be told if you need another test.',
          count: 1,
          flags: ['be sent'],
        },
        {
          text: 'Letters were sent to all patients. The vaccine is given by a nurse. Advice is found on our website.',
          count: 1,
          flags: ['were sent'],
        },
      ],
    },
  },
  async check(doc, context) {
    const min = Math.max(1, Number(context.options?.minPerParagraph) || 2);
    // Only paragraphs with at least `min` sentences that have a "be" verb followed by another
    // word can have a finding (headings and table cells never do).
    const messages = await runRetext(doc, 'retext-passive', () => import('retext-passive'), undefined, {
      sentences: (block, words) => {
        if (block.kind === 'heading' || block.kind === 'tableCell') return undefined;
        const keep = words.map((w) => w.some((word, i) => i < w.length - 1 && BE.has(word)));
        return keep.filter(Boolean).length >= min ? keep : undefined;
      },
    });
    if (!messages.length) return;
    const index = wordIndex(doc);
    const byBlock = new Map<Block, Passive[]>();
    for (const m of messages) {
      const place = index.place.get(m.start.offset);
      if (!place || place.block.kind === 'heading' || place.block.kind === 'tableCell') continue;
      const participle = index.byStart.get(m.start.offset)!;
      const word = toString(participle).toLowerCase();
      if (NEVER.has(word)) continue;
      const next = nextWord(place.sentence, place.index);
      if (next && NOT_PASSIVE_AFTER.get(word)?.has(toString(next).toLowerCase())) continue;
      const be = previousWord(place.sentence, place.index);
      if (!be) continue;
      const list = byBlock.get(place.block) ?? [];
      // Count sentences, not verbs.
      if (!list.some((p) => p.sentence === place.sentence)) list.push({ sentence: place.sentence, be, participle });
      byBlock.set(place.block, list);
    }
    for (const passives of byBlock.values()) {
      if (passives.length < min) continue;
      const first = passives[0]!;
      const phrases = [...new Set(passives.map((p) => quote(`${toString(p.be)} ${toString(p.participle)}`)))].slice(0, 2);
      context.report({
        from: first.be,
        to: first.participle,
        message: `${passives.length} sentences here are in the passive voice, like ${phrases.join(' and ')}.`,
        why: 'Active sentences say who does what, so they are easier to follow and sound friendlier.',
        suggestions: ['Say who does the action, like “we will send your results” in place of “your results will be sent”.'],
        data: { sentences: passives.length },
      });
    }
  },
});

function previousWord(sentence: Sentence, i: number): Word | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const node = sentence.children[k]!;
    if (node.type === 'WordNode') return node;
  }
  return undefined;
}

function nextWord(sentence: Sentence, i: number): Word | undefined {
  for (let k = i + 1; k < sentence.children.length; k++) {
    const node = sentence.children[k]!;
    if (node.type === 'WordNode') return node;
    if (node.type !== 'WhiteSpaceNode') return undefined;
  }
  return undefined;
}

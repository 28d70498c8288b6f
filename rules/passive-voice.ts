import { defineRule } from '../src/types.js';
import { toString } from 'nlcst-to-string';
import { sentencesOf } from './lib/words.js';
import { findPassives, type PassiveMatch } from './lib/passive.js';
import { quote } from './lib/terms.js';

type Options = { minPerParagraph: number; maxShare: number };

export default defineRule<Options>({
  meta: {
    id: 'passive-voice',
    description: 'Sentences in the passive voice (“your results will be sent”, “surveys were issued”), where an active sentence would be clearer.',
    severity: 'suggestion',
    principle: 'Write in plain, accessible and inclusive language, in short sentences, which are free from jargon and acronyms.',
    docs:
      'A sentence in the passive voice can hide who does what: “your results will be sent” does not ' +
      'say who sends them. “We will send your results” is clearer and friendlier. The rule names each ' +
      'passive sentence once, with the active pattern to use, like “we issued” for “were issued”.\n\n' +
      'It finds a form of “be” or “get” followed by a past participle: “were issued”, “is hoped”, ' +
      '“can be accessed”, “was sent”. Words that look like participles but work as adjectives are left ' +
      'alone: “we are committed to”, “the clinic is based in”, “are interested in”, “is closed”. So is a ' +
      'participle followed by a noun (“these are trained nurses”).\n\n' +
      'The passive voice is sometimes the right choice, so this is a suggestion. It speaks up only ' +
      'where the passive is a habit. That is a document where 2 or more sentences, and more than ' +
      '1 sentence in 5, are passive (option maxShare, 0.2). It is also a paragraph with 3 or more passive ' +
      'sentences (option minPerParagraph). Set minPerParagraph to 1 to name every passive sentence.',
    defaultOptions: { minPerParagraph: 3, maxShare: 0.2 },
    schema: (z) => z.strictObject({ minPerParagraph: z.optional(z.int().check(z.gte(1))), maxShare: z.optional(z.number().check(z.gte(0), z.lte(1))) }),
    examples: {
      good: [
        { text: 'We will send your results to your GP. Your GP will call you if you need to come in.' },
        { text: 'We are committed to better care. The service is based in Harlow and we are interested in your views.' },
        { text: 'These are trained nurses. The clinic is closed on Sundays.' },
        { text: 'The new surgery is made up of 3 floors.' },
      ],
      bad: [
        {
          text: 'Four surveys were issued in May.\n\nIt is hoped that more people reply.\n\nYour records can be accessed online.',
          count: 3,
          flags: ['were issued', 'is hoped', 'can be accessed'],
        },
        {
          text: 'We opened the clinic in May. Records can be accessed online. You can book by phone. We are open every day.',
          options: { minPerParagraph: 1 },
          count: 1,
          flags: ['can be accessed'],
        },
        {
          text: 'Your results will be sent to your GP. You will be told if you need another test.',
          count: 2,
          flags: ['will be sent', 'will be told'],
        },
      ],
    },
  },
  check(doc, context) {
    const min = Math.max(1, Number(context.options?.minPerParagraph) || 3);
    const maxShare = Number(context.options?.maxShare ?? 0.2);
    const byBlock: PassiveMatch[][] = [];
    let sentences = 0;
    let passive = 0;
    for (const block of doc.blocks) {
      if (block.kind === 'heading' || block.kind === 'tableCell') continue;
      const found: PassiveMatch[] = [];
      for (const sentence of sentencesOf(block)) {
        sentences++;
        // One finding for each sentence: its first passive verb.
        const passives = findPassives(sentence);
        if (passives.length) found.push(passives[0]!);
      }
      passive += found.length;
      if (found.length) byBlock.push(found);
    }
    // A document where the passive is a habit: every passive sentence is named.
    const habit = passive >= 2 && passive > sentences * maxShare;
    for (const found of byBlock) {
      if (found.length < min && !habit) continue;
      for (const p of found) {
        const phrase = `${p.lead} ${toString(p.participle)}`;
        const start = p.first.position!.start.offset!;
        const written = doc.text.slice(start, p.participle.position!.end.offset!);
        // “is not followed”: the active pattern keeps the “not” the writer wrote.
        const negated = /\b(not|never)\b|n['’]t\b/i.test(written);
        context.report({
          from: p.first,
          to: p.participle,
          message: `${quote(written)} is in the passive voice: it does not say who does it.`,
          why: 'Active sentences say who does what, so they are easier to follow and sound friendlier.',
          suggestions: [
            p.active
              ? `Say who does it: “${p.active} …” in place of ${quote(written)}${negated ? ', keeping the “not”' : ''}.`
              : `Say who does it, like “we will send your results” in place of “your results will be sent”.`,
          ],
          data: { phrase: phrase.toLowerCase(), ...(p.active ? { active: p.active } : {}) },
        });
      }
    }
  },
});

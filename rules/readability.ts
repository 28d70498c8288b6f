import { defineRule } from '../src/types.js';
import type { Block, RuleContext, Section } from '../src/types.js';
import { hardParts, readingAgeOptions, syllables, type ReadingAge } from './lib/stats.js';
import { readerWords, sentencesOf } from './lib/words.js';
import { toString } from 'nlcst-to-string';

/**
 * Reading age, computed by plainlint itself (retext-readability's SMOG-to-age conversion is
 * wrong in v8, so its figures are not shown as an age). SMOG is scaled to 30 sentences;
 * below `minSentences` a part is too short to score and is not judged. Only prose counts
 * (isProse in lib/stats.ts), the same as for the document summary.
 */
type Options = { minSentences: number; margin: number; target?: number };

export default defineRule<Options>({
  meta: {
    id: 'readability',
    description: 'Parts of the document with a reading age above the target (age 11 for NHS).',
    severity: 'warning',
    principle: 'Write in plain, accessible language that everyone can understand.',
    docs:
      'Works out one reading age for each part of the document (the text under each heading), or for ' +
      'the whole document when no part is long enough. It uses the Simple Measure of Gobbledygook, ' +
      'shown on the UK reading-age scale that health writers use.\n\n' +
      'Many adults in the UK have low health literacy. So the NHS aims for a reading age of 9 to 11, ' +
      'and its guide allows up to age 14 for medical information. By default the rule warns only when ' +
      'a part is more than 3 years above the target, and the Flesch–Kincaid measure agrees. Set the ' +
      'margin option to 0 to warn on anything above the target.\n\n' +
      'A part with fewer than 10 sentences is too short to score fairly, so the rule does not judge it. ' +
      'Lists of names and lists of links to other pages are titles, not sentences. So the rule leaves ' +
      'out lines with no full stop when most of their words have capitals or are link text. The ' +
      'summary at the top of a report leaves them out too, so a draft has one reading age. When a part ' +
      'is too hard, the rule points to its hardest sentence.\n\n' +
      'Long sentences are often what makes a part hard. When a part that is too hard has a sentence of ' +
      'over 25 words, the sentence-length finding gives its reading age and names those sentences. Then ' +
      'this rule does not give that part a finding of its own, so the advice is said once.',
    defaultOptions: { minSentences: 10, margin: 3 },
    schema: (z) => z.strictObject({ target: z.optional(z.number().check(z.gte(5), z.lte(25))), minSentences: z.optional(z.int().check(z.gte(1))), margin: z.optional(z.number().check(z.gte(0))) }),
    examples: {
      good: [
        {
          text: [
            '# Flu vaccine',
            'The flu vaccine is free for many people.',
            'You can get it at your GP surgery.',
            'You can also get it at a pharmacy.',
            'It takes a few minutes.',
            'Most people feel fine after it.',
            'Your arm may feel sore for a day or two.',
            'This is normal.',
            'Ask us if you have any questions.',
            'We are happy to help.',
            'Book now to stay well this winter.',
          ].join('\n'),
        },
      ],
      bad: [
        {
          text: [
            '# Strategic priorities',
            'The integrated care partnership will prioritise collaborative transformation initiatives.',
            'Organisational accountability necessitates comprehensive performance monitoring.',
            'Operational effectiveness depends upon sustainable infrastructure investment.',
            'Population health management facilitates evidence-based intervention identification.',
            'Commissioning arrangements require considerable interorganisational coordination.',
            'Community engagement activities inform strategic decision-making processes.',
            'Digital transformation enables integrated information governance capabilities.',
            'Multidisciplinary collaboration improves therapeutic intervention appropriateness.',
            'Preventative approaches reduce unnecessary hospitalisation significantly.',
            'Financial sustainability considerations influence organisational prioritisation.',
          ].join('\n'),
          count: 1,
          flags: ['Strategic priorities'],
        },
      ],
    },
  },
  check(doc, context) {
    const options = readingAgeOptions(context.options, context.settings);
    for (const part of hardParts(doc, options)) {
      const { section, age, body } = part;
      if (section) {
        const name = section.heading ? `“${section.heading}”` : 'The opening part';
        report(context, section.node ?? body[0]?.node, `${name} has a reading age of ${age.smogAge} (${age.smogBand}). Aim for ${options.target} or under.`, age, options.target, body, section);
      } else {
        report(context, doc.blocks[0]?.node, `This document has a reading age of ${age.smogAge} (${age.smogBand}). Aim for ${options.target} or under.`, age, options.target, body);
      }
    }
  },
});

function report(
  context: RuleContext<Options>,
  where: Block['node'] | undefined,
  message: string,
  age: ReadingAge,
  target: number,
  body: Block[],
  section?: Section,
): void {
  const hardest = hardestSentence(body);
  const suggestions = ['Use shorter sentences and everyday words.'];
  if (hardest) suggestions.push(`Start with the hardest sentence: “${hardest.slice(0, 80)}${hardest.length > 80 ? '…' : ''}”`);
  context.report({
    node: where,
    message,
    why: 'Many adults in the UK find health information hard to read. The NHS aims for a reading age of 9 to 11.',
    suggestions,
    data: { smogGrade: age.smogGrade, smogAge: age.smogAge, fleschKincaidAge: age.fleschKincaidAge, target, section: section?.index ?? null },
  });
}

/** The sentence with the most long words (3 or more syllables), ties broken by length. */
function hardestSentence(blocks: Block[]): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (const block of blocks) {
    for (const sentence of sentencesOf(block)) {
      const words = readerWords(sentence);
      let long = 0;
      for (const w of words) if (syllables(toString(w)) >= 3) long++;
      const score = long * 100 + words.length;
      if (!best || score > best.score) best = { text: toString(sentence).replace(/\s+/g, ' ').trim(), score };
    }
  }
  return best?.text;
}

import { defineRule, type Rule } from '../src/types.js';
import glossary from './data/acronyms.json' with { type: 'json' };
import { buildLexicon, normalExpansion, scanAcronyms, type GlossaryData } from './lib/acronym-scan.js';
import { listedAcronyms } from './lib/list-acronyms.js';

type Options = { allow: string[]; usedOnce: boolean; links: boolean };

const WHY = 'Spell it out the first time you use it. Staff and residents asked for fewer acronyms.';

/** The rule, with the glossary it should use (tests pass a small one). */
export function createAcronymsRule(data: GlossaryData): Rule<Options> {
  return defineRule<Options>({
    meta: {
      id: 'acronyms',
      description: 'Acronyms that are not spelled out the first time they are used, and acronyms used only once.',
      severity: 'warning',
      principle: 'Write in plain, accessible and inclusive language, free from jargon and acronyms.',
      docs:
        'Many readers do not know what acronyms stand for, and staff asked for them to be removed wherever ' +
        'possible. Spell an acronym out the first time you use it, like “integrated care board (ICB)” or ' +
        '“ICB (integrated care board)”, in the same paragraph or earlier. The rule warns once, at the first ' +
        'use, and suggests the words from the glossary. If you use an acronym only once, you do not need it: ' +
        'write the words in full. It also warns when the same acronym is spelled out in 2 different ways.\n\n' +
        'An acronym used once is left alone when the text gives it as a name readers will meet elsewhere: “you may ' +
        'also see the term primary care network (PCN)”.\n\n' +
        'Well-known acronyms like NHS, GP and UK never need spelling out. Nor do everyday ones like CD and PIN, or the letters ' +
        'of a reference like LR/37/18.\n\nIn a technical text (one with code, or that names web technologies like HTML and ' +
        'CSS), the abbreviations the GOV.UK technical A to Z leaves as they are, like CSS and API, need no spelling out either. ' +
        'The list follows the preset (nhs or ' +
        'govuk). Add your own in the acronyms setting or the allow option. Headings, links, lists and tables ' +
        'count, and a glossary table counts as spelling out. Words in code, web addresses, file sizes, Roman ' +
        'numerals and sentences written wholly in capitals are left alone, except for acronyms the glossary knows.\n\n' +
        'Options: allow is a list of acronyms your readers know. Set usedOnce to false to stop suggesting you ' +
        'write out acronyms used only once. Set links to false to leave alone acronyms in link text, which ' +
        'often copies the title of another page.',
      fixable: true,
      defaultOptions: { allow: [], usedOnce: true, links: true },
      schema: (z) => z.strictObject({ allow: z.optional(z.array(z.string())), usedOnce: z.optional(z.boolean()), links: z.optional(z.boolean()) }),
      examples: {
        good: [
          { text: 'The integrated care board (ICB) plans local services. The ICB meets in public every month.' },
          { text: 'Your GP can refer you to the NHS hearing service in the UK.' },
          { text: 'Ask about CAMHS (mental health services for young people). CAMHS can help.' },
          { text: 'The PCN runs extra clinics. The PCN is open late.', options: { allow: ['PCN'] } },
        ],
        bad: [
          { text: 'The ICB plans local services. The ICB meets in public.', count: 1, flags: ['ICB'] },
          {
            text: 'Speak to the patient advice and liaison service (PALS) if you have a concern.',
            count: 1,
            flags: ['PALS'],
          },
          {
            text: 'Go to the emergency department (ED) if you are very unwell. Our eating disorder (ED) team can also help.',
            count: 1,
            flags: ['ED'],
          },
        ],
      },
    },
    check(doc, context) {
      const options = context.options;
      const allow = Array.isArray(options.allow) ? options.allow : [];
      // Acronyms a word list deals with (“BAME”, “STD”) get that list's finding, not a second one here.
      const lexicon = lexiconFor(data, context.settings.preset, [...(context.settings.acronyms ?? []), ...allow, ...listedAcronyms()]);
      const records = scanAcronyms(doc, lexicon, { links: options.links !== false });
      const span = (start: number, end: number) => ({ start: doc.pointAt(start), end: doc.pointAt(end) });

      for (const record of records.values()) {
        const { first, definitions, key } = record;
        const expansions = lexicon.glossary.get(key) ?? [];
        const defined = definitions.length > 0 && definitions[0]!.block <= first.block;
        const once = record.count === 1 && !record.quoted && !record.linked && options.usedOnce !== false;
        const name = `“${first.written}”`;

        if (!defined) {
          const later = definitions.length > 0;
          const words = definitions[0]?.expansion ?? expansions[0];
          const full = words ? fitted(words, first.plural, first.startsSentence) : undefined;
          const shown = first.written + (first.plural ? 's' : '');
          let message = `${name} is an acronym many readers will not know.`;
          if (later) message += ' You spell it out later, but not the first time.';
          else if (once) message = `${name} is an acronym many readers will not know, and you only use it once.`;
          const suggestions = full
            ? once
              ? [`Write “${full}” instead.`]
              : [`Write “${full} (${shown})” the first time, or just “${full}”.`]
            : once
              ? [`Write out in full what ${name} stands for, instead of the acronym.`]
              : [`Spell out what ${name} stands for the first time, then put ${name} in brackets after it.`];
          context.report({
            span: span(first.start, first.end),
            message,
            why: WHY,
            suggestions,
            data: { acronym: key, expansion: words ?? null, uses: record.count, definedLater: later },
          });
        } else if (once && standsFor(definitions[0]!) && !definitions[0]!.inLink && !namesTheTerm(doc.text, definitions[0]!.start)) {
          // Link text that spells out an acronym often copies the title of the page it links to: leave it.
          const definition = definitions[0]!;
          const words = definition.expansion;
          const bracket = definition.bracket;
          const fix = bracket && safeBracket(doc.text, bracket, first.written) ? { range: bracket, text: '' } : undefined;
          context.report({
            span: span(first.start, first.end),
            severity: 'suggestion',
            message: `${name} is only used once, so you do not need the acronym.`,
            why: 'Each acronym is one more thing for readers to remember.',
            suggestions: [bracket ? `Write “${words}” and leave out “(${first.written})”.` : `Write “${words}” instead.`],
            ...(fix ? { fix } : {}),
            data: { acronym: key, expansion: words, uses: 1 },
          });
        }

        // The same acronym spelled out in two different ways.
        const strict = definitions.filter((d) => d.strict);
        if (strict.length > 1) {
          const firstWords = normalExpansion(strict[0]!.expansion);
          const other = strict.find((d) => normalExpansion(d.expansion) !== firstWords);
          if (other) {
            context.report({
              span: span(other.start, other.end),
              message: `${name} is spelled out in 2 ways: “${strict[0]!.expansion}” and “${other.expansion}”.`,
              why: 'Readers cannot tell which one you mean.',
              suggestions: [`Keep ${name} for one of them, and write the other in full every time.`],
              data: { acronym: key, expansions: [strict[0]!.expansion, other.expansion] },
            });
          }
        }
      }
    },
  });
}

export default createAcronymsRule(glossary as GlossaryData);

let cached: { data: GlossaryData; preset: string | undefined; extra: string; lexicon: ReturnType<typeof buildLexicon> } | undefined;
function lexiconFor(data: GlossaryData, preset: string | undefined, extra: unknown[]) {
  const key = extra.map(String).join('\u0000');
  if (cached && cached.data === data && cached.preset === preset && cached.extra === key) return cached.lexicon;
  const lexicon = buildLexicon(data, preset, extra);
  cached = { data, preset, extra: key, lexicon };
  return lexicon;
}

/**
 * Does the sentence give the acronym as a name readers will meet elsewhere (“You may also see the
 * term children and adolescent mental health services (CAMHS) used”, “also known as …”)? Then it
 * is there for the reader, even used once.
 */
function namesTheTerm(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  const start = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s+[^.!?]*$/));
  const sentence = before.slice(start + 1);
  return TERM_NAMED.test(sentence);
}
const TERM_NAMED =
  /\b(?:the (?:term|name|abbreviation|acronym)|(?:also|sometimes|often|usually|formerly|previously) (?:called|known as|named|referred to as|written as)|you (?:may|might|will|can|could) (?:also |often |sometimes )?(?:see|hear|come across)|(?:an? |the )?(?:older|old|former|other|earlier) (?:name|term))\b/i;

/**
 * Are the words what the acronym stands for, to write in its place? Yes when their initials spell
 * it, or when they are a name (“Manchester University NHS Foundation Trust (MFT)”). Words in lower
 * case whose initials do not spell it describe it: “NHSX (now part of the Transformation
 * Directorate)”. Writing them in its place would change the meaning.
 */
function standsFor(definition: { strict: boolean; expansion: string }): boolean {
  return definition.strict || /^\p{Lu}/u.test(definition.expansion);
}

/** The glossary words shaped for where they go: plural to match “ICBs”, capital to start a sentence. */
function fitted(words: string, plural: boolean, startsSentence: boolean): string {
  let out = words;
  if (plural && !/s$/i.test(out)) out += 's';
  if (startsSentence) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** Is the range exactly a space and the acronym in brackets, safe to delete? */
function safeBracket(text: string, range: [number, number], written: string): boolean {
  const slice = text.slice(range[0], range[1]);
  return /^[ \t]*\(/.test(slice) && slice.trim().replace(/^\(|\)$/g, '').replace(/(?:['’]s|s['’]?)$/, '') === written;
}

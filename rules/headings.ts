import type { Heading, Nodes as MdastNodes } from 'mdast';
import { defineRule } from '../src/types.js';
import { acronymsFor, eachNode, isCapsWord, isFamiliarWord, isRomanNumeral, isShouting, plainText } from './lib/mdast.js';
import { loadSpeller } from './lib/spell.js';
import { keptName, loadWordCase, type WordCase } from './lib/word-case.js';
import { boldLines } from './lib/heading-bold.js';
import { CONDITIONS } from './lib/capital-words.js';
import {
  ABBREVIATION,
  ALWAYS_CAPITAL,
  BEFORE_NAME,
  EDGE,
  GLOSSARY_NAMES,
  KEEP_NAMES,
  INNER_PRONOUNS,
  MINOR,
  NAME_HEADS,
  PRONOUNS,
  PROPER_NAMES,
  SPLITS_NAME,
  boldLabel,
  oneCapitalSlip,
  leadingTermSlip,
  questionWithoutMark,
  wordsInBody,
} from './lib/heading-words.js';

/** A date that opens a heading: “January 2026”, “2026”. */
const DATE_START = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}\s/;

/** Characters after which a heading is too long to scan. */
const LONG_HEADING = 120;

export default defineRule<{ properNames: string[]; guide?: 'nhs' | 'govuk' }>({
  meta: {
    id: 'headings',
    description: 'Heading levels that skip, more than one main heading, empty headings, headings in capitals or title case, very long headings, and bold text used as a heading.',
    severity: 'warning',
    principle: 'Make our communications inclusive and accessible.',
    docs:
      'Screen reader users move around a page by its headings, and everyone scans them. So headings ' +
      'need to be real headings, in order. Use one main heading (level 1), then level 2, then level 3, ' +
      'with no level skipped.\n\n' +
      'A short bold line used as a heading is not one: screen readers cannot jump to it. ' +
      'Use a heading style instead, like the Heading 2 style in Word.\n\n' +
      'NHS and GOV.UK use sentence case: only the first word and names start with a capital. ' +
      'The rule suggests sentence case when every main word of a heading starts with a capital. ' +
      'It leaves out acronyms and names the document uses elsewhere.\n\n' +
      'A heading of 3 or more main words is enough. A shorter one (“We Asked”) needs more to show it is not a name. ' +
      'The page may write its words in lower case, or it may start with “We” or “You”, or have a capital on “Us” or “Your” (“Contact Us”). ' +
      'Or another heading on the page may be in title case.\n\n' +
      'Or the dictionary may list each of its words in lower case only (“Prescription Requests”). ' +
      'A heading that ends like the name of a place or a body (“Corner Surgery”, “Child Benefit”) is left alone.\n\n' +
      'A heading in sentence case with a capital on one everyday word (“At your Appointment”) is named too.\n\n' +
      'With the govuk guide, names GOV.UK writes in title case (“Direct Debit”) keep their capitals.\n\n' +
      'A short bold line over a paragraph or a list is a label, like a heading, so it is checked for title case in the same way.\n\n' +
      'Bold lines in a section of examples are left alone. ' +
      'Add your own names with the properNames option. Headings in capitals and headings ending in a ' +
      'full stop or a colon are also reported, and so are headings over 120 characters, too long to scan. With the govuk guide, so are headings that are questions, as GOV.UK asks ' +
      '(“How do I apply?” becomes “How to apply”), but not a question to the reader on a form page (“What is your name?”). ' +
      'In both presets, a heading worded as a question with no question mark (“Is there parking”) is a suggestion.',
    fixable: true,
    defaultOptions: { properNames: [], guide: 'nhs' },
    // guide: whose style the messages name ("The NHS uses sentence case"); the presets set it.
    schema: (z) => z.strictObject({ properNames: z.optional(z.array(z.string())), guide: z.optional(z.enum(['nhs', 'govuk'])) }),
    examples: {
      good: [
        { text: '# Changes to your GP practice\n\n## What happens next\n\n### Blood tests\n\n## Contact us' },
        { text: '# Book your NHS App appointment\n\n## Services in Mid and South Essex' },
        {
          text:
            '# Welcome\n\nRiverside Medical Centre is on Station Road.\n\n## Riverside Medical Centre Station Road',
        },
        { text: '**Remember:** bring your red book.\n\nThe clinic is on the first floor.' },
        { text: '# Corner Surgery\n\nCall us to book.' },
      ],
      bad: [
        { text: '# Flu vaccines\n\n## Who can get one\n\n#### Children', count: 1, flags: ['Children'] },
        { text: '# Flu vaccines\n\n# Covid vaccines', count: 1, flags: ['Covid vaccines'] },
        { text: '## Changes To Your GP Practice', count: 1, flags: ['Changes To Your GP Practice'] },
        { text: '## OPENING HOURS', count: 1, flags: ['OPENING HOURS'] },
        { text: '**What is changing**\n\nThe practice will open at 7:30am.', count: 1, flags: ['What is changing'] },
        { text: '## Book your appointment.', count: 1, flags: ['.'] },
        { text: '# Prescription Requests\n\nOrder your medicine online.', count: 1, flags: ['Prescription Requests'] },
      ],
    },
  },
  async check(doc, context) {
    const acronyms = await acronymsFor(doc, context.settings);
    // The dictionary tells a name (“Elizabeth”) from an everyday word (“jab”) in a suggestion. It is
    // loaded only when a heading has a capital after its first word. The checker page has no
    // dictionary: there the rule goes on without it.
    let capitalsInside = false;
    eachNode(doc.mdast, 'heading', (heading) => {
      if (/\s\p{Lu}\p{Ll}/u.test(plainText(heading))) capitalsInside = true;
    });
    for (const node of doc.mdast.children) {
      if (node.type === 'paragraph' && /\s\p{Lu}\p{Ll}/u.test(boldLabel(node) ?? '')) capitalsInside = true;
    }
    const speller = capitalsInside ? await loadSpeller().catch(() => undefined) : undefined;
    const wordCase: WordCase | undefined = capitalsInside ? await loadWordCase().catch(() => undefined) : undefined;
    // GOV.UK writes some names in title case (“Direct Debit”, “Easy Read”): with its guide they are kept as they are.
    const keepNames = new Set(context.options.guide === 'govuk' ? KEEP_NAMES : []);
    const names = [...PROPER_NAMES, ...GLOSSARY_NAMES, ...keepNames, ...(context.options.properNames ?? [])];
    if (context.settings.organisation) names.push(String(context.settings.organisation));
    names.sort((a, b) => b.length - a.length);
    const { names: properWords, lower: bodyLower } = wordsInBody(doc, false, context.options.guide === 'govuk' ? 'govuk' : 'nhs');
    // A condition the guides write in lower case, which the body also writes so (“Saturday Flu Only
    // clinics” beside “the flu vaccine”), is a slip of capitals, not a name.
    for (const w of [...properWords]) if (CONDITIONS.has(w.toLowerCase()) && bodyLower.has(w.toLowerCase())) properWords.delete(w);
    const house = context.options.guide === 'govuk' ? 'GOV.UK' : 'The NHS';
    const markdown = doc.format === 'markdown';

    // A page that writes one heading in title case (3 main words or more) has the habit: its
    // short headings in title case (“We Asked”) are the same slip.
    let habit = false;
    eachNode(doc.mdast, 'heading', (heading) => {
      if ((titleCase(plainText(heading).replace(/\s+/g, ' ').trim())?.significant ?? 0) >= 3) habit = true;
    });

    let previousDepth: number | undefined;
    let mainHeadings = 0;
    eachNode(doc.mdast, 'heading', (heading) => {
      const text = plainText(heading).replace(/\s+/g, ' ').trim();
      const depth = heading.depth;
      if (!/[\p{L}\p{N}]/u.test(text)) {
        context.report({
          node: heading,
          message: 'This heading is empty.',
          why: 'Screen reader users hear an empty heading and wonder what they missed.',
          suggestions: ['Add words to the heading, or remove it.'],
        });
        return;
      }
      if (previousDepth !== undefined && depth > previousDepth + 1) {
        const want = previousDepth + 1;
        context.report({
          node: heading,
          message: `The heading “${text}” jumps from level ${previousDepth} to level ${depth}.`,
          why: 'Screen reader users move around by headings, and a missing level makes them think they missed something.',
          suggestions: [markdown ? `${'#'.repeat(want)} ${text}` : `Use the Heading ${want} style.`],
          data: { from: previousDepth, to: depth },
        });
      }
      previousDepth = depth;
      if (depth === 1 && ++mainHeadings > 1) {
        context.report({
          node: heading,
          message: `“${text}” is a second main heading (level 1).`,
          why: 'A page has one main heading, so screen reader users know what the whole page is about.',
          suggestions: [markdown ? `## ${text}` : 'Use the Heading 2 style.'],
        });
      }
      // Far past GOV.UK's 65 characters for a title, so a long, clear NHS manual heading (111) passes.
      if (text.length > LONG_HEADING) {
        context.report({
          node: heading,
          message: `The heading is ${text.split(/\s+/).length} words long.`,
          why: 'People scan headings to find what they need. A long heading is slow to scan, and screen readers read all of it.',
          suggestions: ['Say what the section is about in a few words, and move the detail into the text.'],
          severity: 'suggestion',
          data: { kind: 'long' },
        });
      }
      checkWording(heading, text);
    });

    // Bold lines used as headings, and bold labels in title case (rules/lib/heading-bold.ts).
    let labelWords: Set<string> | undefined;
    boldLines(doc, context, house, (label) => {
      labelWords ??= wordsInBody(doc, true).names;
      const titled = titleCase(label, labelWords);
      if (!titled || titled.suggestion === SPLITS_NAME) return undefined;
      return titled.significant >= 3 || shortTitle(titled, label) || ordinaryTitle(titled, label) ? titled.suggestion : undefined;
    });

    function checkWording(heading: Heading, text: string): void {
      const cores = text
        .split(/[ /]+/)
        .map((w) => w.replace(EDGE, ''))
        .filter((w) => /\p{L}/u.test(w));
      // Capitals.
      const capsWords = cores.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 2);
      if (capsWords.length && capsWords.every((w) => isCapsWord(w) || /\d/.test(w) || w.length < 2)) {
        const shouting = capsWords.filter((w) => isShouting(w, acronyms));
        if (shouting.length >= 2 || shouting.some((w) => w.length >= 4)) {
          context.report({
            node: heading,
            message: `The heading “${text}” is in capitals.`,
            why: 'Capitals are harder to read, and some screen readers spell them out letter by letter.',
            suggestions: [sentenceCaseFromCaps(text)],
            data: { kind: 'capitals' },
          });
          return;
        }
      }
      // Title case.
      const titled = titleCase(text);
      if (titled && (titled.significant >= 3 || shortTitle(titled, text) || ordinaryTitle(titled, text))) {
        context.report({
          node: heading,
          message: `The heading “${text}” has a capital letter on every main word.`,
          why: `${house} uses sentence case in headings, because it is easier to read.`,
          suggestions: [titled.suggestion],
          severity: 'suggestion',
          data: { kind: 'title-case' },
        });
      } else if (!titled && wordCase) {
        const slip = oneCapitalSlip(text, { lowerOnly: (w) => wordCase.lowerOnly(w), kept: properWords, names }) ?? leadingTermSlip(text, (w) => wordCase.lowerOnly(w), doc.text);
        if (slip) {
          context.report({
            node: heading,
            message: `The heading “${text}” has a capital letter on ${slip.words.map((w) => `“${w}”`).join(' and ')}.`,
            why: `${house} uses sentence case in headings: a capital letter for the first word and names only.`,
            suggestions: [slip.suggestion],
            severity: 'suggestion',
            data: { kind: 'title-case' },
          });
        }
      }
      if (context.options.guide === 'govuk') checkQuestion(heading, text);
      if (questionWithoutMark(text)) {
        context.report({
          node: heading,
          message: `The heading “${text}” is a question with no question mark.`,
          why: 'Without its question mark, a question reads like a statement that stops short.',
          suggestions: [context.options.guide === 'govuk' ? 'Say what the section tells people, like “How to apply”.' : `${text}?`],
          severity: 'suggestion',
          data: { kind: 'question-mark' },
        });
      }
      // A full stop or a colon at the end.
      const mark = text.endsWith(':') ? ':' : text.endsWith('.') && !text.endsWith('..') && !ABBREVIATION.test(text) ? '.' : '';
      if (mark) {
        let last: (MdastNodes & { type: 'text' }) | undefined;
        eachNode(heading, 'text', (t) => {
          last = t;
        });
        const end = (last as { position?: { end: { offset?: number } } } | undefined)?.position?.end.offset;
        if (end !== undefined && doc.text[end - 1] === mark) {
          context.report({
            span: { start: doc.pointAt(end - 1), end: doc.pointAt(end) },
            message: `The heading “${text}” ends with ${mark === '.' ? 'a full stop' : 'a colon'}.`,
            why:
              mark === '.'
                ? 'Headings do not need full stops, and they make a heading look like a sentence.'
                : 'A heading stands on its own: the words under it do not read on from it like a list.',
            suggestions: [text.slice(0, -1).trimEnd()],
            severity: 'suggestion',
            ...(markdown ? { fix: { range: [end - 1, end] as [number, number], text: '' } } : {}),
          });
        }
      }
    }

    /**
     * GOV.UK: headings and titles are not questions. A question to the reader about themselves
     * (“What is your date of birth?”) is a question page in a service, so it is left alone.
     */
    function checkQuestion(heading: Heading, text: string): void {
      if (!/\?["”’)]*$/.test(text) || /\b(you|your|yours)\b/i.test(text)) return;
      const words = text.split(/\s+/).length;
      if (words < 2) return;
      const how = /^how (do|can|should|would) (i|we) (.+?)\?*$/i.exec(text);
      const suggestion = how ? `How to ${how[3]}` : 'Say what the section tells people, like “Who can apply” or “How to apply”.';
      context.report({
        node: heading,
        message: `The heading “${text}” is a question.`,
        why: 'GOV.UK headings are statements. People scan headings for the answer, and a question makes them read on to find it.',
        suggestions: [suggestion],
        severity: 'suggestion',
        data: { kind: 'question' },
      });
    }

    /**
     * A title-case heading of 1 or 2 main words after the first is a slip, not a name, when the page
     * has the habit, when it starts with “We”, “You” or another personal pronoun (a clause: “We
     * Asked”), or when the body writes each capitalised word in lower case (“Leaving Hospital”
     * above “leaving hospital”).
     */
    function shortTitle(titled: { capitalised: string[]; pronoun: boolean; first: string }, text: string): boolean {
      if (!titled.capitalised.length) return false;
      if (titled.pronoun || titled.capitalised.some((w) => INNER_PRONOUNS.has(w))) return true;
      // Ends like the name of an organisation or a place (“Carers Trust”), unless it opens with a
      // verb (“Leaving Hospital”) or the page writes the same words in lower case.
      const last = titled.capitalised[titled.capitalised.length - 1]!.toLowerCase();
      if (NAME_HEADS.has(last) && !/..ing$/i.test(titled.first) && !doc.text.includes(text.toLowerCase())) return false;
      // The first word must be an ordinary word (“Leaving”), not a place (“Riverside Surgery”).
      const first = titled.first.toLowerCase();
      if (!bodyLower.has(first) && !/..ing$/.test(first)) return false;
      // The body may write the word in the plural (“infections” under “Infection Testing”).
      return habit || titled.capitalised.every((w) => bodyLower.has(w.toLowerCase()) || bodyLower.has(`${w.toLowerCase()}s`));
    }

    /**
     * A short heading in title case made of everyday words: “Prescriptions Information”, “Letter
     * to Patients”, “How To Book”. The dictionary lists each capitalised word after the first in
     * lower case only, so it is not a name (“Reading”, “Summer” are listed with their capital).
     * Left alone: a heading that ends like the name of a place or an organisation (“Corner
     * Surgery”), and names the guides write with capitals (“Healthy Start”, “Blue Badge”).
     */
    function ordinaryTitle(titled: { capitalised: string[]; first: string; suggestion: string }, text: string): boolean {
      // After a date that opens the heading (“January 2026 Patient Newsletter”), the words that follow
      // are judged alone: 2 or more of them.
      const dated = !titled.first && DATE_START.test(text) && titled.capitalised.length >= 2;
      if (!wordCase || (!titled.first && !dated) || !titled.capitalised.length || titled.suggestion === SPLITS_NAME) return false;
      const words = dated ? titled.capitalised : [titled.first, ...titled.capitalised];
      if (words.some((w) => w.replace(/['’-]/g, '').length < 3 || NAME_HEADS.has(w.toLowerCase()) || !wordCase.lowerOnly(w))) return false;
      return !keptName(text);
    }

    /** The sentence-case form of a title-case heading, or undefined when the heading is fine. */
    function titleCase(
      text: string,
      kept: Set<string> = properWords,
    ): { suggestion: string; significant: number; capitalised: string[]; pronoun: boolean; first: string } | undefined {
      let masked = text;
      for (const name of names) {
        // A name GOV.UK writes in title case is a main word with capitals (“Apply For Your Blue Badge”).
        const mark = keepNames.has(name) ? '\u0001' : '\u0000';
        if (name && masked.includes(name)) masked = masked.split(name).join(mark.repeat(name.length));
      }
      const parts = masked.split(/(\s+)/);
      let significant = 0;
      let first = true;
      let offset = 0;
      const lowerAt: number[] = [];
      const capitalised: string[] = [];
      let pronoun = false;
      let firstWord = '';
      // The suggestion is only safe when it keeps each name whole. A word kept because the page
      // capitalises it, next to one lowered (“Adult social Care”), splits a name; a lowered word
      // that is not an everyday word (“Queen elizabeth”) is most likely a name.
      let previous: 'lowered' | 'kept' | 'other' = 'other';
      let splitsName = false;
      for (const part of parts) {
        const at = offset;
        offset += part.length;
        if (!part.trim()) continue;
        const isFirst = first;
        first = false;
        const core = part.replace(EDGE, '');
        if (part.includes('\u0001')) {
          significant++;
          previous = 'other';
          continue;
        }
        if (!core || part.includes('\u0000') || /\d/.test(core)) {
          if (core) previous = 'other';
          continue;
        }
        if (/\p{Lu}.*\p{Lu}/u.test(core) || /^\p{Ll}+\p{Lu}/u.test(core) || isRomanNumeral(core) || ALWAYS_CAPITAL.has(core) || (/^\p{Lu}$/u.test(core) && core !== 'A')) {
          previous = 'other'; // GP, GPs, iPhone, Band B
          continue;
        }
        if (kept.has(core)) {
          if (!isFirst && previous === 'lowered') splitsName = true;
          previous = 'kept';
          continue;
        }
        const capital = /^\p{Lu}[\p{Ll}'’-]*$/u.test(core);
        if (MINOR.has(core.toLowerCase())) {
          if (capital && !isFirst) lowerAt.push(at + part.indexOf(core));
          // “Nurse Recruitment in South Eastern Trust”: a name may start after “in” or “at”, so a
          // word lowered before it does not split it (“of”, “and” and “for” join a name's words).
          if (BEFORE_NAME.has(core.toLowerCase())) previous = 'other';
          continue;
        }
        if (!capital) return undefined;
        significant++;
        if (isFirst) {
          pronoun = PRONOUNS.has(core);
          firstWord = core;
          previous = 'other';
        }
        else {
          lowerAt.push(at + part.indexOf(core));
          capitalised.push(core);
          if (previous === 'kept' || (!isFamiliarWord(core.toLowerCase()) && speller?.known(core.toLowerCase()) === false)) splitsName = true;
          previous = 'lowered';
        }
      }
      if (significant < 2) return undefined;
      let out = text;
      for (const at of lowerAt) out = out.slice(0, at) + out.charAt(at).toLowerCase() + out.slice(at + 1);
      if (splitsName) out = SPLITS_NAME;
      return { suggestion: out, significant, capitalised, pronoun, first: firstWord };
    }

    function sentenceCaseFromCaps(text: string): string {
      const lowered = text.replace(/[A-Z][A-Z'’-]*[A-Z]|[A-Z]/g, (w) => {
        const titled = w.charAt(0) + w.slice(1).toLowerCase();
        if (ALWAYS_CAPITAL.has(titled)) return titled; // “MONDAY” is “Monday”
        return acronyms.has(w) || (isCapsWord(w) && !isShouting(w, acronyms)) ? w : w.toLowerCase();
      });
      return lowered.replace(/\p{L}/u, (c) => c.toUpperCase());
    }
  },
});

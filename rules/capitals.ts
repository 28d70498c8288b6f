import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { defineRule } from '../src/types.js';
import { sentencesOf } from './lib/words.js';
import { eachNode } from './lib/mdast.js';
import { overlaps } from './lib/terms.js';
import { quotedRanges } from './lib/mentions.js';

/** Common nouns and generic job titles that stay in lower case in running text. */
const COMMON = new Set([
  'team', 'teams', 'panel', 'panels', 'board', 'boards', 'committee', 'committees', 'trust', 'trusts', 'government',
  'council', 'councils', 'department', 'departments', 'strategy', 'strategies', 'programme', 'programmes', 'policy',
  'policies', 'director', 'directors', 'manager', 'managers', 'officer', 'officers', 'nurse', 'nurses', 'doctor', 'doctors',
  'consultant', 'consultants', 'chair', 'chairman', 'chairwoman', 'chairperson', 'engagement', 'partnership', 'partnerships',
  'partners', 'community', 'communities', 'patients', 'staff', 'hospital', 'hospitals', 'surgery', 'practice', 'clinic',
  'clinics', 'centre', 'centres', 'ward', 'wards', 'network', 'networks', 'integrated', 'care', 'health', 'wellbeing',
  'response', 'induction', 'forum', 'organisation', 'organisations', 'members', 'residents', 'volunteers', 'carers',
  'urgent', 'treatment', 'strategic', 'executive', 'chief', 'lead', 'leads', 'operations', 'communications', 'plan', 'plans',
]);
/** Words before a common noun that show it is used as a common noun: “our Engagement Team”, “the Panel”. */
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'every', 'each', 'any', 'all', 'his', 'her']);
/** Words between capitals in a name: “Health and Wellbeing Board”. */
const JOINING = new Set(['and', '&']);

/**
 * One term, written in several ways: the forms to look for and the form the guides use. The forms a
 * guide never uses (“e-mail”, “on-line”, “well-being”) are uk-spelling's: it flags each of them.
 */
const TERMS: Array<{ id: string; pattern: RegExp; guide: string; source: string }> = [
  { id: 'wifi', pattern: /\bwi-?fi\b/gi, guide: 'wifi', source: 'the GOV.UK style guide' },
  // “well-being” is uk-spelling's; “well being” and “wellbeing” in one document are this rule's.
  { id: 'wellbeing', pattern: /\bwell ?being\b/gi, guide: 'wellbeing', source: 'the NHS and GOV.UK styles' },
  { id: 'long COVID', pattern: /\blong[- ]covid\b/gi, guide: 'long COVID', source: 'the NHS A to Z' },
  { id: 'COVID-19', pattern: /\bcovid-19\b/gi, guide: 'COVID-19', source: 'the NHS and GOV.UK styles' },
];

export default defineRule({
  meta: {
    id: 'capitals',
    description: 'Capital letters on common nouns and generic job titles in running text (“our Engagement Team”, “the Board”), and one term written in several ways (“Wi-Fi”, “wifi”).',
    severity: 'suggestion',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    schema: (z) => z.strictObject({}),
    docs:
      'GOV.UK and NHS style use lower case for common nouns and generic job titles: “the board”, ' +
      '“our engagement team”, “the government”, “a consultant”. Capitals are for names: “the Judicial ' +
      'Executive Board”, “Mid and South Essex NHS Foundation Trust”. Capital letters in the middle of a ' +
      'sentence slow readers down and make ordinary words look like names.\n\n' +
      'The rule flags a run of capitalised common nouns after words like “the”, “our” and “this” when it is not ' +
      'part of a longer name (“the Department of Health” is a name). It also says when one term is written ' +
      'in several ways in one document, like “Wi-Fi” and “wifi” or “long Covid” and “long COVID”, and which form ' +
      'the guides use. Headings, link text and quoted words are left alone.',
    examples: {
      good: [
        { text: 'Our engagement team works with the board. Mid and South Essex NHS Foundation Trust runs 3 hospitals.' },
        { text: 'We met the Department of Health and the Health and Wellbeing Board of Essex.' },
        { text: 'The surgery has free wifi. Ask at reception for the wifi code.' },
      ],
      bad: [
        { text: 'Our Engagement Team will contact you.', count: 1, flags: ['Engagement Team'] },
        { text: 'Papers for the Board are online. The Panel will meet in May.', count: 2, flags: ['Board', 'Panel'] },
        { text: 'The clinic has Wi-Fi. Ask for the wifi code.', count: 1, flags: ['Wi-Fi'] },
      ],
    },
  },
  check(doc, context) {
    const skip = [...quotedRanges(doc)];
    eachNode(doc.mdast, 'link', (link) => {
      if (link.position) skip.push([link.position.start.offset!, link.position.end.offset!]);
    });
    skip.sort((a, b) => a[0] - b[0]);

    for (const block of doc.blocks) {
      if (block.kind === 'heading' || block.kind === 'tableCell' || !/[a-z]\s+\p{Lu}/u.test(block.text)) continue;
      for (const sentence of sentencesOf(block)) commonNouns(sentence);
    }
    variants();

    function commonNouns(sentence: Sentence): void {
      const words = sentence.children.filter((c): c is Word => c.type === 'WordNode');
      for (let i = 1; i < words.length; i++) {
        if (!DETERMINERS.has(toString(words[i - 1]!).toLowerCase())) continue;
        // The run of capitalised words after the determiner, with “and” between them.
        const run: Word[] = [];
        let j = i;
        while (j < words.length) {
          const text = toString(words[j]!);
          if (/^\p{Lu}\p{Ll}+$/u.test(text)) run.push(words[j]!);
          else if (!(run.length && JOINING.has(text) && /^\p{Lu}/u.test(toString(words[j + 1] ?? words[j]!)))) break;
          j++;
        }
        if (!run.length) continue;
        i = j;
        const next = words[j] ? toString(words[j]!) : '';
        const after = words[j + 1] ? toString(words[j + 1]!) : '';
        // Part of a longer name: “the Department of Health”, “the Trust’s” is still fine to flag.
        if (/^(of|for|in|at|on)$/i.test(next) && /^\p{Lu}/u.test(after)) continue;
        if (/^\p{Lu}/u.test(next)) continue;
        if (!run.every((w) => COMMON.has(toString(w).toLowerCase()))) continue;
        // A long name in the singular is a body's name: “the Health and Wellbeing Board”. In the
        // plural it is generic: “Health and Wellbeing Boards”.
        if (run.length >= 3 && !/s$/.test(toString(run[run.length - 1]!))) continue;
        const start = run[0]!.position!.start.offset!;
        const end = run[run.length - 1]!.position!.end.offset!;
        if (overlaps(skip, start, end)) continue;
        const written = doc.text.slice(start, end);
        const lower = written.replace(/\p{Lu}/gu, (c) => c.toLowerCase());
        context.report({
          span: { start: doc.pointAt(start), end: doc.pointAt(end) },
          message: `“${written}” does not need capitals here.`,
          why: 'Capitals are for names. Common nouns and job titles in lower case are easier to read.',
          suggestions: [lower],
          data: { words: written },
        });
      }
    }

    function variants(): void {
      for (const term of TERMS) {
        const forms = new Map<string, number>();
        for (const m of doc.text.matchAll(term.pattern)) {
          if (overlaps(skip, m.index, m.index + m[0].length)) continue;
          // “emails” counts as “email”: compare the forms without a plural ending.
          const form = m[0].replace(/s$/i, '');
          if (!forms.has(form)) forms.set(form, m.index);
        }
        if (forms.size < 2) continue;
        const [form, at] = [...forms].find(([f]) => f !== term.guide) ?? [...forms][0]!;
        // A capital at the start of a sentence is not another way of writing it.
        const caseOnly = [...forms.keys()].every((f) => f.toLowerCase() === term.guide.toLowerCase());
        if (caseOnly && forms.size === 2 && [...forms.keys()].some((f) => f.charAt(0) === f.charAt(0).toUpperCase() && f.slice(1) === term.guide.slice(1))) continue;
        const list = [...forms.keys()].map((f) => `“${f}”`);
        context.report({
          span: { start: doc.pointAt(at), end: doc.pointAt(at + form.length) },
          message: `This document writes ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}. Use “${term.guide}” every time.`,
          why: `Writing a term one way helps readers, and “${term.guide}” is the form ${term.source} uses.`,
          suggestions: [term.guide],
          data: { term: term.id, forms: [...forms.keys()] },
        });
      }
    }
  },
});

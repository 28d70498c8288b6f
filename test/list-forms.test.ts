/**
 * Word forms in the word lists: a list matches words, not stems, so “deliver” does not find
 * “delivering” unless the entry says so. Every verb in jargon and simpler-words must match its
 * -s, -ed and -ing forms, and every abstract noun its plural, in some entry of the lists (the
 * form may sit in an entry of its own, with its own context). A form left out on purpose is in
 * LEFT_OUT below, with the reason: mostly an adjective with a plain meaning of its own
 * (“advanced cancer”, “an enhanced DBS check”, “informed consent”).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/cli.js';

interface Entry {
  id: string;
  match: string[];
}
const LISTS = ['jargon', 'simpler-words'];
const files = LISTS.map((id) => [id, JSON.parse(readFileSync(join(ROOT, 'rules/data/lists', `${id}.json`), 'utf8')) as { entries: Entry[] }] as const);
/** Every word any built-in list or house style matches, lower case. */
const ALL = new Set<string>();
for (const name of ['lists/jargon', 'lists/simpler-words', 'lists/inclusive-language', 'lists/confused-words', 'house-style']) {
  const data = JSON.parse(readFileSync(join(ROOT, 'rules/data', `${name}.json`), 'utf8')) as { entries: Array<{ match?: string[] }> };
  for (const e of data.entries) for (const m of e.match ?? []) ALL.add(m.toLowerCase());
}

/** Forms left out on purpose: the form, and why. */
const LEFT_OUT: Record<string, string> = {
  documentations: 'no plural in use: “documentation” is the papers as a whole',
  personalisations: 'no plural in use: “personalisation” names an approach to care',
  personalizations: 'no plural in use: “personalisation” names an approach to care',
  advanced: 'an adjective with a plain meaning: “advanced cancer”, “an advanced nurse practitioner”',
  enhanced: 'names a thing: “an enhanced DBS check”, “enhanced care”',
  informed: 'plain in “informed consent”, “an informed choice” and “keep you informed”',
  engagements: 'events, as in “speaking engagements”: not the jargon sense',
  ringed: 'another verb (“a ringed area”), not the phone sense of “ring”',
  weed: 'another word altogether',
  operationalizes: 'the US spelling: uk-spelling flags it',
  hences: 'not a word: “hence” is an adverb, though it ends like a noun',
  amends: 'another word: “make amends”',
  assured: 'plain in “rest assured” and “be assured”',
  proceeds: 'money from a sale, as in “the proceeds of the raffle”: not the verb',
};

/** Nouns with no plural in ordinary use. */
const UNCOUNTABLE = new Set(
  'assistance cessation consumption co-production coproduction correspondence defecation deterioration dissemination eligibility empowerment facilitation flatulence hypertension hypotension micturition prevalence reablement re-ablement remuneration self-management stewardship subsidiarity urination utilisation utilization anonymisation anonymization'.split(' '),
);

/** Past forms that do not end in -ed. */
const IRREGULAR: Record<string, string[]> = { drive: ['drove', 'driven'], seek: ['sought'], undertake: ['undertook', 'undertaken'], partake: ['partook', 'partaken'], reset: ['reset'] };

/** The -s, -ed and -ing forms of a verb, by the regular spelling rules (UK doubling: “signalled”). */
export function verbForms(base: string): { s: string; ed: string[]; ing: string[] } {
  const regular = regularForms(base);
  // Irregular verbs: their own past forms, the regular -s and -ing (“resetting”, “driving”).
  return IRREGULAR[base] ? { ...regular, ed: IRREGULAR[base]! } : regular;
}

function regularForms(base: string): { s: string; ed: string[]; ing: string[] } {
  const s = /(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  if (/ee$/.test(base)) return { s, ed: [`${base}d`], ing: [`${base}ing`] };
  if (/e$/.test(base)) return { s, ed: [`${base}d`], ing: [`${base.slice(0, -1)}ing`] };
  if (/[^aeiou]y$/.test(base)) return { s, ed: [`${base.slice(0, -1)}ied`], ing: [`${base}ing`] };
  // “signal”: “signalled” (UK) or “signaled”; a short word ending consonant-vowel-consonant doubles.
  const last = base.at(-1)!;
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(base) && !/[aeiou]{2}[a-z]$/.test(base);
  return {
    s,
    ed: doubled ? [`${base}ed`, `${base}${last}ed`] : [`${base}ed`],
    ing: doubled ? [`${base}ing`, `${base}${last}ing`] : [`${base}ing`],
  };
}

/** Verbs: a base word that a list matches together with its -ing or -ed form. */
function verbsOf(entry: Entry): string[] {
  const out: string[] = [];
  for (const m of entry.match) {
    if (m.includes(' ') || m.includes('-')) continue;
    const base = m.toLowerCase();
    const f = verbForms(base);
    const hasVerbForm = [...f.ed, ...f.ing].some((w) => ALL.has(w) && entry.match.some((x) => x.toLowerCase() === w || ALL.has(base)));
    if (hasVerbForm) out.push(base);
  }
  // A form on its own (“delivered”) names its verb too.
  for (const m of entry.match) {
    const w = m.toLowerCase();
    if (w.includes(' ')) continue;
    for (const [re, rep] of [[/ing$/, ''], [/ing$/, 'e'], [/ed$/, ''], [/ed$/, 'e'], [/ied$/, 'y'], [/([bdgklmnprt])\1(?:ed|ing)$/, '$1']] as const) {
      if (!re.test(w)) continue;
      const base = w.replace(re, rep);
      if (base.length > 2 && ALL.has(base) && !out.includes(base)) {
        const f = verbForms(base);
        if ([...f.ed, ...f.ing].includes(w)) out.push(base);
      }
    }
  }
  return out;
}

const NOUN = /(?:tion|sion|ment|ance|ence|ity|ship|ism|holder|ist)$/;

describe('word forms in the lists', () => {
  it('every verb matches its -s, -ed and -ing forms, and every abstract noun its plural', () => {
    const missing: string[] = [];
    for (const [list, file] of files) {
      for (const entry of file.entries) {
        for (const base of verbsOf(entry)) {
          const f = verbForms(base);
          for (const forms of [[f.s], f.ed, f.ing]) if (!forms.some((w) => ALL.has(w) || w in LEFT_OUT)) missing.push(`${list} ${entry.id}: ${forms[0]}`);
        }
        for (const m of entry.match) {
          const w = m.toLowerCase();
          if (w.includes(' ') || !NOUN.test(w) || UNCOUNTABLE.has(w)) continue;
          const plural = /ity$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
          if (!ALL.has(plural) && !(plural in LEFT_OUT)) missing.push(`${list} ${entry.id}: ${plural}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every form left out is a form of a listed word, with a reason', () => {
    for (const [form, why] of Object.entries(LEFT_OUT)) {
      expect(ALL.has(form), `${form} is in a list: take it out of LEFT_OUT`).toBe(false);
      expect(why.length, form).toBeGreaterThan(10);
    }
  });

  it('the spelling rules make the forms', () => {
    expect(verbForms('deliver').s).toBe('delivers');
    expect(verbForms('deliver').ed).toContain('delivered');
    expect(verbForms('deliver').ing).toContain('delivering');
    expect(verbForms('prioritise')).toEqual({ s: 'prioritises', ed: ['prioritised'], ing: ['prioritising'] });
    expect(verbForms('facilitate').s).toBe('facilitates');
    expect(verbForms('signal').ed).toContain('signalled');
    expect(verbForms('drive').ed).toEqual(['drove', 'driven']);
    expect(verbForms('notify')).toEqual({ s: 'notifies', ed: ['notified'], ing: ['notifying'] });
    expect(verbForms('focus')).toEqual({ s: 'focuses', ed: ['focused'], ing: ['focusing'] });
  });
});

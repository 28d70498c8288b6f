/**
 * house-style/numbers and house-style/punctuation, the checks the NHS and GOV.UK A to Z guides
 * give for units and a few marks (money and percentages are in money.ts, phone numbers in
 * phones.ts): “15 minutes” not “15 mins”, “or” not a slash, a plural not “document(s)”, “Dr” not
 * “Dr.” and “BBC” not “B.B.C.”.
 */
import type { Env, Hit } from './shared.js';
import { q, spaceAfter, swapHit } from './shared.js';
import { type BlockText, claim, isClaimed, isQuoted, freeMatches } from './text.js';
import { matchesOf } from '../lib/matches.js';

/** “15 mins”, “2 hrs”, “5 yrs”, “6 wks”: short forms of time units in running text. */
const TIME_UNITS = /(?<![\p{L}\p{N}.,:])(\d+(?:\.\d+)?)([ \t]?)(mins?|hrs?|secs?|yrs?|wks?)\.?(?![\p{L}\p{N}])/gu;
const TIME_UNIT_WORDS: Record<string, [string, string]> = { min: ['minute', 'minutes'], hr: ['hour', 'hours'], sec: ['second', 'seconds'], yr: ['year', 'years'], wk: ['week', 'weeks'] };

export function checkTimeUnits(t: BlockText, hits: Hit[]): void {
  if (t.block.inTable) return;
  for (const m of matchesOf(t.text, TIME_UNITS)) {
    const from = m.index;
    const to = from + m[0].length - (m[0].endsWith('.') && /^\s*$/.test(t.text.slice(from + m[0].length, from + m[0].length + 1)) ? 1 : 0);
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const [one, many] = TIME_UNIT_WORDS[m[3]!.replace(/s$/, '')]!;
    const right = `${m[1]} ${Number(m[1]) === 1 ? one : many}`;
    claim(t, from, to);
    hits.push({
      check: 'units',
      from,
      to,
      message: `Write ${q(right)} in full, not ${q(t.text.slice(from, to))}.`,
      why: 'Short forms like “mins” and “hrs” are harder to read, and screen readers may read them out as words.',
      suggestions: [right],
      fix: { from, to, text: right },
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#measurements',
    });
  }
}

/** “38°C”, “38 ºC”, “38 degrees Celsius”, “38 degrees C”. */
const TEMPERATURE = /(?<![\p{L}\p{N}.,])(-|−|&minus;)?(\d{1,3}(?:\.\d)?)(?:[ \t]?[°º][ \t]?C|[ \t]+degrees?[ \t]+(?:Celsius|centigrade|C)|[ \t]?[°º][ \t]?(?=celsius|centigrade))(?![\p{L}\p{N}])/giu;

/** “100.4°F”, “100 degrees Fahrenheit”, and “(100.4F)” just after a Celsius temperature. */
const FAHRENHEIT = /(?<![\p{L}\p{N}.,])\d{2,3}(?:\.\d)?(?:[ \t]?[°º][ \t]?F|[ \t]+degrees?[ \t]+(?:Fahrenheit|F))(?![\p{L}\p{N}])|(?<=\d[ \t]?(?:[°º][ \t]?)?C[ \t]*\()\d{2,3}(?:\.\d)?[ \t]?F(?=\))/giu;

/** Temperatures: NHS style writes “38C” (no degree sign); GOV.UK writes “37°C”. Both use Celsius only. */
export function checkTemperatures(t: BlockText, env: Env, hits: Hit[]): void {
  if (/F\b|Fahrenheit/i.test(t.text)) {
    for (const { m, from, to } of freeMatches(t, FAHRENHEIT)) {
      claim(t, from, to);
      hits.push({
        check: 'units',
        from,
        to,
        message: `Give the temperature in Celsius only: leave out ${q(m[0])}.`,
        why: 'Both guides use Celsius. 2 temperatures for one reading can confuse people who are anxious or unwell.',
        suggestions: ['Leave out the temperature in Fahrenheit.'],
        sourceUrl: env.guide === 'govuk'
          ? 'https://www.gov.uk/guidance/style-guide/a-to-z#temperature'
          : 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#fahrenheit',
      });
    }
  }
  for (const { m, from, to } of freeMatches(t, TEMPERATURE)) {
    const sign = m[1] ? '−' : '';
    const right = env.guide === 'govuk' ? `${sign}${m[2]}°C` : `${sign}${m[2]}C`;
    if (m[0] === right) continue;
    claim(t, from, to);
    hits.push({
      check: 'units',
      from,
      to,
      message: env.guide === 'govuk' || !/[°º]/.test(m[0]) ? `Write the temperature as ${q(right)}.` : `Write the temperature as ${q(right)}, with no degree sign.`,
      why: env.guide === 'govuk'
        ? 'GOV.UK style gives temperatures in Celsius, written the short way: 37°C.'
        : 'NHS style writes temperatures as 38C. It is short, and people read it the same way every time.',
      suggestions: [right],
      fix: { from, to, text: right },
      sourceUrl: env.guide === 'govuk'
        ? 'https://www.gov.uk/guidance/style-guide/a-to-z#temperature'
        : 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#degrees-temperature',
    });
  }
}

/**
 * Words the guides write one way: “email” (not “e-mail”), “online”, “website”, “antenatal”; and,
 * in GOV.UK’s A to Z, “reuse”, “reopen”, “webchat”, “webpage”, “homepage” and “lunchtime”; and
 * “self-” compounds with their hyphen (“self-assessment”, “self-care”).
 */
const WORD_FORMS: Array<[RegExp, string, 'both' | 'govuk']> = [
  [/^e-mail(s|ed|ing)?$/i, 'email', 'both'],
  [/^on-line$/i, 'online', 'both'],
  [/^web[ -]site(s)?$/i, 'website', 'both'],
  [/^ante-natal$/i, 'antenatal', 'both'],
  [/^re-(use|uses|used|using|open|opens|opened|opening|order|orders|ordered|ordering|invent|invents|invented|inventing)$/i, 're', 'govuk'],
  [/^web chat(s)?$/i, 'webchat', 'govuk'],
  [/^web page(s)?$/i, 'webpage', 'govuk'],
  [/^home page(s)?$/i, 'homepage', 'govuk'],
  [/^lunch time(s)?$/i, 'lunchtime', 'govuk'],
  [/^self (\p{L}+)$/iu, 'self-', 'both'],
];
/** “self care”: words that take “self-” (GOV.UK “self-assessment”, “self-employment”; NHS “self-reported”). */
const SELF_WORDS = 'assessments?|assess|care|referrals?|refer|help|harm|harming|management|manage|isolation|isolate|isolating|employed|employment|esteem|confidence|awareness|directed|funded|funding|monitoring|testing|sampling|swab|reported|report|medication|advocacy|service|catering|limiting';
const WORD_FORM_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@./-])(e-mail(?:s|ed|ing)?|on-line|web[ -]sites?|ante-natal|re-(?:uses?|used|using|opens?|opened|opening|orders?|ordered|ordering|invents?|invented|inventing)|web chats?|web pages?|home pages?|lunch times?|self[ \\t]+(?:${SELF_WORDS}))(?![\\p{L}\\p{N}@/-])`,
  'giu',
);

export function checkWordForms(t: BlockText, env: Env, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, WORD_FORM_RE)) {
    const written = m[0];
    const form = WORD_FORMS.find(([re]) => re.test(written));
    if (!form || (form[2] === 'govuk' && env.guide !== 'govuk')) continue;
    let right: string;
    // “Self Assessment tax return”: HMRC's title keeps its capitals and no hyphen.
    if (form[1] === 'self-' && /^Self\s+\p{Lu}/u.test(written)) continue;
    if (form[1] === 're') right = written.replace('-', '');
    else if (form[1] === 'self-') right = written.replace(/\s+/, '-');
    else {
      const ending = form[0].exec(written)?.[1] ?? '';
      right = form[1] + ending;
    }
    right = /^\p{Lu}/u.test(written) ? right[0]!.toUpperCase() + right.slice(1).toLowerCase() : right.toLowerCase();
    claim(t, from, to);
    const why = 'The guide writes this word one way, so it looks the same every time it is read.';
    hits.push(swapHit('terms', from, to, written, right, why, form[2] === 'govuk' ? 'https://www.gov.uk/guidance/style-guide/a-to-z#hyphenation' : undefined));
  }
}

// ---------------------------------------------------------------------------------------------
// Slashes, “(s)” and full stops in abbreviations

/** The days of the week, in full or short: “Saturday/Sunday”, “Sat/Sun”. */
const DAYS = /^(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day)?$|^Wednesday$|^Thursday$|^Saturday$|^Tuesday$/;

/** Word/word: a slash in place of “or”. */
const SLASHED = /(?<![\p{L}\p{N}/.\\@:_#-])(\p{L}[\p{L}'’-]*)(?:(?:\/[ \t]?|[ \t]\/[ \t]?)(\p{L}[\p{L}'’-]*))+(?![\p{L}\p{N}/_@'’-]|\.[\p{L}\p{N}])/gu;
/** Folder and package names: “src/docs”, “zod/mini” are paths, not a choice of words. */
const PATH_PARTS = new Set('src lib bin dist docs doc test tests fixtures scripts rules node npm api www http https md js mjs ts json html css docx pdf xlsx zod mini app assets images img public static config'.split(' '));
/** Units and rates: “mg/ml”, “km/h”, “units/week” are “per”, not “or”. */
const PER_WORDS = new Set(
  ('mg ml l kg g mcg mmol km m cm mm h hr hrs hour hours min mins minute minutes s sec day days week weeks ' +
    'month months year years annum night person head visit session dose litre litres kcal unit units mile miles').split(' '),
);
/** Pairs that name one control or one kind of question: “a play/pause button”, “a yes/no question”. */
const TOGGLES = new Set(['on/off', 'yes/no', 'show/hide', 'play/pause', 'open/close', 'start/stop', 'in/out', 'up/down', 'true/false', 'pass/fail', 'expand/collapse']);

/** A letter of a script other than Latin (Arabic, Greek, Cyrillic, Bengali…). */
const OTHER_SCRIPT = /(?!\p{Script=Latin})\p{L}/u;

export function checkSlashes(t: BlockText, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, SLASHED)) {
    // “diagnosis/ treatment”: a space on one side of the slash is the same slip.
    const parts = m[0].split(/[ \t]*\/[ \t]*/);
    if (/^n\/a$/i.test(m[0])) {
      claim(t, from, to);
      hits.push({
        check: 'slashes',
        from,
        to,
        message: `Write ${q('not applicable')} or ${q('no data')}, not ${q(m[0])}.`,
        why: 'Not everyone knows what “N/A” means, and screen readers read it out letter by letter.',
        suggestions: ['not applicable', 'no data'],
        sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#n-a',
        severity: 'suggestion',
      });
      continue;
    }
    if (t.block.inTable) continue;
    // “box/es”: a plural ending, which checkPluralBrackets reports.
    if (parts.length === 2 && /^(?:s|es)$/.test(parts[1]!)) continue;
    // “A/B”, “w/c”, “c/o”: letters, not words. “AC/DC”, “Black/Black British”: names and labels.
    if (parts.some((p) => p.replace(/['’-]/g, '').length < 2)) continue;
    // “house-style/times”, “long-term/short-term”: names of things and paths, not a choice of words.
    if (parts.some((p) => p.includes('-') || PATH_PARTS.has(p.toLowerCase()))) continue;
    // Capitals on each side are names (“Fisk/Cheere”), but days of the week are a choice: “Saturday/Sunday”.
    if (parts.every((p) => /^\p{Lu}/u.test(p)) && !parts.every((p) => DAYS.test(p))) continue;
    if (parts.slice(1).some((p) => PER_WORDS.has(p.toLowerCase()))) continue;
    if (parts.some((p) => /^(and|or)$/i.test(p)) || TOGGLES.has(m[0].toLowerCase())) continue;
    // “Arabic / عربى”, “Greek/Ελληνικά”: a word and its own name in another script label one
    // thing (a language, a translated leaflet), not a choice between 2.
    if (parts.some((p) => OTHER_SCRIPT.test(p))) continue;
    const right = parts.join(' or ');
    claim(t, from, to);
    // “the recommended dose / exactly as prescribed”: a slash with a space on each side often
    // stands between 2 phrases, not 2 words, so the finding is the slash and the way out is “or”
    // or a new sentence.
    const spaced = /[ \t]\/[ \t]/.exec(m[0]);
    if (spaced && parts.length === 2) {
      hits.push({
        check: 'slashes',
        from: from + spaced.index + 1,
        to: from + spaced.index + 2,
        message: `Use ${q('or')} in place of the slash between ${q(parts[0]!)} and ${q(parts[1]!)}, or say it another way.`,
        why: 'A slash makes readers stop and work out what you mean, and screen readers read it out as “slash”.',
        suggestions: ['or'],
        sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#or',
        severity: 'suggestion',
      });
      continue;
    }
    hits.push({
      check: 'slashes',
      from,
      to,
      message: `Write ${q(right)}, not ${q(m[0])}, or ${q(parts.join(' and '))} if you mean both.`,
      why: 'A slash makes readers stop and work out what you mean, and screen readers read it out as “slash”.',
      suggestions: [right, parts.join(' and ')],
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#or',
      severity: 'suggestion',
    });
  }
}

/** “document(s)”, “child(ren)”: GOV.UK asks for the plural, which covers one or more. */
const PLURAL_BRACKETS = /(?<![\p{L}])(\p{L}{2,})\((s|es|ren)\)(?![\p{L}])/gu;
/** “provider/s”, “bin/s”: the same plural with a slash, which the slash check leaves to this one. */
const PLURAL_SLASH = /(?<![\p{L}\p{N}/.\\@:_#-])(\p{Ll}{2,})\/(s|es)(?![\p{L}\p{N}/_@'’-]|\.[\p{L}\p{N}])/gu;

export function checkPluralBrackets(t: BlockText, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, PLURAL_SLASH)) {
    if (t.block.inTable) continue;
    pluralHit(t, hits, m, from, to, {
      why: 'A slash makes readers stop and work out what you mean, and screen readers read it out as “slash”.',
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#or',
    });
  }
  if (!t.text.includes('(')) return;
  for (const { m, from, to } of freeMatches(t, PLURAL_BRACKETS)) pluralHit(t, hits, m, from, to, {});
}

/** One plural written with a slash or brackets (“provider/s”, “document(s)”): write the plural. */
function pluralHit(t: BlockText, hits: Hit[], m: RegExpMatchArray, from: number, to: number, extra: { why?: string; sourceUrl?: string }): void {
  const right = `${m[1]}${m[2]}`;
  claim(t, from, to);
  hits.push({
    check: 'brackets',
    from,
    to,
    message: `Write the plural, ${q(right)}, not ${q(m[0])}: it covers one or more.`,
    ...extra,
    suggestions: [right],
    fix: { from, to, text: right },
    severity: 'suggestion',
  });
}

/** “Dr. Patel”, “Mrs. Jones”: UK style writes personal titles with no full stop. */
const TITLE_STOP = /(?<![\p{L}\p{N}.])(Mr|Mrs|Ms|Mx|Dr|Prof|Revd|Rev|Cllr)\.(?=[ \t]+\p{Lu})(?![ \t]+(?:The|Then|This|That|It|We|You|They|He|She|I|A|An|In|On|If|When|There|Our|Your)\b)/gu;
/** “Rt. Hon.”, “Rt Hon.”: GOV.UK writes “Rt Hon”, with no full stops. */
const RT_HON = /(?<![\p{L}\p{N}.])Rt(\.?)[ \t]+Hon(\.?)(?=[ \t]+(?:\p{Lu}|the\b))/gu;
/** “B.B.C.”, “N.H.S.”: full stops between capital letters. Initials before a name are left alone. */
const DOTTED = /(?<![\p{L}\p{N}.])((?:\p{Lu}\.){2,}\p{Lu}?)(?![\p{L}\p{N}])(?![ \t]*\p{Lu}\p{Ll})/gu;

export function checkAbbreviationStops(t: BlockText, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, RT_HON)) {
    if (!m[1] && !m[2]) continue;
    claim(t, from, to);
    hits.push({
      check: 'abbreviations',
      from,
      to,
      message: `Write ${q('Rt Hon')} with no full stops.`,
      suggestions: ['Rt Hon'],
      fix: { from, to, text: 'Rt Hon' },
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#rt-hon',
    });
  }
  for (const { m, from, to } of freeMatches(t, TITLE_STOP)) {
    claim(t, from, to);
    hits.push({
      check: 'abbreviations',
      from,
      to,
      message: `Write ${q(m[1]!)} with no full stop.`,
      suggestions: [m[1]!],
      fix: { from: to - 1, to, text: '' },
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#names-and-personal-titles',
    });
  }
  for (const { m, from, to } of freeMatches(t, DOTTED)) {
    const right = m[1]!.replace(/\./g, '');
    claim(t, from, to);
    hits.push({
      check: 'abbreviations',
      from,
      to,
      message: `Write ${q(right)} with no full stops.`,
      suggestions: [right],
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#abbreviations-acronyms-and-initialisms',
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Spaces around punctuation

/** “care , which”, “Note :”: a space before a comma, full stop, colon, semicolon, ! or ?. */
const SPACE_BEFORE = /(?<=[\p{L}\p{N})’”"%])[ \t]+(?:([,;])(?=\s|$|[”"’)]|\p{L})|([:!?]|\.(?!\.))(?=\s|$|[”"’)]))/gu;
/** “appointment.Please”, “care,which”: no space after a full stop or a comma between words. */
const NO_SPACE_AFTER = /(?<=\p{Ll}{2})(?:\.(?=\p{Lu}\p{Ll}{2})|,(?=\p{L}{2}))/gu;

export function checkSpacing(t: BlockText, hits: Hit[]): void {
  const text = t.text;
  for (const { m, from, to } of freeMatches(t, SPACE_BEFORE)) {
    const mark = m[1] ?? m[2]!;
    // A word and its punctuation in separate table cells or after code is not a slip.
    if (text[from - 1] === '\uFFFC') continue;
    // A face (“Smile :)”, “;)”) is not a colon or a semicolon.
    if ((mark === ':' || mark === ';') && text[to] === ')') continue;
    // The space must be in the source, just before the mark: a link’s address or title can sit
    // between the words and the mark (“[plain English](https://… "Title"),”).
    if ((t.ends[to - mark.length - 1] ?? -1) !== t.starts[to - mark.length]) continue;
    claim(t, from, to);
    hits.push({
      check: 'spacing',
      from,
      to,
      message: `Take out the space before ${q(mark)}.`,
      suggestions: [mark],
      fix: { from, to: to - mark.length, text: '' },
      severity: 'suggestion',
    });
  }
  for (const m of matchesOf(text, NO_SPACE_AFTER)) {
    const from = m.index;
    const to = from + 1;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    // A web address or file name written as plain text (“nhs.uk”, “Plan.Docx”) is not prose.
    const word = /\S*$/.exec(text.slice(Math.max(0, from - 40), from))?.[0] ?? '';
    const next = /^\S*/.exec(text.slice(to, to + 40))?.[0] ?? '';
    if (/[/@\\:]|www/i.test(word + next) || /\.(?:uk|com|org|net|gov|nhs)\b/i.test(next)) continue;
    claim(t, from, to);
    hits.push(spaceAfter(m[0], to));
  }
}


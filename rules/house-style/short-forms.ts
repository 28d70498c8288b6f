/**
 * house-style/short-forms: “eg”, “ie” and “etc”, negative contractions (“don't”), “please note”
 * (the entries of rules/data/house-style.json) and the ampersand.
 */
import type { CheckId, Env, Hit } from './shared.js';
import { foldCase, normalisePhrase, patterns, q } from './shared.js';
import { type BlockText, atSentenceStart, capitalise, claim, isClaimed, isQuoted, matchCase, sentenceAt, wordBefore } from './text.js';
import { matchesOf } from '../lib/matches.js';
export function checkPhrases(t: BlockText, env: Env, hits: Hit[]): void {
  const p = patterns();
  const inQuote = t.block.kind === 'blockquote';
  p.phrases.lastIndex = 0;
  for (const m of matchesOf(foldCase(t.text), p.phrases)) {
    const from = m.index;
    const original = t.text.slice(from, from + m[0].length);
    const to = from + original.length;
    const entry = p.phraseIndex.get(normalisePhrase(original));
    if (!entry) continue;
    const check = entry.check as CheckId;
    if (!env.enabled(check)) continue;
    if (entry.skipUpperCase && original === original.toUpperCase()) continue;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const sourceUrl = env.guide === 'govuk' && entry.sourceGovuk ? entry.sourceGovuk : entry.source;
    if (check === 'terms') {
      // A word form one guide sets (“helpdesk”, “beta blockers”). A capital mid-sentence is most
      // often a name (“Sitemap Tools Ltd”, “Care Coordination Team”): left alone.
      if (entry.guide && entry.guide !== env.guide) continue;
      // keepCase: the guide's form has its own capitals (“A level”, “GHz”, “NHS App”), so a form
      // that differs only in its capitals is the slip, and a capital is no sign of a name.
      const start = atSentenceStart(t, from);
      if (!entry.keepCase && /^\p{Lu}/u.test(original) && !start) continue;
      // notAfter: words that give the form another meaning (“vitamins A & E”).
      if (entry.notAfter && entry.notAfter.includes(wordBefore(t, from)?.word.toLowerCase() ?? '')) continue;
      // “Not webserver.”: a style guide's own note names the form to avoid.
      const not = /Not[ \t]+$/.exec(t.text.slice(Math.max(0, from - 8), from));
      if (not && atSentenceStart(t, from - not[0].length)) continue;
      let text = matchCase(original, entry.alternatives[0]!);
      if (entry.keepCase) {
        text = entry.alternatives[0]!;
        if (start) text = capitalise(text);
        if (original.includes('’')) text = text.replace(/'/g, '’');
        if (text === original) continue;
      }
      claim(t, from, to);
      hits.push({
        check,
        from,
        to,
        message: `Write ${q(text)}, not ${q(original)}.`,
        why: entry.reason,
        suggestions: [text],
        fix: { from, to, text },
        sourceUrl,
      });
      continue;
    }
    if (check === 'contractions') {
      if (inQuote) continue;
      // "Do and Don't lists" and "dos and don'ts" are names of things, not instructions.
      if (/^\p{Lu}/u.test(original) && original !== original.toUpperCase() && !atSentenceStart(t, from)) continue;
      if (/\bdos?\)?\s*(?:and|or|&|\/)\s*$/i.test(t.text.slice(Math.max(0, from - 12), from))) continue;
      // A label on its own ("Don't" above a list), in brackets ("(don't)"), or a sentence about contractions.
      if (t.text.length < 40 && /^[\s\p{P}]*$/u.test(t.text.slice(0, from) + t.text.slice(to))) continue;
      if (t.text[from - 1] === '(' && t.text[to] === ')') continue;
      const k = sentenceAt(t, from);
      if (/contraction/i.test(t.text.slice(t.sentenceStarts[k] ?? 0, t.sentenceEnds[k] ?? t.text.length))) continue;
      if (env.sectionHeading && /contraction/i.test(env.sectionHeading)) continue;
      const text = matchCase(original, entry.alternatives[0]!);
      hits.push({
        check,
        from,
        to,
        message: `Write ${q(text)} in full, not ${q(original)}.`,
        why: entry.reason,
        suggestions: [text],
        fix: { from, to, text },
        sourceUrl,
      });
    } else if (check === 'eg' || check === 'ie' || check === 'etc') {
      const alternative = entry.alternatives[0]!;
      const text = /^\p{Lu}/u.test(original) ? capitalise(alternative) : alternative;
      const message =
        check === 'eg'
          ? `Write ${q(text)} in place of the short form ${q('eg')}.`
          : check === 'ie'
            ? `Many people do not know what ${q('ie')} means: write ${q(text)}, or reword.`
            : `Write ${q(text)} in place of ${q('etc')}, or name the main things.`;
      const hit: Hit = { check, from, to, message, why: entry.reason, suggestions: entry.alternatives.map((a) => (/^\p{Lu}/u.test(original) ? capitalise(a) : a)), sourceUrl };
      if (entry.fix) hit.fix = { from, to, text };
      hits.push(hit);
    } else if (check === 'please-note') {
      const k = sentenceAt(t, from);
      const end = t.sentenceEnds[k] ?? t.text.length;
      let rest = t.text.slice(to, end).replace(/^\s*(?:that\s+|[,:;–-]\s*)?/, '');
      const stop = /[.!?](?=\s|$)/.exec(rest);
      if (stop) rest = rest.slice(0, stop.index + 1);
      rest = rest.trim();
      const suggestions: string[] = [];
      // “We are pleased to announce the winners”: what follows is not a sentence of its own.
      const announces = entry.id === 'pleased-to-announce';
      if (announces && !/\bthat$/i.test(original)) {
        suggestions.push('Start with the news: say what happened.');
      } else if (atSentenceStart(t, from) && rest && !rest.includes('\uFFFC') && rest.length < 160) {
        rest = capitalise(rest);
        suggestions.push(rest);
      } else {
        suggestions.push(announces ? 'Start with the news: say what happened.' : 'Leave out “please note” and say the important thing directly.');
      }
      hits.push({
        check,
        from,
        to,
        message: `Leave out ${q(original)} and say it directly.`,
        why: entry.reason,
        suggestions,
        severity: 'suggestion',
        sourceUrl,
      });
    }
  }
}

/** Words that show a heading is a name (“HM Revenue & Customs”, “Wigan & Leigh Hospitals NHS Trust”). */
const NAME_WORDS = /(?<![\p{L}])(?:HM|NHS|Trust|Council|Department|Partnership|Hospitals?|Ltd|Limited|plc|LLP|Company|Foundation|University|College|School|Practice|Surgery|Borough|County|Commission|Society|Association|Agency|Group|Centre|Club|Inc)(?![\p{L}])/u;

/**
 * “Patients & Visitors”, “Useful Links & Contacts”: in a heading, capitals on the words either
 * side of “&” are the heading's title case, not a name, when the dictionary lists both words in
 * lower case only and nothing in the heading marks it as an organisation's name.
 */
function titleAmpersand(t: BlockText, env: Env, prev: string, next: string): boolean {
  if (t.block.kind !== 'heading' || !env.lowerOnly) return false;
  if (NAME_WORDS.test(t.text)) return false;
  return env.lowerOnly(prev) && env.lowerOnly(next);
}

export function checkAmpersand(t: BlockText, env: Env, hits: Hit[]): void {
  const text = t.text;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (isQuoted(t, i, i + 1) || isClaimed(t, i, i + 1)) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    // A&E, P&O, M&S, B&Q, T&Cs: names.
    if (/\p{Lu}/u.test(before) && /\p{Lu}/u.test(after)) continue;
    const spacedBefore = /\s/.test(before);
    const spacedAfter = /\s/.test(after);
    // "HM Revenue & Customs", "Health & Social Care": capitalised words on both sides are a name.
    const prev = /([\p{L}\p{N}]+)[)\]”"’'.,]*\s*$/u.exec(text.slice(Math.max(0, i - 30), i))?.[1];
    const next = /^\s*[(\[“"‘']*([\p{L}\p{N}]+)/u.exec(text.slice(i + 1, i + 31))?.[1];
    if (prev && next && /^\p{Lu}/u.test(prev) && /^\p{Lu}/u.test(next) && !titleAmpersand(t, env, prev, next)) continue;
    const replacement = `${spacedBefore ? '' : ' '}and${spacedAfter ? '' : ' '}`;
    hits.push({
      check: 'ampersand',
      from: i,
      to: i + 1,
      message: `Write ${q('and')} in place of ${q('&')}.`,
      suggestions: [prev && next ? `${prev} and ${next}` : 'and'],
      fix: { from: i, to: i + 1, text: replacement },
    });
  }
}

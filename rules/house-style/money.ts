/**
 * house-style/money and house-style/percent: money and percentages the way both A to Z guides
 * write them: “£75” not “£75.00”, “£5 million” not “£5m”, “4 pence” not “4p”, “50%” not “50 per
 * cent”.
 */
import type { Env, Hit } from './shared.js';
import { q, swapHit } from './shared.js';
import { type BlockText, claim, isClaimed, isQuoted, sentenceAt, freeMatches } from './text.js';
import { matchesOf } from '../lib/matches.js';

const NHS_MONEY = 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#money';
const GOVUK_MONEY = 'https://www.gov.uk/guidance/style-guide/a-to-z#money';
const GOVUK_MILLIONS = 'https://www.gov.uk/guidance/style-guide/a-to-z#millions';

/**
 * “£75.00”, “£5m”, “£2.5bn”, “£50k”, “£21million” (no space), and pence as “4p”. The last
 * branch, “£0.5 million” written with its space, is only for GOV.UK's amounts under £1 million.
 */
const POUNDS = /(?<![\p{L}\p{N}.,])£(\d{1,3}(?:,\d{3})+|\d+)(?:(\.00)(?![\p{N}])|(\.\d+)?(?:[ \t]?(m|bn|b|k|mn|M|BN|K|MN)|(million|billion))(?![\p{L}\p{N}])|(\.\d+)?[ \t]+(million|billion)(?![\p{L}\p{N}]))/gu;
/** An amount of £1 million or £1 billion or more: “£0.2 billion” beside it is part of a sequence. */
const LARGE_AMOUNT = /£(?:[1-9]\d*|\d{1,3}(?:,\d{3})+)(?:\.\d+)?[ \t]?(?:m|bn|mn|million|billion)(?![\p{L}])/u;
/** A number with no “£” and “million” or “billion” joined to it: “1.3million” (not a code like “0300million”). */
const JOINED_COUNT = /(?<![\p{L}\p{N}.,£$€])([1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0(?=\.\d))(\.\d+)?(million|billion)(?![\p{L}\p{N}])/giu;
const PENCE = /(?<![\p{L}\p{N}.,£$€])([1-9]\d?)p(?![\p{L}\p{N}]|\.\d)/gu;
/** A money word near “4p” says it is pence (“costs 4p a minute”), not a page or a picture size. */
const MONEY_WORDS = /\b(?:cost|costs|costing|price|prices|pay|paid|charge|charges|charged|pence|penny|£|spend|fee|fees|coin|coins|per minute|a minute|each)\b|£/i;

export function checkMoney(t: BlockText, env: Env, hits: Hit[]): void {
  const text = t.text;
  if (text.includes('£')) {
    for (const m of matchesOf(text, POUNDS)) {
      const [whole, digits, zeros, decimals, unit, joined, decimals2, spaced] = m as unknown as Array<string | undefined>;
      const from = m.index;
      const to = from + whole!.length;
      if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
      if (zeros) {
        // A column of prices (“£75.50, £75.00”) keeps its pence in a table.
        if (t.block.inTable) continue;
        const right = `£${digits}`;
        claim(t, from, to);
        hits.push({
          check: 'money',
          from,
          to,
          message: `Write ${q(right)}, not ${q(whole!)}: leave out “.00” when there are no pence.`,
          suggestions: [right],
          fix: { from, to, text: right },
          sourceUrl: env.guide === 'govuk' ? GOVUK_MONEY : NHS_MONEY,
        });
        continue;
      }
      const u = (unit ?? joined ?? spaced!).toLowerCase();
      const amount = `${digits}${decimals ?? decimals2 ?? ''}`;
      const value = Number(amount.replace(/,/g, ''));
      const million = u === 'm' || u === 'mn' || u === 'million';
      // GOV.UK: not “£0.5 million” but “£500,000”, and not “£0.2 billion” but “£200 million”,
      // unless the amount sits beside larger ones (“£15.6 billion, an increase of £0.2 billion”).
      if (env.guide === 'govuk' && u !== 'k' && value > 0 && value < 1 && !LARGE_AMOUNT.test(text)) {
        const right = million ? `£${Math.round(value * 1e6).toLocaleString('en-GB')}` : `£${Number((value * 1000).toFixed(3))} million`;
        claim(t, from, to);
        hits.push({
          check: 'money',
          from,
          to,
          message: `Write ${q(right)}, not ${q(whole!)}: an amount under £1 ${million ? 'million' : 'billion'} is easier to read that way.`,
          why: 'GOV.UK style does not write “£0.” before “million” or “billion”, unless the amount sits in a list of larger ones.',
          suggestions: [right],
          fix: { from, to, text: right },
          sourceUrl: GOVUK_MILLIONS,
        });
        continue;
      }
      if (spaced) continue;
      let right: string;
      if (u === 'k') {
        const n = Math.round(value * 1000);
        if (!Number.isFinite(n)) continue;
        right = `£${n.toLocaleString('en-GB')}`;
      } else right = `£${amount} ${million ? 'million' : 'billion'}`;
      claim(t, from, to);
      hits.push({
        check: 'money',
        from,
        to,
        message: joined ? `Write ${q(right)}, with a space before ${q(joined)}.` : `Write ${q(right)}, not ${q(whole!)}: not everyone knows the short form.`,
        why: 'Both guides write “million” and “billion” in full with money, and the full amount for thousands.',
        suggestions: [right],
        fix: { from, to, text: right },
        sourceUrl: GOVUK_MILLIONS,
      });
    }
  }
  // A count with “million” run on to it, as “£2million” is above: “1.3million carers”.
  if (/\d(?:million|billion)/i.test(text)) {
    for (const { m, from, to } of freeMatches(t, JOINED_COUNT)) {
      const right = `${m[1]}${m[2] ?? ''} ${m[3]!.toLowerCase()}`;
      claim(t, from, to);
      hits.push({
        check: 'money',
        from,
        to,
        message: `Write ${q(right)}, with a space before ${q(m[3]!.toLowerCase())}.`,
        why: 'Both guides write “million” and “billion” as a word of its own, after a space.',
        suggestions: [right],
        fix: { from, to, text: right },
        sourceUrl: GOVUK_MILLIONS,
      });
    }
  }
  if (/\dp/.test(text)) {
    for (const { m, from, to } of freeMatches(t, PENCE)) {
      const k = sentenceAt(t, from);
      const sentence = text.slice(t.sentenceStarts[k] ?? 0, t.sentenceEnds[k] ?? text.length);
      if (!MONEY_WORDS.test(sentence)) continue;
      const right = `${m[1]} pence`;
      claim(t, from, to);
      hits.push({
        check: 'money',
        from,
        to,
        message: `Write ${q(right)} in full, not ${q(m[0])}.`,
        why: 'Both guides write pence in full, so the amount is clear when it is read aloud.',
        suggestions: [right],
        fix: { from, to, text: right },
        sourceUrl: env.guide === 'govuk' ? GOVUK_MONEY : NHS_MONEY,
      });
    }
  }
}

/** “50 per cent”: both guides use the % sign with a number. (“percent” is the spelling rule’s.) */
const PER_CENT = /(?<![\p{L}\p{N}.,])(\d+(?:\.\d+)?)(?:([ \t]*)per[ \t]*cent(?![\p{L}])|[ \t]+%)/giu;

export function checkPercent(t: BlockText, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, PER_CENT)) {
    const right = `${m[1]}%`;
    claim(t, from, to);
    hits.push(swapHit('percent', from, to, m[0], right));
  }
}

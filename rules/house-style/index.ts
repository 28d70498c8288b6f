/**
 * The house-style checks, one file for each family (shared.ts lists them). checkBlock runs the
 * word checks on one block in a fixed order: a check claims the words it flags, so "9.00am" is
 * one time, not a time and a number.
 */
import type { Env, Hit } from './shared.js';
import { patterns } from './shared.js';
import type { BlockText } from './text.js';
import { checkAppPreposition, checkLoginVerb, checkTerms, checkTheNhs } from './terms.js';
import { checkAmpersand, checkPhrases } from './short-forms.js';
import { checkTimes } from './times.js';
import { checkDates } from './dates.js';
import { checkAgePlus, checkRanges, checkYearSlash } from './ranges.js';
import { checkLeadingZero, checkMicrograms, checkNhsNumbers, checkNumbers, checkOrdinals, checkSentenceStartNumber, checkUnits } from './numbers.js';
import { checkExclamation } from './formatting.js';
import { checkHoweverSplices } from './however.js';
import { checkAndOr, checkCommaSplices, checkFullStops, checkSemicolons, checkSpacedHyphen, checkStrayCommas } from './punctuation.js';
import { checkCompoundPatterns, checkCompounds, checkFollowUp, checkPrefixSpace, checkPhrasalHyphens, checkSuffixCompounds, checkLyHyphens, checkNumberCompounds } from './compounds.js';
import { checkBracketSpaces, checkDoubledMarks, checkLeadInHyphen, checkShortFormSpace, checkStrayAsterisks, checkUnclosedBrackets, checkUnclosedQuotes } from './slips.js';
import { checkAbbreviationStops, checkTemperatures, checkTimeUnits, checkWordForms, checkPluralBrackets, checkSlashes, checkSpacing } from './symbols.js';
import { checkPhoneNumbers } from './phones.js';
import { checkMoney, checkPercent } from './money.js';
import { checkActNames, checkRunInTitles, DOCUMENT_WORD } from './titles.js';
import { checkDecimalHours, checkDownloadDetails, checkFileSizes, checkFractions, checkGovukNumbers } from './measures.js';

export { CHECK_IDS, FAMILIES, FAMILY_OF, type CheckId, type Env, type FamilyId, type Hit } from './shared.js';
export { buildPreferredTerms } from './terms.js';
export { buildBlockText, sourceRange } from './text.js';
export { checkBold, checkEmphasis, type FormatHit } from './formatting.js';

/** Run every word check on one block. */
export function checkBlock(t: BlockText, env: Env): Hit[] {
  const hits: Hit[] = [];
  const on = env.enabled;
  if (env.terms && on('terms')) checkTerms(t, env.terms, hits);
  checkPhrases(t, env, hits);
  if (on('terms') && /-|web |home |lunch |self\s/i.test(t.text)) checkWordForms(t, env, hits);
  if (on('terms') && /login|logon|signin/i.test(t.text)) checkLoginVerb(t, env, hits);
  if (on('terms') && t.text.includes('NHS App')) checkAppPreposition(t, env, hits);
  if (on('terms') && t.text.includes('NHS ')) checkTheNhs(t, env, hits);
  if (on('ampersand')) checkAmpersand(t, env, hits);
  // Most blocks have no digits: skip the checks that need one (their patterns are costly to set up).
  const digits = /\d/.test(t.text);
  if (digits) checkNhsNumbers(t, hits, on('nhs-number'));
  if (on('phone') && digits) checkPhoneNumbers(t, env, hits);
  if (on('money') && digits) checkMoney(t, env, hits);
  if (on('percent') && digits) checkPercent(t, hits);
  // Before the times, number and range checks: “4096KB”, “6.5 hours”, “sort code 60-70-80”, “2/3 of” are one finding each.
  if (on('units') && digits) checkDownloadDetails(t, env, hits);
  if (on('units') && digits) checkFileSizes(t, env, hits);
  if (on('times') && digits && /\.\d+ ?h/.test(t.text)) checkDecimalHours(t, env, hits);
  if (digits) checkGovukNumbers(t, env, hits);
  if (on('hyphens') && (digits || /thirds|quarters|fifths|sixths|eighths|tenths/i.test(t.text))) checkFractions(t, env, hits);
  if (on('times') && (digits || /noon|midday|midnight/i.test(t.text))) checkTimes(t, hits);
  if (on('dates') && digits) checkDates(t, env, hits);
  if (on('number-commas') && digits) checkNumbers(t, hits);
  if (on('number-commas') && digits && t.text.includes('.')) checkLeadingZero(t, hits);
  // Every range pattern needs a hyphen or a dash, but for “to” (“Mon to Fri”), “through” (“Monday through Friday”) and “till”.
  if (on('ranges') && /[-–—]| to | thr(?:ough|u) | ?til|\d\/\d/.test(t.text)) checkRanges(t, env, hits);
  if (on('ranges') && digits && t.text.includes('+')) checkAgePlus(t, hits);
  if (on('ranges') && digits && t.text.includes('/')) checkYearSlash(t, hits);
  if (on('units') && digits && /mcg|[μµ]g/.test(t.text)) checkMicrograms(t, env, hits);
  if (on('units') && digits) checkUnits(t, hits);
  if (on('units') && digits) checkTimeUnits(t, hits);
  if (on('units') && digits) checkTemperatures(t, env, hits);
  // Ordinals need a digit (govuk: "2nd") or an ordinal word (nhs: "second dose").
  if (on('ordinals') && (env.ordinals === 'words' ? digits : patterns().ordinalWordHint.test(t.text))) checkOrdinals(t, env, hits);
  if (on('sentence-start-number') && env.startNumbers === 'words') checkSentenceStartNumber(t, hits);
  if (on('exclamation')) checkExclamation(t, hits);
  if (on('and-or') && t.text.includes('/')) checkAndOr(t, hits);
  if (on('dash') && /\s[-–—]|[-–—]\s/.test(t.text)) checkSpacedHyphen(t, hits);
  if (on('hyphens')) checkCompounds(t, hits);
  if (on('hyphens')) checkCompoundPatterns(t, env, hits);
  if (on('hyphens') && /follow\s+up/i.test(t.text)) checkFollowUp(t, env, hits);
  if (on('hyphens') && /(?:^|[^\p{L}])pre[ \t]/iu.test(t.text)) checkPrefixSpace(t, hits);
  if (on('hyphens') && /-(?:up|in|out|off|on)\b/i.test(t.text)) checkPhrasalHyphens(t, hits);
  if (on('hyphens') && /\s(?:based|centred|friendly)\s/.test(t.text)) checkSuffixCompounds(t, env, hits);
  if (on('hyphens') && digits) checkNumberCompounds(t, hits);
  // GOV.UK: “Do not use a hyphen unless it's confusing without it”; after an -ly adverb it never is.
  if (on('hyphens') && env.guide === 'govuk' && t.text.includes('ly-')) checkLyHyphens(t, hits);
  if (on('slashes') && t.text.includes('/')) checkSlashes(t, hits);
  if (on('brackets') && (t.text.includes('(') || t.text.includes('/'))) checkPluralBrackets(t, hits);
  if (on('abbreviations') && t.text.includes('.')) checkAbbreviationStops(t, hits);
  if (on('spacing') && /[.?!;]/.test(t.text)) checkShortFormSpace(t, hits);
  if (on('spacing') && /\([ \t]|[ \t]\)/.test(t.text)) checkBracketSpaces(t, hits);
  if (on('spacing')) checkSpacing(t, hits);
  // Typing slips: doubled marks, a bracket or a quotation mark left open, “ask-” before a list.
  if (on('commas') || on('full-stops')) checkDoubledMarks(t, on, hits);
  if (on('brackets') && t.text.includes('(')) checkUnclosedBrackets(t, Boolean(env.beforeList), hits);
  if (on('quotes') && DOCUMENT_WORD.test(t.text)) checkRunInTitles(t, env, hits);
  if (on('terms') && digits && t.text.includes(' Act')) checkActNames(t, hits);
  if (on('quotes')) checkUnclosedQuotes(t, Boolean(env.nextOpensQuote), Boolean(env.beforeList), hits);
  if (on('dash') && t.text.includes('-')) checkLeadInHyphen(t, hits);
  if (on('asterisks') && t.text.includes('*')) checkStrayAsterisks(t, Boolean(env.asteriskNote), hits);
  if (on('semicolons') && t.text.includes(';')) checkSemicolons(t, hits);
  if (on('commas') && t.text.includes(',')) checkStrayCommas(t, hits);
  if (on('full-stops')) checkFullStops(t, env, hits);
  if (on('comma-splices') && t.text.includes(',')) {
    checkCommaSplices(t, hits);
    if (/however/i.test(t.text)) checkHoweverSplices(t, hits);
  }
  return hits;
}

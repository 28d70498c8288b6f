/**
 * The one place that says which editor's category each plainlint finding belongs to, for the
 * evaluation (scripts/eval.mjs, eval/README.md). Rule ids may gain sub-ids ("house-style/times");
 * the full id is looked up first, then its first part. A rule whose id (or first part) is itself a
 * category name ("lists", "capitals", "numbers") needs no entry.
 */

/** The categories an editor's annotation may use, in the order the report prints them. */
export const CATEGORIES = [
  'passive',
  'words-to-avoid',
  'simpler-words',
  'numbers',
  'lists',
  'capitals',
  'sentence-length',
  'readability',
  'links',
  'alt-text',
  'spelling',
  'inclusive',
  'acronyms',
  'house-style',
  'headings',
  'all-caps',
];

/** Rule id (or rule id/sub-id) → category. */
export const RULE_CATEGORIES = {
  'passive-voice': 'passive',
  jargon: 'words-to-avoid',
  'medical-words': 'words-to-avoid',
  'simpler-words': 'simpler-words',
  'hidden-verbs': 'simpler-words',
  'house-style': 'house-style',
  // house-style checks that are about how numbers are written
  'house-style/number-commas': 'numbers',
  'house-style/ordinals': 'numbers',
  'house-style/sentence-start-number': 'numbers',
  'house-style/numbers': 'numbers',
  'sentence-length': 'sentence-length',
  readability: 'readability',
  'long-paragraph': 'readability',
  'link-text': 'links',
  'alt-text': 'alt-text',
  spelling: 'spelling',
  'uk-spelling': 'spelling',
  misspellings: 'spelling',
  'repeated-words': 'spelling',
  'confused-words': 'spelling',
  'indefinite-article': 'spelling',
  'inclusive-language': 'inclusive',
  acronyms: 'acronyms',
  headings: 'headings',
  'all-caps': 'all-caps',
};

/**
 * Categories close enough that a finding in one may match an item in the other: an editor's line
 * between "a word to avoid" and "a simpler word" is not sharp, nor between a house-style point and
 * a number written the house way, nor between a heading's capitals and other capitals. The text
 * must still overlap. Figures are still reported under each side's own category.
 */
export const FAMILIES = [
  ['words-to-avoid', 'simpler-words'],
  ['numbers', 'house-style'],
  // a heading in capitals or in title case is as much a heading point as a capitals point
  ['headings', 'capitals', 'all-caps'],
];

/** The full rule id of a JSON finding: its ruleId, plus the house-style check when it names one. */
export function fullRuleId(finding) {
  const check = finding.data && typeof finding.data.check === 'string' ? finding.data.check : undefined;
  if (check && !finding.ruleId.includes('/')) return `${finding.ruleId}/${check}`;
  return finding.ruleId;
}

/** The category of a finding, or "other" for a rule this map does not know. */
export function categoryOf(finding) {
  const id = fullRuleId(finding);
  if (RULE_CATEGORIES[id]) return RULE_CATEGORIES[id];
  const head = id.split('/')[0];
  if (RULE_CATEGORIES[head]) return RULE_CATEGORIES[head];
  if (CATEGORIES.includes(head)) return head;
  const tail = id.split('/').slice(1).join('/');
  if (CATEGORIES.includes(tail)) return tail;
  return 'other';
}

/** True when a finding of category `a` may match an item of category `b`. */
export function compatible(a, b) {
  if (a === b) return true;
  return FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

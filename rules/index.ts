/**
 * The built-in rules.
 *
 * - A list rule is one file in rules/data/lists/ (rules/data/README.md): nothing to add here.
 * - A code rule: copy a rule file (sentence-length.ts is a good start), give it a new id, and add
 *   it to the list below. Its examples run as tests automatically.
 * - A list rule that needs code as well (uk-spelling.ts) passes hooks to listRule in its own file
 *   and is listed below; its list file is then not made into a second rule.
 */
import type { Rule } from '../src/types.js';
import { listFiles } from './data/lists/index.js';
import { listRule } from './lib/list-rule.js';
import sentenceLength from './sentence-length.js';
import readability from './readability.js';

import altText from './alt-text.js';
import linkText from './link-text.js';
import headings from './headings.js';
import allCaps from './all-caps.js';
import longParagraph from './long-paragraph.js';
import houseStyle from './house-style.js';
import simplerWords from './simpler-words.js';
import hiddenVerbs from './hidden-verbs.js';
import ukSpelling from './uk-spelling.js';
import medicalWords from './medical-words.js';
import inclusiveLanguage from './inclusive-language.js';
import passiveVoice from './passive-voice.js';
import repeatedWords from './repeated-words.js';
import indefiniteArticle from './indefinite-article.js';
import spelling from './spelling.js';
import acronyms from './acronyms.js';
import numbers from './numbers.js';
import listStyle from './lists.js';
import capitals from './capitals.js';

const coded: Rule[] = [simplerWords, ukSpelling, inclusiveLanguage, medicalWords];
/** Lists that are rules by themselves. */
const lists = new Map(
  listFiles.filter((file) => !coded.some((rule) => rule.meta.id === file.id)).map((file) => [file.id, listRule(file)]),
);
function fromList(id: string): Rule {
  const rule = lists.get(id);
  if (!rule) throw new Error(`rules/data/lists/${id}.json is missing`);
  lists.delete(id);
  return rule;
}

export const builtinRules: Rule[] = [
  sentenceLength,
  readability,
  altText,
  linkText,
  headings,
  allCaps,
  longParagraph,
  houseStyle,
  fromList('jargon'),
  medicalWords,
  simplerWords,
  hiddenVerbs,
  ukSpelling,
  inclusiveLanguage,
  passiveVoice,
  repeatedWords,
  indefiniteArticle,
  spelling,
  acronyms,
  numbers,
  listStyle,
  capitals,
  // Every other list file, in the order of their names.
  ...lists.values(),
];

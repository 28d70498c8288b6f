/**
 * The built-in rules. To add a rule: copy a rule file (sentence-length.ts is a good start),
 * give it a new id, and add it to this list. Its examples run as tests automatically.
 */
import type { Rule } from '../src/types.js';
import sentenceLength from './sentence-length.js';
import readability from './readability.js';

import altText from './alt-text.js';
import linkText from './link-text.js';
import headings from './headings.js';
import allCaps from './all-caps.js';
import longParagraph from './long-paragraph.js';
import houseStyle from './house-style.js';
import jargon from './jargon.js';
import simplerWords from './simpler-words.js';
import ukSpelling from './uk-spelling.js';
import inclusiveLanguage from './inclusive-language.js';
import passiveVoice from './passive-voice.js';
import repeatedWords from './repeated-words.js';
import spelling from './spelling.js';
import acronyms from './acronyms.js';

export const builtinRules: Rule[] = [sentenceLength, readability, altText, linkText, headings, allCaps, longParagraph, houseStyle, jargon, simplerWords, ukSpelling, inclusiveLanguage, passiveVoice, repeatedWords, spelling, acronyms];

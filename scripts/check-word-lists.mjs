#!/usr/bin/env node
/**
 * Check the word lists in rules/data/ for shape and for precision.
 *
 *   node scripts/check-word-lists.mjs [--corpus DIR] [--strict] [--examples N] [--top N]
 *
 * 1. Validates every list: JSON parses, ids are unique and kebab-case, every entry has
 *    match/alternatives/reason/source, no match string is in two entries of one file, reasons
 *    are short and plain, sources are links.
 * 2. Runs the term lists over a corpus of clean, published plain-English pages (by default
 *    test/data/corpus/nhs-service-manual, kept in the repository) and prints, per list, the number of hits and the
 *    entries that fire most, with example snippets. On clean text almost every hit is a false
 *    positive (or a deliberate example in guidance about words to avoid), so read them and tune.
 *
 * The matcher here is deliberately simple (a regex tokenizer), but it applies the same rules as
 * the README describes: whole words, phrases across any spacing, case-insensitive unless
 * `caseSensitive`, and the `context` checks on the next and previous words. A term written in
 * brackets straight after a plain word, "feeling sick (nausea)", is not counted.
 *
 * Exit code: 0 when every list is valid. 1 when a list is invalid, or with --strict when the
 * corpus limits are broken (more than MAX_TOTAL hits over all lists, or any entry more than
 * MAX_PER_ENTRY hits).
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'rules', 'data');

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
const corpusDir = option('--corpus', fileURLToPath(new URL('../test/data/corpus/nhs-service-manual', import.meta.url)));
const strict = args.includes('--strict');
const EXAMPLES = Number(option('--examples', 2));
const TOP = Number(option('--top', 25));
const MAX_TOTAL = 60;
const MAX_PER_ENTRY = 8;

const TERM_LISTS = ['simpler-words', 'jargon', 'uk-spelling', 'inclusive'];

let problems = 0;
function problem(file, message) {
  problems++;
  console.log(`  ✗ ${file}: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Validation

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_RE = /^https:\/\/[^\s]+$/;
const CONTEXT_KEYS = ['skipIfFollowedBy', 'skipIfPrecededBy', 'onlyIfFollowedBy', 'onlyIfPrecededBy'];
const ENTRY_KEYS = new Set(['id', 'match', 'alternatives', 'reason', 'source', 'fix', 'caseSensitive', 'context', 'presets']);
const PRESETS = new Set(['nhs', 'govuk', 'recommended']);

function plainProblems(text) {
  const out = [];
  if (/\be\.?g\.?(?=\s|,|$)/i.test(text)) out.push('uses "eg"');
  if (/\bi\.?e\.?(?=\s|,|$)/i.test(text)) out.push('uses "ie"');
  if (text.includes('&')) out.push('uses "&"');
  if (/\betc\b/i.test(text)) out.push('uses "etc"');
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words >= 30) out.push(`is ${words} words long (keep it under 30)`);
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const n = sentence.split(/\s+/).filter(Boolean).length;
    if (n > 25) out.push(`has a sentence of ${n} words`);
  }
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean).length;
  if (sentences > 2) out.push(`has ${sentences} sentences (use one or two)`);
  return out;
}

function loadJson(name) {
  const path = join(dataDir, `${name}.json`);
  if (!existsSync(path)) {
    problem(`${name}.json`, 'file is missing');
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problem(`${name}.json`, `does not parse: ${error.message}`);
    return undefined;
  }
}

function validateTermList(name, list) {
  const file = `${name}.json`;
  if (!list || !Array.isArray(list.entries)) return problem(file, 'has no "entries" array');
  if (typeof list.name !== 'string') problem(file, 'has no "name"');
  if (typeof list.description !== 'string') problem(file, 'has no "description"');
  const ids = new Set();
  const matches = new Map();
  for (const [i, e] of list.entries.entries()) {
    const where = `entry ${i} (${e?.id ?? 'no id'})`;
    if (!e || typeof e !== 'object') {
      problem(file, `${where} is not an object`);
      continue;
    }
    for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) problem(file, `${where} has an unknown key "${key}"`);
    if (typeof e.id !== 'string' || !KEBAB.test(e.id)) problem(file, `${where}: id must be kebab-case`);
    else if (ids.has(e.id)) problem(file, `${where}: id is used twice`);
    else ids.add(e.id);
    if (!Array.isArray(e.match) || e.match.length === 0) problem(file, `${where}: "match" must be a non-empty array`);
    else {
      for (const m of e.match) {
        if (typeof m !== 'string' || !m.trim()) {
          problem(file, `${where}: empty match string`);
          continue;
        }
        if (m !== m.trim() || /\s{2,}/.test(m)) problem(file, `${where}: match "${m}" has stray spaces`);
        if (!e.caseSensitive && m !== m.toLowerCase()) problem(file, `${where}: match "${m}" must be lower case (or set caseSensitive)`);
        const key = e.caseSensitive ? m : m.toLowerCase();
        if (matches.has(key)) problem(file, `${where}: match "${m}" is also in entry "${matches.get(key)}"`);
        else matches.set(key, e.id);
      }
    }
    if (!Array.isArray(e.alternatives) || e.alternatives.some((a) => typeof a !== 'string' || !a.trim()))
      problem(file, `${where}: "alternatives" must be an array of strings`);
    if (typeof e.reason !== 'string' || !e.reason.trim()) problem(file, `${where}: "reason" is missing`);
    else for (const p of plainProblems(e.reason)) problem(file, `${where}: reason ${p}`);
    if (typeof e.source !== 'string' || !URL_RE.test(e.source)) problem(file, `${where}: "source" must be an https link`);
    if ('fix' in e && typeof e.fix !== 'boolean') problem(file, `${where}: "fix" must be true or false`);
    if (e.fix === true && !(Array.isArray(e.alternatives) && e.alternatives.length > 0))
      problem(file, `${where}: "fix" is true but there is no alternative`);
    if ('caseSensitive' in e && typeof e.caseSensitive !== 'boolean') problem(file, `${where}: "caseSensitive" must be true or false`);
    if ('presets' in e && (!Array.isArray(e.presets) || e.presets.some((p) => !PRESETS.has(p))))
      problem(file, `${where}: "presets" must list some of ${[...PRESETS].join(', ')}`);
    if (e.context !== undefined) {
      if (typeof e.context !== 'object' || e.context === null) problem(file, `${where}: "context" must be an object`);
      else
        for (const [k, v] of Object.entries(e.context)) {
          if (!CONTEXT_KEYS.includes(k)) problem(file, `${where}: unknown context key "${k}"`);
          else if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string' || !s.trim() || s !== s.toLowerCase()))
            problem(file, `${where}: context.${k} must be a non-empty array of lower-case strings`);
        }
    }
  }
}

function validateAcronyms(list) {
  const file = 'acronyms.json';
  if (!list || !Array.isArray(list.entries)) return problem(file, 'has no "entries" array');
  const seen = new Set();
  for (const [i, e] of list.entries.entries()) {
    const where = `entry ${i} (${e?.acronym ?? 'no acronym'})`;
    if (typeof e.acronym !== 'string' || !e.acronym.trim()) problem(file, `${where}: "acronym" is missing`);
    else if (seen.has(e.acronym)) problem(file, `${where}: acronym is listed twice`);
    else seen.add(e.acronym);
    if (typeof e.expansion !== 'string' || !e.expansion.trim()) problem(file, `${where}: "expansion" is missing`);
    if (typeof e.source !== 'string' || !URL_RE.test(e.source)) problem(file, `${where}: "source" must be an https link`);
    for (const key of Object.keys(e)) if (!['acronym', 'expansion', 'source'].includes(key)) problem(file, `${where}: unknown key "${key}"`);
  }
  const wk = list.wellKnown;
  if (!wk || !Array.isArray(wk.nhs) || !Array.isArray(wk.govuk)) problem(file, '"wellKnown" needs "nhs" and "govuk" arrays');
}

// ---------------------------------------------------------------------------------------------
// Corpus: markdown to prose, then words

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else if (name.endsWith('.md') && name !== 'SOURCE.md') out.push(path);
  }
  return out.sort();
}

/** Blank out what rules never see (code, URLs, HTML), keeping offsets and line breaks. */
function prose(markdown) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (m) => ']' + blank(m.slice(1)))
    .replace(/<[^>\n]+>/g, blank)
    // Code examples that the corpus conversion flattened into paragraphs, such as CSS rules
    .replace(/[.#]?[\w-]+\s*\{[^{}\n]*:[^{}\n]*;[^{}\n]*\}/g, blank)
    .replace(/\bhttps?:\/\/\S+/g, blank)
    .replace(/\b[\w.+-]+@[\w-]+\.[\w.-]+/g, blank);
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Sentence-ish breaks: context and phrases never reach across these. */
const BREAK_RE = /[.!?;:()\[\]\n|]/;

function tokenize(text) {
  const tokens = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0].replace(/’/g, "'");
    tokens.push({ word, lower: word.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

function gapBreaks(text, a, b) {
  return BREAK_RE.test(text.slice(a.end, b.start));
}

const splitWords = (s) => s.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);

/** Do the words after token index `i` (exclusive) start with `phrase`? */
function followedBy(text, tokens, lastIndex, phrase) {
  const words = splitWords(phrase);
  let prev = tokens[lastIndex];
  for (let k = 0; k < words.length; k++) {
    const t = tokens[lastIndex + 1 + k];
    if (!t || gapBreaks(text, prev, t) || t.lower !== words[k]) return false;
    prev = t;
  }
  return true;
}

function precededBy(text, tokens, firstIndex, phrase) {
  const words = splitWords(phrase);
  let next = tokens[firstIndex];
  for (let k = 0; k < words.length; k++) {
    const t = tokens[firstIndex - 1 - k];
    if (!t || gapBreaks(text, t, next) || t.lower !== words[words.length - 1 - k]) return false;
    next = t;
  }
  return true;
}

const countWords = (s) => (s.match(WORD_RE) ?? []).length;

/** "piles (haemorrhoids)": the match sits in brackets (up to 6 words) straight after a word. */
function inBrackets(text, start, end) {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const open = text.lastIndexOf('(', start);
  if (open < lineStart || text.slice(open, start).includes(')')) return false;
  const close = text.indexOf(')', end);
  const lineEnd = text.indexOf('\n', end);
  if (close < 0 || (lineEnd >= 0 && close > lineEnd) || text.slice(end, close).includes('(')) return false;
  if (!/[\p{L}\p{N}]\s*$/u.test(text.slice(lineStart, open))) return false;
  const words = countWords(text.slice(open + 1, close));
  return words > 0 && words <= 6;
}

/** "haemorrhoids (piles)": the match is followed by one of its alternatives in brackets. */
function explainedAfter(text, end, entry) {
  const m = /^\s*\(([^()\n]{1,80})\)/.exec(text.slice(end));
  if (!m || !entry.alternatives?.length) return false;
  const inside = (m[1].toLowerCase().replace(/’/g, "'").match(WORD_RE) ?? []).join(' ');
  return entry.alternatives.some((a) => (a.toLowerCase().match(WORD_RE) ?? []).join(' ') === inside);
}

const QUOTES = { '“': '”', '‘': '’', '"': '"', "'": "'", '«': '»' };
/** 'do not say "leverage"': the match sits inside quotation marks that hold 1 to 4 words. */
function inShortQuote(text, start, end) {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  for (let o = start - 1; o >= lineStart && start - o < 60; o--) {
    const close = QUOTES[text[o]];
    if (!close) continue;
    if (!/[\p{L}\p{N}]/u.test(text[o + 1] ?? '')) continue;
    if ((text[o] === '"' || text[o] === "'") && o > lineStart && !/[\s(\[]/.test(text[o - 1])) continue;
    let c = end;
    while (c < text.length && text[c] !== '\n' && c - end < 60) {
      if (text[c] === close || (close === '"' && text[c] === '”') || (close === "'" && text[c] === '’')) break;
      c++;
    }
    if (c >= text.length || text[c] === '\n' || c - end >= 60) return false;
    if (/[\p{L}\p{N}]/u.test(text[c + 1] ?? '')) return false;
    const words = countWords(text.slice(o + 1, c));
    return words >= 1 && words <= 4;
  }
  return false;
}

function compile(list) {
  const byFirst = new Map();
  for (const entry of list.entries) {
    for (const m of entry.match) {
      const words = entry.caseSensitive ? m.replace(/’/g, "'").split(/\s+/) : splitWords(m);
      const key = words[0].toLowerCase();
      if (!byFirst.has(key)) byFirst.set(key, []);
      byFirst.get(key).push({ entry, words, text: m });
    }
  }
  // Longest phrase first, so "the majority of" wins over a shorter form at the same place.
  for (const arr of byFirst.values()) arr.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

function findHits(text, tokens, compiled) {
  const hits = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = compiled.get(tokens[i].lower);
    let matched = null;
    if (candidates) {
      for (const c of candidates) {
        let ok = true;
        for (let k = 0; k < c.words.length && ok; k++) {
          const t = tokens[i + k];
          if (!t) ok = false;
          else if (k > 0 && gapBreaks(text, tokens[i + k - 1], t)) ok = false;
          else if (c.entry.caseSensitive ? t.word !== c.words[k] : t.lower !== c.words[k]) ok = false;
          else if (k > 0 && !/^\s+$/.test(text.slice(tokens[i + k - 1].end, t.start))) ok = false;
        }
        if (!ok) continue;
        const last = i + c.words.length - 1;
        const ctx = c.entry.context ?? {};
        if (ctx.skipIfFollowedBy?.some((p) => followedBy(text, tokens, last, p))) continue;
        if (ctx.skipIfPrecededBy?.some((p) => precededBy(text, tokens, i, p))) continue;
        if (ctx.onlyIfFollowedBy && !ctx.onlyIfFollowedBy.some((p) => followedBy(text, tokens, last, p))) continue;
        if (ctx.onlyIfPrecededBy && !ctx.onlyIfPrecededBy.some((p) => precededBy(text, tokens, i, p))) continue;
        // Like rules/lib/terms.ts: a term explained in brackets, or quoted to talk about it, is fine.
        if (inBrackets(text, tokens[i].start, tokens[last].end)) continue;
        if (explainedAfter(text, tokens[last].end, c.entry)) continue;
        if (inShortQuote(text, tokens[i].start, tokens[last].end)) continue;
        matched = { entry: c.entry, form: c.text, start: tokens[i].start, end: tokens[last].end, width: c.words.length };
        break;
      }
    }
    if (matched) {
      hits.push(matched);
      i += matched.width;
    } else i++;
  }
  return hits;
}

function snippet(text, start, end) {
  const from = Math.max(0, start - 50);
  const to = Math.min(text.length, end + 50);
  return (
    (from > 0 ? '…' : '') +
    text.slice(from, start).replace(/\s+/g, ' ').trimStart() +
    '[' +
    text.slice(start, end) +
    ']' +
    text.slice(end, to).replace(/\s+/g, ' ').trimEnd() +
    (to < text.length ? '…' : '')
  );
}

// ---------------------------------------------------------------------------------------------

console.log('Validating rules/data/*.json');
const lists = {};
for (const name of TERM_LISTS) {
  lists[name] = loadJson(name);
  if (lists[name]) validateTermList(name, lists[name]);
}
const acronyms = loadJson('acronyms');
if (acronyms) validateAcronyms(acronyms);
for (const name of TERM_LISTS)
  if (lists[name]?.entries) console.log(`  ${name}.json: ${lists[name].entries.length} entries`);
if (acronyms?.entries)
  console.log(
    `  acronyms.json: ${acronyms.entries.length} acronyms, well known: nhs ${acronyms.wellKnown?.nhs?.length ?? 0}, govuk ${acronyms.wellKnown?.govuk?.length ?? 0}`,
  );
console.log(problems ? `  ${problems} problem(s)` : '  all valid');

if (!existsSync(corpusDir)) {
  console.log(`\nNo corpus at ${corpusDir}; skipping the precision check.`);
  process.exit(problems ? 1 : 0);
}

const files = listFiles(corpusDir).map((path) => {
  const text = prose(readFileSync(path, 'utf8'));
  return { path: relative(corpusDir, path), text, tokens: tokenize(text) };
});
const totalWords = files.reduce((n, f) => n + f.tokens.length, 0);
console.log(`\nCorpus: ${corpusDir} (${files.length} files, ${totalWords} words)`);

let grandTotal = 0;
let overLimit = [];
for (const name of TERM_LISTS) {
  const list = lists[name];
  if (!list?.entries) continue;
  const compiled = compile(list);
  const perEntry = new Map();
  for (const f of files) {
    for (const hit of findHits(f.text, f.tokens, compiled)) {
      const line = f.text.slice(0, hit.start).split('\n').length;
      if (!perEntry.has(hit.entry.id)) perEntry.set(hit.entry.id, []);
      perEntry.get(hit.entry.id).push({ where: `${f.path}:${line}`, text: snippet(f.text, hit.start, hit.end) });
    }
  }
  const total = [...perEntry.values()].reduce((n, a) => n + a.length, 0);
  grandTotal += total;
  console.log(`\n== ${name}: ${total} hit(s) from ${perEntry.size} of ${list.entries.length} entries`);
  const ranked = [...perEntry.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [id, hits] of ranked.slice(0, TOP)) {
    const flag = hits.length > MAX_PER_ENTRY ? '  <-- over the limit' : '';
    console.log(`  ${String(hits.length).padStart(3)}  ${id}${flag}`);
    for (const h of hits.slice(0, EXAMPLES)) console.log(`         ${h.where}  ${h.text}`);
  }
  for (const [id, hits] of ranked) if (hits.length > MAX_PER_ENTRY) overLimit.push(`${name}/${id} (${hits.length})`);
}

if (acronyms?.entries) {
  const known = new Set(acronyms.entries.map((e) => e.acronym));
  const seen = new Map();
  for (const f of files)
    for (const t of f.tokens) if (known.has(t.word)) seen.set(t.word, (seen.get(t.word) ?? 0) + 1);
  const top = [...seen.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`\n== acronyms (for information): ${seen.size} glossary acronyms appear in the corpus`);
  console.log('  ' + top.map(([a, n]) => `${a} ${n}`).join(', '));
}

console.log(`\nTotal hits over the term lists: ${grandTotal} (limit ${MAX_TOTAL}); entries over ${MAX_PER_ENTRY}: ${overLimit.length ? overLimit.join(', ') : 'none'}`);
const limitsBroken = grandTotal >= MAX_TOTAL || overLimit.length > 0;
if (limitsBroken) console.log('Corpus limits are broken: tune the lists (add context, drop ambiguous forms).');
process.exit(problems || (strict && limitsBroken) ? 1 : 0);

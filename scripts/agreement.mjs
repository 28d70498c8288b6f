#!/usr/bin/env node
/**
 * npm run agreement: how far two editors agree on the same held-out pages, and how plainlint's
 * recall compares with a second editor's (eval/README.md, "Two editors on the same pages").
 *
 * The first editor's lists are the held-out annotations (eval/heldout/NN-name.yaml). A second
 * editor, who saw neither those lists nor plainlint, wrote eval/agreement/NN-name.yaml for the same
 * page. Items are matched as plainlint's findings are (scripts/eval.mjs): the words overlap and the
 * categories agree (or are close: scripts/eval-categories.mjs).
 *
 *   node scripts/agreement.mjs          the figures, by category and in total
 *   node scripts/agreement.mjs --json   the same as JSON
 *
 * It never changes an annotation, and plainlint's headline figures (npm run eval) do not use it.
 * It runs the built CLI, so run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { CATEGORIES, compatible } from './eval-categories.mjs';
import { beforeRun, loadPart, locate, runPlainlint, scoreDocument } from './eval.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'eval', 'agreement');

/** The second editor's lists, each with its page and the first editor's lists (as written before any run). */
export function loadPairs() {
  const errors = [];
  const pairs = [];
  if (!existsSync(DIR)) return { pairs, errors: ['eval/agreement/ is missing'] };
  const names = readdirSync(DIR).filter((n) => /^\d+-.*\.yaml$/.test(n)).sort();
  const only = new RegExp(`^(${names.map((n) => n.replace(/\.yaml$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\.md$`);
  const { docs, errors: loadErrors } = loadPart('heldout', names.length ? only : /^$/);
  errors.push(...loadErrors);
  for (const name of names) {
    const first = docs.find((d) => d.name === name.replace(/\.yaml$/, '.md'));
    if (!first) {
      errors.push(`eval/agreement/${name}: no held-out page eval/heldout/${name.replace(/\.yaml$/, '.md')}`);
      continue;
    }
    const ann = YAML.parse(readFileSync(join(DIR, name), 'utf8'));
    const second = { expected: [], acceptable: [] };
    for (const list of ['expected', 'acceptable'])
      (ann?.[list] ?? []).forEach((item, i) => {
        const label = `eval/agreement/${name}: ${list}[${i}]`;
        if (!CATEGORIES.includes(item?.category)) return errors.push(`${label}: unknown category "${item?.category}"`);
        const place = locate(first.text, item);
        if (place.error) return errors.push(`${label}: ${place.error}`);
        second[list].push({ ...item, ...place, list });
      });
    if (ann?.preset !== first.preset) errors.push(`eval/agreement/${name}: preset ${ann?.preset} is not the first list's ${first.preset}`);
    pairs.push({ name, first: beforeRun(first), second: { ...first, ...second, acceptable: second.acceptable } });
  }
  return { pairs, errors };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** True when one of `others` (items of another editor) marks the same words as `item`, in a close category. */
export function covered(item, others) {
  return others.some((o) => compatible(o.category, item.category) && overlaps(o, item));
}

function emptyCounts() {
  const per = {};
  for (const c of CATEGORIES) per[c] = { n: 0, bySecond: 0, byPlainlint: 0, agreed: 0, agreedByPlainlint: 0 };
  return per;
}

/** Figures for the first editor's expected items (and the second's, the other way round). */
export function agreement(pairs, findingsOf) {
  const first = emptyCounts();
  const second = emptyCounts();
  const both = { n: 0, byPlainlint: 0 };
  const firstOnly = { n: 0, byPlainlint: 0 };
  const union = { n: 0, byPlainlint: 0 };
  let secondExpected = 0;
  let secondSaidByFirst = 0;
  for (const { name, first: a, second: b } of pairs) {
    const findings = findingsOf(name);
    const foundA = scoreDocument(a, findings).items;
    const foundB = scoreDocument(b, findings).items;
    foundA.forEach(({ item, found }) => {
      const c = first[item.category];
      const bySecond = covered(item, [...b.expected, ...b.acceptable]);
      c.n++;
      if (bySecond) c.bySecond++;
      if (found) c.byPlainlint++;
      const agreed = covered(item, b.expected);
      if (agreed) {
        c.agreed++;
        if (found) c.agreedByPlainlint++;
      }
      const bucket = agreed ? both : firstOnly;
      bucket.n++;
      if (found) bucket.byPlainlint++;
      union.n++;
      if (found) union.byPlainlint++;
    });
    foundB.forEach(({ item, found }) => {
      const c = second[item.category];
      const byFirst = covered(item, [...a.expected, ...a.acceptable]);
      c.n++;
      if (byFirst) c.bySecond++;
      if (found) c.byPlainlint++;
      secondExpected++;
      if (covered(item, a.expected)) secondSaidByFirst++;
      else {
        // an item only the second editor expects joins the union
        union.n++;
        if (found) union.byPlainlint++;
      }
    });
  }
  return { pages: pairs.length, first, second, both, firstOnly, union, secondExpected, secondSaidByFirst };
}

function total(per) {
  const t = { n: 0, bySecond: 0, byPlainlint: 0, agreed: 0, agreedByPlainlint: 0 };
  for (const c of Object.values(per)) for (const k of Object.keys(t)) t[k] += c[k];
  return t;
}

const pct = (a, b) => (b === 0 ? '   -' : `${Math.round((100 * a) / b)}%`.padStart(4));
const ratio = (a, b) => `${a}/${b}`.padStart(7);

function print(r) {
  const lines = [];
  lines.push(`Two editors on the same ${r.pages} held-out pages (eval/agreement/)`);
  lines.push('');
  lines.push("The first editor's expected items: how many the second editor's list has, how many plainlint finds,");
  lines.push('and how many of those both editors expect plainlint finds');
  lines.push(`  ${'category'.padEnd(16)} ${'second editor'.padStart(13)}   ${'plainlint'.padStart(12)}   ${'both expect'.padStart(12)}`);
  const row = (name, k) =>
    `  ${name.padEnd(16)} ${ratio(k.bySecond, k.n)} ${pct(k.bySecond, k.n)}   ${ratio(k.byPlainlint, k.n)} ${pct(k.byPlainlint, k.n)}   ${ratio(k.agreedByPlainlint, k.agreed)} ${pct(k.agreedByPlainlint, k.agreed)}`;
  for (const c of CATEGORIES) if (r.first[c].n > 0) lines.push(row(c, r.first[c]));
  lines.push(row('total', total(r.first)));
  lines.push('');
  lines.push("The second editor's expected items: how many the first editor's list has, and how many plainlint finds");
  const b = total(r.second);
  for (const c of CATEGORIES) {
    const k = r.second[c];
    if (k.n === 0) continue;
    lines.push(`  ${c.padEnd(16)} ${ratio(k.bySecond, k.n)} ${pct(k.bySecond, k.n)}   ${ratio(k.byPlainlint, k.n)} ${pct(k.byPlainlint, k.n)}`);
  }
  lines.push(`  ${'total'.padEnd(16)} ${ratio(b.bySecond, b.n)} ${pct(b.bySecond, b.n)}   ${ratio(b.byPlainlint, b.n)} ${pct(b.byPlainlint, b.n)}`);
  lines.push('');
  lines.push('plainlint recall');
  lines.push(`  items both editors expect        ${ratio(r.both.byPlainlint, r.both.n)} ${pct(r.both.byPlainlint, r.both.n)}`);
  lines.push(`  items only the first expects     ${ratio(r.firstOnly.byPlainlint, r.firstOnly.n)} ${pct(r.firstOnly.byPlainlint, r.firstOnly.n)}`);
  lines.push(`  items either editor expects      ${ratio(r.union.byPlainlint, r.union.n)} ${pct(r.union.byPlainlint, r.union.n)}`);
  return lines.join('\n');
}

async function main() {
  const json = process.argv.includes('--json');
  const { pairs, errors } = loadPairs();
  if (errors.length) {
    for (const e of errors) console.error(`agreement: ${e}`);
    process.exit(2);
  }
  const reports = new Map();
  for (const preset of new Set(pairs.map((p) => p.first.preset))) {
    const mine = pairs.filter((p) => p.first.preset === preset);
    const byPath = runPlainlint(mine.map((p) => p.first.rel), preset);
    for (const p of mine) reports.set(p.name, byPath.get(p.first.file)?.findings ?? []);
  }
  const r = agreement(pairs, (name) => reports.get(name));
  if (json) console.log(JSON.stringify({ ...r, firstTotal: total(r.first), secondTotal: total(r.second) }, null, 2));
  else console.log(print(r));
}

if (process.argv[1] && process.argv[1].endsWith('agreement.mjs')) await main();

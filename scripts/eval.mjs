#!/usr/bin/env node
/**
 * npm run eval: measures plainlint against an editor's annotations of real public-sector text
 * (eval/README.md says how the set and its annotations are made).
 *
 *   node scripts/eval.mjs             figures per category for the tuning part and the held-out part
 *   node scripts/eval.mjs --verbose   also each miss and each wrong finding, document by document
 *   node scripts/eval.mjs --json      the figures as JSON (for tests and for comparing runs)
 *   node scripts/eval.mjs --part tune only one part
 *   node scripts/eval.mjs --docs '^1[3-9]-'
 *                                     only the documents whose file names match (a regular expression),
 *                                     e.g. the documents added to a part later, to give their figures apart
 *   node scripts/eval.mjs --validate  only check the annotations (every quote found), without running plainlint
 *   node scripts/eval.mjs --before-run
 *                                     precision against the lists as written before any run: acceptable items
 *                                     marked `added: after-run` are left out (recall does not change)
 *   node scripts/eval.mjs --check [recall=0.8,precision=0.95,part=heldout,corpus=400]
 *                                     exit 1 when the part's totals (or the corpus) fall short
 *
 * It measures; it does not gate: it exits 0 whatever the figures, unless --check is given.
 * A broken annotation (unknown category, a quote not in its document) exits 2, naming it.
 * It runs the built CLI (bin/plainlint.js --format json), so run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { CATEGORIES, categoryOf, compatible, fullRuleId } from './eval-categories.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = join(ROOT, 'eval');
const CORPUS = join(ROOT, 'test', 'data', 'corpus');
const BIN = join(ROOT, 'bin', 'plainlint.js');
const PARTS = { tune: 'tuning part', heldout: 'held-out part' };
const PRESETS = ['nhs', 'govuk', 'recommended'];

function parseArgs(argv) {
  const args = { verbose: false, json: false, part: undefined, docs: undefined, check: undefined, corpus: true, validate: false, beforeRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--json') args.json = true;
    else if (a === '--no-corpus') args.corpus = false;
    else if (a === '--validate') args.validate = true;
    else if (a === '--before-run') args.beforeRun = true;
    else if (a === '--part') args.part = argv[++i];
    else if (a === '--docs') {
      try {
        args.docs = new RegExp(argv[++i] ?? '');
      } catch {
        console.error(`eval: --docs needs a regular expression, like '^1[3-9]-'`);
        process.exit(2);
      }
    }
    else if (a === '--check') {
      args.check = { recall: 0.8, precision: 0.95, part: 'heldout', corpus: 400 };
      const next = argv[i + 1];
      if (next && !next.startsWith('-')) {
        i++;
        for (const pair of next.split(',')) {
          const [k, v] = pair.split('=');
          args.check[k] = k === 'part' ? v : Number(v);
        }
      }
    } else {
      console.error(`eval: unknown option ${a}`);
      process.exit(2);
    }
  }
  if (args.part && !PARTS[args.part]) {
    console.error(`eval: --part must be ${Object.keys(PARTS).join(' or ')}`);
    process.exit(2);
  }
  return args;
}

/** Where an annotation item's words are in the text: [start, end), or an error sentence. */
export function locate(text, item) {
  if (item.whole === true) return { start: 0, end: text.length };
  const quote = item.quote;
  if (typeof quote !== 'string' || quote.length === 0) return { error: 'has no quote (or whole: true)' };
  const places = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) places.push(at);
  if (places.length === 0) return { error: `quote not found: "${quote}"` };
  if (item.occurrence === undefined) {
    if (places.length > 1) return { error: `quote "${quote}" is there ${places.length} times: add occurrence` };
    return { start: places[0], end: places[0] + quote.length };
  }
  const n = item.occurrence;
  if (!Number.isInteger(n) || n < 1 || n > places.length)
    return { error: `quote "${quote}" has no occurrence ${n} (it is there ${places.length} times)` };
  return { start: places[n - 1], end: places[n - 1] + quote.length };
}

/** Reads one part's documents and annotations; errors are collected, not thrown. */
export function loadPart(part, only) {
  const dir = join(EVAL, part);
  const docs = [];
  const errors = [];
  if (!existsSync(dir)) return { docs, errors: [`eval/${part}/ is missing`] };
  // a document's name starts with its number (27-…); a note beside them, like JUDGED.md, is not one
  for (const name of readdirSync(dir).filter((n) => /^\d+-.*\.md$/.test(n) && (!only || only.test(n))).sort()) {
    const file = join(dir, name);
    const annFile = file.replace(/\.md$/, '.yaml');
    const where = relative(ROOT, annFile);
    if (!existsSync(annFile)) {
      errors.push(`${where}: missing (every document needs its annotation)`);
      continue;
    }
    let ann;
    try {
      ann = YAML.parse(readFileSync(annFile, 'utf8'));
    } catch (e) {
      errors.push(`${where}: not valid YAML: ${String(e.message).split('\n')[0]}`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const preset = ann?.preset ?? 'nhs';
    if (!PRESETS.includes(preset)) errors.push(`${where}: preset must be one of ${PRESETS.join(', ')}`);
    if (!ann?.source?.url || !ann?.source?.kind || !ann?.source?.licence)
      errors.push(`${where}: source needs url, kind and licence`);
    const items = { expected: [], acceptable: [] };
    for (const list of ['expected', 'acceptable']) {
      const raw = ann?.[list] ?? [];
      if (!Array.isArray(raw)) {
        errors.push(`${where}: ${list} must be a list`);
        continue;
      }
      raw.forEach((item, i) => {
        const label = `${where}: ${list}[${i}]`;
        if (!CATEGORIES.includes(item?.category)) {
          errors.push(`${label}: unknown category "${item?.category}"`);
          return;
        }
        if (typeof item.note !== 'string' || !item.note.trim()) errors.push(`${label}: needs a note`);
        const place = locate(text, item);
        if (place.error) {
          errors.push(`${label}: ${place.error}`);
          return;
        }
        items[list].push({ ...item, ...place, list });
      });
    }
    docs.push({ part, name, file, rel: relative(ROOT, file), text, preset, source: ann.source, ...items });
  }
  return { docs, errors };
}

/** A document as its lists stood before any run: without the acceptable items marked `added: after-run`. */
export function beforeRun(doc) {
  return { ...doc, acceptable: doc.acceptable.filter((item) => item.added !== 'after-run') };
}

/** Runs the built CLI on files with one preset and returns its JSON file reports by path (`extra`: more CLI options, like a config). */
export function runPlainlint(files, preset, cwd = ROOT, extra = []) {
  if (files.length === 0) return new Map();
  const args = [BIN, '--format', 'json', '--no-color', '--preset', preset, ...extra, ...files];
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`eval: plainlint did not print JSON (exit ${run.status}): ${(run.stderr || run.stdout).slice(0, 400)}`);
    console.error('eval: run `npm run build` first');
    process.exit(2);
  }
  const byPath = new Map();
  for (const f of report.files) byPath.set(join(cwd, f.path), f);
  return byPath;
}

/**
 * The text a finding is about. A finding on a whole section (sentence-length's section average,
 * readability's reading age for a section) stands on the section's heading, but it names every
 * sentence under that heading: it covers the text up to the next heading. A reading age for the
 * whole document covers the whole document.
 */
export function findingSpan(text, f) {
  const start = f.offset;
  let end = Math.max(f.endOffset, f.offset + 1);
  // A finding that names places (sentence-length's finding for a page's long sentences, with
  // `data.sentences`; passive-voice's for a page's passives, with `data.places`) is credited for the
  // words it stands on and for each place it names: no more, even when it is about the whole page.
  if (namedSpans(f).length) return { start, end };
  // readability's reading age for the whole document has section: null
  if (f.data && 'section' in f.data && f.data.section === null) return { start: 0, end: text.length };
  const aboutSection = f.data && (typeof f.data.average === 'number' || typeof f.data.section === 'number');
  if (aboutSection && /^#{1,6}\s/.test(text.slice(start, start + 7))) {
    const next = /^#{1,6}\s/m;
    const rest = text.slice(end);
    const m = next.exec(rest);
    end = m ? end + m.index : text.length;
  }
  return { start, end };
}

/** The places a finding names in `data.sentences` or `data.places` (each with offset and endOffset). */
export function namedSpans(f) {
  const list = [f.data?.sentences, f.data?.places].flatMap((l) => (Array.isArray(l) ? l : []));
  return list
    .filter((s) => s && Number.isInteger(s.offset) && Number.isInteger(s.endOffset))
    .map((s) => ({ start: s.offset, end: Math.max(s.endOffset, s.offset + 1) }));
}

function overlaps(span, item) {
  return span.start < item.end && item.start < span.end;
}

/** Words as the repeat test compares them: lower case, one space between words, no possessive. */
export function sameWords(words) {
  return words.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[’']s$/u, '');
}

/** The words a finding stands on, and the words at each place it names. */
function wordsOf(text, f) {
  const own = { start: f.offset, end: Math.max(f.endOffset, f.offset + 1) };
  return [own, ...namedSpans(f)].map((s) => sameWords(text.slice(s.start, s.end))).filter(Boolean);
}

/**
 * Scores one document: which expected items were found, and which findings were right.
 *
 * A finding that overlaps no item, but flags the same words as an item the editor listed
 * elsewhere in the document (same category group, case aside), is a repeat of that item: the
 * editor asks the writer to change the words everywhere, and lists them once. It counts as
 * right (`repeatOf` names the item), but it finds nothing: recall counts the item once, at its
 * own place. The item's words are its quote, or the words a finding flags where it overlaps the
 * item (the quote “our Engagement Team”, flagged as “Engagement Team”).
 */
export function scoreDocument(doc, findings) {
  const all = [...doc.expected, ...doc.acceptable];
  const scored = findings.map((f) => {
    const category = categoryOf(f);
    const spans = [findingSpan(doc.text, f), ...namedSpans(f)];
    const matches = all.filter((item) => compatible(category, item.category) && spans.some((span) => overlaps(span, item)));
    return { finding: f, category, right: matches.length > 0, matches };
  });
  // The words of each item, as quoted and as flagged at its place.
  const itemWords = new Map(all.filter((item) => typeof item.quote === 'string').map((item) => [item, new Set([sameWords(item.quote)])]));
  for (const s of scored)
    for (const item of s.matches) itemWords.get(item)?.add(sameWords(doc.text.slice(s.finding.offset, s.finding.endOffset)));
  for (const s of scored) {
    if (s.right) continue;
    const words = wordsOf(doc.text, s.finding);
    const item = all.find((it) => compatible(s.category, it.category) && words.some((w) => itemWords.get(it)?.has(w)));
    if (item) {
      s.right = true;
      s.repeatOf = item;
    }
  }
  const items = doc.expected.map((item) => ({
    item,
    found: scored.some((s) => s.matches.includes(item)),
  }));
  return { scored, items };
}

function emptyCounts() {
  const per = {};
  for (const c of [...CATEGORIES, 'other']) per[c] = { expected: 0, found: 0, findings: 0, right: 0 };
  return per;
}

const pct = (a, b) => (b === 0 ? null : a / b);

async function loadGroupFindings() {
  const path = join(ROOT, 'dist', 'src', 'report', 'group.js');
  if (!existsSync(path)) return undefined;
  return (await import(pathToFileURL(path).href)).groupFindings;
}

/** Runs one part: plainlint on each document with its preset, then the figures. */
async function evaluatePart(docs, groupFindings) {
  const counts = emptyCounts();
  let findings = 0;
  let groups = 0;
  let words = 0;
  const details = [];
  for (const preset of PRESETS) {
    const mine = docs.filter((d) => d.preset === preset);
    const reports = runPlainlint(mine.map((d) => d.rel), preset);
    for (const doc of mine) {
      const report = reports.get(doc.file);
      if (!report || report.error) {
        console.error(`eval: plainlint could not check ${doc.rel}: ${report?.error ?? 'no report'}`);
        process.exit(2);
      }
      const { scored, items } = scoreDocument(doc, report.findings);
      words += report.stats?.words ?? 0;
      findings += scored.length;
      // grouped as the reports for people group them (src/report/group.ts)
      const docGroups = groupFindings ? groupFindings(report.findings.map((f) => ({ ...f, start: { offset: f.offset } }))).length : null;
      groups += docGroups ?? 0;
      for (const s of scored) {
        counts[s.category].findings++;
        if (s.right) counts[s.category].right++;
      }
      for (const it of items) {
        counts[it.item.category].expected++;
        if (it.found) counts[it.item.category].found++;
      }
      details.push({ doc, scored, items, words: report.stats?.words ?? 0, groups: docGroups });
    }
  }
  details.sort((a, b) => a.doc.rel.localeCompare(b.doc.rel));
  const total = Object.values(counts).reduce(
    (t, c) => ({ expected: t.expected + c.expected, found: t.found + c.found, findings: t.findings + c.findings, right: t.right + c.right }),
    { expected: 0, found: 0, findings: 0, right: 0 },
  );
  return { documents: docs.length, words, counts, total, findings, groups: groupFindings ? groups : null, details };
}

/** The clean-corpus figure: words (as wc -w counts them) per finding, recommended preset. */
function corpusFigure() {
  if (!existsSync(CORPUS) || !statSync(CORPUS).isDirectory()) return { skipped: 'test/data/corpus/ is not there yet' };
  const reports = runPlainlint(['.'], 'recommended', CORPUS);
  let words = 0;
  let findings = 0;
  let files = 0;
  for (const [path, report] of reports) {
    // the folder's own source note is not corpus text
    if (report.error || (dirname(path) === CORPUS && /^(source|readme)\.md$/i.test(basename(path)))) continue;
    files++;
    words += readFileSync(path, 'utf8').split(/\s+/).filter(Boolean).length;
    findings += report.findings.length;
  }
  return { files, words, findings, wordsPerFinding: findings === 0 ? null : Math.round(words / findings) };
}

const fmtPct = (v) => (v === null ? '   -' : `${Math.round(v * 100)}%`.padStart(4));
const ratio = (a, b) => `${a}/${b}`.padStart(7);

function printPart(name, r) {
  const lines = [];
  lines.push(`${PARTS[name]} (eval/${name}/): ${r.documents} documents, ${r.words} words`);
  lines.push(`  ${'category'.padEnd(16)} ${'recall'.padStart(12)}   ${'precision'.padStart(12)}`);
  for (const c of [...CATEGORIES, 'other']) {
    const k = r.counts[c];
    if (k.expected === 0 && k.findings === 0) continue;
    lines.push(
      `  ${c.padEnd(16)} ${ratio(k.found, k.expected)} ${fmtPct(pct(k.found, k.expected))}   ${ratio(k.right, k.findings)} ${fmtPct(pct(k.right, k.findings))}`,
    );
  }
  const t = r.total;
  lines.push(
    `  ${'total'.padEnd(16)} ${ratio(t.found, t.expected)} ${fmtPct(pct(t.found, t.expected))}   ${ratio(t.right, t.findings)} ${fmtPct(pct(t.right, t.findings))}`,
  );
  const grouped = r.groups === null ? 'grouping not measured (no dist/src/report/group.js)' : `${r.groups} items after grouping repeats`;
  lines.push(`  findings: ${r.findings}; ${grouped}`);
  if (r.counts.other.findings > 0)
    lines.push(
      `  note: ${r.counts.other.findings} findings come from rules scripts/eval-categories.mjs does not place in a category; they count as wrong until you add them there`,
    );
  return lines.join('\n');
}

function printVerbose(r) {
  const lines = [];
  for (const d of r.details) {
    const misses = d.items.filter((i) => !i.found);
    const wrong = d.scored.filter((s) => !s.right);
    const found = d.items.length - misses.length;
    const grouped = d.groups === null ? '' : `, ${d.groups} after grouping`;
    lines.push(
      `\n${d.doc.rel} (${d.doc.preset}, ${d.words} words): found ${found} of ${d.items.length}; ${d.scored.length} findings${grouped}, ${wrong.length} wrong`,
    );
    for (const m of misses)
      lines.push(`  missed  ${m.item.category.padEnd(15)} ${m.item.quote === undefined ? '(whole document)' : JSON.stringify(m.item.quote)}: ${m.item.note}`);
    for (const w of wrong)
      lines.push(
        `  wrong   ${w.category.padEnd(15)} ${w.finding.line}:${w.finding.column} ${fullRuleId(w.finding)} ${JSON.stringify(w.finding.excerpt.slice(0, 70))}: ${w.finding.message}`,
      );
  }
  return lines.join('\n');
}

function summary(r) {
  const categories = {};
  for (const [c, k] of Object.entries(r.counts)) {
    if (k.expected === 0 && k.findings === 0) continue;
    categories[c] = { ...k, recall: pct(k.found, k.expected), precision: pct(k.right, k.findings) };
  }
  return {
    documents: r.documents,
    words: r.words,
    findings: r.findings,
    groups: r.groups,
    categories,
    total: { ...r.total, recall: pct(r.total.found, r.total.expected), precision: pct(r.total.right, r.total.findings) },
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const parts = args.part ? [args.part] : Object.keys(PARTS);
  const loaded = {};
  const errors = [];
  let items = 0;
  for (const part of parts) {
    loaded[part] = loadPart(part, args.docs);
    errors.push(...loaded[part].errors);
    for (const d of loaded[part].docs) items += d.expected.length + d.acceptable.length;
  }
  if (errors.length) {
    for (const e of errors) console.error(`eval: ${e}`);
    process.exit(2);
  }
  if (args.validate) {
    const docs = parts.reduce((n, p) => n + loaded[p].docs.length, 0);
    console.log(`eval: ${docs} documents and ${items} annotation items, all found in their documents`);
    return;
  }
  if (!existsSync(join(ROOT, 'dist'))) {
    console.error('eval: dist/ is missing: run `npm run build` first');
    process.exit(2);
  }
  if (args.beforeRun) for (const part of parts) loaded[part].docs = loaded[part].docs.map(beforeRun);
  const groupFindings = await loadGroupFindings();
  const results = {};
  for (const part of parts) results[part] = await evaluatePart(loaded[part].docs, groupFindings);
  const corpus = args.corpus ? corpusFigure() : { skipped: 'not measured with --no-corpus' };

  if (args.json) {
    const out = { annotations: { items }, beforeRun: args.beforeRun, parts: {}, corpus };
    for (const part of parts) out.parts[part] = summary(results[part]);
    console.log(JSON.stringify(out, null, 2));
  } else {
    console.log('plainlint evaluation: recall is expected items found; precision is findings an editor would accept');
    if (args.beforeRun) console.log('--before-run: acceptable items marked `added: after-run` are left out');
    console.log('');
    for (const part of parts) {
      console.log(printPart(part, results[part]));
      if (args.verbose) console.log(printVerbose(results[part]));
      console.log('');
    }
    if (corpus.skipped) console.log(`clean corpus: skipped (${corpus.skipped})`);
    else
      console.log(
        `clean corpus (test/data/corpus/, recommended preset): ${corpus.files} files, ${corpus.words} words, ${corpus.findings} findings: ${corpus.wordsPerFinding ?? 'no findings, so no'} words per finding (target at least 400)`,
      );
  }

  if (args.check) {
    const r = results[args.check.part];
    const failures = [];
    if (!r) failures.push(`part ${args.check.part} was not run`);
    else {
      const recall = pct(r.total.found, r.total.expected) ?? 0;
      const precision = pct(r.total.right, r.total.findings) ?? 1;
      if (recall < args.check.recall) failures.push(`recall ${fmtPct(recall).trim()} is under ${args.check.recall * 100}%`);
      if (precision < args.check.precision)
        failures.push(`precision ${fmtPct(precision).trim()} is under ${args.check.precision * 100}%`);
    }
    if (!corpus.skipped && corpus.wordsPerFinding !== null && corpus.wordsPerFinding < args.check.corpus)
      failures.push(`clean corpus has ${corpus.wordsPerFinding} words per finding, under ${args.check.corpus}`);
    if (failures.length) {
      for (const f of failures) console.error(`eval --check: ${f}`);
      process.exit(1);
    }
  }
}

if (process.argv[1] && basename(process.argv[1]) === 'eval.mjs') await main();

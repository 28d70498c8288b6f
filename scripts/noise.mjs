#!/usr/bin/env node
/**
 * `npm run noise`: how many items a writer reads, against how many findings plainlint makes,
 * on long drafts ("say it once", issue 18; src/report/group.ts). A finding is one place; an item
 * is one entry in the report for people (stylish, the HTML report, the checker page), where the
 * places of one thing said several times are listed together. The target: on a long draft, at
 * most 60% as many items as findings, with every place still listed under its item.
 *
 * The drafts: the fixture drafts (fixtures/example-draft.md and fixtures/drafts/, together, as
 * they are short, and the long Word strategy fixtures/docx/long-strategy.docx), the documents of
 * the evaluation set (eval/tune and eval/heldout, each with its preset), the longest pages of
 * the clean corpus (test/data/corpus) and the two A to Z guides (test/data/long-drafts). Other
 * files can be named on the command line: `npm run noise -- draft.md`.
 *
 * For each it prints the findings, the items as plainlint groups them now (the same advice: one
 * rule, check and problem, whatever the words), and the items as it grouped them before (the
 * same words only), so the change shows on the same findings. A draft is long from 600 words.
 * It also checks that nothing is lost: every finding is in exactly one item, and the JSON
 * report's groupId names the same items. `--json` prints the figures as JSON. Run
 * `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mdFiles } from './lib/md-files.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'plainlint.js');
const GROUP = join(ROOT, 'dist', 'src', 'report', 'group.js');
/** A draft counts as long from this many words. */
const LONG = 600;
/** How many of the clean corpus's longest pages to measure. */
const CORPUS_PAGES = 8;

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const extra = args.filter((a) => !a.startsWith('--'));

if (!existsSync(GROUP)) {
  console.error('noise: run `npm run build` first');
  process.exit(2);
}
const { groupFindings, termKey, problemOf } = await import(pathToFileURL(GROUP).href);

/** Items as plainlint grouped them before: the same words (or list entry) and the same problem only. */
function itemsBefore(findings) {
  return new Set(findings.map((f) => `${termKey(f) ?? `${f.ruleId}~`}\u0000${problemOf(f)}`)).size;
}

/** Runs the built CLI with one preset; returns its JSON file reports. */
function check(files, preset) {
  if (!files.length) return [];
  const run = spawnSync(process.execPath, [BIN, '--format', 'json', '--no-color', '--preset', preset, ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  try {
    return JSON.parse(run.stdout).files;
  } catch {
    console.error(`noise: plainlint did not print JSON (exit ${run.status}): ${(run.stderr || run.stdout).slice(0, 400)}`);
    process.exit(2);
  }
}

/** The findings of a JSON file report, in the shape groupFindings reads. */
function findingsOf(file) {
  return file.findings.map((f) => ({
    ...f,
    start: { line: f.line, column: f.column, offset: f.offset },
    end: { line: f.endLine, column: f.endColumn, offset: f.endOffset },
  }));
}

function presetOf(md) {
  const yaml = md.replace(/\.md$/, '.yaml');
  if (!existsSync(yaml)) return 'nhs';
  return /^preset:\s*(\w+)/m.exec(readFileSync(yaml, 'utf8'))?.[1] ?? 'nhs';
}

const rows = [];
function measure(set, name, files, preset) {
  const reports = check(files, preset);
  let findings = 0;
  let items = 0;
  let before = 0;
  let words = 0;
  for (const file of reports) {
    if (file.error) {
      console.error(`noise: ${file.path}: ${file.error}`);
      continue;
    }
    const fs = findingsOf(file);
    const groups = groupFindings(fs);
    // Nothing lost: every finding is in exactly one item.
    const placed = groups.flatMap((g) => g.findings);
    if (placed.length !== fs.length || new Set(placed).size !== fs.length) {
      console.error(`noise: ${file.path}: ${fs.length} findings but ${placed.length} places in the items`);
      process.exit(1);
    }
    if (new Set(file.findings.map((f) => f.groupId)).size !== groups.length) {
      console.error(`noise: ${file.path}: the JSON report's groupIds do not name the same items`);
      process.exit(1);
    }
    findings += fs.length;
    items += groups.length;
    before += itemsBefore(fs);
    words += file.stats?.words ?? 0;
  }
  rows.push({ set, name, words, findings, before, items });
}

// The fixture drafts: the short ones together, and the long Word strategy.
const fixtures = ['fixtures/example-draft.md', ...readdirSync(join(ROOT, 'fixtures', 'drafts')).filter((n) => n.endsWith('.md')).sort().map((n) => `fixtures/drafts/${n}`)];
measure('fixtures', `fixture drafts (${fixtures.length}, together)`, fixtures, 'nhs');
measure('fixtures', 'fixtures/docx/long-strategy.docx', ['fixtures/docx/long-strategy.docx'], 'nhs');

// The evaluation set: real public-sector documents, each with its preset.
for (const part of ['tune', 'heldout']) {
  const dir = join(ROOT, 'eval', part);
  // documents only (27-….md); a note beside them, like JUDGED.md, is not a draft
  for (const name of readdirSync(dir).filter((n) => /^\d+-.*\.md$/.test(n)).sort()) {
    const file = join(dir, name);
    measure('eval', `eval/${part}/${name}`, [relative(ROOT, file)], presetOf(file));
  }
}

// The longest pages of the clean corpus.
const corpus = join(ROOT, 'test', 'data', 'corpus');
const pages = mdFiles(corpus)
  .filter((p) => !/^(source|readme)\.md$/i.test(basename(p)))
  .map((p) => ({ p, size: statSync(p).size }))
  .sort((a, b) => b.size - a.size)
  .slice(0, CORPUS_PAGES);
for (const { p } of pages) measure('corpus', relative(ROOT, p), [relative(ROOT, p)], 'nhs');

// The two A to Z guides: long real pages.
measure('long', 'test/data/long-drafts/nhs-a-to-z-of-health-writing.md', ['test/data/long-drafts/nhs-a-to-z-of-health-writing.md'], 'nhs');
measure('long', 'test/data/long-drafts/govuk-a-to-z-style-guide.md', ['test/data/long-drafts/govuk-a-to-z-style-guide.md'], 'govuk');

for (const file of extra) measure('named', file, [file], /govuk/i.test(file) ? 'govuk' : 'nhs');

const pct = (a, b) => (b ? Math.round((100 * a) / b) : 0);
function total(list) {
  const t = list.reduce((s, r) => ({ words: s.words + r.words, findings: s.findings + r.findings, before: s.before + r.before, items: s.items + r.items }), { words: 0, findings: 0, before: 0, items: 0 });
  return { drafts: list.length, ...t, share: pct(t.items, t.findings), shareBefore: pct(t.before, t.findings) };
}
const long = rows.filter((r) => r.words >= LONG && r.findings > 0);
const busy = long.filter((r) => r.findings >= 20);
const summary = {
  bySet: Object.fromEntries(['fixtures', 'eval', 'corpus', 'long', 'named'].filter((s) => rows.some((r) => r.set === s)).map((s) => [s, total(rows.filter((r) => r.set === s))])),
  long: total(long),
  longWithTwentyOrMore: { ...total(busy), most: busy.reduce((w, r) => Math.max(w, pct(r.items, r.findings)), 0) },
};

if (asJson) {
  console.log(JSON.stringify({ rows: rows.map((r) => ({ ...r, share: pct(r.items, r.findings) })), summary }, null, 2));
} else {
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'draft'.padEnd(w)}  words  findings  items before  items now`);
  for (const r of rows) {
    const b = `${r.before} (${pct(r.before, r.findings)}%)`;
    const n = `${r.items} (${pct(r.items, r.findings)}%)`;
    console.log(`${r.name.padEnd(w)}  ${String(r.words).padStart(5)}  ${String(r.findings).padStart(8)}  ${b.padStart(12)}  ${n.padStart(9)}${r.words >= LONG ? '' : '  (short)'}`);
  }
  console.log('');
  const line = (name, t) => `${name}: ${t.findings} findings → ${t.before} items before (${t.shareBefore}%), ${t.items} items now (${t.share}%)`;
  for (const [set, t] of Object.entries(summary.bySet)) console.log(line(`${set} (${t.drafts})`, t));
  console.log(line(`long drafts (${LONG}+ words, ${summary.long.drafts})`, summary.long));
  const b = summary.longWithTwentyOrMore;
  console.log(`${line(`long drafts with 20+ findings (${b.drafts})`, b)}; the most on one of them ${b.most}%`);
}

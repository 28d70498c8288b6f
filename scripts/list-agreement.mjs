#!/usr/bin/env node
/**
 * How often editors agree with each word-list entry, measured on 3 sets of text:
 *
 * - the tuning pages (eval/tune): a finding matches an `expected` item (the editor insisted), only
 *   an `acceptable` item (the editor would let it pass but not insist), or nothing (wrong);
 * - the fresh audit pages (test/data/audit): the editor's R (right), A (arguable) or W (wrong) for
 *   the finding, from test/data/audit/judged-findings.json (JUDGED.md, tied to each finding) or
 *   test/data/audit/judged-new.json (findings the audit did not see, judged later by the guides);
 * - the clean corpus (test/data/corpus): published NHS text, so every finding there is noise.
 *
 * Every entry is measured, the "thorough" ones too (the script turns them on). The strength is
 * the share of an entry's findings that editors agreed with (insisted on in tune, R in the audit),
 * counted with one agreed and one not agreed added, so an entry seen once is not judged on that
 * alone. An entry is weak when it has at least MIN_EVIDENCE findings and a strength under
 * WEAK_BELOW: such entries are for a thorough check, not the default (rules/data/README.md).
 *
 *   node scripts/list-agreement.mjs                  every entry with findings, weakest first
 *   node scripts/list-agreement.mjs --rule jargon    one rule's entries
 *   node scripts/list-agreement.mjs --weak           only the weak entries
 *   node scripts/list-agreement.mjs --unjudged       audit findings nobody has judged yet
 *   node scripts/list-agreement.mjs --json           the figures as JSON
 *   node scripts/list-agreement.mjs --as-configured  measure with the lists as they are (thorough entries off)
 *   node scripts/list-agreement.mjs --mark           mark each weak entry "level": "thorough" in its list file,
 *                                                    except entries a guide names (say so, for a context rule instead)
 *   node scripts/list-agreement.mjs --make-judged    rebuild test/data/audit/judged-findings.json
 *
 * It runs the built CLI, so run `npm run build` first. Only the tuning part of eval/ is read.
 */
import { execFileSync } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPart, runPlainlint, scoreDocument } from './eval.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LISTS = join(ROOT, 'rules', 'data', 'lists');
const AUDIT = join(ROOT, 'test', 'data', 'audit');
const CORPUS = join(ROOT, 'test', 'data', 'corpus');
const JUDGED = join(AUDIT, 'judged-findings.json');
const JUDGED_NEW = join(AUDIT, 'judged-new.json');
/** The commit JUDGED.md judged (its prebuilt bundle gives the same findings, in the same order). */
const JUDGED_COMMIT = '35e4700b70445267d5151b74f47cec6cd2f9f182';

/** At least this many findings before an entry can be called weak. */
export const MIN_EVIDENCE = 3;
/** Weak: a strength under this (with 1 agreed and 1 not added, 3 findings with none agreed give 0.2; 4 with 1 agreed, 0.33). */
export const WEAK_BELOW = 0.34;

/** Each list file's entries, by rule id; simpler-words also has retext-simplify's kept entries. */
export function loadEntries() {
  const rules = new Map();
  for (const name of readdirSync(LISTS).filter((n) => n.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(join(LISTS, name), 'utf8'));
    rules.set(file.id, { file: join(LISTS, name), entries: new Map(file.entries.map((e) => [e.id, e])) });
  }
  const keep = JSON.parse(readFileSync(join(ROOT, 'rules', 'data', 'simplify-keep.json'), 'utf8'));
  const simpler = rules.get('simpler-words');
  if (simpler) simpler.kept = new Map(keep.entries.map((e) => [e.id, e]));
  if (simpler) simpler.keptFile = join(ROOT, 'rules', 'data', 'simplify-keep.json');
  return rules;
}

/**
 * The entries a guide names as words to avoid or to replace: GOV.UK's "words to avoid" and the A to
 * Z entries that ask for a plainer word, as test/data/guides/coverage.json ties them to entries.
 */
export function guideEntries() {
  const coverage = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'guides', 'coverage.json'), 'utf8'));
  const named = new Set();
  for (const row of coverage.rows) if (row.covered !== false) for (const id of row.ids ?? []) named.add(`${row.rule}:${id}`);
  return named;
}

/** The key of a finding's entry, or undefined when it is not from a list entry. */
export function entryKey(finding, rules) {
  const rule = rules.get(finding.ruleId);
  const term = finding.data?.term;
  if (!rule || typeof term !== 'string') return undefined;
  if (finding.data?.source === 'retext-simplify') return `${finding.ruleId}:simplify-keep/${term}`;
  return `${finding.ruleId}:${term}`;
}

/** A config that turns on every thorough entry of every list rule. */
function thoroughConfig(rules) {
  const dir = mkdtempSync(join(tmpdir(), 'plainlint-agreement-'));
  const path = join(dir, 'thorough.json');
  writeFileSync(path, JSON.stringify({ rules: Object.fromEntries([...rules.keys()].map((id) => [id, { level: 'thorough' }])) }));
  return { args: ['--config', path], done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The audit pages and their presets, from the table in SOURCES.md. */
export function auditPages() {
  const text = readFileSync(join(AUDIT, 'SOURCES.md'), 'utf8');
  const pages = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length > 6 && /^\d+-.*\.md$/.test(cells[1])) pages.push({ name: cells[1], preset: cells[5] });
  }
  return pages;
}

/** Runs plainlint on the audit pages, each with its preset: findings by page name. */
function runAudit(extra, bin) {
  const byPage = new Map();
  for (const preset of ['nhs', 'govuk', 'recommended']) {
    const names = auditPages().filter((p) => p.preset === preset).map((p) => p.name);
    if (!names.length) continue;
    const reports = bin ? runBundle(bin, names, preset) : runPlainlint(names, preset, AUDIT, extra);
    for (const [path, report] of reports) byPage.set(basename(path), report.findings ?? []);
  }
  return byPage;
}

function runBundle(bin, files, preset) {
  const run = spawnSync(process.execPath, [bin, '--format', 'json', '--no-color', '--preset', preset, ...files], {
    cwd: AUDIT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const report = JSON.parse(run.stdout);
  return new Map(report.files.map((f) => [join(AUDIT, f.path), f]));
}

/** JUDGED.md's short rule names. */
const SHORT = {
  reading: 'readability',
  sentence: 'sentence-length',
  paragraph: 'long-paragraph',
  house: 'house-style',
  simpler: 'simpler-words',
  repeated: 'repeated-words',
  inclusive: 'inclusive-language',
};

/**
 * test/data/audit/judged-findings.json: each finding JUDGED.md judged, with its verdict, rule,
 * entry and place. JUDGED.md numbers the findings of the prebuilt bundle at JUDGED_COMMIT in the
 * order it reports them; this runs that bundle again and ties each number to its finding.
 */
function makeJudged() {
  const dir = mkdtempSync(join(tmpdir(), 'plainlint-judged-'));
  const bin = join(dir, 'plainlint.mjs');
  writeFileSync(bin, execFileSync('git', ['show', `${JUDGED_COMMIT}:prebuilt/plainlint.mjs`], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }));
  const byPage = runAudit([], bin);
  rmSync(dir, { recursive: true, force: true });
  const judged = readFileSync(join(AUDIT, 'JUDGED.md'), 'utf8');
  const verdicts = new Map();
  for (const m of judged.matchAll(/^- \*\*(\d+)\*\* \(.*?\): (.*)$/gm)) {
    verdicts.set(m[1], m[2].split(' ').filter((t) => /^\d+[RWA]:/.test(t)));
  }
  const rows = [];
  for (const { name } of auditPages()) {
    const number = name.match(/^\d+/)[0];
    const findings = byPage.get(name) ?? [];
    const marks = verdicts.get(number) ?? [];
    if (marks.length !== findings.length) throw new Error(`${name}: JUDGED.md judges ${marks.length} findings, the bundle gives ${findings.length}`);
    findings.forEach((f, i) => {
      const [, n, verdict, short] = marks[i].match(/^(\d+)([RWA]):(.*)$/);
      const rule = SHORT[short] ?? short;
      if (!f.ruleId.startsWith(rule)) throw new Error(`${name} ${n}: JUDGED.md says ${short}, the bundle gives ${f.ruleId}`);
      rows.push({ page: name, n: Number(n), verdict, ruleId: f.ruleId, term: f.data?.term, source: f.data?.source, offset: f.offset, endOffset: f.endOffset, excerpt: f.excerpt });
    });
  }
  const head = {
    about: `Each finding that test/data/audit/JUDGED.md judges, tied to its rule, word-list entry (term) and place. Made by node scripts/list-agreement.mjs --make-judged from the prebuilt bundle at ${JUDGED_COMMIT.slice(0, 7)}, which gives the same findings in the same order.`,
    commit: JUDGED_COMMIT,
  };
  const body = rows.map((r) => '    ' + JSON.stringify(r)).join(',\n');
  writeFileSync(JUDGED, `{\n  "about": ${JSON.stringify(head.about)},\n  "commit": ${JSON.stringify(head.commit)},\n  "findings": [\n${body}\n  ]\n}\n`);
  console.log(`wrote ${rows.length} judged findings to test/data/audit/judged-findings.json`);
}

/** The judgement of an audit finding, if any: the same rule and words at the same place. */
export function judgementOf(page, finding, judged) {
  return judged.find(
    (j) => j.page === page && j.ruleId === finding.ruleId && j.offset === finding.offset && j.endOffset === finding.endOffset && (j.term ?? null) === (finding.data?.term ?? null),
  );
}

function emptyRow(key) {
  return { key, E: 0, Ac: 0, Wt: 0, R: 0, A: 0, W: 0, unjudged: 0, N: 0 };
}

/** Strength: agreed over all, with one agreed and one not added. */
export function strength(row) {
  const agreed = row.E + row.R;
  const all = agreed + row.Ac + row.Wt + row.A + row.W + row.N;
  return { agreed, evidence: all, strength: (agreed + 1) / (all + 2) };
}

export function isWeak(row) {
  const s = strength(row);
  return s.evidence >= MIN_EVIDENCE && s.strength < WEAK_BELOW;
}

function measure({ asConfigured }) {
  const rules = loadEntries();
  const config = asConfigured ? { args: [], done() {} } : thoroughConfig(rules);
  const rows = new Map();
  const row = (key) => rows.get(key) ?? rows.set(key, emptyRow(key)).get(key);
  const unjudged = [];
  try {
    // the tuning pages
    const { docs, errors } = loadPart('tune');
    if (errors.length) throw new Error(errors.join('\n'));
    for (const preset of ['nhs', 'govuk', 'recommended']) {
      const mine = docs.filter((d) => d.preset === preset);
      const reports = runPlainlint(mine.map((d) => d.rel), preset, ROOT, config.args);
      for (const doc of mine) {
        const report = reports.get(doc.file);
        if (!report || report.error) throw new Error(`plainlint could not check ${doc.rel}`);
        for (const s of scoreDocument(doc, report.findings).scored) {
          const key = entryKey(s.finding, rules);
          if (!key) continue;
          if (s.matches.some((m) => m.list === 'expected')) row(key).E++;
          else if (s.matches.length) row(key).Ac++;
          else row(key).Wt++;
        }
      }
    }
    // the audit pages
    const judged = [
      ...JSON.parse(readFileSync(JUDGED, 'utf8')).findings,
      ...(existsSync(JUDGED_NEW) ? JSON.parse(readFileSync(JUDGED_NEW, 'utf8')).findings : []),
    ];
    for (const [page, findings] of runAudit(config.args)) {
      for (const f of findings) {
        const key = entryKey(f, rules);
        if (!key) continue;
        const j = judgementOf(page, f, judged);
        if (j) row(key)[j.verdict]++;
        else {
          row(key).unjudged++;
          unjudged.push({ page, ruleId: f.ruleId, term: f.data?.term, offset: f.offset, endOffset: f.endOffset, excerpt: f.excerpt, message: f.message });
        }
      }
    }
    // the clean corpus
    for (const [path, report] of runPlainlint(['.'], 'recommended', CORPUS, config.args)) {
      if (report.error || (dirname(path) === CORPUS && /^(source|readme)\.md$/i.test(basename(path)))) continue;
      for (const f of report.findings) {
        const key = entryKey(f, rules);
        if (key) row(key).N++;
      }
    }
  } finally {
    config.done();
  }
  const named = guideEntries();
  const out = [];
  for (const r of rows.values()) {
    const [ruleId, id] = r.key.split(':');
    const rule = rules.get(ruleId);
    const entry = id.startsWith('simplify-keep/') ? rule.kept?.get(id.slice('simplify-keep/'.length)) : rule.entries.get(id);
    out.push({ ...r, ruleId, id, level: entry?.level ?? 'default', guide: named.has(r.key), ...strength(r), weak: isWeak(r) });
  }
  out.sort((a, b) => a.strength - b.strength || b.evidence - a.evidence || a.key.localeCompare(b.key));
  return { rows: out, unjudged };
}

/**
 * Write "level": "thorough" into each weak entry (right after its id, so the change is one line),
 * leaving alone the entries a guide names: those want a context rule, not a thorough level.
 */
function mark(rows) {
  const rules = loadEntries();
  const changes = new Map();
  for (const r of rows.filter((r) => r.weak && r.level !== 'thorough')) {
    if (r.guide) {
      console.log(`left alone: ${r.key} is weak (strength ${r.strength.toFixed(2)}), but a guide names it: give it a context rule instead`);
      continue;
    }
    const rule = rules.get(r.ruleId);
    const kept = r.id.startsWith('simplify-keep/');
    const path = kept ? rule.keptFile : rule.file;
    const id = kept ? r.id.slice('simplify-keep/'.length) : r.id;
    changes.set(path, [...(changes.get(path) ?? []), id]);
    console.log(`thorough: ${r.key} (strength ${r.strength.toFixed(2)} from ${r.evidence} findings)`);
  }
  for (const [path, ids] of changes) {
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.entries = data.entries.map((e) => (ids.includes(e.id) ? Object.fromEntries(Object.entries(e).flatMap(([k, v]) => (k === 'id' ? [[k, v], ['level', 'thorough']] : k === 'level' ? [] : [[k, v]]))) : e));
    writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
  }
  if (changes.size) console.log('run `npm run build` so the rules use the new levels');
}

function parseArgs(argv) {
  const args = { rule: undefined, weak: false, unjudged: false, json: false, asConfigured: false, makeJudged: false, mark: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rule') args.rule = argv[++i];
    else if (a === '--weak') args.weak = true;
    else if (a === '--unjudged') args.unjudged = true;
    else if (a === '--json') args.json = true;
    else if (a === '--as-configured') args.asConfigured = true;
    else if (a === '--make-judged') args.makeJudged = true;
    else if (a === '--mark') args.mark = true;
    else {
      console.error(`list-agreement: unknown option ${a}`);
      process.exit(2);
    }
  }
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.makeJudged) return makeJudged();
  if (!existsSync(join(ROOT, 'dist'))) {
    console.error('list-agreement: dist/ is missing: run `npm run build` first');
    process.exit(2);
  }
  if (args.mark && args.asConfigured) {
    console.error('list-agreement: --mark measures every entry; leave out --as-configured');
    process.exit(2);
  }
  const { rows, unjudged } = measure(args);
  if (args.mark && unjudged.length) {
    console.error(`list-agreement: ${unjudged.length} audit findings are not judged yet: judge them first (--unjudged lists them)`);
    process.exit(1);
  }
  if (args.mark) return mark(rows);
  const shown = rows.filter((r) => (!args.rule || r.ruleId === args.rule) && (!args.weak || r.weak));
  if (args.json) {
    console.log(JSON.stringify({ minEvidence: MIN_EVIDENCE, weakBelow: WEAK_BELOW, entries: shown, unjudged }, null, 2));
    return;
  }
  if (args.unjudged) {
    for (const u of unjudged) console.log(JSON.stringify(u));
    console.log(`${unjudged.length} audit findings not judged yet (add them to test/data/audit/judged-new.json)`);
    return;
  }
  console.log('Agreement with each word-list entry: tune E insisted, Ac acceptable only, Wt wrong; audit R right, A arguable, W wrong, ? not judged; N corpus noise');
  console.log(`strength = (E + R + 1) / (all judged + 2); weak: at least ${MIN_EVIDENCE} findings and strength under ${WEAK_BELOW}; guide: GOV.UK words to avoid or an NHS A to Z entry\n`);
  const head = ['entry', 'level', 'guide', 'E', 'Ac', 'Wt', 'R', 'A', 'W', '?', 'N', 'strength', ''];
  const width = Math.max(30, ...shown.map((r) => r.key.length));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(width) : String(c).padStart(i === 1 ? 9 : i === 2 ? 5 : i === 11 ? 8 : 3))).join(' ');
  console.log(line(head));
  for (const r of shown) {
    console.log(line([r.key, r.level, r.guide ? 'yes' : '', r.E, r.Ac, r.Wt, r.R, r.A, r.W, r.unjudged, r.N, r.strength.toFixed(2), r.weak ? 'weak' : r.level === 'thorough' ? 'not weak now' : '']));
  }
  const sum = (k) => shown.reduce((n, r) => n + r[k], 0);
  console.log(
    `\ntotal: tune ${sum('E')} insisted, ${sum('Ac')} acceptable only, ${sum('Wt')} wrong; audit ${sum('R')} R, ${sum('A')} A, ${sum('W')} W, ${sum('unjudged')} not judged; corpus ${sum('N')}` +
      (args.asConfigured ? ' (lists as configured: thorough entries off)' : ' (every entry, thorough ones too)'),
  );
  const weak = shown.filter((r) => r.weak);
  const back = shown.filter((r) => r.level === 'thorough' && !r.weak);
  console.log(`${shown.length} entries with findings; ${weak.length} weak (${weak.filter((r) => r.level === 'thorough').length} of them thorough already); ${unjudged.length} audit findings not judged yet`);
  if (back.length) console.log(`thorough but not weak now (take out their "level"?): ${back.map((r) => r.key).join(', ')}`);
}

if (process.argv[1] && basename(process.argv[1]) === 'list-agreement.mjs') main();

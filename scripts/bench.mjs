#!/usr/bin/env node
// plainlint's benchmark: `npm run bench`. Prints tables of medians, with peers (alex, write-good,
// textlint with its sentence-length rule) run side by side on the same files.
//
//   npm run bench               all of it (about 17 minutes on 2 cores)
//   npm run bench -- --quick    fewer runs, no 10x corpus, no step-by-step table, 200 language server edits
//   node scripts/bench-lsp.mjs  the language server figures alone
//
// Uses the clean NHS corpus kept in the repository (test/data/corpus/nhs-service-manual) and GNU
// time (/usr/bin/time) for peak memory. The peers are a package of their own (bench/package.json),
// installed into bench/node_modules with npm ci the first time the bench runs, so plainlint's own
// install never fetches them. Figures go in docs/performance.md by hand, with the date and machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdFiles } from './lib/md-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, 'test', 'data', 'corpus', 'nhs-service-manual');
const scaler = join(root, 'test', 'data', 'corpus', 'make-scale-corpus.sh');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 5;
const peers = join(root, 'bench');
const bin = (name) => join(peers, 'node_modules', '.bin', name);
const plainlint = [process.execPath, join(root, 'bin', 'plainlint.js')];
const hasTime = existsSync('/usr/bin/time');

if (!existsSync(corpus)) {
  console.error(`bench: the corpus is not at ${corpus}`);
  process.exit(2);
}

// The peers: installed once, from bench/package-lock.json.
if (!['alex', 'write-good', 'textlint'].every((name) => existsSync(bin(name)))) {
  console.log('bench: installing the peers (alex, write-good, textlint) into bench/node_modules …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peers, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('bench: npm ci in bench/ failed, so the peers cannot be compared');
    process.exit(2);
  }
}

function words(files) {
  let n = 0;
  for (const f of files) n += readFileSync(f, 'utf8').split(/\s+/).filter(Boolean).length;
  return n;
}

/** Run a command once: wall seconds, peak RSS in MB and processor seconds (user + system, all threads). */
function once(cmd, args, cwd = root) {
  const full = hasTime ? ['/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  let rss = NaN;
  let cpu = NaN;
  if (hasTime) {
    const last = r.stderr.trim().split('\n').pop() ?? '';
    const m = /([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(last);
    if (m) {
      rss = Number(m[2]) / 1024;
      cpu = Number(m[3]) + Number(m[4]);
    }
  }
  // Linters exit non-zero when they find things (write-good exits with the count): only a crash counts.
  if (r.status === null || r.error) throw new Error(`${cmd} failed: ${(r.error?.message ?? r.stderr).slice(0, 400)}`);
  return { wall, rss, cpu };
}

/** One run with PLAINLINT_TIMING=all: milliseconds by step (reading, parsing) and by rule. */
function timings(args, cwd = root) {
  const r = spawnSync(plainlint[0], [plainlint[1], ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', PLAINLINT_TIMING: 'all' } });
  const out = new Map();
  for (const line of r.stderr.split('\n')) {
    const m = /^(\S.*?) +\| +([\d.]+) \| +[\d.]+%$/.exec(line);
    if (m) out.set(m[1], Number(m[2]));
  }
  return out;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function measure(cmd, args, runs = RUNS, cwd = root) {
  return inTurns([[cmd, args, cwd]], runs)[0];
}

/**
 * Run commands in turns, one of each per round, so that when the machine speeds up or slows
 * down (a shared machine does, from minute to minute) every command is affected alike. Each
 * result keeps its wall times by round, for paired ratios.
 */
function inTurns(commands, runs = RUNS) {
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach(([cmd, args, cwd = root], k) => results[k].push(once(cmd, args, cwd)));
  return results.map((r) => ({
    wall: median(r.map((x) => x.wall)),
    rss: Math.max(...r.map((x) => x.rss)),
    cpu: median(r.map((x) => x.cpu)),
    walls: r.map((x) => x.wall),
  }));
}

/** How many times as fast `b` is as `a`: the median, over rounds run in turns, of a's time / b's time. */
const timesAsFast = (a, b) => median(a.walls.map((w, i) => w / b.walls[i]));

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(`\n### ${title}\n`);
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}

const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);
const f3 = (n) => n.toFixed(3);

console.log(`# plainlint benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}; medians of ${quick ? 5 : 11} runs for one file, ${quick ? 3 : 5} for the corpus, 3 for the 10x corpus (2 for --cache); commands compared in one table run in turns`);

// 1. Pre-commit latency: one ordinary file, whole process, cold.
const files1 = mdFiles(corpus);
const bySize = [...files1].sort((a, b) => statSync(a).size - statSync(b).size);
const ordinary = bySize[Math.floor(bySize.length / 2)];
const latencyRuns = quick ? 5 : 11;
// A content repository usually has a config file: the same file, in a folder with one.
const repo = mkdtempSync(join(tmpdir(), 'plainlint-repo-'));
writeFileSync(join(repo, '.plainlintrc.json'), JSON.stringify({ extends: 'nhs' }));
writeFileSync(join(repo, 'page.md'), readFileSync(ordinary));
const docx = join(root, 'fixtures', 'docx', 'example-draft.docx');
// The pre-commit hook and the GitHub Action run the prebuilt command, with its code cache (made
// on first use in ~/.cache/plainlint: the warm-up run below makes it, as a writer's first commit would).
const prebuilt = join(root, 'prebuilt', 'plainlint.mjs');
spawnSync(process.execPath, [prebuilt, ordinary], { stdio: 'ignore' });
const [nodeStart, one, onePrebuilt, oneJson, oneConfig, oneDocx] = inTurns(
  [
    [process.execPath, ['-e', '0']],
    [plainlint[0], [plainlint[1], ordinary]],
    [process.execPath, [prebuilt, ordinary]],
    [plainlint[0], [plainlint[1], ordinary, '-f', 'json']],
    [plainlint[0], [plainlint[1], 'page.md'], repo],
    [plainlint[0], [plainlint[1], docx]],
  ],
  latencyRuns,
);
rmSync(repo, { recursive: true, force: true });
table('Pre-commit latency (one file, new process each time)', ['what', 'median wall (s)', 'peak RSS (MB)'], [
  ['node -e 0 (node start-up alone)', f3(nodeStart.wall), f1(nodeStart.rss)],
  [`plainlint on one markdown file (${Math.round(statSync(ordinary).size / 1024)} KB)`, f3(one.wall), f1(one.rss)],
  ['same, prebuilt/plainlint.mjs (what the pre-commit hook runs)', f3(onePrebuilt.wall), f1(onePrebuilt.rss)],
  ['same, --format json', f3(oneJson.wall), f1(oneJson.rss)],
  ['same file, in a folder with a config file', f3(oneConfig.wall), f1(oneConfig.rss)],
  ['plainlint on one Word file', f3(oneDocx.wall), f1(oneDocx.rss)],
]);
console.log(`plainlint on one markdown file took ${f3(median(one.walls.map((w, i) => w - nodeStart.walls[i])))} s more than node -e 0 (median over rounds)`);

// 2. Throughput on the corpus, with peers.
const w1 = words(files1);
const rows = [];
const add = (name, m, files, w) => rows.push([name, f2(m.wall), f1(files / m.wall), Math.round(w / m.wall), f1(m.rss)]);
const throughputRuns = quick ? 3 : 5;
const peerCommands = [
  ['alex', bin('alex'), [corpus]],
  ['write-good', bin('write-good'), files1],
  ['textlint + textlint-rule-sentence-length', bin('textlint'), ['--no-textlintrc', '--rule', 'sentence-length', `${corpus}/**/*.md`]],
].filter(([, cmd]) => existsSync(cmd));
const [pl, pl1, pl2, ...peerResults] = inTurns(
  [
    [plainlint[0], [plainlint[1], corpus, '-f', 'json']],
    [plainlint[0], [plainlint[1], corpus, '-f', 'json', '-j', '1']],
    [plainlint[0], [plainlint[1], corpus, '-f', 'json', '-j', String(cpus().length)]],
    ...peerCommands.map(([, cmd, args]) => [cmd, args]),
  ],
  throughputRuns,
);
add('plainlint, recommended preset (default jobs)', pl, files1.length, w1);
add('plainlint, recommended preset, --jobs 1', pl1, files1.length, w1);
add(`plainlint, recommended preset, --jobs ${cpus().length}`, pl2, files1.length, w1);
peerCommands.forEach(([name], k) => add(name, peerResults[k], files1.length, w1));
table(`Throughput on the corpus (${files1.length} files, ${w1} words)`, ['tool', 'median wall (s)', 'files/s', 'words/s', 'peak RSS (MB)'], rows);
peerCommands.forEach(([name], k) => {
  if (name === 'write-good') return;
  const peer = peerResults[k];
  console.log(`plainlint (default jobs) is ${f2(timesAsFast(peer, pl))} times as fast as ${name.split(' ')[0]} (median of ${throughputRuns} rounds run in turns; ratio of medians ${f2(peer.wall / pl.wall)})`);
});

{
  const t = timings([corpus, '-f', 'json', '-j', '1']);
  const total = [...t.values()].reduce((a, b) => a + b, 0);
  table('Where the time goes on the corpus (--jobs 1, PLAINLINT_TIMING=all, one run)', ['step or rule', 'time (ms)', 'share'], [
    ...[...t].map(([k, ms]) => [k, f1(ms), `${f1((100 * ms) / total)}%`]),
    ['all of these', f1(total), ''],
  ]);
}

// 3 and 4. Scaling across cores, and memory, on a 10x corpus.
let scale;
if (!quick && existsSync(scaler)) {
  const dir = mkdtempSync(join(tmpdir(), 'plainlint-bench-'));
  spawnSync('bash', [scaler, '10', dir], { encoding: 'utf8' });
  const files10 = mdFiles(dir);
  const w10 = w1 * 10;
  // One job confined to one core (Linux's taskset), to show what the jobs add to a single core.
  const pin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const [s1, s2, sPinned] = inTurns(
    [
      [plainlint[0], [plainlint[1], dir, '-f', 'json', '-j', '1']],
      [plainlint[0], [plainlint[1], dir, '-f', 'json', '-j', String(cpus().length)]],
      ...(pin ? [['taskset', ['-c', '0', plainlint[0], plainlint[1], dir, '-f', 'json', '-j', '1']]] : []),
    ],
    3,
  );
  const cacheFile = join(dir, '.bench-cache');
  const cold = once(plainlint[0], [plainlint[1], dir, '-f', 'json', '--cache', '--cache-location', cacheFile]);
  const warm = measure(plainlint[0], [plainlint[1], dir, '-f', 'json', '--cache', '--cache-location', cacheFile], 2);
  const coresOf = (m) => m.cpu / m.wall;
  const cores = (m) => f2(coresOf(m));
  table(`Scaling on the 10x corpus (${files10.length} files, about ${w10} words)`, ['run', 'median wall (s)', 'files/s', 'peak RSS (MB)', 'processor time (s)', 'cores used'], [
    ['--jobs 1', f2(s1.wall), f1(files10.length / s1.wall), f1(s1.rss), f1(s1.cpu), cores(s1)],
    [`--jobs ${cpus().length}`, f2(s2.wall), f1(files10.length / s2.wall), f1(s2.rss), f1(s2.cpu), cores(s2)],
    ...(sPinned ? [['--jobs 1 on one core (taskset -c 0)', f2(sPinned.wall), f1(files10.length / sPinned.wall), f1(sPinned.rss), f1(sPinned.cpu), cores(sPinned)]] : []),
    [`speed-up with ${cpus().length} jobs (median of rounds run in turns)`, f2(timesAsFast(s1, s2)) + 'x', '', '', '', ''],
    ...(sPinned ? [[`speed-up with ${cpus().length} jobs, against one job on one core`, f2(timesAsFast(sPinned, s2)) + 'x', '', '', '', '']] : []),
    ['--cache, first run', f2(cold.wall), f1(files10.length / cold.wall), f1(cold.rss), f1(cold.cpu), cores(cold)],
    ['--cache, second run (nothing changed)', f2(warm.wall), f1(files10.length / warm.wall), f1(warm.rss), f1(warm.cpu), cores(warm)],
    ['cache speed-up', f2(cold.wall / warm.wall) + 'x', '', '', '', ''],
  ]);
  // One job already uses more than one core (V8 compiles and collects garbage on helper threads),
  // so n jobs can be at most n / (cores one job uses) times as fast, unless together they use
  // less processor time than one job.
  console.log(
    `One job used ${cores(s1)} cores, so ${cpus().length} jobs could be at most ${f2(cpus().length / coresOf(s1))} times as fast with the same processor time; ` +
      `${cpus().length} jobs used ${f1(s2.cpu)} s of processor time against ${f1(s1.cpu)} s for one.`,
  );
  // What two processes at once get on this machine, with no pool in between: each task once
  // alone, then twice at once. 2.0 would mean two cores give twice the work.
  const timed = async (tasks) => {
    const start = process.hrtime.bigint();
    await Promise.all(tasks.map(([cmd, args]) => new Promise((done) => spawn(cmd, args, { stdio: 'ignore', cwd: root }).on('exit', done))));
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const alloc = `let keep = []; for (let r = 0; r < 40; r++) { const a = []; for (let i = 0; i < 200000; i++) a.push({ i, s: 'x' + i, n: [i, i + 1] }); keep.push(a[r]); }`;
  const sums = `let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i * 7) % 1000003; console.log(x);`;
  const copies = readdirSync(dir).filter((name) => name.startsWith('copy-')).sort();
  const halves = [copies.slice(0, copies.length / 2), copies.slice(copies.length / 2)].map((part) => [
    plainlint[0],
    [plainlint[1], '--jobs', '1', '-f', 'json', ...part.map((name) => join(dir, name))],
  ]);
  const pairs = [
    ['a loop that makes many short-lived objects', [process.execPath, ['-e', alloc]], [process.execPath, ['-e', alloc]]],
    ['a loop of sums (no memory use)', [process.execPath, ['-e', sums]], [process.execPath, ['-e', sums]]],
    ['plainlint --jobs 1, each on half the 10x corpus', ...halves],
  ];
  const rows = [];
  for (const [label, a, b] of pairs) {
    const alone = (await timed([a])) + (await timed([b]));
    const both = await timed([a, b]);
    rows.push([label, f2(alone), f2(both), f2(alone / both) + 'x']);
  }
  table('Two processes at once, no pool (this machine\'s own limit)', ['task', 'one after the other (s)', 'both at once (s)', 'speed-up'], rows);
  scale = { rss10: Math.max(s1.rss, s2.rss) };
  table('Memory: 10x corpus against 1x', ['corpus', 'peak RSS (MB)'], [
    ['1x', f1(Math.max(pl.rss, pl1.rss, pl2.rss))],
    ['10x', f1(scale.rss10)],
    ['ratio', f2(scale.rss10 / Math.max(pl.rss, pl1.rss, pl2.rss))],
  ]);
  rmSync(dir, { recursive: true, force: true });
}

// 5. One large file (about 5 MB of real text).
{
  const dir = mkdtempSync(join(tmpdir(), 'plainlint-big-'));
  const big = join(dir, 'big.md');
  const parts = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const text = readFileSync(files1[i % files1.length], 'utf8');
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  writeFileSync(big, parts.join('\n\n'));
  const half = join(dir, 'half.md');
  writeFileSync(half, parts.slice(0, Math.floor(parts.length / 2)).join('\n\n'));
  const [m, h] = inTurns(
    [
      [plainlint[0], [plainlint[1], big, '-f', 'json']],
      [plainlint[0], [plainlint[1], half, '-f', 'json']],
    ],
    quick ? 1 : 2,
  );
  table('One large file', ['file', 'size (MB)', 'median wall (s)', 'peak RSS (MB)'], [
    ['half', f1(statSync(half).size / 2 ** 20), f2(h.wall), f1(h.rss)],
    ['whole', f1(statSync(big).size / 2 ** 20), f2(m.wall), f1(m.rss)],
    ['time ratio (whole / half): about 2 means linear', '', f2(timesAsFast(m, h)), ''],
  ]);
  rmSync(dir, { recursive: true, force: true });
}

// 6. The language server as a writer types: edit to diagnostics on a 2,000-word draft (debounce
// left out; target 100 ms), and its memory over 1,000 edits (target: flat). scripts/bench-lsp.mjs.
{
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench-lsp.mjs'), corpus, '--json', '--edits', quick ? '200' : '1000'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status === 0 && last.startsWith('{')) {
    const s = JSON.parse(last);
    table(`Language server: ${s.words}-word draft, ${s.edits} edits one after another (debounce left out)`, ['what', 'figure'], [
      ['first check, on opening the draft (ms)', f1(s.firstMs)],
      ['edit to diagnostics, median (ms; target 100 or under)', f1(s.medianMs)],
      ['edit to diagnostics, 95th percentile (ms)', f1(s.p95Ms)],
      ['edit to diagnostics, slowest (ms)', f1(s.maxMs)],
      ['median of the first tenth of edits / of the last tenth (ms)', `${f1(s.firstTenthMs)} / ${f1(s.lastTenthMs)}`],
      ['server processor time per edit, each tenth of the edits (ms)', s.cpuPerEditMs.map(f1).join(', ')],
      ['server memory, RSS after each tenth of the edits (MB)', s.memory.map(([, mb]) => f1(mb)).join(', ')],
      ['machine load at the end (1-minute average)', f1(s.load)],
    ]);
  } else console.log(`\n(bench-lsp.mjs failed: ${(r.stderr || r.stdout).split('\n')[0]})`);
}

// Each step and rule on its own, on one file of growing size: milliseconds per MB should stay flat.
// (About 2 minutes: not with --quick.)
if (!quick) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(root, 'scripts', 'bench-rules.mjs'), corpus], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status === 0) {
    const { sizes, rows } = JSON.parse(r.stdout);
    table('Each step on its own: milliseconds per MB of markdown (flat means linear; best of 2; each rule row includes the engine row)', ['step or rule', ...sizes.map((s) => `${s} MB`), 'largest / smallest'], rows.map(([k, v]) => [k, ...v.map(f1), f2(v[v.length - 1] / v[0])]));
  } else console.log(`\n(bench-rules.mjs failed: ${r.stderr.split('\n')[0]})`);
}

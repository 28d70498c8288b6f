#!/usr/bin/env node
// The language server's speed as a writer types: the time from an edit to its diagnostics on a
// 2,000-word draft (the debounce set to 0, so it is left out), and the server's memory over 1,000
// edits. Run by `npm run bench`, or alone: node scripts/bench-lsp.mjs [corpus folder] [--edits N]
// Prints a JSON summary on the last line when run with --json.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { mdFiles } from './lib/md-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const editsAt = args.indexOf('--edits');
const corpus = args.find((a, i) => !a.startsWith('--') && i !== editsAt + 1) ?? join(root, 'test', 'data', 'corpus', 'nhs-service-manual');
const EDITS = editsAt >= 0 ? Number(args[editsAt + 1]) : 1000;
const json = args.includes('--json');

/** A 2,000-word draft of real NHS text: whole pages from the corpus, cut at a paragraph. */
function draft() {
  const paragraphs = [];
  let words = 0;
  for (const file of mdFiles(corpus)) {
    for (const p of readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '').split(/\n{2,}/)) {
      if (words >= 2000) break;
      paragraphs.push(p);
      words += p.split(/\s+/).filter(Boolean).length;
    }
    if (words >= 2000) break;
  }
  return { text: `${paragraphs.join('\n\n')}\n`, words };
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (v, p) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))];
/** Processor time the server has used so far (user + system), in ms: less affected by a busy machine than wall time. */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

const { text, words } = draft();
const dir = mkdtempSync(join(tmpdir(), 'plainlint-bench-lsp-'));
writeFileSync(join(dir, '.plainlintrc.json'), JSON.stringify({ extends: 'nhs' }));
const uri = pathToFileURL(join(dir, 'draft.md')).href;

const child = spawn(process.execPath, [join(root, 'bin', 'plainlint.js'), 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  const done = waiting.get(p.version);
  if (done) {
    waiting.delete(p.version);
    done(p.diagnostics.length);
  }
});
connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.listen();
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(dir).href,
  capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  initializationOptions: { debounceMs: 0 },
});
await connection.sendNotification('initialized', {});

const diagnosticsFor = (version) => new Promise((resolve) => waiting.set(version, resolve));
let start = performance.now();
let pending = diagnosticsFor(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
const findings = await pending;
const firstMs = performance.now() - start;

// Edits as a writer makes them: a word typed into a paragraph, then taken out again, moving
// through the draft, so the text (and the work) stays the same size.
const lines = text.split('\n');
const proseLines = lines.map((l, i) => [l, i]).filter(([l]) => /^[A-Za-z]/.test(l) && l.includes(' ')).map(([, i]) => i);
const times = [];
const memory = [];
const cpuByTenth = [];
let cpuMark = cpuMs(child.pid);
for (let i = 0; i < EDITS; i++) {
  const version = i + 2;
  const line = proseLines[Math.floor(i / 2) % proseLines.length];
  const at = lines[line].indexOf(' ') + 1;
  const change =
    i % 2 === 0
      ? { range: { start: { line, character: at }, end: { line, character: at } }, text: 'really ' }
      : { range: { start: { line, character: at }, end: { line, character: at + 7 } }, text: '' };
  pending = diagnosticsFor(version);
  start = performance.now();
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  await pending;
  times.push(performance.now() - start);
  if ((i + 1) % Math.max(1, Math.floor(EDITS / 10)) === 0) {
    memory.push([i + 1, rssMb(child.pid)]);
    const now = cpuMs(child.pid);
    cpuByTenth.push((now - cpuMark) / Math.max(1, Math.floor(EDITS / 10)));
    cpuMark = now;
  }
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
rmSync(dir, { recursive: true, force: true });

const f1 = (n) => n.toFixed(1);
const summary = {
  load: loadavg()[0],
  words,
  findings,
  firstMs,
  edits: EDITS,
  medianMs: median(times),
  p95Ms: percentile(times, 95),
  maxMs: Math.max(...times),
  firstTenthMs: median(times.slice(0, EDITS / 10)),
  lastTenthMs: median(times.slice(-EDITS / 10)),
  memory,
  cpuPerEditMs: cpuByTenth,
};
if (json) console.log(JSON.stringify(summary));
else {
  console.log(`language server, ${words}-word draft, ${findings} findings, ${EDITS} edits (debounce left out)`);
  console.log(`first check on open: ${f1(firstMs)} ms; edit to diagnostics: median ${f1(summary.medianMs)} ms, 95th percentile ${f1(summary.p95Ms)} ms, slowest ${f1(summary.maxMs)} ms`);
  console.log(`median of the first tenth of edits ${f1(summary.firstTenthMs)} ms, of the last tenth ${f1(summary.lastTenthMs)} ms`);
  console.log(`server processor time per edit, by tenth of the edits (ms): ${cpuByTenth.map(f1).join(', ')}`);
  console.log(`server memory (RSS, MB) after edits: ${memory.map(([n, mb]) => `${n}: ${f1(mb)}`).join(', ')}`);
  console.log(`machine load (1-minute average) at the end: ${f1(summary.load)}`);
}

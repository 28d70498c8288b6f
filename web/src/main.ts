/**
 * The checker page: read a dropped or chosen file (or pasted text) in the browser and check it
 * in a Web Worker (web/src/worker.ts) with the same rules as the command line, so the page
 * stays responsive, with progress and Cancel. Nothing is sent anywhere: the file is read with
 * the File API, checked in this tab, and the Word copy with comments is made here too.
 */
import './page.css';
import type { BrowserResult } from '../../src/browser.js';
import { VIEW_CSS } from '../../src/report/html-view.js';
import { groupId } from '../../src/report/group.js';
import type { Finding } from '../../src/types.js';
import { Results } from './results.js';
import { CheckClient, Cancelled } from './client.js';

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page is missing #${id}`);
  return found as T;
}

const form = el<HTMLFormElement>('check');
const preset = el<HTMLSelectElement>('preset');
const fileInput = el<HTMLInputElement>('file');
const textInput = el<HTMLTextAreaElement>('text');
const status = el<HTMLParagraphElement>('status');
const working = el<HTMLDivElement>('working');
const cancel = el<HTMLButtonElement>('cancel');
const alertBox = el<HTMLDivElement>('alert');
const resultsSection = el<HTMLElement>('results');
const resultsTitle = el<HTMLHeadingElement>('results-title');
const download = el<HTMLButtonElement>('download');
const again = el<HTMLButtonElement>('again');

adoptStyles(VIEW_CSS);

const results = new Results({
  summary: el('summary'),
  textView: el('text-view'),
  filters: el('filters'),
  list: el('problem-list'),
  detail: el('detail'),
  detailTitle: el('detail-title'),
  detailBody: el('detail-body'),
  side: el('side'),
});
const client = new CheckClient();
client.warm();

type Input = { kind: 'text'; text: string } | { kind: 'file'; file: File };
let lastInput: Input | undefined;
/** The checked Word file's bytes, for the Word copy with comments. */
let lastBytes: Uint8Array | undefined;
let run = 0;
let ticking: ReturnType<typeof setInterval> | undefined;

function adoptStyles(css: string): void {
  if ('adoptedStyleSheets' in document && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.prepend(style);
  }
}

function say(message: string): void {
  status.textContent = message;
}

function busy(name: string | undefined): void {
  if (ticking) clearInterval(ticking);
  ticking = undefined;
  working.hidden = !name;
  if (!name) return;
  const started = performance.now();
  say(`Checking ${name}…`);
  // A longer draft: say how long it has taken, so the writer knows it is still going.
  ticking = setInterval(() => {
    const seconds = Math.round((performance.now() - started) / 1000);
    say(`Checking ${name}… ${seconds} ${seconds === 1 ? 'second' : 'seconds'} so far. You can cancel.`);
  }, 1000);
}

/** A problem: in an alert at the top of the results, with focus on it, and the old results gone. */
function fail(message: string): void {
  results.clear();
  resultsSection.hidden = true;
  lastBytes = undefined;
  say('');
  alertBox.textContent = message;
  alertBox.hidden = false;
  alertBox.scrollIntoView({ block: 'start' });
  alertBox.focus();
}

function keyOf(f: Finding): string {
  return groupId(f) ?? `${f.ruleId}:${f.message}`;
}

/** What changed since the last check of the same file: problems fixed, and new ones. */
function changesSince(before: BrowserResult | undefined, after: BrowserResult): string {
  if (!before || before.path !== after.path) return '';
  const left = new Map<string, number>();
  for (const f of before.findings) left.set(keyOf(f), (left.get(keyOf(f)) ?? 0) + 1);
  const added: Finding[] = [];
  for (const f of after.findings) {
    const n = left.get(keyOf(f)) ?? 0;
    if (n > 0) left.set(keyOf(f), n - 1);
    else added.push(f);
  }
  const fixed = [...left.values()].reduce((a, b) => a + b, 0);
  if (!fixed && !added.length) return 'Since the last check: nothing has changed.';
  const words = [...new Set(added.map((f) => f.excerpt).filter((w) => w && w.length <= 40))].slice(0, 3);
  const newPart = added.length
    ? `${added.length} new ${added.length === 1 ? 'problem' : 'problems'}${words.length ? ` (${words.map((w) => `“${w}”`).join(', ')})` : ''}`
    : 'no new problems';
  return `Since the last check: ${fixed} ${fixed === 1 ? 'problem' : 'problems'} fixed, ${newPart}.`;
}

async function check(input: Input): Promise<void> {
  const mine = ++run;
  lastInput = input;
  const house = preset.value;
  const before = results.current;
  const name = input.kind === 'file' ? input.file.name : 'Pasted text';
  alertBox.hidden = true;
  alertBox.textContent = '';
  busy(name);
  let result: BrowserResult;
  let bytes: Uint8Array | undefined;
  try {
    if (input.kind === 'text') {
      result = await client.check({ name, preset: house, text: input.text });
    } else {
      bytes = new Uint8Array(await input.file.arrayBuffer());
      result = await client.check({ name, preset: house, bytes: bytes.slice() });
    }
  } catch (error) {
    if (mine !== run) return;
    busy(undefined);
    if (error instanceof Cancelled) {
      say(`Stopped checking ${name}.`);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    fail(`${name} ${message.replace(/\.$/, '')}.`);
    return;
  }
  if (mine !== run) return;
  busy(undefined);
  // The results arrive in one message: show them from the next task on.
  await new Promise((done) => setTimeout(done, 0));
  if (mine !== run) return;
  const changes = changesSince(before, result);
  lastBytes = result.format === 'docx' ? bytes : undefined;
  resultsTitle.textContent = `Results for ${result.path}`;
  resultsSection.hidden = false;
  await results.show(result, house, changes);
  if (mine !== run) return;
  download.hidden = result.format !== 'docx' || !result.findings.length;
  again.hidden = input.kind !== 'file';
  const n = result.findings.length;
  say(`Checked ${result.path}: ${n === 0 ? 'no problems found' : n === 1 ? '1 problem found' : `${n} problems found`}.${changes ? ` ${changes}` : ''}`);
  resultsTitle.focus();
}

async function downloadCopy(): Promise<void> {
  const result = results.current;
  if (!result || !lastBytes) return;
  download.disabled = true;
  say(`Making a Word copy of ${result.path} with comments…`);
  try {
    const copy = await client.annotate({ name: result.path, bytes: lastBytes.slice(), findings: result.findings, text: result.text });
    const name = `${result.path.replace(/\.docx$/i, '')}.plainlint.docx`;
    const url = URL.createObjectURL(new Blob([copy.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    const where = copy.unlocated ? ` (${copy.unlocated} on the first paragraph, because their words could not be found)` : '';
    say(`Downloaded ${name} with ${copy.comments} ${copy.comments === 1 ? 'comment' : 'comments'}${where}. Your own file has not been changed.`);
  } catch (error) {
    if (!(error instanceof Cancelled)) say(`The Word copy could not be made: ${(error as Error).message}`);
  } finally {
    download.disabled = false;
  }
}

cancel.addEventListener('click', () => {
  client.cancel();
});

download.addEventListener('click', () => void downloadCopy());

// Check again: choose the edited file; the results then say what changed.
again.addEventListener('click', () => {
  fileInput.value = '';
  fileInput.click();
});

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  // Cleared, so choosing the same file again (after editing it) checks it again.
  fileInput.value = '';
  if (file) void check({ kind: 'file', file });
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!textInput.value.trim()) {
    fail('Paste some text first, or choose a file.');
    return;
  }
  void check({ kind: 'text', text: textInput.value });
});

preset.addEventListener('change', () => {
  if (lastInput) void check(lastInput);
});

// A file dropped anywhere on the page is checked (and never opened in the tab, leaving the page).
let dragDepth = 0;
document.addEventListener('dragenter', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) document.body.classList.remove('dragging');
});
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  document.body.classList.remove('dragging');
  const files = event.dataTransfer?.files;
  if (!files?.length) {
    fail('Nothing to check was dropped. Drop a Word (.docx) or markdown (.md) file anywhere on this page, or choose one above.');
    return;
  }
  void check({ kind: 'file', file: files[0]! });
});

document.documentElement.dataset.ready = 'true';

/**
 * The checker page: read a dropped or chosen file (or pasted text) in the browser, check it
 * with the same rules as the command line, and show the findings in the writer's own words.
 * Nothing is sent anywhere: the file is read with the File API and checked on this page.
 */
import './page.css';
import {
  builtinRules,
  lintDocxArrayBuffer,
  lintMarkdownBytes,
  lintMarkdownText,
  type BrowserResult,
} from '../../src/browser.js';
import {
  escapeHtml,
  highlight,
  renderByRule,
  renderFindingList,
  renderSummary,
  VIEW_CSS,
  type ViewFile,
} from '../../src/report/html-view.js';
import type { Finding, Severity } from '../../src/types.js';
import { wordPlaceInWords } from '../../src/report/word.js';

const MAX_BYTES = 50 * 1024 * 1024;
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' };
const PRESET_NAME: Record<string, string> = { nhs: 'NHS', govuk: 'GOV.UK' };
const rules = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page is missing #${id}`);
  return found as T;
}

const form = el<HTMLFormElement>('check');
const preset = el<HTMLSelectElement>('preset');
const drop = el<HTMLDivElement>('drop');
const fileInput = el<HTMLInputElement>('file');
const textInput = el<HTMLTextAreaElement>('text');
const status = el<HTMLParagraphElement>('status');
const results = el<HTMLElement>('results');
const resultsTitle = el<HTMLHeadingElement>('results-title');
const summary = el<HTMLDivElement>('summary');
const textView = el<HTMLDivElement>('text-view');
const byRule = el<HTMLDivElement>('by-rule');
const findingList = el<HTMLDivElement>('finding-list');
const detailTitle = el<HTMLHeadingElement>('detail-title');
const detailBody = el<HTMLDivElement>('detail-body');

adoptStyles(VIEW_CSS);

type Input = { kind: 'text'; text: string } | { kind: 'file'; file: File };
let lastInput: Input | undefined;
let current: BrowserResult | undefined;
let activeLink: HTMLAnchorElement | undefined;
let run = 0;

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

function say(message: string, problem = false): void {
  status.textContent = message;
  status.classList.toggle('problem', problem);
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

async function check(input: Input): Promise<void> {
  const mine = ++run;
  lastInput = input;
  const house = preset.value;
  const name = input.kind === 'file' ? input.file.name : 'Pasted text';
  say(`Checking ${name}…`);
  // Let the page show the message before the work starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  let result: BrowserResult;
  try {
    result = await lintInput(input, house);
  } catch (error) {
    if (mine !== run) return;
    const message = error instanceof Error ? error.message : String(error);
    say(`${name} ${message.replace(/\.$/, '')}.`, true);
    return;
  }
  if (mine !== run) return;
  show(result, house);
  const n = result.findings.length;
  say(`Checked ${result.path}: ${n === 0 ? 'no problems found' : n === 1 ? '1 problem found' : `${n} problems found`}.`);
  resultsTitle.focus();
}

async function lintInput(input: Input, house: string): Promise<BrowserResult> {
  if (input.kind === 'text') return lintMarkdownText(input.text, house, 'Pasted text');
  const { file } = input;
  const ext = extension(file.name);
  if (file.size > MAX_BYTES) throw new Error(`is larger than ${MAX_BYTES / 1024 / 1024} MB, so it was not checked`);
  if (ext === '.doc') throw new Error('is an old-style Word file (.doc). Open it in Word, save it as .docx and try again');
  if (ext === '.docx') return lintDocxArrayBuffer(await file.arrayBuffer(), house, file.name);
  if (['.md', '.markdown', '.mdown', '.mkd', '.txt', ''].includes(ext)) return lintMarkdownBytes(await file.arrayBuffer(), house, file.name);
  throw new Error('cannot be checked here. Choose a Word file (.docx) or a markdown file (.md)');
}

function show(result: BrowserResult, house: string): void {
  current = result;
  activeLink = undefined;
  const view: ViewFile = {
    path: result.path,
    format: result.format,
    source: result.text,
    findings: result.findings,
    ...(result.stats.readingAge ? { readingAge: result.stats.readingAge } : {}),
    words: result.stats.words,
    readingMinutes: result.stats.readingMinutes,
  };
  const target = house === 'govuk' ? 9 : 11;
  const notes = [
    ...result.notices.map((notice) => `${result.path} ${notice}.`),
    ...result.ruleFailures.map((failure) => `The ${failure.ruleId} check stopped early, so some problems may be missing.`),
  ];
  resultsTitle.textContent = `Results for ${result.path}`;
  summary.innerHTML =
    renderSummary(view) +
    `<p>${escapeHtml(PRESET_NAME[house] ?? house)} house style: aim for a reading age of ${target} or under.</p>` +
    notes.map((note) => `<p class="notice">${escapeHtml(note)}</p>`).join('');
  textView.innerHTML = result.text ? highlight(result.text, result.findings, 'finding') : '<p>There is no text to check.</p>';
  byRule.innerHTML = renderByRule(view) || '<p>No problems found.</p>';
  findingList.innerHTML = renderFindingList(view, 'finding');
  detailBody.innerHTML = result.findings.length
    ? '<p>Select a highlighted word or phrase to see the problem and how to fix it.</p>'
    : '<p>No problems found. Well done.</p>';
  results.hidden = false;
}

function where(result: BrowserResult, f: Finding): string {
  return result.format === 'docx' ? wordPlaceInWords(f) : `Line ${f.start.line}, column ${f.start.column}`;
}

function showDetail(index: number, link: HTMLAnchorElement): void {
  const result = current;
  const f = result?.findings[index];
  if (!result || !f) return;
  activeLink?.classList.remove('active');
  activeLink?.removeAttribute('aria-current');
  activeLink = link;
  link.classList.add('active');
  link.setAttribute('aria-current', 'true');

  const rule = rules.get(f.ruleId);
  const also = result.findings.filter(
    (g, j) => j !== index && g.start.offset <= f.start.offset && g.end.offset >= f.end.offset && g.end.offset > g.start.offset,
  );
  const words = f.excerpt ? (f.excerpt.length > 200 ? `${f.excerpt.slice(0, 199)}…` : f.excerpt) : '';
  detailTitle.textContent = `${LABEL[f.severity]}: ${where(result, f)}`;
  detailBody.innerHTML =
    `<p class="msg"><span class="sev sev-${f.severity}">${LABEL[f.severity]}</span> ${escapeHtml(f.message)}</p>` +
    (words ? `<blockquote class="words">${escapeHtml(words)}</blockquote>` : '') +
    (f.suggestions?.length
      ? `<h4>A plainer way to say it</h4><ul class="try-list">${f.suggestions.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`
      : '') +
    (f.why ? `<h4>Why it matters</h4><p class="why">${escapeHtml(f.why)}</p>` : '') +
    (rule ? `<h4>The principle</h4><p class="principle">${escapeHtml(rule.meta.principle)}</p>` : '') +
    `<p class="rule">Rule: <code>${escapeHtml(f.ruleId)}</code>${rule ? ` (${escapeHtml(rule.meta.description)})` : ''}</p>` +
    (also.length
      ? `<h4>Also in these words</h4><ul>${also.map((g) => `<li>${LABEL[g.severity]}: ${escapeHtml(g.message)}</li>`).join('')}</ul>`
      : '') +
    `<button type="button" class="secondary" id="back">Back to the text</button>`;
  detailTitle.focus();
}

textView.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a.hl');
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  showDetail(Number(link.dataset.finding), link);
});

detailBody.addEventListener('click', (event) => {
  if ((event.target as Element | null)?.id === 'back') activeLink?.focus();
});

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void check({ kind: 'file', file });
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!textInput.value.trim()) {
    say('Paste some text first, or choose a file.', true);
    textInput.focus();
    return;
  }
  void check({ kind: 'text', text: textInput.value });
});

preset.addEventListener('change', () => {
  if (lastInput) void check(lastInput);
});

// Dropping a file anywhere else must not open it in the tab (and leave the page).
for (const type of ['dragover', 'drop'] as const) {
  document.addEventListener(type, (event) => event.preventDefault());
}
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  drop.classList.add('dragging');
});
drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void check({ kind: 'file', file });
});

document.documentElement.dataset.ready = 'true';

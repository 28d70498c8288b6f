/**
 * The results, like Word's Editor pane: a summary with one reading age against the target, the
 * draft with its problems highlighted, a side panel with the selected problem (Previous / Next,
 * back to the words or the list), and the problem list by plain category names, each with a
 * count and a "show" filter, findings that give the same advice as one item
 * (several words with the same advice named together), and the words flagged most.
 */
import type { BrowserResult } from '../../src/browser.js';
import type { Finding, Severity } from '../../src/types.js';
import { categoryOf, escapeHtml, plural, readingAgeLine } from '../../src/report/html-view.js';
import { groupFindings, type FindingGroup } from '../../src/report/group.js';
import { placeNote, severalWords, termList, topTerms } from '../../src/report/group-text.js';
import { wordPlaceInWords } from '../../src/report/word.js';
import { namedSentences, sentenceParagraph } from '../../src/report/sentences.js';
import { place, renderText, type Placed } from './text-view.js';

/** Lines put on the page in one task. */
const CHUNK = 60;
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };
const PRESET_NAME: Record<string, string> = { nhs: 'NHS', govuk: 'GOV.UK' };

export interface ResultsElements {
  summary: HTMLElement;
  textView: HTMLElement;
  filters: HTMLElement;
  list: HTMLElement;
  detail: HTMLElement;
  detailTitle: HTMLElement;
  detailBody: HTMLElement;
  side: HTMLElement;
}

export class Results {
  private result: (BrowserResult & { principles?: Record<string, string> }) | undefined;
  private placed: Placed = { sectionOf: new Map(), onImage: new Set() };
  private hidden = new Set<string>();
  /** Finding indices in reading order (section notes at their section's start). */
  private order: number[] = [];
  private groups: FindingGroup[] = [];
  private groupOf = new Map<Finding, FindingGroup>();
  private selected: number | undefined;
  /** Where the writer chose the problem from: the list (go back there) or the words. */
  private from: 'words' | 'list' = 'words';
  /** Counts renders, so a new one stops an unfinished one. */
  private rendering = 0;

  constructor(private readonly el: ResultsElements) {
    el.textView.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a.hl');
      if (!(link instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      this.select(Number(link.dataset.finding), { from: 'words' });
    });
    el.textView.addEventListener('keydown', (event) => this.onTextKey(event));
    el.list.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest?.('button[data-finding]');
      if (!(button instanceof HTMLButtonElement)) return;
      this.select(Number(button.dataset.finding), { from: 'list' });
    });
    el.filters.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.type !== 'checkbox') return;
      if (box.checked) this.hidden.delete(box.value);
      else this.hidden.add(box.value);
      void this.renderTextAndList();
    });
    el.detailBody.addEventListener('click', (event) => {
      const id = (event.target as Element | null)?.closest?.('button')?.id;
      if (id === 'prev') this.step(-1);
      else if (id === 'next') this.step(1);
      else if (id === 'back') this.backToWords();
      else if (id === 'back-list') this.backToList();
      else {
        const place = (event.target as Element | null)?.closest?.('button[data-finding]');
        if (place instanceof HTMLButtonElement) this.select(Number(place.dataset.finding), { from: this.from });
      }
    });
  }

  get current(): BrowserResult | undefined {
    return this.result;
  }

  clear(): void {
    this.rendering++;
    this.result = undefined;
    this.selected = undefined;
    this.el.summary.innerHTML = '';
    this.el.textView.innerHTML = '';
    this.el.filters.innerHTML = '';
    this.el.list.innerHTML = '';
    this.el.detailBody.innerHTML = '';
    this.el.detailTitle.textContent = 'About the highlighted words';
    this.el.side.prepend(this.el.detail);
  }

  async show(result: BrowserResult & { principles?: Record<string, string> }, house: string, changes: string): Promise<void> {
    this.clear();
    this.result = result;
    this.hidden.clear();
    this.placed = place(result);
    const at = (i: number) => {
      const section = this.placed.sectionOf.get(i);
      if (section === undefined) return result.findings[i]!.start.offset;
      return section < 0 ? -1 : (result.layout.sections.find((s) => s.index === section)?.start ?? 0) - 0.5;
    };
    this.order = result.findings.map((_, i) => i).sort((a, b) => at(a) - at(b) || result.findings[a]!.end.offset - result.findings[b]!.end.offset);
    this.groups = groupFindings(result.findings);
    this.groupOf = new Map(this.groups.flatMap((g) => g.findings.map((f) => [f, g] as const)));

    const counts = { error: 0, warning: 0, suggestion: 0 };
    for (const f of result.findings) counts[f.severity]++;
    const target = Number(result.findings.find((f) => typeof f.data?.target === 'number')?.data?.target ?? (house === 'govuk' ? 9 : 11));
    const notes = [
      ...result.notices.map((notice) => `${result.path} ${notice}.`),
      ...result.ruleFailures.map((failure) => `The ${categoryOf(failure.ruleId).toLowerCase()} check stopped early, so some problems may be missing.`),
    ];
    const total = result.findings.length;
    const top = topTerms(this.groups);
    this.el.summary.innerHTML =
      `<p class="summary-line"><strong>${total === 0 ? 'No problems found.' : `${plural(total, 'problem')}:`}</strong> ` +
      (total ? `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.suggestion, 'suggestion')}.` : '') +
      `</p><p class="age" id="reading-age">${escapeHtml(readingAgeLine({ readingAge: result.stats.readingAge, findings: result.findings }, target))}</p>` +
      (top.length ? `<p class="most">Flagged most: ${escapeHtml(top.join(', '))}.</p>` : '') +
      `<p class="house">${escapeHtml(PRESET_NAME[house] ?? house)} house style. ${plural(result.stats.words, 'word')}, about ${plural(result.stats.readingMinutes || 1, 'minute')} to read.</p>` +
      (changes ? `<p class="changes" id="changes">${escapeHtml(changes)}</p>` : '') +
      notes.map((note) => `<p class="notice">${escapeHtml(note)}</p>`).join('');
    this.renderFilters();
    // Each part of the page in its own task: the page can respond in between.
    await new Promise((done) => setTimeout(done, 0));
    if (this.result !== result) return;
    this.el.detailBody.innerHTML = total
      ? '<p>Select a highlighted word or phrase, or a problem in the list, to see what to write instead.</p>'
      : '<p>No problems found. Well done.</p>';
    await this.renderTextAndList();
  }

  private shown = (index: number): boolean => !this.hidden.has(categoryOf(this.result!.findings[index]!.ruleId));

  private categories(): Array<{ name: string; groups: FindingGroup[]; count: number }> {
    const byName = new Map<string, FindingGroup[]>();
    for (const g of this.groups) {
      const name = categoryOf(g.findings[0]!.ruleId);
      byName.set(name, [...(byName.get(name) ?? []), g]);
    }
    return [...byName.entries()]
      .map(([name, groups]) => ({ name, groups, count: groups.reduce((n, g) => n + g.findings.length, 0) }))
      .sort((a, b) => worst(b.groups) - worst(a.groups) || b.count - a.count);
  }

  private renderFilters(): void {
    const cats = this.categories();
    if (!cats.length) {
      this.el.filters.innerHTML = '';
      return;
    }
    this.el.filters.innerHTML =
      `<fieldset class="filters"><legend>Show these problems</legend>` +
      cats
        .map((c, i) => `<div class="check"><input type="checkbox" id="show-${i}" value="${escapeHtml(c.name)}" checked><label for="show-${i}">${escapeHtml(c.name)} (${c.count})</label></div>`)
        .join('') +
      `</fieldset>`;
  }

  /**
   * The words go onto the page a few hundred lines at a time, each in its own task, so a long
   * draft never holds up the page (no task over 100 ms for a 46 KB strategy).
   */
  private async renderTextAndList(): Promise<void> {
    const result = this.result!;
    const mine = ++this.rendering;
    const pieces = renderText(result, this.placed, this.shown);
    const next = () => {
      let html = '';
      for (let n = 0; n < CHUNK; n++) {
        const piece = pieces.next();
        if (piece.done) return { html, done: true };
        html += piece.value;
      }
      return { html, done: false };
    };
    let chunk = next();
    this.el.textView.innerHTML = chunk.html;
    await new Promise((done) => setTimeout(done, 0));
    if (mine !== this.rendering) return;
    this.renderList();
    const first = this.el.textView.querySelector<HTMLAnchorElement>('a.hl');
    if (first) first.tabIndex = 0;
    while (!chunk.done) {
      await new Promise((done) => setTimeout(done, 0));
      if (mine !== this.rendering) return;
      chunk = next();
      this.el.textView.insertAdjacentHTML('beforeend', chunk.html);
    }
    if (!first) {
      const late = this.el.textView.querySelector<HTMLAnchorElement>('a.hl');
      if (late) late.tabIndex = 0;
    }
    if (this.selected !== undefined && this.shown(this.selected)) this.mark(this.selected);
  }

  private renderList(): void {
    const result = this.result!;
    const cats = this.categories().filter((c) => !this.hidden.has(c.name));
    this.el.list.innerHTML = cats.length
      ? cats
          .map(
            (c) =>
              `<details class="cat" data-category="${escapeHtml(c.name)}"><summary>${escapeHtml(c.name)} <span class="count">${c.count}</span></summary><ul class="groups">` +
              c.groups.map((g) => this.groupItem(g)).join('') +
              `</ul></details>`,
          )
          .join('')
      : result.findings.length
        ? '<p>Every kind of problem is hidden. Tick a box above to show it.</p>'
        : '<p>No problems found.</p>';
  }

  private groupItem(g: FindingGroup): string {
    const result = this.result!;
    const f = g.findings[0]!;
    const index = result.findings.indexOf(f);
    // Several words with the same advice: named together ("“don't” (3 times) and “can't”").
    const words = severalWords(g)
      ? escapeHtml(termList(g.terms, 3))
      : f.excerpt && f.excerpt.length <= 60
        ? `“${escapeHtml(f.excerpt)}”`
        : escapeHtml(shorten(f.message, 90));
    const times = g.findings.length > 1 ? ` <span class="times">${g.findings.length} places</span>` : '';
    return (
      `<li id="problem-${index}" class="group" data-count="${g.findings.length}"${severalWords(g) ? ` data-words="${g.terms.length}"` : ''}><button type="button" class="go" data-finding="${index}">` +
      `<span class="sev sev-${f.severity}">${LABEL[f.severity]}</span> ${words}${times}</button></li>`
    );
  }

  /** Highlight one finding's words (every link that covers them) and make it the tab stop. */
  private mark(index: number): HTMLAnchorElement | undefined {
    const view = this.el.textView;
    for (const old of view.querySelectorAll('a.hl.active')) {
      old.classList.remove('active');
      old.removeAttribute('aria-current');
    }
    const links = [...view.querySelectorAll<HTMLAnchorElement>('a.hl')].filter((a) => (a.dataset.all ?? '').split(' ').includes(String(index)));
    for (const a of links) {
      a.classList.add('active');
      a.setAttribute('aria-current', 'true');
    }
    const first = links[0];
    if (first) {
      for (const a of view.querySelectorAll<HTMLAnchorElement>('a.hl[tabindex="0"]')) a.tabIndex = -1;
      first.tabIndex = 0;
    }
    return first;
  }

  select(index: number, options: { from: 'words' | 'list'; focus?: boolean }): void {
    const result = this.result;
    const f = result?.findings[index];
    if (!result || !f) return;
    this.selected = index;
    this.from = options.from;
    const link = this.mark(index);
    const phone = window.matchMedia('(max-width: 50rem)').matches;
    // On a phone the panel sits under the words; on a wider screen it stays in view beside them.
    const line = link?.closest('.ln, .sec-note');
    if (phone && line) line.after(this.el.detail);
    else if (this.el.detail.parentElement !== this.el.side) this.el.side.prepend(this.el.detail);
    link?.scrollIntoView({ block: 'nearest' });
    this.renderDetail(index);
    if (options.focus !== false) this.el.detailTitle.focus({ preventScroll: !phone });
  }

  private renderDetail(index: number): void {
    const result = this.result!;
    const f = result.findings[index]!;
    const principle = result.principles?.[f.ruleId];
    const also = result.findings.filter(
      (g, j) => j !== index && g.start.offset <= f.start.offset && g.end.offset >= f.end.offset && g.end.offset > g.start.offset && this.shown(j),
    );
    const group = this.groupOf.get(f);
    const others = group && group.findings.length > 1 ? group.findings.filter((g) => g !== f) : [];
    const visible = this.order.filter(this.shown);
    const at = visible.indexOf(index);
    const words = f.excerpt ? shorten(f.excerpt, 200) : '';
    // A finding that names several sentences (long sentences on a page): where each one is.
    const named = namedSentences(f).map((s) => (result.format === 'docx' ? `Paragraph ${sentenceParagraph(s)}` : `Line ${s.line}`) + `: ${s.words} words`);
    const section = this.placed.sectionOf.get(index);
    this.el.detailTitle.textContent = `${LABEL[f.severity]}: ${section !== undefined ? (section < 0 ? 'the whole draft' : 'this section') : this.where(f)}`;
    this.el.detailBody.innerHTML =
      `<p class="position">Problem ${at + 1} of ${visible.length} · ${escapeHtml(categoryOf(f.ruleId))}</p>` +
      `<p class="msg"><span class="sev sev-${f.severity}">${LABEL[f.severity]}</span> ${escapeHtml(f.message)}</p>` +
      (words && section === undefined ? `<blockquote class="words">${escapeHtml(words)}</blockquote>` : '') +
      (named.length ? `<h4>The sentences</h4><ul class="places">${named.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '') +
      (f.suggestions?.length ? `<h4>What to write instead</h4><ul class="try-list">${f.suggestions.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : '') +
      (f.why ? `<h4>Why it matters</h4><p class="why">${escapeHtml(f.why)}</p>` : '') +
      (principle ? `<h4>The principle</h4><p class="principle">${escapeHtml(principle)}</p>` : '') +
      (others.length
        ? `<h4>The same ${group!.term && group!.terms.length === 1 ? 'words' : 'problem'} in ${plural(others.length, 'other place')}</h4><ul class="places">${others
            .map((g) => `<li><button type="button" class="link" data-finding="${result.findings.indexOf(g)}">${escapeHtml(this.placeName(g, group!))}</button></li>`)
            .join('')}</ul>`
        : '') +
      (also.length ? `<h4>Also in these words</h4><ul>${also.map((g) => `<li>${LABEL[g.severity]}: ${escapeHtml(g.message)}</li>`).join('')}</ul>` : '') +
      `<div class="nav"><button type="button" class="secondary" id="prev"${at <= 0 ? ' disabled' : ''}>Previous problem</button>` +
      `<button type="button" class="secondary" id="next"${at >= visible.length - 1 ? ' disabled' : ''}>Next problem</button></div>` +
      `<div class="nav"><button type="button" class="secondary" id="back">Back to the words</button>` +
      `<button type="button" class="secondary" id="back-list">Back to the problem list</button></div>`;
  }

  /** A place of a group: where it is and, when it differs from the group's first place, how. */
  private placeName(other: Finding, group: FindingGroup): string {
    const note = placeNote(group, other);
    return note ? `${this.where(other)}: ${note}` : this.where(other);
  }

  private where(f: Finding): string {
    return this.result!.format === 'docx' ? wordPlaceInWords(f) : `Line ${f.start.line}, column ${f.start.column}`;
  }

  private step(by: number): void {
    if (this.selected === undefined) return;
    const visible = this.order.filter(this.shown);
    const next = visible[visible.indexOf(this.selected) + by];
    if (next === undefined) return;
    this.select(next, { from: this.from });
    const button = this.el.detailBody.querySelector<HTMLButtonElement>(by < 0 ? '#prev' : '#next');
    // Keep the writer's place on the button they pressed, unless it is now at an end.
    if (button && !button.disabled) button.focus();
  }

  private backToWords(): void {
    if (this.selected === undefined) return;
    const link = this.mark(this.selected);
    if (this.el.detail.parentElement !== this.el.side) this.el.side.prepend(this.el.detail);
    link?.focus();
  }

  private backToList(): void {
    if (this.selected === undefined) return;
    const f = this.result!.findings[this.selected]!;
    const g = this.groupOf.get(f);
    const first = g ? this.result!.findings.indexOf(g.findings[0]!) : this.selected;
    const item = this.el.list.querySelector<HTMLElement>(`#problem-${first}`);
    const details = item?.closest('details');
    if (details) details.open = true;
    item?.querySelector('button')?.focus();
  }

  /** Arrow keys move between highlights; Home and End go to the first and last. */
  private onTextKey(event: KeyboardEvent): void {
    const link = (event.target as Element | null)?.closest?.('a.hl');
    if (!(link instanceof HTMLAnchorElement)) return;
    const links = [...this.el.textView.querySelectorAll<HTMLAnchorElement>('a.hl')];
    const at = links.indexOf(link);
    let to: HTMLAnchorElement | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') to = links[at + 1];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') to = links[at - 1];
    else if (event.key === 'Home') to = links[0];
    else if (event.key === 'End') to = links[links.length - 1];
    else if (event.key === ' ') {
      event.preventDefault();
      link.click();
      return;
    } else return;
    event.preventDefault();
    if (!to) return;
    link.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  }
}

function worst(groups: FindingGroup[]): number {
  return Math.max(...groups.map((g) => RANK[g.findings[0]!.severity]));
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

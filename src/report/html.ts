/**
 * `--format html`: one self-contained HTML page (no external files, no scripts needed) with
 * each draft shown in the writer's own words, findings highlighted, and a list explaining each.
 * Good for CI artefacts and for sending to a writer who does not use a terminal.
 *
 * Each file is headed by its name (`--full-paths` keeps the folders, for CI). Problems are listed
 * by plain category, findings that give the same advice as one item with all its places, and
 * each of its words with its places when there are several (src/report/group.ts),
 * numbered; in print each highlight carries its item's number, and an item is never split
 * across pages. It fits a phone's width without scrolling sideways.
 */
import type { Finding } from '../types.js';
import type { FileReport } from '../engine/run.js';
import type { Reporter } from './types.js';
import { summarise } from './types.js';
import { groupFindings, type FindingGroup } from './group.js';
import { namedPlaces, sentenceParagraph, sentencePlaces } from './sentences.js';
import { groupTitle, placeNote, severalWords, sharedAdvice, sharedWhy, termAdvice, termWords, topTerms } from './group-text.js';
import { categoryOf, escapeHtml, highlight, plural, readingAgeLine, VIEW_CSS } from './html-view.js';
import { wordPlaceInWords } from './word.js';

const LABEL = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' } as const;

/** The name to head a file with: without its folders, unless asked for. */
export function shownName(path: string, fullPaths = false): string {
  if (fullPaths) return path;
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function where(report: FileReport, f: Finding): string {
  return report.format === 'docx' ? wordPlaceInWords(f) : `Line ${f.start.line}, column ${f.start.column}`;
}

/** Every place of a group, each that names other words with them: nothing is left out. */
function places(report: FileReport, group: FindingGroup): string {
  const all = group.findings.map((f) => {
    const note = placeNote(group, f);
    return note ? `${where(report, f)} (${note})` : where(report, f);
  });
  if (all.length === 1) return all[0]!;
  return `${all.length} places: ${all.join('; ')}`;
}

/** A group of several words: each with its places, what to write instead and, if its own, why. */
function terms(report: FileReport, group: FindingGroup, why: boolean, advise: boolean): string {
  const rows = group.terms.map((t) => {
    const count = t.findings.length > 1 ? ` (${t.findings.length} times)` : '';
    const advice = advise ? termAdvice(t) : undefined;
    const reason = why ? t.findings[0]!.why : undefined;
    return (
      `<li><span class="term">“${escapeHtml(termWords(t, 60))}”</span>${count}: <span class="where">${escapeHtml(t.findings.map((f) => where(report, f)).join('; '))}</span>` +
      `${advice ? `<br><strong>Try:</strong> ${escapeHtml(advice)}` : ''}${reason ? `<br><span class="why">${escapeHtml(reason)}</span>` : ''}</li>`
    );
  });
  return `<ul class="terms">${rows.join('')}</ul>`;
}

function item(report: FileReport, group: FindingGroup, id: string, n: number): string {
  const f = group.findings[0]!;
  const several = severalWords(group);
  const shared = several ? sharedWhy(group) : f.why;
  const advice = several ? sharedAdvice(group) : undefined;
  const words = several
    ? terms(report, group, !shared, !advice)
    : f.excerpt
      ? `<blockquote class="words">${escapeHtml(f.excerpt.length > 200 ? `${f.excerpt.slice(0, 199)}…` : f.excerpt)}</blockquote>`
      : '';
  const suggestions = several
    ? advice
      ? `<p class="try"><strong>Try:</strong> ${escapeHtml(advice)}</p>`
      : ''
    : f.suggestions?.length
      ? `<p class="try"><strong>Try:</strong> ${f.suggestions.map(escapeHtml).join(' or ')}</p>`
      : '';
  const why = shared ? `<p class="why"><strong>Why it matters:</strong> ${escapeHtml(shared)}</p>` : '';
  // A finding that names several sentences (long sentences on a page): where each one is.
  const named = sentencePlaces(f, (s) => (report.format === 'docx' ? `Paragraph ${sentenceParagraph(s)}` : `Line ${s.line}, column ${s.column}`), '; ');
  const also = report.format === 'docx' ? '' : [...new Set(namedPlaces(f).map((p) => `Line ${p.line}, column ${p.column}`))].join('; ');
  const sentences =
    (named ? `<p class="where-all"><strong>Sentences:</strong> ${escapeHtml(named)}</p>` : '') +
    (also ? `<p class="where-all"><strong>Also at:</strong> ${escapeHtml(also)}</p>` : '');
  const where = several ? `${group.findings.length} places, ${group.terms.length} different words` : places(report, group);
  return (
    `<li id="${id}" class="finding finding-${f.severity}" value="${n}" data-count="${group.findings.length}" tabindex="-1">` +
    `<p class="head"><span class="sev sev-${f.severity}">${LABEL[f.severity]}</span> ` +
    `<span class="cat">${escapeHtml(categoryOf(f.ruleId))}</span> · <span class="where">${escapeHtml(where)}</span></p>` +
    `<p class="msg">${escapeHtml(groupTitle(group))}</p>${words}${sentences}${suggestions}${why}</li>`
  );
}

function fileSection(report: FileReport, i: number, fullPaths: boolean): string {
  const id = `file-${i}`;
  const name = escapeHtml(shownName(report.path, fullPaths));
  if (report.error) {
    return `<section class="file" aria-labelledby="${id}"><h2 id="${id}">${name}</h2><p class="error-line">This file could not be checked: ${escapeHtml(report.error)}</p></section>`;
  }
  const groups = groupFindings(report.findings);
  // Categories in order of their most serious problem, then size; items numbered in that order.
  const byCategory = new Map<string, FindingGroup[]>();
  for (const g of groups) {
    const cat = categoryOf(g.findings[0]!.ruleId);
    byCategory.set(cat, [...(byCategory.get(cat) ?? []), g]);
  }
  const rank = { error: 3, warning: 2, suggestion: 1 };
  const worst = (gs: FindingGroup[]) => Math.max(...gs.map((g) => rank[g.findings[0]!.severity]));
  const count = (gs: FindingGroup[]) => gs.reduce((n, g) => n + g.findings.length, 0);
  const categories = [...byCategory.entries()].sort((a, b) => worst(b[1]) - worst(a[1]) || count(b[1]) - count(a[1]));
  const numberOf = new Map<Finding, { id: string; n: number }>();
  let n = 0;
  const lists = categories.map(([cat, gs]) => {
    const items = gs.map((g) => {
      const target = { id: `${id}-${++n}`, n };
      for (const f of g.findings) numberOf.set(f, target);
      return item(report, g, target.id, n);
    });
    return `<h4>${escapeHtml(cat)} (${count(gs)})</h4><ol class="findings" start="${items.length ? n - items.length + 1 : 1}">${items.join('')}</ol>`;
  });

  const counts = { error: 0, warning: 0, suggestion: 0 };
  for (const f of report.findings) counts[f.severity]++;
  // The target the readability rule used (its option, the config's setting, or the preset's).
  const target = report.stats?.readingAgeTarget ?? Number(report.findings.find((f) => f.ruleId === 'readability' && typeof f.data?.target === 'number')?.data?.target ?? 11);
  const age = report.stats ? `<p class="age">${escapeHtml(readingAgeLine({ readingAge: report.stats.readingAge, findings: report.findings }, target))}</p>` : '';
  const words = report.stats?.words ? ` ${plural(report.stats.words, 'word')}, about ${plural(report.stats.readingMinutes || 1, 'minute')} to read.` : '';
  const summary =
    `<p class="summary">${report.findings.length ? `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.suggestion, 'suggestion')}.` : 'No problems found.'}${words}</p>`;
  const top = topTerms(groups);
  const most = top.length ? `<p class="most">Flagged most: ${escapeHtml(top.join(', '))}.</p>` : '';
  const kinds = categories.length
    ? `<ul class="by-kind">${categories.map(([cat, gs]) => `<li>${escapeHtml(cat)}: ${count(gs)}</li>`).join('')}</ul>`
    : '';
  const text =
    report.source !== undefined
      ? `<div class="text" role="region" aria-label="The text of ${name}, with problems highlighted">${highlight(report.source, report.findings, id, (index) => numberOf.get(report.findings[index]!)!)}</div>`
      : '';
  return (
    `<section class="file" aria-labelledby="${id}">` +
    `<h2 id="${id}">${name}</h2>${summary}${age}${most}${kinds}` +
    `<div class="layout"><div>${text}</div><div class="list"><h3>Problems</h3>${lists.join('') || '<p class="clean">No problems found.</p>'}</div></div>` +
    `</section>`
  );
}

const PRINT_CSS = `
.summary { overflow-wrap: anywhere; }
h2 { overflow-wrap: anywhere; }
.list h4 { margin: 1rem 0 .25rem; }
.by-kind { padding-left: 1.25rem; }
.terms { margin: .25rem 0; padding-left: 1.25rem; }
.terms li { margin-bottom: .25rem; }
.term { font-weight: bold; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .file { padding: 0; margin: 0 0 1rem; break-before: page; }
  .file:first-of-type { break-before: auto; }
  .layout { display: block; }
  .text { font-size: 11pt; }
  .hl { background: none; }
  .hl[data-n]::after { content: " [" attr(data-n) "]"; font: bold 8pt Arial, sans-serif; vertical-align: super; }
  .finding { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; }
}
`;

export const html: Reporter = (reports, context) => {
  const s = summarise(reports);
  const fullPaths = !!context.fullPaths;
  const sections = reports.map((report, i) => fileSection(report, i, fullPaths));
  const problems = s.errors + s.warnings + s.suggestions
    ? `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.suggestions, 'suggestion')}`
    : 'no problems found';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>plainlint report</title>
<style>${VIEW_CSS}${PRINT_CSS}</style>
</head>
<body>
<main>
<h1>plainlint report</h1>
<p class="summary">${plural(s.files, 'file')} checked: ${problems}. Made by plainlint ${escapeHtml(context.version)}.</p>
<p>Highlighted words link to an explanation. Red with a solid line is an error, yellow with a dashed line a warning, green with a dotted line a suggestion. Printed, each highlight shows the number of its problem in the list.</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
};

/**
 * `--format html`: one self-contained HTML page (no external files, no scripts needed) with
 * each draft shown in the writer's own words, findings highlighted, and a list explaining each.
 * Good for CI artefacts and for sending to a writer who does not use a terminal.
 */
import type { Reporter } from './types.js';
import { summarise } from './types.js';
import { escapeHtml, highlight, renderByRule, renderFindingList, renderSummary, VIEW_CSS, type ViewFile } from './html-view.js';

export const html: Reporter = (reports, context) => {
  const s = summarise(reports);
  const sections = reports.map((report, i) => {
    const id = `file-${i}`;
    if (report.error) {
      return `<section class="file" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(report.path)}</h2><p class="error-line">This file could not be checked: ${escapeHtml(report.error)}</p></section>`;
    }
    const view: ViewFile = {
      path: report.path,
      ...(report.format ? { format: report.format } : {}),
      ...(report.source !== undefined ? { source: report.source } : {}),
      findings: report.findings,
      ...(report.stats?.readingAge ? { readingAge: report.stats.readingAge } : {}),
      ...(report.stats ? { words: report.stats.words, readingMinutes: report.stats.readingMinutes } : {}),
    };
    const text =
      report.source !== undefined
        ? `<div class="text" aria-label="The text of ${escapeHtml(report.path)}, with problems highlighted">${highlight(report.source, report.findings, id)}</div>`
        : '';
    return (
      `<section class="file" aria-labelledby="${id}">` +
      `<h2 id="${id}">${escapeHtml(report.path)}</h2>` +
      renderSummary(view) +
      renderByRule(view) +
      `<div class="layout"><div>${text}</div><div><h3>Findings</h3>${renderFindingList(view, id)}</div></div>` +
      `</section>`
    );
  });
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>plainlint report</title>
<style>${VIEW_CSS}</style>
</head>
<body>
<main>
<h1>plainlint report</h1>
<p class="summary">${s.files} ${s.files === 1 ? 'file' : 'files'} checked: ${s.errors} errors, ${s.warnings} warnings, ${s.suggestions} suggestions. Made by plainlint ${escapeHtml(context.version)}.</p>
<p>Highlighted words link to an explanation. Red with a solid line is an error, yellow with a dashed line a warning, green with a dotted line a suggestion.</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
};

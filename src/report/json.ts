/**
 * `--format json`: a stable, documented schema (docs/json-format.md). schemaVersion changes
 * only when a field is removed or changes meaning; new fields may be added.
 */
import { jsonText } from './escape.js';
import type { Reporter } from './types.js';
import { summarise } from './types.js';
import { groupFindings } from './group.js';
import type { Finding } from '../types.js';

/** Each finding's group id (src/report/group.ts): the same for every place of the same words. */
function groupIds(findings: Finding[]): Map<Finding, string> {
  const ids = new Map<Finding, string>();
  for (const group of groupFindings(findings)) for (const f of group.findings) ids.set(f, group.id);
  return ids;
}

export const JSON_SCHEMA_VERSION = 1;

export const json: Reporter = (reports, context) => {
  const out = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'plainlint', version: context.version },
    files: reports.map((r) => {
      const ids = groupIds(r.findings);
      return {
        path: r.path,
        format: r.format ?? null,
        error: r.error ?? null,
        notices: r.notices,
        ruleFailures: r.ruleFailures,
        stats: r.stats ?? null,
        findings: r.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          why: f.why ?? null,
          suggestions: f.suggestions ?? [],
          line: f.start.line,
          column: f.start.column,
          endLine: f.end.line,
          endColumn: f.end.column,
          offset: f.start.offset,
          endOffset: f.end.offset,
          paragraph: f.paragraph ?? null,
          excerpt: f.excerpt,
          fix: f.fix ? { range: f.fix.range, text: f.fix.text } : null,
          data: f.data ?? null,
          groupId: ids.get(f)!,
          section: f.section ?? null,
          // Word files only, so the fields of markdown findings stay as they were.
          ...(r.format === 'docx' ? { word: f.word ?? null } : {}),
        })),
      };
    }),
    summary: summarise(reports),
  };
  return jsonText(out, 2) + '\n';
};

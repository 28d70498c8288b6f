/**
 * `--format rdjson`: Reviewdog Diagnostic Format (rdjson), for `reviewdog -f=rdjson`, which
 * posts findings as review comments with suggested changes.
 * https://github.com/reviewdog/reviewdog/tree/master/proto/rdf
 * Columns are UTF-8 byte counts from 1, and end positions are exclusive, as the format asks.
 * Word files have no lines: there, the line is the paragraph number (Word's count when plainlint
 * found the words, see src/docx/locate.ts), the message starts with the full place, and there
 * are no columns or suggested changes.
 */
import { jsonText } from './escape.js';
import type { Reporter } from './types.js';
import type { FileReport } from '../engine/run.js';
import type { Finding, Point, Severity } from '../types.js';
import { wordPlaceInWords } from './word.js';

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', suggestion: 'INFO' };

interface RdPosition {
  line: number;
  column?: number;
}

/** Maps offsets in a text to rdjson positions (UTF-8 byte columns). */
class Positions {
  private readonly lineStarts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  at(offset: number): RdPosition {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo]!;
    return { line: lo + 1, column: Buffer.byteLength(this.text.slice(start, o), 'utf8') + 1 };
  }
}

function message(f: Finding, docx: boolean): string {
  return [
    (docx && f.paragraph ? `${wordPlaceInWords(f)}: ` : '') + f.message,
    f.suggestions?.length ? `Try: ${f.suggestions.join(' or ')}` : '',
    f.why ?? '',
  ]
    .filter(Boolean)
    .join('\n');
}

function point(p: Point, positions: Positions | undefined): RdPosition {
  return positions ? positions.at(p.offset) : { line: p.line, column: p.column };
}

function diagnostics(report: FileReport) {
  const docx = report.format === 'docx';
  const positions = !docx && typeof report.source === 'string' ? new Positions(report.source) : undefined;
  const out: unknown[] = [];
  if (report.error) {
    out.push({ message: report.error, location: { path: report.path }, severity: 'ERROR', code: { value: 'file-error' } });
  }
  for (const failure of report.ruleFailures) {
    out.push({ message: `rule ${failure.ruleId} failed: ${failure.message}`, location: { path: report.path }, severity: 'ERROR', code: { value: failure.ruleId } });
  }
  for (const f of report.findings) {
    const range = docx
      ? { start: { line: f.paragraph ?? f.start.line } }
      : { start: point(f.start, positions), end: point(f.end, positions) };
    const diagnostic: Record<string, unknown> = {
      message: message(f, docx),
      location: { path: report.path, range },
      severity: SEVERITY[f.severity],
      code: { value: f.ruleId },
      original_output: f.excerpt,
    };
    if (f.fix && positions) {
      diagnostic.suggestions = [{ range: { start: positions.at(f.fix.range[0]), end: positions.at(f.fix.range[1]) }, text: f.fix.text }];
    }
    out.push(diagnostic);
  }
  return out;
}

export const rdjson: Reporter = (reports, context) => {
  const result = {
    source: { name: 'plainlint', url: 'https://www.npmjs.com/package/plainlint' },
    diagnostics: reports.flatMap(diagnostics),
  };
  void context;
  return jsonText(result, 2) + '\n';
};

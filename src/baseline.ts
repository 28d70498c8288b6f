/**
 * `--baseline <file>`: adopt plainlint on a content repo that already has many findings.
 * The first run (no file yet) records today's findings; later runs show only new ones.
 * A finding is known by its rule, its file (relative to the baseline file) and the flagged
 * words, not by its line, so edits elsewhere in the file do not make old findings look new.
 * The same words flagged twice in a file are counted: a third copy is new.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { FileReport } from './engine/run.js';
import type { Finding } from './types.js';
import { UsageError } from './read/errors.js';
import { writeProblem } from './read/targets.js';

export interface BaselineEntry {
  rule: string;
  words: string;
  count: number;
}

export interface BaselineData {
  plainlint: 'baseline';
  version: 1;
  about: string;
  files: Record<string, BaselineEntry[]>;
}

export interface Baseline {
  /** Absolute path of the baseline file. */
  path: string;
  data: BaselineData;
}

const ABOUT =
  'Findings plainlint already knew about when this file was made. Runs with --baseline show only new ones. Delete this file and run again to start afresh.';

/** The words, as compared: lower case, spaces tidied, at most 120 characters. */
export function normaliseWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 120);
}

function fileKey(baselinePath: string, reportPath: string, cwd: string): string {
  const rel = relative(dirname(baselinePath), resolve(cwd, reportPath));
  return rel.split(sep).join('/');
}

function findingKey(f: Finding): string {
  return `${f.ruleId}\u0000${normaliseWords(f.excerpt)}`;
}

/** Read a baseline; undefined when the file does not exist yet. */
export async function loadBaseline(file: string, cwd: string): Promise<Baseline | undefined> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`--baseline: ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`--baseline: ${file} is not a plainlint baseline (it is not valid JSON). Delete it and run again to make a new one`);
  }
  const d = data as Partial<BaselineData>;
  if (!d || d.plainlint !== 'baseline' || typeof d.files !== 'object' || d.files === null) {
    throw new UsageError(`--baseline: ${file} is not a plainlint baseline. Delete it and run again to make a new one`);
  }
  for (const [name, entries] of Object.entries(d.files)) {
    if (!Array.isArray(entries)) {
      throw new UsageError(`--baseline: ${file} is damaged: the entry for ${JSON.stringify(name.slice(0, 80))} is not a list. Delete it and run again to make a new one`);
    }
  }
  return { path, data: d as BaselineData };
}

/** Make a baseline from today's reports. */
export function baselineFrom(reports: FileReport[], path: string, cwd: string): Baseline {
  const files: Record<string, BaselineEntry[]> = {};
  const byFile = new Map<string, Map<string, BaselineEntry>>();
  for (const report of reports) {
    if (!report.findings.length) continue;
    const key = fileKey(path, report.path, cwd);
    let entries = byFile.get(key);
    if (!entries) byFile.set(key, (entries = new Map()));
    for (const f of report.findings) {
      const k = findingKey(f);
      const entry = entries.get(k);
      if (entry) entry.count++;
      else entries.set(k, { rule: f.ruleId, words: normaliseWords(f.excerpt), count: 1 });
    }
  }
  for (const key of [...byFile.keys()].sort()) {
    files[key] = [...byFile.get(key)!.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.words < b.words ? -1 : a.words > b.words ? 1 : 0));
  }
  return { path, data: { plainlint: 'baseline', version: 1, about: ABOUT, files } };
}

export async function writeBaseline(baseline: Baseline): Promise<void> {
  await writeFile(baseline.path, JSON.stringify(baseline.data, null, 2) + '\n').catch((error: unknown) => {
    throw new UsageError(`--baseline: ${baseline.path} could not be saved (${writeProblem(error)})`);
  });
}

/** Drop the findings the baseline knows about. Returns the new reports and how many were hidden. */
export function filterByBaseline(reports: FileReport[], baseline: Baseline, cwd: string): { reports: FileReport[]; hidden: number } {
  let hidden = 0;
  const out = reports.map((report) => {
    const entries = baseline.data.files[fileKey(baseline.path, report.path, cwd)];
    if (!Array.isArray(entries) || !entries.length || !report.findings.length) return report;
    const left = new Map<string, number>();
    for (const e of entries) {
      if (e && typeof e.rule === 'string' && typeof e.words === 'string') {
        const k = `${e.rule}\u0000${e.words}`;
        left.set(k, (left.get(k) ?? 0) + (Number(e.count) > 0 ? Number(e.count) : 1));
      }
    }
    const findings = report.findings.filter((f) => {
      const k = findingKey(f);
      const n = left.get(k) ?? 0;
      if (n > 0) {
        left.set(k, n - 1);
        hidden++;
        return false;
      }
      return true;
    });
    return findings.length === report.findings.length ? report : { ...report, findings };
  });
  return { reports: out, hidden };
}

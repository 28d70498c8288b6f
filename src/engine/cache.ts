/**
 * `--cache`: remember each file's results, keyed by a hash of its content, the config in force
 * and plainlint's version (like ESLint's .eslintcache). A file whose content, config and
 * plainlint version are unchanged is not checked again.
 */
import { lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { writeProblem } from '../read/targets.js';
import { dirname, basename, join } from 'node:path';
import { hashHex } from './hash.js';
import type { FileReport } from './run.js';

interface Entry {
  /** Content hash. */
  h: string;
  /** Config hash. */
  c: string;
  r: FileReport;
}

interface CacheFile {
  plainlint: string;
  /** The shape of the saved results: a cache from an older shape is not used. */
  format?: number;
  entries: Record<string, Entry>;
}

/**
 * Raise this when a report gains or changes a field, so results saved by an earlier build of the
 * same version are checked again. 2: Word findings have their place in Word (`word`). 3: findings
 * have their section (`section`), for grouping.
 */
export const CACHE_FORMAT = 3;

export function contentHash(data: string | Buffer): string {
  return hashHex('sha1', data);
}

export class LintCache {
  private dirty = false;
  /** Why the cache could not be saved, if it could not (said once; the run's results stand). */
  problem: string | undefined;
  private constructor(
    private readonly path: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async load(path: string, version: string): Promise<LintCache> {
    try {
      // Only a regular file is read (a device or pipe could be read for ever).
      if (!(await lstat(path)).isFile()) throw new Error('not a regular file');
      const data = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
      if (data.plainlint === version && data.format === CACHE_FORMAT && data.entries && typeof data.entries === 'object') {
        // Entries of the wrong shape (edited by hand, or another tool's) are left out.
        return new LintCache(path, version, new Map(Object.entries(data.entries).filter(([, entry]) => validEntry(entry))));
      }
    } catch {
      // No cache yet, or a broken one: start again.
    }
    return new LintCache(path, version, new Map());
  }

  get(file: string, hash: string, configHash: string): FileReport | undefined {
    const entry = this.entries.get(file);
    return entry && entry.h === hash && entry.c === configHash ? entry.r : undefined;
  }

  set(file: string, hash: string, configHash: string, report: FileReport): void {
    if (report.error || report.ruleFailures.length) {
      if (this.entries.delete(file)) this.dirty = true;
      return;
    }
    const { source: _source, timing: _timing, ...kept } = report;
    this.entries.set(file, { h: hash, c: configHash, r: kept });
    this.dirty = true;
  }

  /**
   * Write atomically: a temporary file in the same folder, then a rename; only over a regular
   * file (never a device, folder or pipe). A cache that cannot be saved is said once, in `problem`.
   */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const data: CacheFile = { plainlint: this.version, format: CACHE_FORMAT, entries: Object.fromEntries(this.entries) };
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
    try {
      const info = await lstat(this.path).catch(() => undefined);
      if (info && !info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
      await writeFile(tmp, JSON.stringify(data), { flag: 'wx' });
      await rename(tmp, this.path);
    } catch (error) {
      await rm(tmp, { force: true }).catch(() => undefined);
      this.problem = `the cache ${basename(this.path)} could not be saved (${writeProblem(error)}), so the next run checks every file again`;
    }
  }
}

function validEntry(entry: unknown): entry is Entry {
  if (!entry || typeof entry !== 'object') return false;
  const e = entry as Partial<Entry>;
  const r = e.r as Partial<FileReport> | undefined;
  return (
    typeof e.h === 'string' &&
    typeof e.c === 'string' &&
    !!r &&
    typeof r === 'object' &&
    typeof r.path === 'string' &&
    Array.isArray(r.findings) &&
    Array.isArray(r.notices) &&
    Array.isArray(r.ruleFailures) &&
    r.findings.every((f) => f && typeof f === 'object' && typeof f.ruleId === 'string' && typeof f.message === 'string' && !!f.start && !!f.end && ['error', 'warning', 'suggestion'].includes(f.severity)) &&
    r.notices.every((n) => typeof n === 'string')
  );
}

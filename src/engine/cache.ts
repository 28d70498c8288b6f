/**
 * `--cache`: remember each file's results, keyed by a hash of its content, the config in force
 * and plainlint's version (like ESLint's .eslintcache). A file whose content, config and
 * plainlint version are unchanged is not checked again.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
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
 * same version are checked again. 2: Word findings have their place in Word (`word`).
 */
export const CACHE_FORMAT = 2;

export function contentHash(data: string | Buffer): string {
  return hashHex('sha1', data);
}

export class LintCache {
  private dirty = false;
  private constructor(
    private readonly path: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async load(path: string, version: string): Promise<LintCache> {
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
      if (data.plainlint === version && data.format === CACHE_FORMAT && data.entries && typeof data.entries === 'object') {
        return new LintCache(path, version, new Map(Object.entries(data.entries)));
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

  /** Write atomically: a temporary file in the same folder, then a rename. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const data: CacheFile = { plainlint: this.version, format: CACHE_FORMAT, entries: Object.fromEntries(this.entries) };
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify(data));
    await rename(tmp, this.path);
  }
}

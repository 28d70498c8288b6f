/**
 * plainlint as a library: the whole run the command line does, for any caller (the command line
 * itself, the language server, a build script). Shaped like ESLint's `ESLint` class:
 *
 *   const linter = new Plainlint({ cwd, preset });
 *   const { reports } = await linter.lintFiles(['content/'], { cache: true });
 *   const report = await linter.lintText(text, { filePath: 'content/page.md' });
 *
 * or the one-off functions `lintFiles(paths, options)` and `lintText(text, options)`.
 * Nothing here prints: messages for the user come back in the result, and the caller shows them.
 * Options that cannot be used (a --shard like "5/4", --fix with a dry run) throw a UsageError.
 */
import { extname, resolve } from 'node:path';
import { ConfigLoader, type LoaderOptions, type ResolvedConfig } from './config/load.js';
import { collectFiles, displayPath } from './read/files.js';
import { decodeText, DEFAULT_READ_LIMITS, markdownLimit, type ReadLimits } from './read/input.js';
import { InputError, UsageError } from './read/errors.js';
import { inShard, parseShard, type Shard } from './read/shard.js';
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from './docx/package.js';
import { lintDraft, type DraftOptions, type FileReport } from './engine/run.js';
import { guardedJob, lintMany } from './engine/pool.js';
import { checkNotInput, checkTarget } from './read/targets.js';
import { readStdin } from './read/stdin.js';
import { LintCache } from './engine/cache.js';
import type { NotePlacement } from './annotate/index.js';
import type { Rule, Severity } from './types.js';
import { builtinRules } from '../rules/index.js';
import { version } from './version.js';

export type { FileReport } from './engine/run.js';

/** Where a run looks for its config: the same choices as the command line. */
export interface PlainlintOptions {
  /** The folder paths are relative to (default: process.cwd()). */
  cwd?: string;
  /** A config file to use for every file, instead of the nearest one above each (--config). */
  configFile?: string;
  /** A preset to start from instead of the config's "extends" (--preset): nhs, govuk or recommended. */
  preset?: string;
}

export interface LintFilesOptions {
  /** Where the caller will write the report: refused (UsageError) if it is one of the files checked. */
  outputFile?: string;
  /**
   * Read standard input when `paths` includes "-": `read(limit)` returns the bytes (it may stop
   * once it passes `limit`), and `filename` is the name to show and to find the config from.
   * Without it, "-" reads process.stdin.
   */
  stdin?: { read?: (limit: number) => Promise<Buffer>; filename?: string };
  /** How many files to check at once (default: one job for each 200 files, up to the cores). */
  jobs?: number;
  /** Stop checking one large file after this many milliseconds (0: no limit). */
  timeoutMs?: number;
  /** Only check files that changed since the last run: true for .plainlintcache, or the cache file's path. */
  cache?: boolean | string;
  /** Check only one part of the files, like "2/4" (or { index: 2, count: 4 }). */
  shard?: string | Shard;
  /** Show only findings on lines changed since this git branch or commit. */
  changedSince?: string;
  /** A baseline file: the first run saves today's findings there; later runs show only new ones. */
  baseline?: string;
  /** Make the safe fixes in markdown files (true), or work out the diff without writing ('dry-run'). */
  fix?: boolean | 'dry-run';
  /** Keep only errors (findings with severity "error"). */
  quiet?: boolean;
  /** Write a copy of each Word file with the findings as comments (beside it, or at `output` for one file). */
  annotate?: boolean | { output?: string; notes?: NotePlacement };
  /** Size limits for reading files (bytes). */
  readLimits?: Partial<ReadLimits>;
  /** Size limits for unpacking Word files (bytes). */
  docxLimits?: Partial<DocxLimits>;
  /** Keep each file's text on its report (`source`), for reporters that show context. */
  keepSource?: boolean;
  /** Measure how long each step and rule takes (on each report's `timing`). */
  timing?: boolean;
  /** Called as each file is checked, before baseline, changed lines and fixes are applied. */
  onReport?: (report: FileReport) => void;
}

export interface LintFilesResult {
  /** One report for each file, sorted by path; a file that could not be checked has `error` set. */
  reports: FileReport[];
  /** Plain one-line notes about what the run did (baseline saved, fixes made), in order, for stderr. */
  notes: string[];
  /** With fix: 'dry-run': the fixes as a unified diff. */
  diff?: string;
  /** With annotate: the notes about the Word copies written, and whether every copy could be written. */
  annotated?: { ok: boolean; notes: string[] };
}

export interface LintTextOptions {
  /**
   * The file the text belongs to (it need not exist yet): its folder decides the config, as for
   * a file on disk, and it is the path shown in the report. Default: "draft.md" in cwd.
   */
  filePath?: string;
  /** markdown (the default), or docx for a Word file's bytes. Default: from filePath's extension. */
  format?: 'markdown' | 'docx';
  /** Keep the text on the report (`source`). */
  keepSource?: boolean;
  readLimits?: Partial<ReadLimits>;
  docxLimits?: Partial<DocxLimits>;
  /** Rules not to run, on top of the config (an editor's "turn these rules off" setting). */
  skipRules?: readonly string[];
}

/** The whole run, reusable: the config for each folder is found and loaded once per instance. */
export class Plainlint {
  readonly cwd: string;
  private readonly loaderOptions: LoaderOptions;
  private readonly loader: ConfigLoader;

  constructor(options: PlainlintOptions = {}) {
    this.cwd = resolve(options.cwd ?? process.cwd());
    this.loaderOptions = {
      ...(options.configFile ? { configPath: resolve(this.cwd, options.configFile) } : {}),
      ...(options.preset ? { preset: options.preset } : {}),
    };
    this.loader = new ConfigLoader(this.loaderOptions);
  }

  /** The config in force for a file (which need not exist): rules, severities, options, plugins. */
  configFor(filePath = 'draft.md'): Promise<ResolvedConfig> {
    return this.loader.forFile(resolve(this.cwd, filePath));
  }

  /**
   * Every rule known for a file's config: the built-in rules and the config's plugin rules, each
   * with its severity there ('off' when it does not run).
   */
  async rulesFor(filePath = 'draft.md'): Promise<Array<{ rule: Rule; severity: Severity | 'off' }>> {
    const config = await this.configFor(filePath);
    const active = new Map(config.rules.map((r) => [r.rule.meta.id, r]));
    const all = new Map(builtinRules.map((r) => [r.meta.id, r]));
    for (const r of config.rules) all.set(r.rule.meta.id, r.rule);
    for (const rule of config.pluginRules ?? []) if (!all.has(rule.meta.id)) all.set(rule.meta.id, rule);
    return [...all.values()].map((rule) => ({ rule, severity: active.get(rule.meta.id)?.severity ?? 'off' }));
  }

  /** Check text that may not be saved (an editor's buffer), with the config a file at filePath would get. */
  async lintText(text: string | Uint8Array, options: LintTextOptions = {}): Promise<FileReport> {
    const path = resolve(this.cwd, options.filePath ?? 'draft.md');
    const shown = options.filePath ? displayPath(path, this.cwd) : 'draft.md';
    const format = options.format ?? (extname(path).toLowerCase() === '.docx' ? 'docx' : 'markdown');
    const draftOptions = { ...this.draftOptions(options), ...(options.skipRules?.length ? { skipRules: options.skipRules } : {}) };
    if (format === 'docx') {
      if (typeof text === 'string') throw new UsageError('a Word file is checked from its bytes, not from text');
      return lintDraft({ path, kind: 'docx', buffer: Buffer.from(text), notices: [] }, shown, draftOptions);
    }
    const decoded = typeof text === 'string' ? { text, notices: [] } : decodeText(shown, Buffer.from(text));
    return lintDraft({ path, kind: 'markdown', text: decoded.text, notices: decoded.notices }, shown, draftOptions);
  }

  /**
   * Check files, folders and globs (and "-" for standard input): find the files, keep this shard's
   * and the changed ones, check them (with the cache, in several jobs for many files), then narrow
   * to new findings (baseline) and changed lines, fix, keep only errors (quiet) and annotate Word
   * copies, in that order.
   */
  async lintFiles(paths: string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
    const cwd = this.cwd;
    const fixing = options.fix === true || options.fix === 'dry-run';
    const dryRun = options.fix === 'dry-run';
    const shard = typeof options.shard === 'string' ? parseShard(options.shard) : options.shard;
    const fileArgs = paths.filter((p) => p !== '-');
    const changedMod = options.changedSince !== undefined ? await import('./changed.js') : undefined;
    const changed = changedMod ? await changedMod.changedSince(options.changedSince!, cwd, fileArgs) : undefined;
    const draftOptions = this.draftOptions({ ...options, keepSource: Boolean(options.keepSource || fixing) });
    const notes: string[] = [];
    // The cache and baseline must be regular files or new ones, in folders that exist.
    const cacheFile = options.cache === true ? '.plainlintcache' : options.cache || undefined;
    if (cacheFile) checkTarget('--cache-location', cacheFile, cwd);
    if (options.baseline !== undefined) checkTarget('--baseline', options.baseline, cwd);
    // Every file is checked with a time and memory limit (engine/guard.ts): start that job now, so
    // it loads while the files are listed.
    const manyOptions = {
      ...draftOptions,
      loaderOptions: this.loaderOptions,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    };
    const guard = guardedJob(manyOptions);
    guard?.warm();
    const reports: FileReport[] = [];
    const stdinName = options.stdin?.filename ?? '<stdin>';
    try {
      if (paths.includes('-')) {
        const path = resolve(cwd, options.stdin?.filename ?? 'stdin.md');
        const limit = markdownLimit(draftOptions.readLimits!);
        const buffer = await (options.stdin?.read ?? readStdin)(limit);
        try {
          if (buffer.length > limit) {
            throw new InputError(stdinName, `is more than the ${Math.round(limit / 1024 / 1024)} MB limit for markdown. Raise it with --max-file-size if you need to`);
          }
          const { text, notices } = decodeText(stdinName, buffer);
          const report = guard
            ? await guard.check(path, cwd, { text, notices, shown: stdinName })
            : await lintDraft({ path, kind: 'markdown', text, notices }, stdinName, draftOptions);
          options.onReport?.(report);
          reports.push(report);
        } catch (error) {
          reports.push({ path: stdinName, findings: [], notices: [], ruleFailures: [], error: (error as Error).message });
        }
      }
      if (fileArgs.length) {
        const collected = await collectFiles(fileArgs, cwd);
        for (const error of collected.errors) {
          reports.push({ path: displayPath(resolve(cwd, error.file), cwd), findings: [], notices: [], ruleFailures: [], error: error.message });
        }
        notes.push(...collected.notes);
        if (options.outputFile !== undefined) checkNotInput('-o', displayPath(options.outputFile, cwd), options.outputFile, collected.files);
        const sharded = shard ? collected.files.filter((f) => inShard(f, shard, cwd)) : collected.files;
        const files = changed ? sharded.filter((f) => changedMod!.fileChanged(changed, f)) : sharded;
        const cache = cacheFile ? await LintCache.load(resolve(cwd, cacheFile), version()) : undefined;
        // (One at a time: a spread of a very long list can overflow the stack.)
        for (const report of await lintMany(files, {
          ...manyOptions,
          ...(options.jobs !== undefined ? { jobs: Math.max(1, Math.round(options.jobs)) } : {}),
          ...(cache ? { cache } : {}),
          ...(guard ? { guard } : {}),
          ...(options.onReport ? { onReport: options.onReport } : {}),
        })) {
          reports.push(report);
        }
        if (cache?.problem) notes.push(cache.problem);
        // Files named on the command line that are links: say where they point.
        for (const [file, target] of collected.links) {
          const report = reports.find((r) => r.path === displayPath(file, cwd));
          report?.notices.push(`is a link to ${displayPath(target, cwd)}. It was checked because you named it`);
        }
      }
    } finally {
      guard?.close();
    }
    reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const result: LintFilesResult = { reports, notes };

    // The baseline and changed lines narrow the findings; fixes then fix what is shown.
    if (options.baseline !== undefined || changed || fixing) {
      const baselineMod = options.baseline !== undefined ? await import('./baseline.js') : undefined;
      let baseline = baselineMod ? await baselineMod.loadBaseline(options.baseline!, cwd) : undefined;
      if (baselineMod && !baseline) {
        baseline = baselineMod.baselineFrom(reports, resolve(cwd, options.baseline!), cwd);
        await baselineMod.writeBaseline(baseline);
        const n = reports.reduce((sum, r) => sum + r.findings.length, 0);
        notes.push(`saved ${n} findings in ${options.baseline} as the baseline. From now on, runs with --baseline show only new ones.`);
      }
      const narrow = (list: FileReport[]): FileReport[] => {
        const known = baselineMod && baseline ? baselineMod.filterByBaseline(list, baseline, cwd).reports : list;
        return changedMod && changed ? changedMod.filterChanged(known, changed, cwd).reports : known;
      };
      result.reports = narrow(reports);
      if (fixing) {
        const { fixReports, fixSummary } = await import('./fix/index.js');
        const fixed = await fixReports(result.reports, {
          cwd,
          dryRun,
          skipPaths: new Set(paths.includes('-') ? [stdinName] : []),
          relint: async (r, file, text) =>
            narrow([await lintDraft({ path: file, kind: 'markdown', text, notices: r.notices }, r.path, draftOptions)])[0]!,
        });
        result.reports = fixed.reports;
        notes.push(...fixed.notes, fixSummary(fixed, dryRun));
        if (dryRun) result.diff = fixed.diff;
      }
    }

    if (options.quiet) {
      for (const report of result.reports) report.findings = report.findings.filter((f) => f.severity === 'error');
    }

    // Annotated Word copies: loaded only when asked for.
    if (options.annotate) {
      const { annotateReports } = await import('./annotate/index.js');
      const how = typeof options.annotate === 'object' ? options.annotate : {};
      const annotateNotes: string[] = [];
      const ok = await annotateReports(result.reports, {
        cwd,
        ...(how.output !== undefined ? { output: how.output } : {}),
        ...(how.notes !== undefined ? { notes: how.notes } : {}),
        limits: draftOptions.docxLimits!,
        stderr: (text) => annotateNotes.push(text.replace(/^plainlint: /, '').replace(/\n$/, '')),
      });
      result.annotated = { ok, notes: annotateNotes };
    }
    return result;
  }

  /** Options for checking one draft, with the limits filled in. */
  private draftOptions(options: { readLimits?: Partial<ReadLimits>; docxLimits?: Partial<DocxLimits>; keepSource?: boolean; timing?: boolean }): DraftOptions {
    return {
      loader: this.loader,
      cwd: this.cwd,
      keepSource: Boolean(options.keepSource),
      timing: Boolean(options.timing),
      readLimits: { ...DEFAULT_READ_LIMITS, ...options.readLimits },
      docxLimits: { ...DEFAULT_DOCX_LIMITS, ...options.docxLimits },
    };
  }
}

/** Check files, folders and globs with a one-off Plainlint (see Plainlint.lintFiles). */
export function lintFiles(paths: string[], options: PlainlintOptions & LintFilesOptions = {}): Promise<LintFilesResult> {
  return new Plainlint(options).lintFiles(paths, options);
}

/** Check unsaved text with the config a file at `filePath` would get (see Plainlint.lintText). */
export function lintText(text: string | Uint8Array, options: PlainlintOptions & LintTextOptions = {}): Promise<FileReport> {
  return new Plainlint(options).lintText(text, options);
}

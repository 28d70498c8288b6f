/**
 * The one place the language server asks the engine to check a draft: unsaved markdown text for
 * a file path, with the command line's config discovery (the nearest .plainlintrc* above the
 * file, its `extends`, `plugins` and presets), inline disable comments (handled by the engine)
 * and the same size limit. When the library entry `lintText(text, { filePath })` lands, this
 * file is the one to swap for it.
 */
import { dirname } from 'node:path';
import { ConfigError, ConfigLoader, type ResolvedConfig } from '../config/load.js';
import { lintDocument, type RuleFailure } from '../engine/lint.js';
import { parseMarkdown } from '../parse/markdown.js';
import { InputError } from '../read/errors.js';
import { collectFiles } from '../read/files.js';
import { DEFAULT_MARKDOWN_SIZE } from '../read/input.js';
import type { DocumentStats } from '../../rules/lib/stats.js';
import type { Finding, RuleMeta } from '../types.js';

export interface CheckOptions {
  /** The file the text belongs to (it need not be saved): config is found from its folder. */
  filePath: string;
  /** A preset to use instead of the config's `extends` (the editor's setting). */
  preset?: string;
  /** Rules the editor's settings turn off, on top of the config. */
  rulesOff?: readonly string[];
  /** Largest text to check, in UTF-16 code units (default: the command line's markdown limit). */
  maxSize?: number;
}

export type CheckProblem =
  /** The config could not be used: `file` is the config file. */
  | { kind: 'config'; file: string; message: string }
  /** The text itself could not be checked (too big, too deeply nested). */
  | { kind: 'input'; message: string }
  /** Something went wrong inside plainlint. */
  | { kind: 'internal'; message: string };

export interface CheckResult {
  findings: Finding[];
  ruleFailures: RuleFailure[];
  stats?: DocumentStats;
  /** The config file in force, if any. */
  configFile?: string;
  /** What each rule that ran is about (for hover: the principle it serves). */
  rules: Map<string, RuleMeta>;
  /** True when the project's .plainlintignore leaves the file out, as the command line would. */
  ignored?: boolean;
  problem?: CheckProblem;
}

/** Keeps the config loader warm across checks; `reset()` forgets configs after one changes. */
export class DraftChecker {
  private loaders = new Map<string, ConfigLoader>();

  reset(): void {
    this.loaders.clear();
  }

  private loader(preset: string | undefined): ConfigLoader {
    const key = preset ?? '';
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new ConfigLoader(preset ? { preset } : {});
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** The config for a file (or a config problem, thrown as ConfigError). */
  configFor(filePath: string, preset?: string): Promise<ResolvedConfig> {
    return this.loader(preset).forFile(filePath);
  }

  /**
   * Is the file left out by a .plainlintignore (as `plainlint <file>` leaves it out)? A file not
   * saved yet is never left out.
   */
  private async ignored(filePath: string): Promise<boolean> {
    try {
      const collected = await collectFiles([filePath], dirname(filePath));
      return collected.errors.length === 0 && collected.files.length === 0;
    } catch {
      return false;
    }
  }

  async check(text: string, options: CheckOptions): Promise<CheckResult> {
    const rules = new Map<string, RuleMeta>();
    if (await this.ignored(options.filePath)) return { findings: [], ruleFailures: [], rules, ignored: true };
    const maxSize = options.maxSize ?? DEFAULT_MARKDOWN_SIZE;
    if (text.length > maxSize) {
      const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
      return {
        findings: [],
        ruleFailures: [],
        rules,
        problem: {
          kind: 'input',
          message: `This document is too big to check as you type (${mb(text.length)}; the limit is ${mb(maxSize)}). Split it into smaller pages, or check it on the command line with --max-file-size.`,
        },
      };
    }
    let config: ResolvedConfig;
    try {
      config = await this.configFor(options.filePath, options.preset);
    } catch (error) {
      if (error instanceof ConfigError) return { findings: [], ruleFailures: [], rules, problem: { kind: 'config', file: error.file, message: error.message } };
      return { findings: [], ruleFailures: [], rules, problem: { kind: 'internal', message: firstLine(error) } };
    }
    if (options.rulesOff?.length) {
      const off = new Set(options.rulesOff);
      config = { ...config, rules: config.rules.filter((r) => !off.has(r.rule.meta.id)) };
    }
    for (const active of config.rules) rules.set(active.rule.meta.id, active.rule.meta);
    const configFile = config.filepath;
    try {
      const doc = parseMarkdown(text, options.filePath);
      const result = await lintDocument(doc, config);
      return { findings: result.findings, ruleFailures: result.ruleFailures, stats: result.stats, rules, ...(configFile ? { configFile } : {}) };
    } catch (error) {
      const problem: CheckProblem =
        error instanceof InputError ? { kind: 'input', message: `This document ${error.message}.` } : { kind: 'internal', message: firstLine(error) };
      return { findings: [], ruleFailures: [], rules, ...(configFile ? { configFile } : {}), problem };
    }
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}

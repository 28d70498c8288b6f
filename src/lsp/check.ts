/**
 * The one place the language server asks the engine to check a draft: unsaved markdown text for
 * a file path, with the command line's config discovery (the nearest .plainlintrc* above the
 * file, its `extends`, `plugins` and presets), inline disable comments (handled by the engine)
 * and the same size limit. It is a thin layer over the library entry (src/api.ts: Plainlint's
 * configFor and lintText), which the command line uses too.
 */
import { dirname } from 'node:path';
import { Plainlint } from '../api.js';
import { ConfigError, type ResolvedConfig } from '../config/load.js';
import type { RuleFailure } from '../engine/lint.js';
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

/** Keeps the engine and its configs warm across checks; `reset()` forgets configs after one changes. */
export class DraftChecker {
  private linters = new Map<string, Plainlint>();

  reset(): void {
    this.linters.clear();
  }

  private linter(preset: string | undefined): Plainlint {
    const key = preset ?? '';
    let linter = this.linters.get(key);
    if (!linter) {
      linter = new Plainlint(preset ? { preset } : {});
      this.linters.set(key, linter);
    }
    return linter;
  }

  /** The config for a file (or a config problem, thrown as ConfigError). */
  configFor(filePath: string, preset?: string): Promise<ResolvedConfig> {
    return this.linter(preset).configFor(filePath);
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
    const off = new Set(options.rulesOff ?? []);
    for (const active of config.rules) if (!off.has(active.rule.meta.id)) rules.set(active.rule.meta.id, active.rule.meta);
    const configFile = config.filepath;
    try {
      const report = await this.linter(options.preset).lintText(text, {
        filePath: options.filePath,
        format: 'markdown',
        ...(off.size ? { skipRules: [...off] } : {}),
      });
      if (report.error) {
        return { findings: [], ruleFailures: [], rules, ...(configFile ? { configFile } : {}), problem: { kind: 'input', message: `This document ${report.error}.` } };
      }
      return { findings: report.findings, ruleFailures: report.ruleFailures, ...(report.stats ? { stats: report.stats } : {}), rules, ...(configFile ? { configFile } : {}) };
    } catch (error) {
      return { findings: [], ruleFailures: [], rules, ...(configFile ? { configFile } : {}), problem: { kind: 'internal', message: firstLine(error) } };
    }
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}

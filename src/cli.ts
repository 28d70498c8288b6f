/**
 * The command line: parse options, collect files, lint them, report, set the exit code.
 * Exit codes: 0 clean (or only findings below the failure level), 1 findings at or above it,
 * 2 usage, config or input error.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, ConfigLoader } from './config/load.js';
import { collectFiles, displayPath } from './read/files.js';
import { decodeText, markdownLimit } from './read/input.js';
import { InputError, UsageError } from './read/errors.js';
import { lintDraft, type FileReport } from './engine/run.js';
import { guardedJob, lintMany } from './engine/pool.js';
import { addTiming, timingRows, timingTable, type Timing } from './engine/timing.js';
import { LintCache } from './engine/cache.js';
import { inShard, parseShard } from './read/shard.js';
import { checkNotInput, checkTarget, writeProblem } from './read/targets.js';
import { FORMATS, loadReporter, type Format } from './report/index.js';
import { plural, summarise } from './report/types.js';
import { escapeControl, oneLine } from './report/escape.js';
import { SEVERITY_RANK, type Severity } from './types.js';
import { builtinRules } from '../rules/index.js';
import { presetNames } from '../rules/presets/index.js';
import { DEFAULT_DOCX_LIMITS } from './docx/package.js';
import { DEFAULT_MARKDOWN_SIZE, DEFAULT_READ_LIMITS } from './read/input.js';

/** The job a worker thread or child runs (dist/bundle/worker.cjs starts it from this bundle). */
export { startJob } from './engine/job.js';

let cachedVersion: string | undefined;

/** The version from package.json (one folder up from src/, two from dist/src/). */
export function version(): string {
  if (cachedVersion) return cachedVersion;
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'plainlint') return (cachedVersion = pkg.version);
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Read standard input; stop (and return what was read) once it passes `limit` bytes. */
  stdin: (limit?: number) => Promise<Buffer>;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const defaultIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: async (limit = Infinity) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size > limit) {
        process.stdin.destroy();
        break;
      }
    }
    return Buffer.concat(chunks);
  },
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

interface LintFlags {
  format: Format;
  output?: string;
  config?: string;
  preset?: string;
  failOn: Severity;
  maxWarnings?: number;
  stdinFilename?: string;
  color?: boolean;
  maxFileSize?: number;
  maxDocxUnpacked?: number;
  quiet?: boolean;
  jobs?: number;
  timeout?: number;
  cache?: boolean;
  cacheLocation?: string;
  shard?: string;
  annotate?: boolean;
  annotateOutput?: string;
  annotateNotes?: 'mark' | 'words';
  fix?: boolean;
  fixDryRun?: boolean;
  baseline?: string;
  changedSince?: string;
}

/**
 * commander's own error lines, in plainlint's words: "plainlint: " first, what to do next, and
 * no "error:". Anything not listed here keeps commander's wording, after "plainlint: ".
 */
export function plainUsageError(text: string): string {
  const lines: string[] = [];
  for (const line of text.trim().split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^error: unknown option '([^']*)'/.exec(line))) {
      lines.push(`plainlint: there is no option ${m[1]}. Run plainlint --help to see the options.`);
    } else if ((m = /^\(Did you mean (.*)\?\)$/.exec(line))) {
      lines.push(`Did you mean ${m[1]}?`);
    } else if ((m = /^error: option '(?:-\w, )?(--[\w-]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(line))) {
      lines.push(`plainlint: ${m[1]} cannot be "${m[2]}". Choose one of: ${m[3]}.`);
    } else if ((m = /^error: option '(?:-\w, )?(--[\w-]+) <([^>]*)>' argument missing$/.exec(line))) {
      lines.push(`plainlint: ${m[1]} needs a value (${m[2]}). Run plainlint --help to see an example.`);
    } else if ((m = /^error: missing required argument '([^']*)'$/.exec(line))) {
      lines.push(
        m[1] === 'rule-id'
          ? 'plainlint: say which rule to explain, like: plainlint explain jargon'
          : `plainlint: this command needs a ${(m[1] ?? '').replace(/-/g, ' ')}. Run plainlint --help to see how to use it.`,
      );
    } else if ((m = /^error: unknown command '([^']*)'$/.exec(line))) {
      lines.push(`plainlint: there is no command ${m[1]}. Run plainlint --help to see the commands.`);
    } else if ((m = /^error: too many arguments(?: for '([^']*)')?/.exec(line))) {
      lines.push(`plainlint: too many names after ${m[1] ?? 'the command'}. Run plainlint --help to see how to use it.`);
    } else {
      lines.push(`plainlint: ${line.replace(/^error: /, '')}`);
    }
  }
  return lines.join('\n') + '\n';
}

function positiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} needs a number, like ${name} 10`);
    return n;
  };
}

/** Run the CLI. Returns the exit code (the bin sets process.exitCode). */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name('plainlint')
    // Options after a subcommand (plainlint rules --preset govuk) belong to the subcommand.
    .enablePositionalOptions()
    .description(
      'Check communications drafts (markdown and Word .docx) for plain language and accessibility,\n' +
        'in NHS or GOV.UK house style.',
    )
    .version(version(), '-v, --version', 'show the version number')
    .helpOption('-h, --help', 'show this help')
    .argument('[paths...]', 'files, folders or globs to check; "-" reads markdown from standard input')
    .addOption(new Option('-f, --format <format>', 'how to show the results').choices([...FORMATS]).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file and print only the summary')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .addOption(new Option('-p, --preset <name>', 'house style to follow (instead of the config’s "extends")').choices(presetNames))
    .addOption(
      new Option('--fail-on <severity>', 'exit with 1 when a finding is this serious or more').choices(['error', 'warning', 'suggestion']).default('error'),
    )
    .option('--max-warnings <number>', 'exit with 1 when there are more warnings than this', positiveNumber('--max-warnings'))
    .option('--stdin-filename <name>', 'the name to show for text read from standard input')
    .option('-q, --quiet', 'show errors only, not warnings or suggestions')
    .option('--color', 'use colour even when the output is not a terminal')
    .option('--no-color', 'do not use colour')
    .option(
      '--max-file-size <MB>',
      `largest file to read (default ${DEFAULT_READ_LIMITS.maxFileSize / 1024 / 1024} MB, and ${DEFAULT_MARKDOWN_SIZE / 1024 / 1024} MB for markdown)`,
      positiveNumber('--max-file-size'),
    )
    .option(
      '--max-docx-unpacked <MB>',
      `largest size a Word file may unpack to (default ${DEFAULT_DOCX_LIMITS.maxUncompressed / 1024 / 1024} MB)`,
      positiveNumber('--max-docx-unpacked'),
    )
    .option('-j, --jobs <number>', 'how many files to check at once (default: one for each 200 files, up to the number of cores)', positiveNumber('--jobs'))
    .option('--timeout <seconds>', 'stop checking a file after this long (default 50; 0 for no limit); a rule stops after 25 seconds on one file, or half this if shorter', positiveNumber('--timeout'))
    .option('--cache', 'only check files that changed since the last run (results kept in .plainlintcache)')
    .option('--cache-location <file>', 'where to keep the cache (default .plainlintcache)')
    .option('--shard <part/parts>', 'check only one part of the files, like 2/4, to split a big job across CI machines')
    .option('--annotate', 'write a copy of each Word file, named <name>.plainlint.docx, with each problem as a comment')
    .option('--annotate-output <file>', 'with one Word file: where to write the copy with comments')
    .addOption(new Option('--annotate-notes <where>', 'where comments on words in footnotes and endnotes go: on the note’s number (mark, the default), or on the words, for Word only (words)').choices(['mark', 'words']))
    .option('--fix', 'make the safe fixes in markdown files (Word files are never changed)')
    .option('--fix-dry-run', 'show the safe fixes as a diff, without changing any file')
    .option('--baseline <file>', 'the first run saves today’s findings in this file; later runs show only new ones')
    .option('--changed-since <git-ref>', 'show only findings on lines changed since this branch or commit, like origin/main')
    .addHelpText(
      'after',
      `
Examples:
  plainlint draft.docx                  check a Word draft
  plainlint content/                    check every markdown and Word file in a folder
  plainlint "content/**/*.md" -f sarif -o plainlint.sarif
  cat page.md | plainlint - --stdin-filename page.md

Exit codes: 0 no problems at the --fail-on level, 1 problems found, 2 a file, option or config could not be used.`,
    )
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (str, write) => write(plainUsageError(str)) })
    .action(async (paths: string[], flags: LintFlags) => {
      exitCode = await runLint(paths, flags, io);
    });

  program
    .command('rules')
    .description('list the rules, how serious each is, and what each checks')
    .addOption(new Option('-p, --preset <name>', 'show the rules as this preset sets them').choices(presetNames))
    .action(async (flags: { preset?: string }) => {
      const { listRules } = await import('./explain.js');
      exitCode = await listRules(flags, io);
    });

  program
    .command('explain')
    .description('explain a rule, with examples of what it finds and what it accepts')
    .argument('<rule-id>', 'the rule to explain, like sentence-length')
    .action(async (id: string) => {
      const { explainRule } = await import('./explain.js');
      exitCode = explainRule(id, io);
    });

  program
    .command('init')
    .description('write a starter .plainlintrc.yaml here, with notes on each setting (never replaces one)')
    .addOption(new Option('-p, --preset <name>', 'house style to start from').choices(['nhs', 'govuk']).default('nhs'))
    .action(async (_flags: unknown, command: Command) => {
      // --preset after "init" may be taken by the main command's own --preset: look at both.
      const preset = (command.optsWithGlobals() as { preset?: string }).preset ?? 'nhs';
      if (preset !== 'nhs' && preset !== 'govuk') throw new UsageError('plainlint init --preset takes nhs or govuk');
      const { init } = await import('./init.js');
      const result = await init(io.cwd, preset);
      (result.code === 0 ? io.stdout : io.stderr)(result.message);
      exitCode = result.code;
    });

  program
    .command('serve')
    .description('open the checker page on this computer: check drafts in your browser, with nothing sent anywhere')
    .option('--port <number>', 'the port to use (default 4173)', positiveNumber('--port'))
    .action(async (flags: { port?: number }) => {
      const port = flags.port ?? 4173;
      if (!Number.isInteger(port) || port > 65535) throw new UsageError('--port needs a whole number up to 65535, like --port 4173');
      const { serve } = await import('./serve.js');
      const serving = await serve({ port }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} is already in use. Choose another, like --port ${port + 1}`);
        throw new UsageError(error.message);
      });
      io.stdout(`The checker page is at ${serving.url}\nOpen it in your browser. Your drafts stay on this computer. Press Ctrl+C to stop.\n`);
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof InputError) {
      io.stderr(`plainlint: ${error instanceof UsageError ? '' : `${(error as ConfigError).file}: `}${oneLine(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`plainlint: something went wrong inside plainlint: ${oneLine(message)}\nPlease report this, with the file if you can share it.\n`);
    if (io.env.PLAINLINT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 2;
  }
  return exitCode;
}

async function runLint(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  if (!paths.length) {
    throw new UsageError('name a file or folder to check, like: plainlint draft.docx (or see plainlint --help)');
  }
  if (flags.stdinFilename && !paths.includes('-')) {
    throw new UsageError('--stdin-filename goes with "-" (read from standard input)');
  }
  const shard = flags.shard ? parseShard(flags.shard) : undefined;
  // The report, cache and baseline must be regular files or new ones, in folders that exist.
  const outputPath = flags.output !== undefined ? checkTarget('-o', flags.output, io.cwd) : undefined;
  if (flags.cache) checkTarget('--cache-location', flags.cacheLocation ?? '.plainlintcache', io.cwd);
  if (flags.baseline !== undefined) checkTarget('--baseline', flags.baseline, io.cwd);
  if (flags.fix && flags.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
  const changedMod = flags.changedSince !== undefined ? await import('./changed.js') : undefined;
  const changed = changedMod ? await changedMod.changedSince(flags.changedSince!, io.cwd, paths.filter((p) => p !== '-')) : undefined;
  const loaderOptions = {
    ...(flags.config ? { configPath: resolve(io.cwd, flags.config) } : {}),
    ...(flags.preset ? { preset: flags.preset } : {}),
  };
  const loader = new ConfigLoader(loaderOptions);
  const options = {
    loader,
    loaderOptions,
    keepSource: flags.format === 'html' || flags.format === 'rdjson' || Boolean(flags.fix || flags.fixDryRun),
    cwd: io.cwd,
    timing: timingRows(io.env) > 0,
    readLimits: {
      maxFileSize: (flags.maxFileSize ?? DEFAULT_READ_LIMITS.maxFileSize / 1024 / 1024) * 1024 * 1024,
      // --max-file-size also raises (or lowers) the lower default limit for markdown.
      ...(flags.maxFileSize !== undefined ? { maxMarkdownSize: flags.maxFileSize * 1024 * 1024 } : {}),
    },
    docxLimits: {
      ...DEFAULT_DOCX_LIMITS,
      // The words a Word file unpacks to are limited as markdown is (--max-file-size raises both).
      ...(flags.maxFileSize !== undefined ? { maxText: flags.maxFileSize * 1024 * 1024 } : {}),
      ...(flags.maxDocxUnpacked
        ? { maxUncompressed: flags.maxDocxUnpacked * 1024 * 1024, maxXmlPart: flags.maxDocxUnpacked * 1024 * 1024 }
        : {}),
    },
  };

  const reports: FileReport[] = [];
  const fileArgs = paths.filter((p) => p !== '-');
  // Every file is checked with a time and memory limit (engine/guard.ts): start that job now, so
  // it loads while the files are listed.
  const limits = { ...options, ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}) };
  const guard = guardedJob(limits);
  guard?.warm();
  try {
    if (paths.includes('-')) {
      const name = flags.stdinFilename ?? '<stdin>';
      const path = resolve(io.cwd, flags.stdinFilename ?? 'stdin.md');
      const limit = markdownLimit(options.readLimits);
      const buffer = await io.stdin(limit);
      try {
        if (buffer.length > limit) {
          throw new InputError(name, `is more than the ${Math.round(limit / 1024 / 1024)} MB limit for markdown. Raise it with --max-file-size if you need to`);
        }
        const { text, notices } = decodeText(name, buffer);
        reports.push(guard ? await guard.check(path, io.cwd, { text, notices, shown: name }) : await lintDraft({ path, kind: 'markdown', text, notices }, name, options));
      } catch (error) {
        reports.push({ path: name, findings: [], notices: [], ruleFailures: [], error: (error as Error).message });
      }
    }
    if (fileArgs.length) {
      const collected = await collectFiles(fileArgs, io.cwd);
      for (const error of collected.errors) {
        reports.push({ path: displayPath(resolve(io.cwd, error.file), io.cwd), findings: [], notices: [], ruleFailures: [], error: error.message });
      }
      for (const note of collected.notes) io.stderr(`plainlint: ${oneLine(note)}\n`);
      if (outputPath) checkNotInput('-o', flags.output!, outputPath, collected.files);
      const sharded = shard ? collected.files.filter((f) => inShard(f, shard, io.cwd)) : collected.files;
      const files = changed ? sharded.filter((f) => changedMod!.fileChanged(changed, f)) : sharded;
      const cache = flags.cache ? await LintCache.load(resolve(io.cwd, flags.cacheLocation ?? '.plainlintcache'), version()) : undefined;
      for (const report of await lintMany(files, {
        ...limits,
        ...(flags.jobs !== undefined ? { jobs: Math.max(1, Math.round(flags.jobs)) } : {}),
        ...(cache ? { cache } : {}),
        ...(guard ? { guard } : {}),
      })) {
        reports.push(report);
      }
      if (cache?.problem) io.stderr(`plainlint: ${oneLine(cache.problem)}\n`);
      // Files named on the command line that are links: say where they point.
      for (const [file, target] of collected.links) {
        const report = reports.find((r) => r.path === displayPath(file, io.cwd));
        report?.notices.push(`is a link to ${displayPath(target, io.cwd)}. It was checked because you named it`);
      }
    }
  } finally {
    guard?.close();
  }
  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // --baseline and --changed-since narrow the findings; --fix and --fix-dry-run then fix what is shown.
  if (flags.baseline !== undefined || changed || flags.fix || flags.fixDryRun) {
    const baselineMod = flags.baseline !== undefined ? await import('./baseline.js') : undefined;
    let baseline = baselineMod ? await baselineMod.loadBaseline(flags.baseline!, io.cwd) : undefined;
    if (baselineMod && !baseline) {
      baseline = baselineMod.baselineFrom(reports, resolve(io.cwd, flags.baseline!), io.cwd);
      await baselineMod.writeBaseline(baseline);
      const n = reports.reduce((sum, r) => sum + r.findings.length, 0);
      io.stderr(`plainlint: saved ${n} findings in ${flags.baseline} as the baseline. From now on, runs with --baseline show only new ones.\n`);
    }
    const narrow = (list: FileReport[]): FileReport[] => {
      const known = baselineMod && baseline ? baselineMod.filterByBaseline(list, baseline, io.cwd).reports : list;
      return changedMod && changed ? changedMod.filterChanged(known, changed, io.cwd).reports : known;
    };
    let shown = narrow(reports);
    if (flags.fix || flags.fixDryRun) {
      const { fixReports, fixSummary } = await import('./fix/index.js');
      const result = await fixReports(shown, {
        cwd: io.cwd,
        dryRun: Boolean(flags.fixDryRun),
        skipPaths: new Set(paths.includes('-') ? [flags.stdinFilename ?? '<stdin>'] : []),
        relint: async (r, file, text) =>
          narrow([await lintDraft({ path: file, kind: 'markdown', text, notices: r.notices }, r.path, { ...options, keepSource: true })])[0]!,
      });
      shown = result.reports;
      for (const note of result.notes) io.stderr(`plainlint: ${oneLine(note)}\n`);
      io.stderr(`plainlint: ${fixSummary(result, Boolean(flags.fixDryRun))}\n`);
      if (flags.fixDryRun) {
        // Control characters from the draft (ESC, BEL, bidi overrides) are shown as codes.
        io.stdout(escapeControl(result.diff));
        if (!flags.output) return exitCodeFor(shown, flags);
      }
    }
    reports.splice(0, reports.length, ...shown);
  }

  if (flags.quiet) {
    for (const report of reports) report.findings = report.findings.filter((f) => f.severity === 'error');
  }

  // Files that could not be checked: one plain line each on stderr, whatever the format.
  for (const report of reports) {
    if (report.error) io.stderr(`plainlint: ${oneLine(report.path)}: ${oneLine(report.error)}\n`);
  }

  const color =
    flags.format === 'stylish' &&
    (flags.color === true || (flags.color !== false && io.isTTY && !io.env.NO_COLOR && !flags.output) || (!!io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0' && flags.color !== false));
  const reporter = await loadReporter(flags.format);
  let text: string;
  try {
    text = reporter(reports, { version: version(), color, rules: builtinRules.map((r) => r.meta), cwd: io.cwd });
  } catch (error) {
    // Each file's findings are capped (engine/lint.ts), but very many files can still make a
    // report longer than one piece of text can be.
    if (error instanceof RangeError) throw new UsageError('the report is too long to make in one piece. Check fewer files at a time, or show errors only with --quiet');
    throw error;
  }
  if (flags.output) {
    await writeFile(outputPath!, text).catch((error: unknown) => {
      throw new UsageError(`-o ${flags.output}: the report could not be written (${writeProblem(error)})`);
    });
    const s = summarise(reports);
    io.stdout(`plainlint: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.suggestions, 'suggestion')} in ${plural(s.files, 'file')}. Report written to ${flags.output}\n`);
  } else {
    io.stdout(text);
  }
  if (options.timing) {
    const total: Timing = {};
    const timedReports = reports.filter((r) => r.timing);
    for (const report of timedReports) addTiming(total, report.timing);
    io.stderr(timingTable(total, timingRows(io.env), timedReports.length));
  }

  // --annotate: a copy of each Word file with the findings as comments. Loaded only when asked for.
  if (flags.annotate || flags.annotateOutput !== undefined || flags.annotateNotes !== undefined) {
    const { annotateReports } = await import('./annotate/index.js');
    const written = await annotateReports(reports, {
      cwd: io.cwd,
      ...(flags.annotateOutput !== undefined ? { output: flags.annotateOutput } : {}),
      ...(flags.annotateNotes !== undefined ? { notes: flags.annotateNotes } : {}),
      limits: options.docxLimits,
      stderr: io.stderr,
    });
    if (!written) return 2;
  }

  return exitCodeFor(reports, flags);
}

export function exitCodeFor(reports: FileReport[], flags: { failOn: Severity; maxWarnings?: number }): number {
  if (reports.some((r) => r.error || r.ruleFailures.length)) return 2;
  const threshold = SEVERITY_RANK[flags.failOn];
  let warnings = 0;
  let failing = false;
  for (const report of reports) {
    for (const f of report.findings) {
      if (SEVERITY_RANK[f.severity] >= threshold) failing = true;
      if (f.severity === 'warning') warnings++;
    }
  }
  if (failing) return 1;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) return 1;
  return 0;
}

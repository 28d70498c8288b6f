/**
 * The command line: turn arguments into options for the library entry (src/api.ts), and its
 * results into output and an exit code.
 * Exit codes: 0 clean (or only findings below the failure level), 1 findings at or above it,
 * 2 usage, config or input error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from './config/load.js';
import { displayPath } from './read/files.js';
import { InputError, UsageError } from './read/errors.js';
import type { FileReport } from './engine/run.js';
import { addTiming, timingRows, timingTable, type Timing } from './engine/timing.js';
import { FORMATS, loadReporter, type Format } from './report/index.js';
import { plural, summarise } from './report/types.js';
import { escapeControl, oneLine } from './report/escape.js';
import { checkTarget, writeProblem } from './read/targets.js';
import { readStdin } from './read/stdin.js';
import { SEVERITY_RANK, type Rule, type Severity } from './types.js';
import { builtinRules } from '../rules/index.js';
import { presetNames } from '../rules/presets/index.js';
import { DEFAULT_DOCX_LIMITS } from './docx/package.js';
import { DEFAULT_MARKDOWN_SIZE, DEFAULT_READ_LIMITS } from './read/input.js';
import { Plainlint } from './api.js';
import { version } from './version.js';

export { version };
/** The job a worker thread or child runs (dist/bundle/worker.cjs starts it from this bundle). */
export { startJob } from './engine/job.js';

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
  stdin: readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

interface LintFlags {
  format: Format;
  output?: string;
  config?: string;
  preset?: string;
  fullPaths?: boolean;
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
    .option('--full-paths', 'HTML report: show each file with its folders, not just its name (for CI)')
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
    .option('-c, --config <file>', 'show the rules as this config file sets them (with its plugins)')
    .action(async (flags: RuleFlags) => {
      exitCode = await listRules(flags, io);
    });

  program
    .command('explain')
    .description('explain a rule, with examples of what it finds and what it accepts')
    .argument('<rule-id>', 'the rule to explain, like sentence-length')
    .option('-c, --config <file>', 'look for the rule in this config file’s plugins too')
    .action(async (id: string, flags: RuleFlags) => {
      exitCode = await explainRule(id, flags, io);
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

  program
    .command('lsp')
    .description('start the language server, for checking as you type in an editor (it talks over standard input and output)')
    .option('--stdio', 'talk over standard input and output (the default; editors may pass it)')
    .allowUnknownOption()
    .action(async () => void (await import('./lsp/server.js')).startServer({ version: version() }));

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

/** The lint command: flags to library options (src/api.ts), and the results to output and an exit code. */
async function runLint(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  if (!paths.length) {
    throw new UsageError('name a file or folder to check, like: plainlint draft.docx (or see plainlint --help)');
  }
  if (flags.stdinFilename && !paths.includes('-')) {
    throw new UsageError('--stdin-filename goes with "-" (read from standard input)');
  }
  if (flags.fix && flags.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
  // The report must be a regular file or a new one (its folder is made if needed), never a draft being checked.
  const outputPath = flags.output !== undefined ? checkTarget('-o', flags.output, io.cwd, true) : undefined;
  const timing = timingRows(io.env) > 0;
  const annotate = flags.annotate || flags.annotateOutput !== undefined || flags.annotateNotes !== undefined;
  const linter = new Plainlint({
    cwd: io.cwd,
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(flags.preset ? { preset: flags.preset } : {}),
  });
  const result = await linter.lintFiles(paths, {
    stdin: { read: io.stdin, ...(flags.stdinFilename ? { filename: flags.stdinFilename } : {}) },
    keepSource: flags.format === 'html' || flags.format === 'rdjson',
    timing,
    readLimits: {
      maxFileSize: (flags.maxFileSize ?? DEFAULT_READ_LIMITS.maxFileSize / 1024 / 1024) * 1024 * 1024,
      // --max-file-size also raises (or lowers) the lower default limit for markdown.
      ...(flags.maxFileSize !== undefined ? { maxMarkdownSize: flags.maxFileSize * 1024 * 1024 } : {}),
    },
    docxLimits: {
      // The words a Word file unpacks to are limited as markdown is (--max-file-size raises both).
      ...(flags.maxFileSize !== undefined ? { maxText: flags.maxFileSize * 1024 * 1024 } : {}),
      ...(flags.maxDocxUnpacked ? { maxUncompressed: flags.maxDocxUnpacked * 1024 * 1024, maxXmlPart: flags.maxDocxUnpacked * 1024 * 1024 } : {}),
    },
    ...(outputPath ? { outputFile: outputPath } : {}),
    ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
    ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
    ...(flags.cache ? { cache: flags.cacheLocation ?? true } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(flags.changedSince !== undefined ? { changedSince: flags.changedSince } : {}),
    ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
    ...(flags.fix ? { fix: true } : flags.fixDryRun ? { fix: 'dry-run' as const } : {}),
    ...(flags.quiet ? { quiet: true } : {}),
    // A dry run that prints its diff in place of the report writes no Word copies either.
    ...(annotate && !(flags.fixDryRun && !flags.output)
      ? {
          annotate: {
            ...(flags.annotateOutput !== undefined ? { output: flags.annotateOutput } : {}),
            ...(flags.annotateNotes !== undefined ? { notes: flags.annotateNotes } : {}),
          },
        }
      : {}),
  });
  const reports = result.reports;
  for (const note of result.notes) io.stderr(`plainlint: ${oneLine(note)}\n`);
  if (result.diff !== undefined) {
    // Control characters from the draft (ESC, BEL, bidi overrides) are shown as codes.
    io.stdout(escapeControl(result.diff));
    if (!flags.output) return exitCodeFor(reports, flags);
  }

  // Files that could not be checked: one plain line each on stderr, whatever the format.
  // A config problem stops every file under that config: say it once, with how many files.
  const configProblems = new Map<string, number>();
  for (const report of reports) {
    if (!report.error) continue;
    if (report.error.startsWith('config problem in ')) configProblems.set(report.error, (configProblems.get(report.error) ?? 0) + 1);
    else io.stderr(`plainlint: ${oneLine(report.path)}: ${oneLine(report.error)}\n`);
  }
  for (const [problem, count] of configProblems) {
    io.stderr(`plainlint: ${oneLine(problem)} (so ${count === 1 ? '1 file was' : `${count} files were`} not checked)\n`);
  }

  const color =
    flags.format === 'stylish' &&
    (flags.color === true || (flags.color !== false && io.isTTY && !io.env.NO_COLOR && !flags.output) || (!!io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0' && flags.color !== false));
  const reporter = await loadReporter(flags.format);
  let text: string;
  try {
    text = reporter(reports, { version: version(), color, rules: builtinRules.map((r) => r.meta), cwd: io.cwd, fullPaths: !!flags.fullPaths });
  } catch (error) {
    // Each file's findings are capped (engine/lint.ts), but very many files can still make a
    // report longer than one piece of text can be.
    if (error instanceof RangeError) throw new UsageError('the report is too long to make in one piece. Check fewer files at a time, or show errors only with --quiet');
    throw error;
  }
  if (flags.output) {
    // A report in a folder of its own ("reports/plainlint.sarif") needs the folder first.
    try {
      await mkdir(dirname(outputPath!), { recursive: true });
      await writeFile(outputPath!, text);
    } catch (error) {
      io.stderr(`plainlint: -o ${oneLine(flags.output)}: the report could not be written (${writeProblem(error)})\n`);
      return 2;
    }
    const s = summarise(reports);
    io.stdout(`plainlint: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.suggestions, 'suggestion')} in ${plural(s.files, 'file')}. Report written to ${flags.output}\n`);
  } else {
    io.stdout(text);
  }
  if (timing) {
    const total: Timing = {};
    const timedReports = reports.filter((r) => r.timing);
    for (const report of timedReports) addTiming(total, report.timing);
    io.stderr(timingTable(total, timingRows(io.env), timedReports.length));
  }
  if (result.annotated) {
    for (const note of result.annotated.notes) io.stderr(`plainlint: ${note}\n`);
    if (!result.annotated.ok) return 2;
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

interface RuleFlags {
  preset?: string;
  config?: string;
}

/** The rules for the config in force here (the nearest config file, or --config), plugins included. */
function rulesHere(flags: RuleFlags, io: Io) {
  const linter = new Plainlint({ cwd: io.cwd, ...(flags.config ? { configFile: flags.config } : {}), ...(flags.preset ? { preset: flags.preset } : {}) });
  return Promise.all([linter.rulesFor('draft.md'), linter.configFor('draft.md')]);
}

async function listRules(flags: RuleFlags, io: Io): Promise<number> {
  const [known, config] = await rulesHere(flags, io);
  const rows = known.map(({ rule, severity }) => [oneLine(String(rule.meta.id)), severity, rule.meta.fixable ? 'fix' : '', oneLine(String(rule.meta.description ?? ''))]);
  const w0 = Math.max(4, ...rows.map((r) => r[0]!.length));
  const w1 = 10;
  const lines = [`${'rule'.padEnd(w0)}  ${'severity'.padEnd(w1)}  fix  what it checks`];
  for (const [id, sev, fix, desc] of rows) lines.push(`${id!.padEnd(w0)}  ${sev!.padEnd(w1)}  ${fix!.padEnd(3)}  ${desc}`);
  const where = config.filepath ? `settings from ${displayPath(config.filepath, io.cwd)}` : `settings from the ${config.settings.preset ?? 'nhs'} preset`;
  lines.push('', `${known.length} rules; ${where}. Run "plainlint explain <rule>" to learn more about one.`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

async function explainRule(id: string, flags: RuleFlags, io: Io): Promise<number> {
  let rule: Rule | undefined = builtinRules.find((r) => r.meta.id === id);
  // Not built in: perhaps a plugin rule from the config in force here.
  if (!rule) rule = (await rulesHere(flags, io))[0].find((r) => r.rule.meta.id === id)?.rule;
  if (!rule) {
    io.stderr(`plainlint: there is no rule called "${oneLine(id)}". Run "plainlint rules" to list them.\n`);
    return 2;
  }
  const m = rule.meta;
  const lines = [
    `${m.id} (${m.severity}${m.fixable ? ', can fix' : ''})`,
    '',
    m.description,
  ];
  if (m.docs) lines.push('', m.docs);
  if (m.principle) lines.push('', `Principle: ${m.principle}`);
  if (m.defaultOptions && Object.keys(m.defaultOptions).length) {
    lines.push('', `Options (defaults): ${JSON.stringify(m.defaultOptions)}`);
  }
  if (m.examples?.bad.length) {
    lines.push('', 'It finds:');
    for (const e of m.examples.bad) lines.push(`  ✖ ${e.text}${e.options ? `   (options: ${JSON.stringify(e.options)})` : ''}`);
  }
  if (m.examples?.good.length) {
    lines.push('', 'It accepts:');
    for (const e of m.examples.good) lines.push(`  ✔ ${e.text}${e.options ? `   (options: ${JSON.stringify(e.options)})` : ''}`);
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

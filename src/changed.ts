/**
 * `--changed-since <git-ref>`: report only findings on lines changed since a branch or commit
 * (for pull requests). The lines come from `git diff --unified=0` against the merge base of the
 * ref and HEAD, compared with the working tree, plus files git does not track yet (all their
 * lines are new). A Word file has no lines git can show, so a changed Word file counts whole.
 */
import { execFile } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileReport } from './engine/run.js';
import { UsageError } from './read/errors.js';

/** Inclusive line ranges, 1-based. */
export type LineRanges = Array<[number, number]>;

export interface ChangedSet {
  ref: string;
  /** Absolute real paths → changed line ranges, or 'all' for a file that is new or binary. */
  files: Map<string, LineRanges | 'all'>;
}

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        fail(new UsageError('--changed-since needs git, and git was not found. Install git, or leave out --changed-since'));
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Undo git's C-style quoting of unusual file names ("a\tb", octal bytes for UTF-8). */
export function unquoteGitPath(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const inner = path.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = inner[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parse `git diff --unified=0` output into changed line ranges on the new side, by path. */
export function parseUnifiedZero(diff: string): Map<string, LineRanges> {
  const files = new Map<string, LineRanges>();
  let current: LineRanges | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of diff.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('-')) oldLeft--;
      else if (line.startsWith('+')) newLeft--;
      else if (!line.startsWith('\\')) {
        // A context line (there are none with --unified=0): count it on both sides.
        oldLeft--;
        newLeft--;
      }
      continue;
    }
    if (line.startsWith('+++ ')) {
      const name = unquoteGitPath(line.slice(4).replace(/\t$/, ''));
      if (name === '/dev/null') {
        current = undefined;
      } else {
        const path = name.replace(/^b\//, '');
        current = files.get(path) ?? [];
        files.set(path, current);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
      const start = Number(hunk[2]);
      const count = hunk[3] === undefined ? 1 : Number(hunk[3]);
      newLeft = count;
      if (current && count > 0) current.push([start, start + count - 1]);
    }
  }
  return files;
}

/** Ask git which lines changed since `ref`. Throws a UsageError (exit 2) with a plain reason. */
export async function changedSince(ref: string, cwd: string, paths: string[] = []): Promise<ChangedSet> {
  if (!ref || ref.startsWith('-')) throw new UsageError(`--changed-since needs a branch or commit, like --changed-since origin/main`);
  // The repository of the working folder, or else of the first folder named on the command line.
  let top = await git(['rev-parse', '--show-toplevel'], cwd);
  for (const p of paths) {
    if (top.code === 0) break;
    const abs = resolve(cwd, p);
    const dir = existsSync(abs) && statSync(abs).isDirectory() ? abs : dirname(abs);
    if (existsSync(dir)) top = await git(['rev-parse', '--show-toplevel'], dir);
  }
  if (top.code !== 0) {
    throw new UsageError('--changed-since works only in a git repository, and this folder is not in one');
  }
  cwd = top.stdout.trim();
  const root = real(top.stdout.trim());
  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  if (commit.code !== 0) {
    throw new UsageError(
      `--changed-since: git does not know "${ref}". Check the branch or commit name. In CI, fetch the whole history (with actions/checkout, fetch-depth: 0)`,
    );
  }
  const refSha = commit.stdout.trim();
  const mergeBase = await git(['merge-base', refSha, 'HEAD'], cwd);
  const base = mergeBase.code === 0 && mergeBase.stdout.trim() ? mergeBase.stdout.trim() : refSha;

  const common = ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--diff-filter=d', '--src-prefix=a/', '--dst-prefix=b/'];
  const [diff, names, untracked] = await Promise.all([
    git([...common, '--unified=0', base, '--'], root),
    git([...common, '--name-only', '-z', base, '--'], root),
    git(['ls-files', '--others', '--exclude-standard', '-z'], root),
  ]);
  for (const r of [diff, names, untracked]) {
    if (r.code !== 0) throw new UsageError(`--changed-since: git could not compare with "${ref}": ${r.stderr.trim().split('\n')[0] ?? ''}`);
  }

  const files = new Map<string, LineRanges | 'all'>();
  for (const [path, ranges] of parseUnifiedZero(diff.stdout)) files.set(join(root, path), ranges);
  // Files with no line changes in the diff (binary files such as .docx) count whole.
  for (const name of names.stdout.split('\0')) {
    if (name && !files.has(join(root, name))) files.set(join(root, name), 'all');
  }
  for (const name of untracked.stdout.split('\0')) {
    if (name) files.set(join(root, name), 'all');
  }
  return { ref, files };
}

/** True when git says the file changed (for checking only changed files). */
export function fileChanged(changed: ChangedSet, path: string): boolean {
  return changed.files.has(real(path));
}

/** Keep only findings on changed lines. A file that did not change keeps no findings. */
export function filterChanged(reports: FileReport[], changed: ChangedSet, cwd: string): { reports: FileReport[]; hidden: number } {
  let hidden = 0;
  const out = reports.map((report) => {
    if (!report.findings.length) return report;
    const lines = changed.files.get(real(resolve(cwd, report.path)));
    if (lines === 'all' || (lines && report.format === 'docx')) return report;
    const findings = lines
      ? report.findings.filter((f) => lines.some(([from, to]) => f.start.line <= to && f.end.line >= from))
      : [];
    hidden += report.findings.length - findings.length;
    return findings.length === report.findings.length ? report : { ...report, findings };
  });
  return { reports: out, hidden };
}

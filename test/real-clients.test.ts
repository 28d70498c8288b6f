/**
 * The ways in, run by their real clients exactly as users meet them:
 * - the pre-commit framework installs the hooks from a clone of this repository at a commit
 *   and runs them (`pre-commit run --all-files`, and a real `git commit`);
 * - the GitHub Action's steps run as the runner runs them: each `run:` from action.yml in a
 *   file, under `bash --noprofile --norc -eo pipefail`, with the runner's variables, from a
 *   fresh clone of the action (no node_modules), on a content repository with a pull request's
 *   history.
 * Both take the repository at its last commit (HEAD), as a user's clone would.
 * Without git or pre-commit the test says so and is skipped, unless PLAINLINT_REQUIRE_CLIENTS=1
 * (.ci/run sets it), where a missing client fails.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers/cli.js';
import { tmpDir } from './helpers/tmp.js';

const REQUIRE = process.env.PLAINLINT_REQUIRE_CLIENTS === '1';
const has = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const isClone = existsSync(join(ROOT, '.git'));
const hasGit = has('git', '--version');
const hasPreCommit = has('pre-commit', '--version');
for (const [ok, what] of [
  [isClone && hasGit, 'git, and a git clone of plainlint'],
  [hasPreCommit, 'pre-commit (apt-get install pre-commit, or pip install pre-commit)'],
] as const) {
  if (!ok && REQUIRE) throw new Error(`the real-client tests need ${what}`);
  if (!ok) console.warn(`LOUD: skipping real-client tests that need ${what}`);
}

const GIT_ENV = { GIT_AUTHOR_NAME: 'Writer', GIT_AUTHOR_EMAIL: 'writer@example.nhs.uk', GIT_COMMITTER_NAME: 'Writer', GIT_COMMITTER_EMAIL: 'writer@example.nhs.uk', GIT_CONFIG_NOSYSTEM: '1' };
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'advice.detachedHead=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
}
function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}
/** A fresh clone of this repository at its last commit, with nothing but what git tracks. */
function cloneOfPlainlint(): { dir: string; sha: string } {
  const dir = join(tmpDir('plainlint-clone-'), 'plainlint');
  git(ROOT, 'clone', '--quiet', '--no-local', ROOT, dir);
  return { dir, sha: git(dir, 'rev-parse', 'HEAD').trim() };
}

/** Missing alt text is an error; "e.g." is a warning with a safe fix. */
const DRAFT_WITH_ERROR = '# Station Road surgery\n\nThe surgery is moving.\n\n![](images/station-road.jpg)\n';
const DRAFT_TO_FIX = '# Flu vaccine\n\nBring something with your name on it, e.g. a letter.\n';

describe.runIf(isClone && hasGit && hasPreCommit)('pre-commit, with the real framework', () => {
  it('installs both hooks from a clone at a commit; plainlint blocks an error, plainlint-fix fixes and stops the commit', { timeout: 180_000 }, () => {
    const { dir: hookRepo, sha } = cloneOfPlainlint();
    const home = tmpDir('plainlint-precommit-');
    const repo = join(home, 'content');
    mkdirSync(repo);
    git(repo, 'init', '--quiet');
    writeFiles(repo, {
      'pages/surgery.md': DRAFT_WITH_ERROR,
      'pages/flu.md': DRAFT_TO_FIX,
      'notes.txt': 'Not a draft: e.g. never checked.\n',
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hookRepo}\n    rev: ${sha}\n    hooks:\n      - id: plainlint\n      - id: plainlint-fix\n`,
    });
    git(repo, 'add', '-A');
    const env = { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: join(home, 'cache'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
    const run = (...args: string[]) => spawnSync('pre-commit', args, { cwd: repo, env, encoding: 'utf8' });

    const started = Date.now();
    const first = run('run', '--all-files');
    const firstMs = Date.now() - started;
    const out = first.stdout + first.stderr;
    expect(first.status, out).toBe(1);
    expect(out).toMatch(/plainlint \(plain language and accessibility\)\.+Failed/);
    expect(out).toContain('pages/surgery.md');
    expect(out).toMatch(/error .*alt-text/);
    expect(out).toMatch(/plainlint --fix \(safe fixes in markdown\)\.+Failed/);
    expect(out).toContain('files were modified by this hook');
    expect(readFileSync(join(repo, 'pages/flu.md'), 'utf8')).toBe(DRAFT_TO_FIX.replace('e.g.', 'for example'));
    expect(readFileSync(join(repo, 'notes.txt'), 'utf8')).toContain('e.g.');
    // Installing the hook is a clone, with no npm install: no node_modules in pre-commit's copy.
    expect(out).not.toMatch(/npm (ERR|error)|ENOENT/);

    // A real commit: blocked while the error is there, made once it is fixed.
    expect(run('install').status).toBe(0);
    git(repo, 'add', '-A');
    const blocked = spawnSync('git', ['commit', '-m', 'Add surgery page'], { cwd: repo, env, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: repo }).status).not.toBe(0);
    writeFileSync(join(repo, 'pages/surgery.md'), DRAFT_WITH_ERROR.replace('![]', '![The new Station Road surgery building]'));
    git(repo, 'add', '-A');
    const commitStarted = Date.now();
    const made = spawnSync('git', ['commit', '-m', 'Add surgery page'], { cwd: repo, env, encoding: 'utf8' });
    const commitMs = Date.now() - commitStarted;
    expect(made.status, made.stdout + made.stderr).toBe(0);
    expect(made.stdout + made.stderr).toMatch(/plainlint \(plain language and accessibility\)\.+Passed/);
    console.log(`pre-commit: first run with hook install ${firstMs} ms; a commit of 3 files ${commitMs} ms`);
  });
});

describe.runIf(hasGit && hasPreCommit)('pre-commit, with the README’s local hook', () => {
  it('runs the plainlint on the PATH for the staged drafts, as the README shows it', { timeout: 120_000 }, () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const config = /```yaml\n(repos:\n  - repo: local\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(config, 'the README shows a local hook').toBeDefined();
    const home = tmpDir('plainlint-precommit-local-');
    // "npm install --global ." puts a plainlint command on the PATH: here, a link to this one.
    const bin = join(home, 'bin');
    mkdirSync(bin);
    symlinkSync(join(ROOT, 'bin', 'plainlint.js'), join(bin, 'plainlint'));
    const repo = join(home, 'content');
    mkdirSync(repo);
    git(repo, 'init', '--quiet');
    writeFiles(repo, { 'pages/surgery.md': DRAFT_WITH_ERROR, 'pages/flu.md': DRAFT_TO_FIX, '.pre-commit-config.yaml': config! });
    git(repo, 'add', '-A');
    const env = { ...process.env, ...GIT_ENV, PATH: `${bin}:${process.env.PATH}`, PRE_COMMIT_HOME: join(home, 'cache'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
    const run = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo, env, encoding: 'utf8' });
    const out = run.stdout + run.stderr;
    expect(run.status, out).toBe(1);
    expect(out).toMatch(/plainlint\.+Failed/);
    expect(out).toMatch(/error .*alt-text/);
    writeFileSync(join(repo, 'pages/surgery.md'), DRAFT_WITH_ERROR.replace('![]', '![The new Station Road surgery building]'));
    const again = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo, env, encoding: 'utf8' });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });
});

interface Step {
  name?: string;
  id?: string;
  run: string;
  shell: string;
  env?: Record<string, string>;
}

/** `${{ inputs.name }}` in a step's env, as the runner fills it in. */
function fillInputs(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');
}

/** Run the action's steps as the runner does; stop at the first that fails. */
function runAction(actionPath: string, workspace: string, withInputs: Record<string, string>) {
  const action = parseYaml(readFileSync(join(actionPath, 'action.yml'), 'utf8'));
  const inputs: Record<string, string> = {};
  for (const [name, def] of Object.entries(action.inputs as Record<string, { default?: string }>)) inputs[name] = withInputs[name] ?? def.default ?? '';
  const temp = tmpDir('plainlint-runner-temp-');
  const outputFile = join(temp, 'github-output');
  writeFileSync(outputFile, '');
  const results: Array<{ step: Step; status: number | null; stdout: string; stderr: string }> = [];
  for (const [i, step] of (action.runs.steps as Step[]).entries()) {
    expect(step.shell).toBe('bash');
    expect(step.run).not.toContain('${{'); // expressions belong in env, where the runner fills them in safely
    const script = join(temp, `step-${i}.sh`);
    writeFileSync(script, step.run);
    const env: Record<string, string> = {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? temp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_EVENT_NAME: 'pull_request',
      RUNNER_TEMP: temp,
      RUNNER_OS: 'Linux',
    };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = fillInputs(value, inputs);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
    results.push({ step, status: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) break;
  }
  return { results, output: readFileSync(outputFile, 'utf8') };
}

describe.runIf(isClone && hasGit)('the GitHub Action, as the runner runs it', () => {
  it('fails the step on an error in a pull request, and still writes SARIF and annotations', { timeout: 180_000 }, () => {
    const { dir: actionPath } = cloneOfPlainlint();
    expect(existsSync(join(actionPath, 'node_modules'))).toBe(false);
    // A content repository: main has a clean page; the pull request adds a draft with an error
    // and touches the clean page. actions/checkout with fetch-depth 0 gives origin/main.
    const home = tmpDir('plainlint-action-');
    const origin = join(home, 'origin');
    mkdirSync(origin);
    git(origin, 'init', '--quiet');
    writeFiles(origin, { 'content/clean.md': '# Flu vaccine\n\nBook your flu vaccine today.\n', 'content/old.md': '# Parking\n\nPark at the back, e.g. by the gate.\n' });
    git(origin, 'add', '-A');
    git(origin, 'commit', '--quiet', '-m', 'Pages');
    git(origin, 'checkout', '--quiet', '-b', 'new-surgery');
    writeFiles(origin, { 'content/surgery.md': DRAFT_WITH_ERROR });
    git(origin, 'add', '-A');
    git(origin, 'commit', '--quiet', '-m', 'New surgery page');
    const workspace = join(home, 'workspace');
    git(home, 'clone', '--quiet', origin, workspace);
    git(workspace, 'checkout', '--quiet', '--detach', 'origin/new-surgery');

    const started = Date.now();
    const { results, output } = runAction(actionPath, workspace, { paths: 'content', 'changed-since': 'origin/main', 'sarif-file': 'reports/plainlint.sarif' });
    const ms = Date.now() - started;
    expect(results.map((r) => r.status), results.map((r) => r.stderr).join('\n')).toEqual([0, 1]);
    const check = results[1]!;
    expect(check.step.id).toBe('check');
    // The annotation for the error, on the line of the image.
    expect(check.stdout).toMatch(/^::error file=content\/surgery\.md,line=5,col=1,.*title=plainlint \(alt-text\)/m);
    // Only findings on lines the pull request changed: not the "e.g." in content/old.md.
    expect(check.stdout).not.toContain('content/old.md');
    expect(output).toBe('sarif-file=reports/plainlint.sarif\n');
    const sarif = JSON.parse(readFileSync(join(workspace, 'reports/plainlint.sarif'), 'utf8'));
    const results0 = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }>;
    expect(results0.map((r) => r.ruleId)).toContain('alt-text');
    expect(results0[0]!.locations[0]!.physicalLocation.artifactLocation).toMatchObject({ uri: 'content/surgery.md', uriBaseId: '%SRCROOT%' });
    // Nothing is installed at run time.
    expect(existsSync(join(actionPath, 'node_modules'))).toBe(false);
    for (const r of results) expect(r.step.run).not.toMatch(/\bnpm\b/);
    console.log(`GitHub Action: both steps from a fresh clone in ${ms} ms`);
  });

  it('passes on a clean pull request, and stops with a clear annotation on Node.js older than 20', { timeout: 180_000 }, () => {
    const { dir: actionPath } = cloneOfPlainlint();
    const workspace = tmpDir('plainlint-action-clean-');
    git(workspace, 'init', '--quiet');
    writeFiles(workspace, { 'docs/page.md': '# Flu vaccine\n\nBook your flu vaccine today.\n' });
    const clean = runAction(actionPath, workspace, { paths: 'docs' });
    expect(clean.results.map((r) => r.status)).toEqual([0, 0]);
    expect(clean.output).toBe('sarif-file=plainlint.sarif\n');
    expect(clean.results[1]!.stdout).not.toContain('::error');

    // An old Node.js first on PATH: the first step stops the action with one clear line.
    const bin = tmpDir('plainlint-old-node-');
    writeFileSync(join(bin, 'node'), '#!/bin/sh\necho 18\n', { mode: 0o755 });
    const action = parseYaml(readFileSync(join(actionPath, 'action.yml'), 'utf8'));
    const script = join(bin, 'step.sh');
    writeFileSync(script, action.runs.steps[0].run);
    const old = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env: { PATH: `${bin}:${process.env.PATH}` }, encoding: 'utf8' });
    expect(old.status).toBe(2);
    expect(old.stdout).toContain('::error title=plainlint::plainlint needs Node.js 20 or later');
  });
});

/**
 * The README's snippets work: every plainlint command in a ```sh block runs (exit 0 or 1,
 * never 2) in a fresh copy of the fixtures inside a git repository; every other command is
 * one that .ci/run or test/pack.test.ts runs; every yaml and json block parses and uses
 * real inputs, hooks and options; and the options table matches `plainlint --help`.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BIN, cli, ROOT } from './helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Block {
  lang: string;
  body: string;
}

const blocks: Block[] = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
const shLines = blocks
  .filter((b) => b.lang === 'sh')
  .flatMap((b) => b.body.split('\n'))
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const plainlintCommands = shLines.filter((l) => /^(npx )?plainlint( |$)/.test(l));

/** Commands that are not plainlint itself, and where they are run. */
const RUN_ELSEWHERE: Array<[RegExp, string]> = [
  [/^npm ci$/, '.ci/run'],
  [/^npm test$/, '.ci/run'],
  [/^npm install --global \.$/, '.ci/run'],
  [/^npm pack$/, 'test/pack.test.ts packs the package'],
  [/^npm install --global \.\/plainlint-[\d.]+\.tgz$/, 'test/pack.test.ts installs the packed tarball globally'],
  [/^npm install --save-dev \.\/plainlint-[\d.]+\.tgz husky lint-staged$/, 'test/pack.test.ts'],
  [/^npx husky init$/, 'test/pack.test.ts'],
  [/^echo "npx lint-staged" > \.husky\/pre-commit$/, 'test/pack.test.ts'],
  [/^git add plainlint-baseline\.json$/, 'this test, after the baseline command'],
];

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

/** A shim so `plainlint` on PATH runs this checkout's built command. */
function shimDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plainlint-shim-'));
  scratch.push(dir);
  const shim = join(dir, 'plainlint');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}
const SHIM = shimDir();

/** A content repository like a writer's: drafts in content/, the repo's fixtures, git history. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plainlint-readme-'));
  scratch.push(dir);
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  mkdirSync(join(dir, 'content'));
  cpSync(join(ROOT, 'fixtures/drafts'), join(dir, 'content'), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures/docx/example-draft.docx'), join(dir, 'content/letter.docx'));
  copyFileSync(join(ROOT, 'fixtures/example-draft.md'), join(dir, 'draft.md'));
  copyFileSync(join(ROOT, 'fixtures/docx/example-draft.docx'), join(dir, 'draft.docx'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'content');
  git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  writeFileSync(join(dir, 'content/new-page.md'), '# Your flu vaccine\n\nBring a letter, e.g. from your GP.\n');
  return dir;
}

function run(line: string, cwd: string) {
  const command = line.replace(/^npx plainlint/, 'plainlint');
  return spawnSync('bash', ['-c', command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${SHIM}:${process.env.PATH}`, NO_COLOR: '1' },
  });
}

describe('README shell snippets', () => {
  it('has plainlint commands to run', () => {
    expect(plainlintCommands.length).toBeGreaterThan(8);
  });

  it.each(plainlintCommands)('%s exits 0 or 1', (line) => {
    const dir = workspace();
    const r = run(line, dir);
    if (r.status !== 0 && r.status !== 1) throw new Error(`"${line}" exited ${r.status}\n${r.stderr}`);
    // The command after it in the same snippet, when there is one (git add after --baseline).
    const next = shLines[shLines.indexOf(line) + 1];
    if (next?.startsWith('git ')) expect(run(next, dir).status).toBe(0);
  });

  it('names the package file npm pack makes for this version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(shLines).toContain(`npm install --global ./plainlint-${pkg.version}.tgz`);
  });

  it('has no placeholder that breaks a command when pasted', () => {
    expect(README).not.toMatch(/YOUR-ORG|v0\.1\.0|npm install --global plainlint\n/);
    for (const b of blocks.filter((x) => x.lang === 'sh')) expect(b.body).not.toMatch(/<[a-z -]+>/);
  });

  it('runs every other command somewhere: in .ci/run or the pack test', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const pack = readFileSync(join(ROOT, 'test/pack.test.ts'), 'utf8');
    for (const line of shLines.filter((l) => !plainlintCommands.includes(l))) {
      const known = RUN_ELSEWHERE.find(([pattern]) => pattern.test(line));
      expect(known, `README command not run by any test: ${line}`).toBeDefined();
      if (known![1] === '.ci/run') expect(ci).toContain(line);
      if (known![1].startsWith('test/pack.test.ts')) expect(pack).toContain(known![0].source.includes('husky init') ? 'husky' : 'install');
    }
  });
});

describe('README yaml and json snippets', () => {
  const yamlBlocks = blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml');
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;

  it('all parse', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(2);
    for (const b of yamlBlocks) expect(() => parseYaml(b.body)).not.toThrow();
    for (const b of blocks.filter((x) => x.lang === 'json')) expect(() => JSON.parse(b.body)).not.toThrow();
  });

  it('give the GitHub Action only inputs it has, and upload the SARIF file it writes', () => {
    const workflow = yamlBlocks.map((b) => parseYaml(b.body)).find((y) => y?.jobs);
    expect(workflow).toBeDefined();
    const steps = Object.values(workflow.jobs as Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>).flatMap((j) => j.steps);
    const ours = steps.find((s) => /\/plainlint@/.test(s.uses ?? ''))!;
    expect(ours).toBeDefined();
    for (const key of Object.keys(ours.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with!.sarif_file).toBe(ours.with?.['sarif-file'] ?? action.inputs['sarif-file'].default);
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout'))!;
    expect(checkout.with!['fetch-depth']).toBe(0); // --changed-since needs the history
  });

  it('name pre-commit hooks that exist', () => {
    const config = yamlBlocks.map((b) => parseYaml(b.body)).find((y) => y?.repos);
    const ids = config.repos.flatMap((r: { hooks: Array<{ id: string }> }) => r.hooks.map((h) => h.id));
    for (const id of [...ids, ...[...README.matchAll(/`id: ([\w-]+)`/g)].map((m) => m[1])]) expect(hooks.map((h) => h.id)).toContain(id);
  });

  it('give lint-staged the plainlint command', () => {
    const pkg = blocks.filter((b) => b.lang === 'json').map((b) => JSON.parse(b.body)).find((j) => j['lint-staged']);
    expect(Object.values(pkg['lint-staged'])).toEqual(['plainlint']);
  });
});

describe('README options table', () => {
  it('lists every option and command of plainlint --help, in the same order', async () => {
    const help = (await cli(['--help'])).stdout.split('\n');
    const section = (title: string) => {
      const start = help.indexOf(`${title}:`);
      const out: string[] = [];
      for (let i = start + 1; i < help.length && help[i]!.trim(); i++) {
        const m = /^ {2}(\S.*?)(?: {2,}|$)/.exec(help[i]!);
        if (m) out.push(m[1]!);
      }
      return out;
    };
    const options = section('Options');
    const commands = section('Commands').map((c) => c.replace(/ \[options\]/, ''));
    const table = [...README.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
    const optionRows = table.filter((t) => t.startsWith('-'));
    const commandRows = table.filter((t) => t.startsWith('plainlint ')).map((t) => t.replace(/^plainlint /, ''));
    expect(optionRows).toEqual(options);
    expect(commandRows).toEqual(commands);
  });

  it('has the sections a writer looks for', () => {
    for (const heading of [
      '## Use it on your own computer',
      '## Use it in continuous integration (CI)',
      '## Use it as a pre-commit hook',
      '## Options',
      '## Exit codes',
    ]) {
      expect(README).toContain(`\n${heading}\n`);
    }
  });
});

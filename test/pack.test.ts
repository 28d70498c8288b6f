/**
 * The npm package works on a clean machine: `npm pack` gives a tarball with only the built
 * files, the checker page, rules data and docs; it installs into an empty project and globally; the installed
 * command runs on a markdown and a Word draft; and the README's husky + lint-staged set-up
 * stops a commit with problems. Needs the npm registry (for dependencies), so it is slow.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from './helpers/cli.js';

const MINUTES = 60_000;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'plainlint-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The checker page is built (CI builds it before the tests; `npm pack` builds it through prepack). */
const webBuilt = Boolean(process.env.PLAINLINT_WEB_BUILT) || existsSync(join(ROOT, 'web/dist/index.html'));

const gitEnv = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

/** Run a command without blocking the test worker (npm install takes a while). */
function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...gitEnv, ...env }, timeout: 4 * MINUTES });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error) => done({ code: -1, stdout, stderr: stderr + String(error) }));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

async function npm(args: string[], cwd: string) {
  const r = await sh('npm', args, cwd, { npm_config_update_notifier: 'false' });
  if (r.code !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.code}):\n${r.stderr.slice(-3000)}`);
  return r;
}

let tarball = '';
async function packed(): Promise<string> {
  if (tarball) return tarball;
  // --ignore-scripts: use the build that is already there (npm ci / npm run build made it);
  // building here would replace dist/ under the other tests' feet.
  expect(existsSync(join(ROOT, 'dist/bundle/cli.js')), 'run npm run build first').toBe(true);
  const out = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  const info = JSON.parse(out.stdout.slice(out.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, info[0]!.filename);
  return tarball;
}

describe('npm package', () => {
  it('holds only the built files, rules data, docs and the workflow definitions', async () => {
    const out = await npm(['pack', '--dry-run', '--ignore-scripts', '--json'], ROOT);
    const files = (JSON.parse(out.stdout.slice(out.stdout.indexOf('['))) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    const allowed = [/^bin\//, /^dist\//, /^web\/dist\//, /^rules\/data\//, /^docs\//, /^README\.md$/, /^package\.json$/, /^LICENSE/, /^action\.yml$/, /^\.pre-commit-hooks\.yaml$/];
    for (const file of files) expect(allowed.some((a) => a.test(file)), `unexpected file in the package: ${file}`).toBe(true);
    // dist/spell/en-gb.bin: the spell table the build makes (rules/lib/spell-table.ts).
    for (const needed of ['bin/plainlint.js', 'bin/package.json', 'dist/bundle/cli.js', 'dist/bundle/worker.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/spell/en-gb.bin', 'README.md', 'docs/workflows.md']) {
      expect(files).toContain(needed);
    }
    if (webBuilt) expect(files).toContain('web/dist/index.html');
    expect(Array.isArray(pkg.files)).toBe(true);
    // A package made for publishing builds the page first.
    expect(pkg.scripts.prepack).toBe('npm run web');
  });

  it('keeps the command at bin/plainlint.js, as CommonJS', () => {
    // npx and global installs link this path; renaming the file left such links pointing at
    // nothing ("plainlint: not found" from npx in a clone that had run it before).
    expect(pkg.bin).toEqual({ plainlint: 'bin/plainlint.js' });
    expect(JSON.parse(readFileSync(join(ROOT, 'bin/package.json'), 'utf8')).type).toBe('commonjs');
  });

  it('installs from the tarball into an empty project and runs on markdown and Word', { timeout: 5 * MINUTES }, async () => {
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'comms-content', version: '1.0.0', private: true }));
    await npm(['install', '--no-audit', '--no-fund', await packed()], project);

    const bin = join(project, 'node_modules/.bin/plainlint');
    const version = await sh(bin, ['--version'], project);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);

    const md = await sh(bin, [join(ROOT, 'fixtures/example-draft.md'), '-f', 'json'], project);
    expect([0, 1], md.stderr).toContain(md.code);
    expect(JSON.parse(md.stdout).files[0].findings.length).toBeGreaterThan(0);

    const docx = await sh(bin, [join(ROOT, 'fixtures/docx/example-draft.docx'), '-f', 'json'], project);
    expect([0, 1], docx.stderr).toContain(docx.code);
    expect(JSON.parse(docx.stdout).files[0].format).toBe('docx');
    expect(JSON.parse(docx.stdout).files[0].findings.length).toBeGreaterThan(0);

    // npx finds the installed command, as the README's snippets use it.
    const npx = await sh('npx', ['--no', '--', 'plainlint', '--version'], project);
    expect(npx.stdout.trim()).toBe(pkg.version);

    // plainlint serve shows the checker page from the installed copy.
    if (webBuilt) {
      const child = spawn(bin, ['serve', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
      try {
        const url = await new Promise<string>((done, fail) => {
          let out = '';
          let err = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
            if (found) done(found[0]);
          });
          child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
          child.on('exit', (code) => fail(new Error(`serve stopped with exit ${code}: ${err}`)));
        });
        const page = await fetch(url);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('Check your draft for plain English');
      } finally {
        child.kill();
      }
    }
  });

  it('runs a rule in the user’s own repository, with its test through plainlint/testing, as docs/writing-rules.md shows', { timeout: 5 * MINUTES }, async () => {
    const project = join(work, 'own-rules');
    mkdirSync(project);
    // No "type": "module": the rule file is an ES module all the same (docs/writing-rules.md).
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'comms-content', version: '1.0.0', private: true }));
    await npm(['install', '--no-audit', '--no-fund', await packed()], project);
    // The files the guide shows, exactly as it shows them.
    const guide = readFileSync(join(ROOT, 'docs/writing-rules.md'), 'utf8');
    const files = [...guide.matchAll(/<!-- file: (\S+) -->\n```\w*\n([^]*?)```/g)];
    expect(files.map((m) => m[1])).toEqual(['.plainlintrc.json', 'plainlint-rules/our-brand-names.js', 'plainlint-rules/our-brand-names.test.js']);
    for (const [, name, content] of files) {
      mkdirSync(dirname(join(project, name!)), { recursive: true });
      writeFileSync(join(project, name!), content!);
    }
    mkdirSync(join(project, 'content'));
    writeFileSync(join(project, 'content/page.md'), '# Our plans\n\nSend an e-consult to your practice.\n');

    // The guide's test passes with Node's own test runner.
    const tested = await sh(process.execPath, ['--test', 'plainlint-rules/'], project);
    expect(tested.code, tested.stdout + tested.stderr).toBe(0);
    expect(tested.stdout).toMatch(/# pass 1/);

    // The command finds with the rule, lists it and explains it.
    const bin = join(project, 'node_modules/.bin/plainlint');
    const run = await sh(bin, ['content/page.md', '-f', 'json'], project);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['brand-names']);
    expect((await sh(bin, ['rules'], project)).stdout).toMatch(/^brand-names\s+warning\s+fix\s+Finds services named the wrong way/m);
    const explained = await sh(bin, ['explain', 'brand-names'], project);
    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stdout).toContain('Write each service the way it names itself');

    // The library entry, as an editor extension or a build script calls it.
    writeFileSync(
      join(project, 'check.mjs'),
      `import { lintText, lintFiles } from 'plainlint';
const report = await lintText('Send an e consult.\\n', { filePath: 'content/new-page.md' });
const { reports } = await lintFiles(['content']);
console.log(JSON.stringify({ text: report.findings.map((f) => f.ruleId), files: reports.map((r) => r.path) }));
`,
    );
    const library = await sh(process.execPath, ['check.mjs'], project);
    expect(library.code, library.stderr).toBe(0);
    expect(JSON.parse(library.stdout)).toEqual({ text: ['brand-names'], files: ['content/page.md'] });
  });

  it('installs globally (npm install --global) and runs', { timeout: 5 * MINUTES }, async () => {
    const prefix = join(work, 'global');
    await npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', await packed()], work);
    const bin = process.platform === 'win32' ? join(prefix, 'plainlint.cmd') : join(prefix, 'bin/plainlint');
    expect((await sh(bin, ['--version'], work)).stdout.trim()).toBe(pkg.version);
    const r = await sh(bin, [join(ROOT, 'fixtures/example-draft.md')], work);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stdout).toContain('example-draft.md');
  });

  it('stops a commit with problems through husky and lint-staged, as the README shows', { timeout: 5 * MINUTES }, async () => {
    const repo = join(work, 'site');
    mkdirSync(repo);
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'site', version: '1.0.0', private: true }, null, 2));
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    // README: npm install --save-dev ./plainlint-<version>.tgz husky lint-staged
    await npm(['install', '--save-dev', '--no-audit', '--no-fund', await packed(), 'husky', 'lint-staged'], repo);
    // README: npx husky init, then echo "npx lint-staged" > .husky/pre-commit
    expect((await sh('npx', ['--no', 'husky', 'init'], repo)).code).toBe(0);
    writeFileSync(join(repo, '.husky/pre-commit'), 'npx lint-staged\n');
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    manifest['lint-staged'] = { '*.{md,docx}': 'plainlint' };
    writeFileSync(join(repo, 'package.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');

    copyFileSync(join(ROOT, 'fixtures/example-draft.md'), join(repo, 'draft.md')); // has errors
    await sh('git', ['add', 'draft.md'], repo);
    const refused = await sh('git', ['commit', '-m', 'draft with problems'], repo);
    expect(refused.code, refused.stdout + refused.stderr).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('draft.md');

    await sh('git', ['reset', '-q'], repo);
    writeFileSync(join(repo, 'clean.md'), '# Flu vaccine\n\nBook your flu vaccine today.\n');
    await sh('git', ['add', 'clean.md', 'package.json', '.gitignore', '.husky'], repo);
    const ok = await sh('git', ['commit', '-m', 'a clean page'], repo);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
  });
});

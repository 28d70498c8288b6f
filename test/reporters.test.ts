import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';

// ajv-draft-04 is CommonJS: the class is module.exports and its own `default`, which TypeScript types.
const Ajv = AjvDraft04.default;
import { cli, ROOT } from './helpers/cli.js';
import { tmpTree, LONG_SENTENCE } from './helpers/tmp.js';
import { escapeControl } from '../src/report/escape.js';

const SCHEMA = join(ROOT, 'test', 'data', 'schemas', 'sarif-schema-2.1.0.json');
const dir = tmpTree({
  'long.md': `# Appointments\n\n${LONG_SENTENCE}\n`,
  'evil.md': `# Title\n\nThe \u001b[31mred\u001b[0m text and a bell \u0007 here, ${LONG_SENTENCE}\n`,
  'clean.md': 'Short and clear.\n',
});

describe('json reporter', () => {
  it('has the documented, stable shape', async () => {
    const r = await cli(['long.md', 'clean.md', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.tool.name).toBe('plainlint');
    expect(out.files.map((f: { path: string }) => f.path)).toEqual(['clean.md', 'long.md']);
    const f = out.files[1].findings[0];
    expect(Object.keys(f).sort()).toEqual(
      ['column', 'data', 'endColumn', 'endLine', 'endOffset', 'excerpt', 'fix', 'groupId', 'line', 'message', 'offset', 'paragraph', 'ruleId', 'section', 'severity', 'suggestions', 'why'].sort(),
    );
    expect(f).toMatchObject({ ruleId: 'sentence-length', severity: 'warning', line: 3, column: 1, endLine: 3, paragraph: null });
    expect(out.files[1].stats).toMatchObject({ words: 48, sentences: 1, readingMinutes: 1 });
    expect(out.summary).toMatchObject({ files: 2, errors: 0, warnings: 1, suggestions: 0, inputErrors: 0 });
  });

  it('reports a file that could not be read, with the others', async () => {
    const r = await cli(['long.md', 'gone.md', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.files.find((f: { path: string }) => f.path === 'gone.md').error).toBe('was not found. Check the name and folder');
    expect(out.summary.inputErrors).toBe(1);
  });
});

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0', async () => {
    expect(existsSync(SCHEMA), `SARIF schema expected at ${SCHEMA}`).toBe(true);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    const r = await cli(['long.md', 'evil.md', 'gone.md', '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('sentence-length');
    const result = run.results.find((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'long.md');
    expect(result).toMatchObject({ ruleId: 'sentence-length', level: 'warning' });
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 1, endLine: 3 });
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('gone.md');
  });
});

describe('github reporter', () => {
  it('writes workflow annotations with positions', async () => {
    const r = await cli(['long.md', '-f', 'github'], { cwd: dir });
    const line = r.stdout.split('\n')[0]!;
    expect(line).toMatch(/^::warning file=long\.md,line=3,col=1,endLine=3,endColumn=\d+,title=plainlint \(sentence-length\)::This sentence has 48 words\. Aim for 20 or fewer\./);
    expect(line).toContain('%0A'); // the why and suggestion are on new lines, escaped
  });

  it('annotates files it could not read', async () => {
    const r = await cli(['gone.md', '-f', 'github'], { cwd: dir });
    expect(r.stdout).toContain('::error file=gone.md,title=plainlint%3A cannot check this file::was not found');
  });
});

describe('control characters from a draft are never printed raw', () => {
  it('escapes them in stylish output', async () => {
    const r = await cli(['evil.md', '--no-color'], { cwd: dir });
    expect(r.stdout).not.toMatch(/[\u0007\u001b]/);
    expect(r.stdout).toContain('\\x1B[31mred');
    expect(r.stdout).toContain('bell \\x07 here');
  });

  it('keeps them escaped in json and sarif (JSON escapes them)', async () => {
    for (const format of ['json', 'sarif']) {
      const r = await cli(['evil.md', '-f', format], { cwd: dir });
      expect(r.stdout).not.toMatch(/[\u0007\u001b]/);
    }
  });

  it('escapes bidirectional overrides too', () => {
    expect(escapeControl('a\u202Eb')).toBe('a\\u202Eb');
    expect(escapeControl('tab\tand newline\n kept')).toBe('tab\tand newline\n kept');
  });

  it('escapes a hostile file name in stylish and github output', async () => {
    const d = tmpTree({ 'bad\u001b[2Jname.md': `${LONG_SENTENCE}\n` });
    for (const format of ['stylish', 'github']) {
      const r = await cli(['.', '-f', format], { cwd: d });
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).toContain('bad\\x1B[2Jname.md');
    }
  });
});

describe('stylish reporter', () => {
  it('shows a summary of the document, then position, severity, message, rule, the words, what to write and why', async () => {
    const r = await cli(['long.md'], { cwd: dir });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('long.md');
    expect(lines[1]).toBe('  reading age: too short to score (1 sentence) · 1 long sentence · 48 words · 1 min read');
    expect(lines[2]).toBe('  3:1  warning     This sentence has 48 words. Aim for 20 or fewer.  sentence-length');
    expect(r.stdout).toContain('“If you find you cannot make your appointment');
    expect(r.stdout).toContain('Try: Split it into shorter sentences');
    expect(r.stdout).toContain('Why: Long sentences are hard to follow');
    expect(r.stdout).toMatch(/48 words · 1 min read/);
    expect(r.stdout).toContain('✖ 1 problem (0 errors, 1 warning, 0 suggestions) in 1 file checked.');
  });

  it('shows the reading age and reading time of a single clean file', async () => {
    const r = await cli(['clean.md'], { cwd: dir });
    expect(r.stdout).toContain('clean.md  ✔');
    expect(r.stdout).toContain('reading age: too short to score (1 sentence) · 3 words · 1 min read');
  });
});

describe('html reporter', () => {
  it('writes one self-contained page with the words highlighted and each finding explained', async () => {
    const r = await cli(['long.md', 'evil.md', 'gone.md', '-f', 'html'], { cwd: dir });
    const page = r.stdout;
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="en-GB">');
    // No external assets: no scripts, no stylesheets or images from elsewhere.
    expect(page).not.toMatch(/<script|<link\b|src="https?:|url\(/i);
    expect(page).toContain("default-src 'none'");
    // The long sentence is highlighted and linked to its explanation.
    const link = /<a class="hl hl-warning" href="#(file-\d+-\d+)"[^>]*>If you find you cannot make/.exec(page);
    expect(link).not.toBeNull();
    expect(page).toContain(`<li id="${link![1]}" class="finding finding-warning"`);
    expect(page).toContain('<strong>Why it matters:</strong> Long sentences are hard to follow');
    // Text from the draft is escaped.
    expect(page).not.toMatch(/[\u0007\u001b]/);
    expect(page).toContain('\\x1B[31mred');
    // A file that could not be read is named with its problem.
    expect(page).toContain('This file could not be checked: was not found. Check the name and folder');
  });

  it('escapes HTML in the draft', async () => {
    const d = tmpTree({ 'x.md': `<script>alert(1)</script>\n\nSome & <b>bold</b> text. ${LONG_SENTENCE}\n` });
    const r = await cli(['x.md', '-f', 'html'], { cwd: d });
    expect(r.stdout).not.toContain('<script>alert(1)</script>');
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('gives the reading age against the house style target, even with no readability problem', async () => {
    const d = tmpTree({ 'x.md': '# Test\n\nYou can book online.\n' });
    expect((await cli(['x.md', '-f', 'html', '--preset', 'govuk'], { cwd: d })).stdout).toContain('aim for 9 or under');
    expect((await cli(['x.md', '-f', 'html'], { cwd: d })).stdout).toContain('aim for 11 or under');
  });
});

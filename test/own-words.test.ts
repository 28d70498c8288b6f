/**
 * plainlint's own words pass plainlint: every message, "why" and rule description it shows a
 * writer is checked with the recommended rules. Messages are collected from real runs on the
 * bad fixtures and the drafts, so new messages are covered as soon as a fixture shows them.
 * The words a message quotes from the draft (“like this”) are the writer's words, not ours,
 * so they are replaced by a neutral word first.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { ConfigLoader } from '../src/config/load.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { cli, ROOT } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const FIXTURES = join(ROOT, 'fixtures');
const drafts = [
  ...readdirSync(join(FIXTURES, 'rules')).filter((f) => f.endsWith('.bad.md')).map((f) => join(FIXTURES, 'rules', f)),
  join(FIXTURES, 'drafts'),
  join(FIXTURES, 'example-draft.md'),
];

/** Quoted words come from the draft (or are the alternatives we suggest): not ours to check. */
const unquote = (text: string) => text.replace(/“[^”]*”/g, '“this”').replace(/"[^"]*"/g, '"this"').replace(/`[^`]*`/g, '`this`');

async function ownWords(): Promise<{ source: string; text: string }[]> {
  const out: { source: string; text: string }[] = [];
  for (const rule of builtinRules) {
    out.push({ source: `${rule.meta.id}: description`, text: rule.meta.description });
    out.push({ source: `${rule.meta.id}: docs`, text: rule.meta.docs });
  }
  // Spelling is off by default: turn every rule on, so its messages are seen too.
  const r = await cli([...drafts, '-f', 'json', '--preset', 'recommended']);
  const report = JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string; why?: string }[] }[] };
  const seen = new Set<string>();
  for (const file of report.files) {
    for (const f of file.findings) {
      for (const text of [f.message, f.why ?? '']) {
        const plain = unquote(text);
        if (!plain || seen.has(plain)) continue;
        seen.add(plain);
        out.push({ source: `${f.ruleId}: message`, text: plain });
      }
    }
  }
  return out;
}

/** What plainlint says on stderr when a file, option or config cannot be used. */
async function errorLines(): Promise<{ source: string; text: string }[]> {
  const root = tmpTree({
    'empty/.keep': '',
    'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]),
    'broken.docx': 'this is not a zip file',
    'bad-config/.plainlintrc.json': '{ "rules": { "no-such-rule": "error" } }',
    'bad-config/page.md': '# Page\n\nText.\n',
    'latin1.md': Buffer.from('Caf\xe9 opening hours\n', 'latin1'),
  });
  writeFileSync(join(root, 'huge.md'), 'a'.repeat(2 * 1024 * 1024));
  const runs: string[][] = [
    ['missing.md'],
    ['empty'],
    ['binary.md'],
    ['broken.docx'],
    ['bad-config/page.md'],
    ['latin1.md'],
    ['huge.md', '--max-file-size', '1'],
    ['page.md', '--no-such-option'],
    ['page.md', '--formt', 'json'],
    ['page.md', '--format', 'xml'],
    ['page.md', '--jobs'],
    ['explain'],
    ['rules', 'extra'],
    ['explain', 'no-such-rule'],
    ['missing.md', '--fix', '--fix-dry-run'],
    ['missing.md', '--shard', '5/4'],
    ['missing.md', '--jobs', 'many'],
  ];
  const out: { source: string; text: string }[] = [];
  for (const args of runs) {
    const r = await cli(args, { cwd: root });
    for (const line of r.stderr.split('\n')) {
      if (!line.trim()) continue;
      // "plainlint: <file>: the message": the file name is not ours to check.
      // The test's own folder has a random name ("W24P1X" reads as an acronym): not ours either.
      const text = line
        .replace(/^plainlint: /, '')
        .replace(/^[\w./-]+(\.(md|docx|json))?: /, '')
        .split(root)
        .join('the folder');
      out.push({ source: `error for ${args.join(' ')}`, text });
    }
  }
  return out;
}

describe("plainlint's own words", () => {
  it('pass plainlint: error lines for bad files, options and configs', async () => {
    const lines = await errorLines();
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const config = await new ConfigLoader({}).forFile(join(ROOT, 'README.md'));
    const problems: string[] = [];
    for (const { source, text } of lines) {
      const result = await lintDocument(parseMarkdown(unquote(text), 'words.md'), config);
      // Error lines echo what the user typed (a mistyped option, a folder path): the spell check
      // rightly does not know those words, and they are not ours to change.
      for (const f of result.findings) if (f.ruleId !== 'spelling') problems.push(`${source}: ${f.ruleId}: ${f.message} [${f.excerpt}] in: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it('pass plainlint: messages, reasons and rule descriptions', async () => {
    const words = await ownWords();
    // Enough to mean something: every rule documented, and real messages from most rules.
    expect(words.filter((w) => w.source.endsWith('message')).length).toBeGreaterThan(40);
    const config = await new ConfigLoader({}).forFile(join(ROOT, 'README.md'));
    const problems: string[] = [];
    for (const { source, text } of words) {
      const result = await lintDocument(parseMarkdown(unquote(text), 'words.md'), config);
      for (const f of result.findings) problems.push(`${source}: ${f.ruleId}: ${f.message} [${f.excerpt}] in: ${text.slice(0, 120)}`);
    }
    expect(problems).toEqual([]);
  });
});

/**
 * The rule test kit (plainlint/testing) and the helpers for plugin rules (plainlint/rule-helpers):
 * testRule passes a right rule, and names each wrong message, position and fix; plugins load as
 * ES modules or CommonJS whatever their package.json says; a TypeScript plugin gets a clear line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleTestError, runRule, testRule } from '../src/testing.js';
import { defineRule, findPhrases, sentences, spanAt, words } from '../src/rule-helpers.js';
import { builtinRules } from '../rules/index.js';
import { cli, runBin } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const noSynergy = defineRule({
  meta: {
    id: 'no-synergy',
    description: 'Avoid the word synergy.',
    severity: 'warning',
    principle: 'Free from jargon.',
    docs: 'Say what you mean: working together.',
    fixable: true,
    examples: { good: [{ text: 'We work together.' }], bad: [{ text: 'We want synergy.', count: 1, flags: ['synergy'] }] },
  },
  check(doc, context) {
    for (const match of findPhrases(doc, ['synergy', 'synergies'])) {
      context.report({
        from: match.from,
        to: match.to,
        message: `“${match.text}” is jargon.`,
        suggestions: ['working together'],
        fix: { range: [match.start, match.end], text: 'working together' },
      });
    }
  },
});

describe('testRule', () => {
  it('passes a rule that does what its cases say, with messages, positions and fixes', async () => {
    await testRule(noSynergy, {
      valid: ['We work together.', 'We do not say "synergy".', 'Run `synergy --help` to see.'],
      invalid: [
        {
          text: 'We want\nmore synergy.',
          findings: [{ message: '“synergy” is jargon.', line: 2, column: 6, endLine: 2, endColumn: 13, excerpt: 'synergy', severity: 'warning', suggestions: ['working together'] }],
          output: 'We want\nmore working together.',
        },
        { text: 'Synergy and synergies.', findings: [{ message: /Synergy/ }, { excerpt: 'synergies' }] },
      ],
    });
  });

  it('names every case that went wrong: the count, message, position and fix output', async () => {
    const error = await testRule(noSynergy, {
      valid: ['We want synergy.'],
      invalid: [
        { text: 'We want synergy.', findings: [{ message: 'wrong words', line: 3, column: 9 }], output: 'We want teamwork.' },
        { text: 'We want synergy.', findings: 2 },
        { text: 'We want synergy.', findings: 1, output: null },
      ],
    }, { examples: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleTestError);
    const message = (error as Error).message;
    expect(message).toContain('rule "no-synergy": 4 cases went wrong');
    expect(message).toContain('valid case 1 "We want synergy.": expected no findings, got 1');
    expect(message).toContain('finding 1: message should be "wrong words", but is "“synergy” is jargon."');
    expect(message).toContain('finding 1: line should be 3, but is 1');
    expect(message).not.toContain('column should be');
    expect(message).toContain('the text after fixing should be "We want teamwork.", but is "We want working together."');
    expect(message).toContain('expected 2 findings, got 1');
    expect(message).toContain('expected no fix, but 1 finding has one');
    expect(message).toContain('1:9-1:16 warning');
  });

  it('runs the documented examples too, and reports a rule that throws', async () => {
    const lying = defineRule({ ...noSynergy, meta: { ...noSynergy.meta, examples: { good: [{ text: 'Such synergy.' }], bad: [] } } });
    await expect(testRule(lying, { valid: ['Fine.'] })).rejects.toThrow(/documented good example "Such synergy\.": expected no findings/);
    const broken = defineRule({ ...noSynergy, check: () => { throw new Error('kaboom'); } });
    await expect(testRule(broken, { valid: ['Fine.'] }, { examples: false })).rejects.toThrow(/valid case 1 "Fine\.": the rule threw: kaboom/);
    await expect(testRule({ meta: {} } as never, { valid: ['x'] })).rejects.toThrow(/needs a plainlint rule/);
  });

  it('tests a built-in rule with its preset options, as the command line runs it', async () => {
    const simpler = builtinRules.find((r) => r.meta.id === 'simpler-words')!;
    await testRule(simpler, { valid: ['We will use the room.'], invalid: [{ text: 'We will utilise the room.', findings: 1, output: 'We will use the room.' }] });
    const run = await runRule(simpler, 'We will utilise the room.');
    expect(run.findings[0]).toMatchObject({ excerpt: 'utilise', start: { line: 1, column: 9 } });
  });
});

describe('rule helpers', () => {
  it('walk sentences and words, and turn offsets into positions', async () => {
    const seen: string[] = [];
    const rule = defineRule({
      meta: { ...noSynergy.meta, id: 'walk', examples: { good: [], bad: [] } },
      check(doc, context) {
        for (const s of sentences(doc)) seen.push(`${s.block.kind}: ${s.text}`);
        for (const w of words(doc)) if (w.word === 'Two') context.report({ span: spanAt(doc, w.node.position!.start.offset!, w.node.position!.end.offset!), message: 'two' });
      },
    });
    const run = await runRule(rule, '# One\n\nTwo words. Three.\n');
    expect(seen).toEqual(['heading: One', 'paragraph: Two words.', 'paragraph: Three.']);
    expect(run.findings[0]).toMatchObject({ start: { line: 3, column: 1 }, excerpt: 'Two' });
  });
});

describe('plugins in the user’s own repository', () => {
  const rule = (id: string) =>
    `{ meta: { id: '${id}', description: 'Flags the word ${id}.', severity: 'warning', principle: 'Plain.', docs: 'Flags it.', examples: { good: [], bad: [] } }, check(doc, c) { const i = doc.text.indexOf('${id}'); if (i >= 0) c.report({ span: { start: doc.pointAt(i), end: doc.pointAt(i + ${id.length}) }, message: 'Found ${id}.' }); } }`;

  // The built command, as a user runs it: Node's own loader, not the test runner's.
  it('loads an ES module in a CommonJS folder and CommonJS in an ES module folder, with no warning', async () => {
    const dir = tmpTree({
      'package.json': JSON.stringify({ name: 'content', type: 'commonjs' }),
      'rules/esm.js': `import helper from './helper.js';\nexport default [${rule('alpha')}, helper];\n`,
      'rules/helper.js': `export default ${rule('beta')};\n`,
      'module-rules/package.json': JSON.stringify({ type: 'module' }),
      'module-rules/cjs.js': `module.exports = { rules: { gamma: ${rule('gamma')} } };\n`,
      '.plainlintrc.json': JSON.stringify({ plugins: ['./rules/esm.js', './module-rules/cjs.js'] }),
      'page.md': 'alpha beta gamma\n',
    });
    const r = runBin(['page.md', '-f', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['alpha', 'beta', 'gamma']);
    // A file big enough to be checked in a worker thread of its own loads them the same way.
    writeFileSync(join(dir, 'big.md'), 'alpha beta gamma. '.repeat(5000));
    const big = runBin(['big.md', '-f', 'json'], { cwd: dir });
    expect(big.stderr).toBe('');
    expect(JSON.parse(big.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['alpha', 'beta', 'gamma']));
    expect((await cli(['rules'], { cwd: dir })).stdout).toMatch(/^gamma\s+warning\s+Flags the word gamma\.$/m);
  });

  it('a TypeScript plugin gets one clear line, exit 2', async () => {
    const dir = tmpTree({
      'rules/mine.ts': `export default ${rule('alpha')};\n`,
      '.plainlintrc.json': JSON.stringify({ plugins: ['./rules/mine.ts'] }),
      'page.md': 'alpha\n',
    });
    const r = await cli(['page.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the rule module ".*rules\/mine\.ts" is written in TypeScript, which plainlint cannot load\. Build it to JavaScript first/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

/**
 * Fuzzing (issue 6): thousands of random markdown documents and mutated Word files per run,
 * each property bounded in time. Nothing may throw out of the engine except a clear InputError,
 * every position must lie inside the document, and the command line exits 0, 1 or 2.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { ROOT, cli, runBin } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { remarkLinearSetext } from '../src/parse/setext.js';
import { openDocx } from '../src/docx/package.js';
import { parseDocx } from '../src/parse/docx.js';
import { InputError } from '../src/read/errors.js';
import { lintMarkdown } from '../src/index.js';
import type { LintDocument } from '../src/types.js';
import { gfmFailsOwnCheck, outcome } from './helpers/parse-outcome.js';

/** Pieces that exercise every markdown construct, plus hostile characters. */
const PIECES = [
  '# ', '## ', '> ', '- ', '* ', '1. ', '2) ', '   ', '\t', '\n', '\n\n', '\r\n', '\r', '---', '===', '***', '___',
  '*', '**', '_', '__', '~~', '`', '```\n', '~~~', '[', ']', '(', ')', '![', '](http://x.nhs.uk)', '<', '>', '<br>',
  '<img alt="x" src="y">', '<!-- plainlint-disable -->', '&amp;', '&#169;', '&nbsp;', '\\', '\\*', '|', '| --- |', ':',
  '[^1]', '[^1]: note', '[a]: http://a.b', 'https://www.nhs.uk', 'www.example.org', 'a@b.co.uk', 'NHS', 'GP', 'utilise',
  'click here', 'Book your flu vaccine today.', 'appointment', 'é', 'ﬁ', '😀', '\u200f', '\u202e', '\u001b[31m', '\u0007',
  '\u0000', '\u00a0', '\u2028', ' ', '.', ',', '!', '?', '"', "'", '’', '“',
];

const markdownDoc = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

/** Every position in the document tree and prose lies inside the text, start before end. */
function checkPositions(doc: LintDocument): void {
  const length = doc.text.length;
  const check = (node: { position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number } }; children?: unknown[] }) => {
    const p = node.position;
    if (p && p.start.offset !== undefined && p.end.offset !== undefined) {
      if (!(p.start.offset >= 0 && p.end.offset <= length && p.start.offset <= p.end.offset && p.start.line >= 1 && p.start.column >= 1)) {
        throw new Error(`position out of the document: ${JSON.stringify(p)} (length ${length})`);
      }
    }
    for (const child of node.children ?? []) check(child as typeof node);
  };
  check(doc.mdast as never);
  check(doc.nlcst as never);
  for (const image of doc.images) check(image as never);
}

/**
 * Only a clear InputError may come out; anything else is a bug. (Or a development check that
 * remark-gfm itself fails on this text: see helpers/parse-outcome.ts.)
 */
function expectOnlyInputError(error: unknown, text: string): void {
  if (gfmFailsOwnCheck(error, text)) return;
  if (!(error instanceof InputError)) throw error;
  expect(error.message).not.toMatch(/\n/);
}

describe('fuzzing', () => {
  it('parses thousands of random markdown documents: no throw, every position inside the text', () => {
    fc.assert(
      fc.property(markdownDoc, (text) => {
        try {
          checkPositions(parseMarkdown(text, 'fuzz.md'));
        } catch (error) {
          expectOnlyInputError(error, text);
        }
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 8000 },
    );
  });

  it('lints random markdown with every rule: no rule failure, findings inside the document', async () => {
    await fc.assert(
      fc.asyncProperty(markdownDoc, async (text) => {
        let result;
        try {
          result = await lintMarkdown(text);
        } catch (error) {
          expectOnlyInputError(error, text);
          return;
        }
        expect(result.ruleFailures).toEqual([]);
        for (const f of result.findings) {
          expect(f.start.offset).toBeGreaterThanOrEqual(0);
          expect(f.end.offset).toBeLessThanOrEqual(text.length);
          expect(f.start.offset).toBeLessThanOrEqual(f.end.offset);
        }
      }),
      { numRuns: 400, interruptAfterTimeLimit: 6000 },
    );
  });

  it('the command checks a text that fails remark-gfm\'s own development check', () => {
    // An empty list item, then "[ ] x": the development builds the tests use fail a check on
    // this (helpers/parse-outcome.ts); the built command, with the normal builds, checks it.
    const r = runBin(['-', '-f', 'json'], { input: '*\n[ ] Call your GP.\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });

  it('the linear setext resolver gives the same tree as micromark on random markdown', () => {
    const plain = unified().use(remarkParse).use(remarkGfm);
    const linear = unified().use(remarkParse).use(remarkLinearSetext).use(remarkGfm);
    fc.assert(
      fc.property(markdownDoc, (text) => {
        expect(outcome(() => linear.parse(text))).toBe(outcome(() => plain.parse(text)));
      }),
      { numRuns: 1500, interruptAfterTimeLimit: 4000 },
    );
  });

  const clean = readFileSync(join(ROOT, 'fixtures', 'docx', 'clean.docx'));
  const mutatedDocx = fc.oneof(
    // Flip some bytes.
    fc.array(fc.tuple(fc.nat(clean.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const copy = Buffer.from(clean);
      for (const [at, value] of flips) copy[at] = value;
      return copy;
    }),
    // Cut it short.
    fc.nat(clean.length).map((n) => clean.subarray(0, n)),
    // Splice random bytes in.
    fc.tuple(fc.nat(clean.length), fc.uint8Array({ maxLength: 64 })).map(([at, bytes]) =>
      Buffer.concat([clean.subarray(0, at), Buffer.from(bytes), clean.subarray(at)]),
    ),
  );

  it('opens hundreds of mutated Word files: a document or a clear InputError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDocx, async (buffer) => {
        try {
          const doc = await parseDocx(buffer, await openDocx('fuzz.docx', buffer), 'fuzz.docx');
          checkPositions(doc);
        } catch (error) {
          if (error instanceof InputError) return;
          // mammoth's own errors are turned into an InputError by the engine (run.ts); they must be Errors with a message.
          expect(error).toBeInstanceOf(Error);
          expect(String((error as Error).message)).not.toBe('');
        }
      }),
      { numRuns: 600, interruptAfterTimeLimit: 6000 },
    );
  });

  it('the command line exits 0, 1 or 2 on random files, with no stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(markdownDoc, mutatedDocx, async (text, docx) => {
        const dir = tmpTree({ 'a.md': text, 'b.docx': docx });
        const r = await cli(['a.md', 'b.docx', '-f', 'json'], { cwd: dir });
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/something went wrong inside plainlint|\bat .*\.(js|ts):\d+/);
        expect(() => JSON.parse(r.stdout)).not.toThrow();
      }),
      { numRuns: 60, interruptAfterTimeLimit: 4000 },
    );
  });
});

/**
 * Hostile and broken input (issue 6): each case gives one clear line naming the file (exit 2)
 * or normal findings; never a stack trace, never a hang; other files are still checked.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { cli, ROOT } from './helpers/cli.js';
import { tmpTree, LONG_SENTENCE } from './helpers/tmp.js';
import { openDocx } from '../src/docx/package.js';
import { decodeText, fsError, DEFAULT_MARKDOWN_SIZE } from '../src/read/input.js';
import { InputError } from '../src/read/errors.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { checkMarkdownShape } from '../src/parse/markdown-guard.js';
import { remarkLinearSetext } from '../src/parse/setext.js';

const DOCX = join(ROOT, 'fixtures', 'docx');
const OK = `# Flu vaccine\n\n${LONG_SENTENCE}\n`;

/** Run the CLI on a hostile file next to a good one: the hostile one fails alone. */
async function alongside(name: string, content: string | Buffer, extra: string[] = []) {
  const dir = tmpTree({ [name]: content, 'ok.md': OK });
  const r = await cli([name, 'ok.md', '-f', 'json', ...extra], { cwd: dir });
  const out = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
  const ok = out.files.find((f) => f.path === 'ok.md')!;
  expect(ok.findings.map((f) => f.ruleId)).toContain('sentence-length');
  expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/); // no stack trace
  return r;
}

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('Word files that are not what they claim', () => {
  it('a .doc renamed .docx (an OLE compound file) is named as old-style or password-protected', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0)]);
    const r = await alongside('letter.docx', ole);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'plainlint: letter.docx: is password-protected or an old-style Word file (.doc). Remove the password, or save it as .docx, and try again',
    );
  });

  it('refuses a package that points its main text at a part that is not XML (a way round the checks)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DOCX, 'clean.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.remove('word/document.xml');
    zip.file('word/document.bin', xml.replace(/^(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'));
    const rels = await zip.file('_rels/.rels')!.async('string');
    zip.file('_rels/.rels', rels.replace('word/document.xml', 'word/document.bin'));
    const r = await alongside('sneaky.docx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('plainlint: sneaky.docx: points its text or styles at word/document.bin, which is not an XML part');
    expect(r.stdout).not.toContain('root:');
  });

  it('stops a part whose zip header lies about its size (declared 100 bytes, really 64 MB)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DOCX, 'clean.docx')));
    zip.file('word/header9.xml', Buffer.alloc(64 * 1024 * 1024, 0x20));
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    patchDeclaredSize(buffer, 'word/header9.xml', 100);
    expect(buffer.length).toBeLessThan(1024 * 1024);
    const dir = tmpTree({ 'liar.docx': buffer });
    const rss = process.memoryUsage().rss;
    await expect(openDocx('liar.docx', buffer)).rejects.toThrow(/damaged or incomplete|would unpack/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(48 * 1024 * 1024);
    // With a lower budget the actual bytes are counted too.
    const r = await cli(['liar.docx', '--max-docx-unpacked', '1'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^plainlint: liar\.docx: (is damaged or incomplete|would unpack to more than 1 MB)/);
  });

  it('never inflates pictures: a picture that unpacks to 200 MB is checked quickly, within the default limits', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DOCX, 'example-draft.docx')));
    zip.file('word/media/image1.png', Buffer.alloc(200 * 1024 * 1024, 0));
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(buffer.length).toBeLessThan(2 * 1024 * 1024);
    const dir = tmpTree({ 'photo.docx': buffer });
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const r = await cli(['photo.docx', '-f', 'json'], { cwd: dir });
    expect(r.code).toBeLessThan(2);
    expect(JSON.parse(r.stdout).files[0].findings.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  }, 60_000);

  it('refuses a 100 MB Word file with the size and how to raise the limit', async () => {
    const r = await alongside('huge.docx', Buffer.alloc(100 * 1024 * 1024 + 1, 0x50));
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('plainlint: huge.docx: is 100 MB, more than the 50 MB limit. Raise it with --max-file-size if you need to');
  }, 30_000);
});

/** Set a zip entry's declared uncompressed size, in its local header and central directory. */
function patchDeclaredSize(zip: Buffer, name: string, size: number): void {
  let patched = 0;
  for (let i = 0; i < zip.length - 46; i++) {
    const sig = zip.readUInt32LE(i);
    if (sig === 0x04034b50) {
      const len = zip.readUInt16LE(i + 26);
      if (zip.toString('latin1', i + 30, i + 30 + len) === name) {
        zip.writeUInt32LE(size, i + 22);
        patched++;
      }
    } else if (sig === 0x02014b50) {
      const len = zip.readUInt16LE(i + 28);
      if (zip.toString('latin1', i + 46, i + 46 + len) === name) {
        zip.writeUInt32LE(size, i + 24);
        patched++;
      }
    }
  }
  expect(patched).toBe(2);
}

describe('markdown nested thousands of levels deep', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['10,000 nested quotes', '>'.repeat(10_000) + ' Hello.\n', /line 1 has more than 100 levels of quotes or lists/],
    ['10,000 nested quotes with spaces', '> '.repeat(10_000) + 'Hello.\n', /line 1 has more than 100 levels of quotes or lists/],
    ['10,000 list levels on one line', '- '.repeat(10_000) + 'Item.\n', /line 1 has more than 100 levels/],
    [
      '10,000 list levels by indentation',
      Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(Math.min(i * 2, 500))}- item ${i}`).join('\n'),
      /is nested too deeply to check: (line \d+ is indented by more than 400 spaces|too many lines)/,
    ],
    ['10,000 nested bold parts', '**a '.repeat(10_000) + 'x' + ' b**'.repeat(10_000) + '\n', /opens more than 200 bold or italic parts/],
    ['a run of 10,000 asterisks', '*'.repeat(10_000) + 'x' + '*'.repeat(10_000) + '\n', /has a run of more than 500 “\*” characters on line 1/],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: one clear line, quickly, and the other file is still checked`, async () => {
      const started = Date.now();
      const r = await alongside('deep.md', text);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(r.code).toBe(2);
      const line = oneLine(r.stderr);
      expect(line.startsWith('plainlint: deep.md: ')).toBe(true);
      expect(line).toMatch(message);
    });
  }

  it('still checks real nesting: 6 levels of lists inside quotes', () => {
    const text = '> - one\n>   - two\n>     - three\n>       > - four\n>       >   - five\n>       >     - six words in it\n';
    expect(checkMarkdownShape(text)).toBeUndefined();
    const doc = parseMarkdown(text, 'x.md');
    expect(doc.blocks.map((b) => b.text)).toContain('six words in it');
  });

  it('turns a stack overflow inside the parser into a clear error', () => {
    // 300 nested images stay under the shape limits but are deep for the tree walkers.
    const text = '!['.repeat(300) + 'x' + '](y)'.repeat(300) + '\n';
    try {
      parseMarkdown(text, 'x.md');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/nested too deeply/);
    }
  });
});

describe('markdown shapes that used to take minutes', () => {
  it('4,000 underlined (setext) headings take seconds, not minutes', () => {
    const text = 'Your GP practice\n---\n\nBook online.\n\n'.repeat(4000);
    const started = Date.now();
    const doc = parseMarkdown(text, 'x.md');
    expect(doc.sections).toHaveLength(4001);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('the linear setext resolver builds exactly the tree micromark does', () => {
    const plain = unified().use(remarkParse).use(remarkGfm);
    const linear = unified().use(remarkParse).use(remarkLinearSetext).use(remarkGfm);
    const inputs = [
      'Title\n===\n',
      'Title\n---\n\nPara\n',
      '[a]: http://x\nTitle\n---\n',
      '[a]: http://x\n[b]: y\nTitle\nmore\n===\n',
      '> Quote\n> ---\n',
      '- item\n  ---\n',
      '- item\n---\n',
      'a\n  ---  \nb\n=\n',
      '# x\n\nfoo\nbar\n---\n\n[a]: b\n===\n',
      '| a |\n| - |\n| b |\n---\n',
      'a\n> b\n---\n',
      'Title\r\n---\r\nText\r===\r',
    ];
    for (const input of inputs) expect(linear.parse(input)).toEqual(plain.parse(input));
  });
});

describe('text files that are not plain UTF-8', () => {
  it('an empty .md file is checked and has no findings', async () => {
    const r = await alongside('empty.md', '');
    expect(r.code).toBe(0);
  });

  it('a binary file named .md is refused', async () => {
    const png = readFileSync(join(ROOT, 'fixtures', 'docx', 'example-draft.docx'));
    const r = await alongside('picture.md', png);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^plainlint: picture\.md: (looks like a binary file|has NUL bytes)/);
  });

  it('a NUL byte far past the first 64 KB is caught, in UTF-8 and in Windows-1252 text', async () => {
    const body = 'Book your flu vaccine today. '.repeat(5000); // about 145 KB
    const utf8 = Buffer.concat([Buffer.from(body), Buffer.from([0]), Buffer.from(body)]);
    const latin = Buffer.concat([Buffer.from(body), Buffer.from([0xa3, 0x35, 0x00]), Buffer.from(body)]); // £5 then NUL
    for (const buffer of [utf8, latin]) {
      expect(() => decodeText('x.md', buffer)).toThrow('has NUL bytes in it, so it looks like a binary file, not text');
    }
    const r = await alongside('pasted.md', utf8);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('plainlint: pasted.md: has NUL bytes in it, so it looks like a binary file, not text');
  });

  it('UTF-16 with a NUL character is refused too', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello\u0000there', 'utf16le')]);
    expect(() => decodeText('x.md', utf16)).toThrow(/NUL bytes/);
  });

  it('Windows-1252 text is read with a notice, and £ comes through', () => {
    const { text, notices } = decodeText('x.md', Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x73, 0x20, 0xa3, 0x35, 0x2e]));
    expect(text).toBe('Costs £5.');
    expect(notices[0]).toMatch(/was not saved as UTF-8/);
  });

  it('positions stay right with a BOM and mixed CRLF, CR and LF line endings', () => {
    const { text } = decodeText('x.md', Buffer.from('\uFEFFFirst line here.\r\nSecond line.\rThird line.\nFourth and last.\r\n'));
    const doc = parseMarkdown(text, 'x.md');
    const expected: Record<string, [number, number]> = { First: [1, 1], Second: [2, 1], Third: [3, 1], Fourth: [4, 1], last: [4, 12] };
    const seen: Record<string, [number, number]> = {};
    const walk = (node: { type: string; children?: unknown[]; position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } } }) => {
      if (node.type === 'WordNode' && node.position) {
        const word = text.slice(node.position.start.offset, node.position.end.offset);
        seen[word] = [node.position.start.line, node.position.start.column];
      }
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
    };
    walk(doc.nlcst as never);
    for (const [word, at] of Object.entries(expected)) expect(seen[word]).toEqual(at);
  });
});

describe('size limits', () => {
  it(`refuses markdown just over the default ${DEFAULT_MARKDOWN_SIZE / 1024 / 1024} MB, with how to raise it`, async () => {
    const r = await alongside('big.md', 'a'.repeat(DEFAULT_MARKDOWN_SIZE + 1));
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'plainlint: big.md: is 6 MB, more than the 6 MB limit for markdown files. Raise it with --max-file-size if you need to',
    );
  });

  it('refuses a 50 MB markdown file, also when the limit is raised to 50 MB', async () => {
    const dir = tmpTree({ 'ok.md': OK });
    writeFileSync(join(dir, 'huge.md'), Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    const r = await cli(['huge.md', 'ok.md', '--max-file-size', '50'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'plainlint: huge.md: is 50 MB, more than the 50 MB limit for markdown files. Raise it with --max-file-size if you need to',
    );
  }, 30_000);

  it('checks a file just under a lowered limit, and refuses one just over it', async () => {
    const para = `${LONG_SENTENCE}\n\n`;
    const limit = Math.floor(0.1 * 1024 * 1024);
    const under = para.repeat(Math.floor(limit / para.length)).padEnd(limit, '\n');
    const dir = tmpTree({ 'under.md': under, 'over.md': under + '\n' });
    const ok = await cli(['under.md', '--max-file-size', '0.1', '-f', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
    // checked whole: every word counted, and its long sentences found (one finding names up to 20)
    const file = JSON.parse(ok.stdout).files[0];
    expect(file.stats.words).toBeGreaterThan(10_000);
    expect(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'sentence-length').length).toBeGreaterThan(10);
    const over = await cli(['over.md', '--max-file-size', '0.1'], { cwd: dir });
    expect(over.code).toBe(2);
    expect(oneLine(over.stderr)).toMatch(/^plainlint: over\.md: is 0\.1 MB, more than the 0\.1 MB limit for markdown files/);
  }, 60_000);
});

describe('terminal escapes in drafts', () => {
  it('ESC, BEL and other control characters are shown escaped in stylish and github output', async () => {
    const text = `# WELCOME\u001b[31m\u0007 TO THE PRACTICE\u001b]0;pwned\u0007\n\nWe are here to help.\n`;
    const dir = tmpTree({ 'esc.md': text });
    for (const format of ['stylish', 'github']) {
      const r = await cli(['esc.md', '-f', format], { cwd: dir });
      expect(r.stdout).toContain('headings');
      expect(r.stdout).not.toMatch(/[\u0007\u001b]/);
      expect(r.stdout).toContain('\\x1B');
    }
  });
});

describe('files that cannot be read', () => {
  it('fsError names permission problems plainly', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(fsError('secret.md', error).message).toBe('cannot be read: permission denied');
    expect(fsError('secret.md', Object.assign(new Error('x'), { code: 'ELOOP' })).message).toMatch(/a loop/);
  });

  // Root can read any file, and CI runs as root: there the command runs as the user "nobody".
  it.skipIf(process.platform === 'win32')('an unreadable file is one line, and the others are still checked (the real command; as root, run as "nobody")', async () => {
    const { chmodSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('./helpers/cli.js');
    const dir = tmpTree({ 'secret.md': 'Hello.\n', 'ok.md': OK });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'secret.md'), 0o000);
    const asRoot = process.getuid?.() === 0;
    // A clone inside a private folder (mktemp -d makes them 0700) cannot be reached by "nobody":
    // let others pass through the folders above the clone for this test, and put them back after.
    const opened: Array<[string, number]> = [];
    if (asRoot) {
      const { statSync } = await import('node:fs');
      const { dirname } = await import('node:path');
      for (let folder = dirname(ROOT); ; folder = dirname(folder)) {
        const mode = statSync(folder).mode & 0o7777;
        if (!(mode & 0o001)) {
          chmodSync(folder, mode | 0o001);
          opened.push([folder, mode]);
        }
        if (dirname(folder) === folder) break;
      }
    }
    let r;
    try {
      if (asRoot) {
        const reach = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(BIN)})`], { uid: 65534, gid: 65534 });
        if (reach.status !== 0) throw new Error(`this test runs plainlint as the user "nobody", who cannot read ${BIN}: run the tests from a folder everyone can read`);
      }
      r = spawnSync(process.execPath, [BIN, '.', '-f', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
    } finally {
      for (const [folder, mode] of opened.reverse()) chmodSync(folder, mode);
    }
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe('plainlint: secret.md: cannot be read: permission denied');
    const files = JSON.parse(r.stdout).files as Array<{ path: string; error: string | null; findings: Array<{ ruleId: string }> }>;
    const ok = files.find((f) => f.path === 'ok.md');
    expect(ok?.error).toBeNull();
    expect(ok?.findings.map((f) => f.ruleId)).toContain('sentence-length');
  });

  it('a folder given where a file is expected, read as root too: one line', async () => {
    const dir = tmpTree({ 'folder.md/inner.txt': 'x', 'ok.md': OK });
    const r = await cli(['folder.md', 'ok.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^plainlint: folder\.md: /);
  });
});

describe('a file that takes too long', () => {
  it('is stopped after --timeout with one clear line, and the other files are still checked', async () => {
    const { runBin } = await import('./helpers/cli.js');
    const { tmpTree } = await import('./helpers/tmp.js');
    // Many link openings in one paragraph: slow for the markdown parser (seconds per 100 KB).
    const slow = 'Text ' + '[a]('.repeat(60000) + '\n';
    const dir = tmpTree({ 'slow.md': slow, 'ok.md': '# Fine\n\nBook your flu vaccine today.\n' });
    const started = Date.now();
    const r = runBin(['slow.md', 'ok.md', '--timeout', '1', '-f', 'json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(15000);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plainlint: slow.md: took more than 1 seconds to check, so it was stopped. Split it into smaller files, or allow more time with --timeout\n');
    const out = JSON.parse(r.stdout);
    expect(out.files.find((f: { path: string }) => f.path === 'ok.md').error).toBeNull();
  }, 30000);
});

describe('a catastrophic pattern in the organisation’s own terms', () => {
  it('is matched as literal words, so it cannot hang the run', async () => {
    const { cli } = await import('./helpers/cli.js');
    const { tmpTree } = await import('./helpers/tmp.js');
    const dir = tmpTree({
      '.plainlintrc.json': JSON.stringify({ settings: { terms: { '(a+)+$': 'x', '/(a+)+$/': 'y' } } }),
      'page.md': `${'a'.repeat(5000)}!\n\nWrite (a+)+$ here.\n`,
    });
    const started = Date.now();
    const r = await cli(['page.md', '-f', 'json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(5000);
    expect([0, 1]).toContain(r.code);
    const terms = JSON.parse(r.stdout).files[0].findings.filter((f: { data?: { check?: string } }) => f.data?.check === 'terms');
    expect(terms.map((f: { excerpt: string }) => f.excerpt)).toEqual(['(a+)+$']);
  });
});

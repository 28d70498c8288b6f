import { describe, expect, it } from 'vitest';
import { symlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { collectFiles } from '../src/read/files.js';
import { tmpTree } from './helpers/tmp.js';

const names = (files: string[], root: string) => files.map((f) => f.slice(root.length + 1));

describe('finding drafts in folders', () => {
  const root = tmpTree({
    '.git/HEAD': 'ref: main',
    '.gitignore': 'build/\n*.tmp.md\n',
    'content/a.md': 'A.',
    'content/b.markdown': 'B.',
    'content/c.docx': 'not really',
    'content/skip.tmp.md': 'ignored by .gitignore',
    'content/.plainlintignore': 'drafts/\n',
    'content/drafts/old.md': 'ignored by .plainlintignore',
    'content/notes.txt': 'not a draft',
    'content/~$c.docx': 'Word lock file',
    'build/out.md': 'ignored folder',
    'node_modules/pkg/README.md': 'never',
    '.github/TEMPLATE.md': 'dot folder',
  });

  it('walks folders for markdown and Word files, sorted', async () => {
    const { files, errors } = await collectFiles(['.'], root);
    expect(errors).toEqual([]);
    expect(names(files, root)).toEqual(['content/a.md', 'content/b.markdown', 'content/c.docx']);
  });

  it('applies .gitignore from the repository root when given a subfolder', async () => {
    const { files } = await collectFiles(['content'], root);
    expect(names(files, root)).toEqual(['content/a.md', 'content/b.markdown', 'content/c.docx']);
  });

  it('expands globs', async () => {
    const { files } = await collectFiles(['content/*.md'], root);
    expect(names(files, root)).toEqual(['content/a.md']);
  });

  it('checks a file named on the command line even if .gitignore lists it, but not if .plainlintignore does', async () => {
    const { files } = await collectFiles(['content/skip.tmp.md', 'content/drafts/old.md'], root);
    expect(names(files, root)).toEqual(['content/skip.tmp.md']);
  });

  it('does not list a file twice', async () => {
    const { files } = await collectFiles(['content/a.md', 'content', './content/a.md'], root);
    expect(names(files, root)).toEqual(['content/a.md', 'content/b.markdown', 'content/c.docx']);
  });

  it('survives a symlink loop', async () => {
    const dir = tmpTree({ 'docs/page.md': 'Page.' });
    symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'loop'));
    const { files, errors } = await collectFiles(['.'], dir);
    expect(names(files, dir)).toEqual(['docs/page.md']);
    expect(errors).toEqual([]);
  });

  it('reports a broken symlink and an unreadable folder, and keeps going', async () => {
    const dir = tmpTree({ 'ok.md': 'Fine.' });
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md'));
    mkdirSync(join(dir, 'locked'));
    const { files, errors } = await collectFiles(['.'], dir);
    expect(names(files, dir)).toEqual(['ok.md']);
    expect(errors.map((e) => e.message)).toContain('was not found. Check the name and folder');
  });

  it('says when a glob matches nothing', async () => {
    const { errors } = await collectFiles(['nothing/**/*.md'], root);
    expect(errors[0]!.message).toBe('matched no markdown or Word files');
  });
});

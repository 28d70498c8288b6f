/**
 * A real editor: Neovim's built-in LSP client, headless, attached to a markdown buffer
 * (test/lsp-neovim.lua). It reads back vim.diagnostic.get(), asks for hover on a flagged word,
 * and applies a quick fix through vim.lsp.buf.code_action. .ci/run installs Neovim (Debian's
 * package); without it this test is skipped, loudly.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
if (!hasNvim) console.warn('LOUD: nvim is not installed, so the Neovim language server test is skipped (apt-get install neovim)');

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  source: string;
  code: string;
  message: string;
}

describe.skipIf(!hasNvim)('plainlint lsp in Neovim', () => {
  it('shows diagnostics in a markdown buffer and applies a quick fix', () => {
    const line = 'Café 😀 naïve staff can utilise the new form, going forward.';
    const dir = tmpTree({ 'news/draft.md': `# Clinic news\n\n${line}\n`, '.plainlintrc.yaml': 'extends: nhs\n' });
    const out = join(dir, 'out.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', join(ROOT, 'test', 'lsp-neovim.lua')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60000,
      env: {
        ...process.env,
        PLAINLINT_NODE: process.execPath,
        PLAINLINT_BIN: BIN,
        PLAINLINT_FILE: join(dir, 'news', 'draft.md'),
        PLAINLINT_OUT: out,
        PLAINLINT_FIX_WORD: 'utilise',
        PLAINLINT_FIX_CODE: 'simpler-words',
        PLAINLINT_FIX_TITLE: 'Change “utilise” to “use”',
      },
    });
    expect(run.status, run.stderr).toBe(0);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as {
      error?: string;
      filetype: string;
      diagnostics: NvimDiagnostic[];
      offered: string[];
      text: string;
      after_codes: string[];
      stopped: boolean;
      hover?: string;
    };
    expect(seen.error).toBeUndefined();
    expect(seen.filetype).toBe('markdown');
    const utilise = seen.diagnostics.find((d) => d.code === 'simpler-words')!;
    expect(utilise).toBeDefined();
    // Neovim turns the server's UTF-16 positions into byte columns: exact only if the server's were.
    const byteCol = Buffer.byteLength(line.slice(0, line.indexOf('utilise')));
    expect(utilise).toMatchObject({ lnum: 2, col: byteCol, end_lnum: 2, end_col: byteCol + 'utilise'.length, source: 'plainlint', severity: 3 });
    expect(seen.diagnostics.some((d) => d.code === 'jargon' && d.severity === 2)).toBe(true);
    expect(seen.hover).toContain('simpler way to say');
    expect(seen.hover).toContain('Principle:');
    expect(seen.offered).toContain('Disable simpler-words for this line');
    expect(seen.text).toBe(`# Clinic news\n\n${line.replace('utilise', 'use')}`);
    expect(seen.after_codes).not.toContain('simpler-words');
    expect(seen.after_codes).toContain('jargon');
    expect(seen.stopped).toBe(true);
    writeFileSync(out, '');
  });
});

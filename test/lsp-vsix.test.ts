/**
 * The VS Code extension as it ships: the .vsix that @vscode/vsce builds (editors/vscode, npm run
 * package). Its manifest names the client and the bundled server, both inside it, and that
 * server runs on its own, taken out of the package away from this repository's node_modules.
 * .ci/run builds the .vsix and sets PLAINLINT_VSIX to its path; without it this test is skipped.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { startLsp } from './helpers/lsp-client.js';
import { tmpDir } from './helpers/tmp.js';

const vsix = process.env.PLAINLINT_VSIX ? resolve(ROOT, process.env.PLAINLINT_VSIX) : undefined;
if (!vsix) console.warn('LOUD: PLAINLINT_VSIX is not set, so the .vsix test is skipped (.ci/run sets it)');

describe.skipIf(!vsix)('the VS Code extension (.vsix)', () => {
  it('holds the client and the server its manifest names, and the server runs on its own', async () => {
    const zip = await JSZip.loadAsync(readFileSync(vsix!));
    const manifest = JSON.parse(await zip.file('extension/package.json')!.async('string')) as {
      main: string;
      plainlintServer: string;
      activationEvents: string[];
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    const inside = (p: string) => `extension/${p.replace(/^\.\//, '')}`;
    expect(zip.file(inside(manifest.main))).not.toBeNull();
    expect(zip.file(inside(manifest.plainlintServer))).not.toBeNull();
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(expect.arrayContaining(['plainlint.preset', 'plainlint.disabledRules']));
    const client = await zip.file(inside(manifest.main))!.async('string');
    expect(client).toContain('plainlintServer');
    expect(client).toContain('plainlint/status');

    // Unpack the server outside the repository (no node_modules above it) and talk to it.
    const out = tmpDir('plainlint-vsix-');
    const serverDir = inside(dirname(manifest.plainlintServer));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir || !name.startsWith(`${serverDir}/`)) continue;
      mkdirSync(dirname(join(out, name)), { recursive: true });
      writeFileSync(join(out, name), await entry.async('nodebuffer'));
    }
    const drafts = tmpDir();
    writeFileSync(join(drafts, '.plainlintrc.json'), '{ "extends": "govuk", "rules": { "spelling": "warning" } }');
    const lsp = await startLsp({ cwd: drafts, command: [process.execPath, join(out, inside(manifest.plainlintServer)), '--stdio'], initializationOptions: { debounceMs: 0 } });
    const diagnostics = await lsp.open(join(drafts, 'page.md'), '# News\n\nWe will utilise the fundz.\n');
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['simpler-words', 'spelling']));
    expect(await lsp.stop()).toBe(0);
  });
});

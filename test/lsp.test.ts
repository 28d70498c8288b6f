/**
 * The language server through a real protocol client over stdio (test/helpers/lsp-client.ts):
 * initialize, open, change, hover, code actions, configuration changes and shutdown, with exact
 * UTF-16 ranges and errors that never stop the server.
 */
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { applyEdits, startLsp, type LspClient } from './helpers/lsp-client.js';
import { tmpTree } from './helpers/tmp.js';

/** A diagnostic's message as text (LSP 3.18 allows markup there too). */
const messageText = (d: { message: string | { value: string } }): string => (typeof d.message === 'string' ? d.message : d.message.value);

const clients: LspClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) if (c.child.exitCode === null) c.child.kill();
});

async function start(cwd: string, options: Partial<Parameters<typeof startLsp>[0]> = {}): Promise<LspClient> {
  const client = await startLsp({ cwd, initializationOptions: { debounceMs: 20 }, ...options });
  clients.push(client);
  return client;
}

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('waited too long');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const only = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe('plainlint lsp', () => {
  it('checks unsaved text on open and on change, with exact UTF-16 ranges, and shuts down cleanly', async () => {
    const dir = tmpTree({ 'page.md': '# On disk\n\nThis text on disk is never read.\n' });
    const client = await start(dir);
    // Emoji (two UTF-16 code units each) and accented letters before the finding on the same line.
    const line = 'Café 😀 naïve 👩‍⚕️ staff can utilise the new form.';
    const text = `# Clinic news\n\n${line}\n`;
    const diagnostics = await client.open(join(dir, 'page.md'), text);
    const [utilise] = only(diagnostics, 'simpler-words');
    expect(utilise).toBeDefined();
    const at = line.indexOf('utilise');
    expect(utilise!.range).toEqual({ start: { line: 2, character: at }, end: { line: 2, character: at + 'utilise'.length } });
    expect(utilise!.source).toBe('plainlint');
    expect(utilise!.severity).toBe(3); // suggestion → Information
    expect(utilise!.codeDescription?.href).toMatch(/^https:\/\//);
    expect(utilise!.message).toContain('utilise');
    // The text on disk is not what was checked.
    expect(diagnostics.some((d) => messageText(d).includes('disk'))).toBe(false);
    await waitFor(() => client.statuses.length > 0);
    const status = client.statuses.at(-1)!;
    expect(status.uri).toBe(client.uri(join(dir, 'page.md')));
    expect(status.words).toBeGreaterThan(5);

    // An incremental change: add "in order to" after more emoji; the new finding is where it is.
    const uri = client.uri(join(dir, 'page.md'));
    const waiting = client.diagnostics(uri, 2);
    const added = '🎉 Ça va. We met in order to plan.';
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: `\n${added}\n` }],
    });
    const after = await waiting;
    const inOrderTo = after.find((d) => messageText(d).includes('in order to'));
    expect(inOrderTo?.range.start).toEqual({ line: 4, character: added.indexOf('in order to') });
    expect(inOrderTo?.range.end).toEqual({ line: 4, character: added.indexOf('in order to') + 'in order to'.length });

    expect(await client.stop()).toBe(0);
  });

  it('gives exact ranges in a draft with Windows line endings, and leaves other files alone', async () => {
    const dir = tmpTree({});
    const client = await start(dir);
    const line = 'Résumé 🙂: staff can utilise it.';
    const diagnostics = await client.open(join(dir, 'crlf.md'), `# Notes\r\n\r\n${line}\r\n`);
    const at = line.indexOf('utilise');
    expect(only(diagnostics, 'simpler-words')[0]!.range).toEqual({ start: { line: 2, character: at }, end: { line: 2, character: at + 7 } });
    // A plain text file is not a draft plainlint checks: no diagnostics, no hover.
    const uri = client.uri(join(dir, 'notes.txt'));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'We will utilise it.' } });
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } })).toBeNull();
    await client.stop();
  });

  it('points from a long-sentence finding to each sentence it names (related information)', async () => {
    const dir = tmpTree({});
    const client = await start(dir);
    const filler = ['can', 'book', 'a', 'visit', 'at', 'the', 'clinic', 'near', 'their', 'home'];
    const words = (n: number, start: string) => [start, ...Array.from({ length: n - 2 }, (_, i) => filler[i % 10]), 'today.'].join(' ');
    const text = `# Visiting\n\n${words(30, 'Residents')}\n\n# Parking\n\n${words(45, 'Families')}\n`;
    const file = join(dir, 'page.md');
    const [long] = only(await client.open(file, text), 'sentence-length');
    expect(long!.range.start).toEqual({ line: 6, character: 0 });
    expect(long!.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message])).toEqual([
      [client.uri(file), 2, 'A sentence of 30 words'],
      [client.uri(file), 6, 'A sentence of 45 words'],
    ]);
  });

  it('maps severities, and explains a finding on hover', async () => {
    const dir = tmpTree({});
    const client = await start(dir);
    const text = '# Results\n\nGoing forward, we will utilise the PCN budget.\n';
    const diagnostics = await client.open(join(dir, 'a.md'), text);
    const jargon = only(diagnostics, 'jargon')[0]!;
    expect(jargon.severity).toBe(2); // warning → Warning
    expect(only(diagnostics, 'simpler-words')[0]!.severity).toBe(3); // suggestion → Information
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri(join(dir, 'a.md')) },
      position: { line: 2, character: 3 },
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('management-speak');
    expect(value).toContain('From now on'); // why / suggestion
    expect(value).toContain('Principle:');
    expect(hover.range).toEqual(jargon.range);
    const nothing = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri(join(dir, 'a.md')) },
      position: { line: 0, character: 3 },
    });
    expect(nothing).toBeNull();
    await client.stop();
  });

  it('offers the same fix as --fix, disabling a rule for a line, and adding an acronym to the config', async () => {
    const dir = tmpTree({ '.plainlintrc.yaml': '# Our house style\nextends: nhs\n' });
    const client = await start(dir);
    const file = join(dir, 'b.md');
    const uri = client.uri(file);
    const text = '# News\n\nThe ICB team will utilise the funds.\nIt is for the ICB.\n';
    const diagnostics = await client.open(file, text);
    const utilise = only(diagnostics, 'simpler-words')[0]!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: utilise.range,
      context: { diagnostics: [utilise] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Change “utilise” to “use”');
    expect(titles).toContain('Disable simpler-words for this line');
    const fix = actions.find((a) => a.title === 'Change “utilise” to “use”')!;
    expect(fix.kind).toBe('quickfix');
    expect(fix.isPreferred).toBe(true);
    expect(fix.diagnostics?.[0]?.code).toBe('simpler-words');
    expect(applyEdits(text, fix.edit!.changes![uri]!)).toBe(text.replace('utilise', 'use'));

    // Disable for this line: the comment is added, and with it the finding goes.
    const disable = actions.find((a) => a.title === 'Disable simpler-words for this line')!;
    const disabled = applyEdits(text, disable.edit!.changes![uri]!);
    expect(disabled).toContain('<!-- plainlint-disable-next-line simpler-words -->\nThe ICB team will utilise');
    const waiting = client.diagnostics(uri, 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: disabled }] });
    const now = await waiting;
    expect(only(now, 'simpler-words')).toEqual([]);

    // Add an acronym to the project's config: the edit keeps the file's comment.
    const acronym = only(now, 'acronyms')[0]!;
    expect(acronym).toBeDefined();
    const acronymActions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: acronym.range,
      context: { diagnostics: [acronym] },
    })) as CodeAction[];
    const add = acronymActions.find((a) => a.title.startsWith('Add “ICB” to the project’s acronyms'))!;
    expect(add).toBeDefined();
    const configUri = client.uri(join(dir, '.plainlintrc.yaml'));
    const newConfig = applyEdits(readFileSync(join(dir, '.plainlintrc.yaml'), 'utf8'), add.edit!.changes![configUri]!);
    expect(newConfig).toContain('# Our house style');
    expect(newConfig).toMatch(/acronyms:\n\s+- ICB/);

    // Saving that config (a watched file change) checks the open document again: the acronym is known.
    writeFileSync(join(dir, '.plainlintrc.yaml'), newConfig);
    const rechecked = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect(only(await rechecked, 'acronyms')).toEqual([]);
    expect(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles')).toBe(true);
    await client.stop();
  });

  it('disables a rule inside a list without splitting it, and fixes everything on save when asked', async () => {
    const dir = tmpTree({});
    const client = await start(dir);
    const file = join(dir, 'list.md');
    const uri = client.uri(file);
    const text = '# Steps\n\n- Book a test.\n- We will utilise the results.\n\nFor info, e.g. the form, go to reception in order to ask.\n';
    const diagnostics = await client.open(file, text);
    const inList = only(diagnostics, 'simpler-words').find((d) => d.range.start.line === 3)!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: inList.range,
      context: { diagnostics: [inList] },
    })) as CodeAction[];
    const disable = actions.find((a) => a.title === 'Disable simpler-words for this line')!;
    const disabled = applyEdits(text, disable.edit!.changes![uri]!);
    expect(disabled).toContain('- We will utilise the results. <!-- plainlint-disable-line simpler-words -->\n');
    const waiting = client.diagnostics(uri, 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: disabled }] });
    expect(only(await waiting, 'simpler-words').filter((d) => d.range.start.line === 3)).toEqual([]);

    // On save, an editor asks for source.fixAll: every safe fix at once, as --fix makes them.
    const onSave = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(onSave.map((a) => a.kind)).toEqual(['source.fixAll.plainlint']);
    const fixed = applyEdits(disabled, onSave[0]!.edit!.changes![uri]!);
    expect(fixed).toContain('for example the form');
    expect(fixed).toContain('go to reception to ask');
    await client.stop();
  });

  it('makes a settings file for an acronym when the project has none', async () => {
    const dir = tmpTree({});
    const client = await start(dir);
    const file = join(dir, 'e.md');
    const uri = client.uri(file);
    const diagnostics = await client.open(file, '# News\n\nThe ICB met today.\n');
    const acronym = only(diagnostics, 'acronyms')[0]!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: acronym.range,
      context: { diagnostics: [acronym] },
    })) as CodeAction[];
    const add = actions.find((a) => a.title === 'Add “ICB” to the project’s acronyms')!;
    const [create, edit] = add.edit!.documentChanges! as [{ kind: string; uri: string }, { textDocument: { uri: string }; edits: Array<{ newText: string }> }];
    const configUri = client.uri(join(dir, '.plainlintrc.yaml'));
    expect(create).toMatchObject({ kind: 'create', uri: configUri });
    expect(edit.textDocument.uri).toBe(configUri);
    // The editor makes the file; saving it re-checks the draft, and the acronym is known.
    writeFileSync(join(dir, '.plainlintrc.yaml'), edit.edits[0]!.newText);
    const rechecked = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    expect(only(await rechecked, 'acronyms')).toEqual([]);
    await client.stop();
  });

  it('leaves out drafts the project’s .plainlintignore leaves out, as the command line does', async () => {
    const dir = tmpTree({ '.plainlintignore': 'archive/\n', 'archive/old.md': '# Old\n\nWe will utilise it.\n' });
    const client = await start(dir);
    const file = join(dir, 'archive', 'old.md');
    expect(await client.open(file, '# Old\n\nWe will utilise it.\n')).toEqual([]);
    const next = client.diagnostics(client.uri(file));
    writeFileSync(join(dir, '.plainlintignore'), '');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(join(dir, '.plainlintignore')), type: 2 }] });
    expect(only(await next, 'simpler-words')).toHaveLength(1);
    expect(client.registrations.flatMap((r) => (r.registerOptions as { watchers?: Array<{ globPattern: string }> }).watchers ?? []).map((w) => w.globPattern)).toContain('**/.plainlintignore');
    await client.stop();
  });

  it('follows the editor settings: a preset and rules turned off, changed while running', async () => {
    const dir = tmpTree({});
    const client = await start(dir, { settings: { disabledRules: ['jargon'] } });
    const file = join(dir, 'c.md');
    const uri = client.uri(file);
    const first = await client.open(file, '# Plans\n\nGoing forward, we will utilise the funds.\n');
    expect(only(first, 'jargon')).toEqual([]);
    expect(only(first, 'simpler-words').length).toBe(1);
    client.settings.disabledRules = ['simpler-words'];
    const next = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const again = await next;
    expect(only(again, 'jargon').length).toBe(1);
    expect(only(again, 'simpler-words')).toEqual([]);
    await client.stop();
  });

  it('keeps serving when a config is broken or a custom rule throws, with one diagnostic each', async () => {
    const dir = tmpTree({
      'broken/.plainlintrc.json': '{ "rules": { "jargon": "sometimes" } }',
      'plugin/.plainlintrc.json': '{ "plugins": ["./boom.mjs"] }',
      'plugin/boom.mjs':
        "export default { meta: { id: 'boom', description: 'Always fails', severity: 'warning', principle: 'none', docs: '', examples: { good: [], bad: [] } }, check() { throw new Error('the word list is missing'); } };",
    });
    const client = await start(dir);
    const broken = await client.open(join(dir, 'broken', 'a.md'), '# Plans\n\nWe will utilise it.\n');
    expect(broken).toHaveLength(1);
    expect(broken[0]!.message).toContain(join(dir, 'broken', '.plainlintrc.json'));
    expect(broken[0]!.message).toContain('rules.jargon');
    expect(broken[0]!.severity).toBe(1);
    await waitFor(() => client.messages.some((m) => m.message.includes('.plainlintrc.json')));

    const plugin = await client.open(join(dir, 'plugin', 'b.md'), '# Plans\n\nWe will utilise it.\n');
    const boom = only(plugin, 'boom');
    expect(boom).toHaveLength(1);
    expect(boom[0]!.message).toContain('the word list is missing');
    expect(only(plugin, 'simpler-words')).toHaveLength(1);

    // A document over the size limit: one diagnostic saying so.
    const big = await client.open(join(dir, 'big.md'), `# Big\n\n${'Word '.repeat(1_400_000)}\n`);
    expect(big).toHaveLength(1);
    expect(big[0]!.message).toMatch(/too big to check/);

    // And the server still serves.
    const fine = await client.open(join(dir, 'fine.md'), '# Plans\n\nWe will utilise it.\n');
    expect(only(fine, 'simpler-words')).toHaveLength(1);
    expect(await client.stop()).toBe(0);
  });

  it('watches config files itself when the editor cannot, and re-checks open documents', async () => {
    const dir = tmpTree({ 'docs/.keep': '' });
    mkdirSync(join(dir, 'docs'), { recursive: true });
    const client = await start(dir, { watchFiles: false });
    const file = join(dir, 'docs', 'd.md');
    const uri = client.uri(file);
    const first = await client.open(file, '# Plans\n\nWe will utilise it.\n');
    expect(only(first, 'simpler-words')).toHaveLength(1);
    const next = client.diagnostics(uri);
    writeFileSync(join(dir, '.plainlintrc.yaml'), 'rules:\n  simpler-words: off\n');
    expect(only(await next, 'simpler-words')).toEqual([]);
    await client.stop();
  });
});

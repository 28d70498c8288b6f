/**
 * plainlint for VS Code: a thin client for plainlint's language server. Advice appears as you
 * type in markdown documents, with quick fixes, and the status bar shows the reading age.
 *
 * The server is the project's own plainlint (node_modules/plainlint) when the workspace has one
 * that can run it, so the editor agrees with the project's checks; otherwise the one bundled in
 * this extension.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

interface Status {
  uri: string;
  version: number;
  words: number;
  readingAge?: number;
  readingBand?: string;
  tooShort?: boolean;
  ignored?: boolean;
}

let client: LanguageClient | undefined;

/** The server to start: the workspace's plainlint if it has the language server, or the bundled one. */
function serverModule(context: vscode.ExtensionContext): { module: string; args: string[]; where: string } {
  const config = vscode.workspace.getConfiguration('plainlint');
  if (vscode.workspace.isTrusted && config.get<boolean>('useWorkspacePlainlint', true)) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const installed = join(folder.uri.fsPath, 'node_modules', 'plainlint');
      const bin = join(installed, 'bin', 'plainlint.js');
      if (existsSync(bin) && existsSync(join(installed, 'dist', 'src', 'lsp', 'server.js'))) {
        return { module: bin, args: ['lsp'], where: `the project's plainlint (${installed})` };
      }
    }
  }
  // The bundled server's entry is named in this extension's package.json ("plainlintServer").
  const entry = (context.extension.packageJSON as { plainlintServer?: string }).plainlintServer ?? './dist/server/main.mjs';
  return { module: context.asAbsolutePath(entry), args: [], where: 'the plainlint inside this extension' };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = vscode.window.createStatusBarItem('plainlint.readingAge', vscode.StatusBarAlignment.Right, 100);
  status.name = 'plainlint reading age';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);
  const statuses = new Map<string, Status>();

  const showStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const s = editor ? statuses.get(editor.document.uri.toString()) : undefined;
    if (!editor || editor.document.languageId !== 'markdown' || !s || s.ignored) {
      status.hide();
      return;
    }
    if (s.readingAge === undefined) {
      status.text = '$(book) Reading age: –';
      status.tooltip = 'plainlint works out the reading age once there are a few sentences.';
    } else {
      status.text = `$(book) Reading age ${s.readingAge}${s.tooShort ? ' (rough)' : ''}`;
      status.tooltip =
        `Reading age ${s.readingAge} (${s.readingBand}), from ${s.words} words.` +
        (s.tooShort ? ' With fewer than 10 sentences this is only a rough guide.' : '') +
        ' Click to see plainlint’s advice.';
    }
    status.show();
  };

  if (!vscode.workspace.getConfiguration('plainlint').get<boolean>('enable', true)) return;

  const server = serverModule(context);
  const serverOptions: ServerOptions = {
    run: { module: server.module, args: server.args, transport: TransportKind.stdio },
    debug: { module: server.module, args: server.args, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannelName: 'plainlint',
  };
  client = new LanguageClient('plainlint', 'plainlint', serverOptions, clientOptions);
  context.subscriptions.push(
    client.onNotification('plainlint/status', (s: Status) => {
      statuses.set(s.uri, s);
      showStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.workspace.onDidCloseTextDocument((doc) => statuses.delete(doc.uri.toString())),
  );
  await client.start();
  client.outputChannel.appendLine(`plainlint: using ${server.where}`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * A real Language Server Protocol client for the tests: `plainlint lsp --stdio` started as a
 * child process, as an editor starts it, spoken to with vscode-languageserver-protocol's own
 * client-side connection over its standard input and output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { BIN } from './cli.js';

export interface LspClientOptions {
  cwd: string;
  /** The editor's settings, returned to workspace/configuration ("plainlint" section). */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Whether the client can watch files for the server (dynamic registration). */
  watchFiles?: boolean;
  /** The server command (default: node bin/plainlint.js lsp --stdio). */
  command?: string[];
}

export interface LspClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  stderr: () => string;
  settings: Record<string, unknown>;
  /** Every window/showMessage the server sent. */
  messages: Array<{ type: number; message: string }>;
  /** Watchers the server registered. */
  registrations: Array<{ method: string; registerOptions?: unknown }>;
  statuses: Array<Record<string, unknown>>;
  uri: (file: string) => string;
  open: (file: string, text: string, languageId?: string) => Promise<Diagnostic[]>;
  /** Wait for the diagnostics for a document at a version (or the next ones, whatever version). */
  diagnostics: (uri: string, version?: number) => Promise<Diagnostic[]>;
  /** Close down as an editor does: shutdown request, exit notification; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

export async function startLsp(options: LspClientOptions): Promise<LspClient> {
  const [cmd, ...args] = options.command ?? [process.execPath, BIN, 'lsp', '--stdio'];
  const child = spawn(cmd!, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; version: number | undefined; after: number; resolve: (d: Diagnostic[]) => void }> = [];
  const client: LspClient = {
    connection,
    child,
    stderr: () => stderr,
    settings: options.settings ?? {},
    messages: [],
    registrations: [],
    statuses: [],
    uri: (file) => pathToFileURL(file).href,
    open: async (file, text, languageId = 'markdown') => {
      const uri = client.uri(file);
      const waiting = client.diagnostics(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return waiting;
    },
    diagnostics: (uri, version) =>
      new Promise((resolve) => {
        const found = published.find((p) => p.uri === uri && version !== undefined && p.version === version);
        if (found) resolve(found.diagnostics);
        else waiters.push({ uri, version, after: published.length, resolve });
      }),
    stop: async () => {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && (w.version === undefined || w.version === params.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params.diagnostics);
      }
    }
  });
  connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
    client.messages.push(params);
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('plainlint/status', (params: Record<string, unknown>) => {
    client.statuses.push(params);
  });
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((item) => (item.section === 'plainlint' ? client.settings : null)),
  );
  connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
    client.registrations.push(...params.registrations);
    return null;
  });
  connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
  connection.listen();

  const capabilities: ClientCapabilities = {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: options.watchFiles ?? true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
    },
  };
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(options.cwd).href,
    workspaceFolders: [{ uri: pathToFileURL(options.cwd).href, name: 'drafts' }],
    capabilities,
    initializationOptions: options.initializationOptions ?? {},
  });
  await connection.sendNotification('initialized', {});
  return client;
}

/** Apply LSP text edits to a text (as an editor does), from the last to the first. */
export function applyEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

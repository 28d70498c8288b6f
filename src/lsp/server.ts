/**
 * `plainlint lsp`: a Language Server Protocol server on stdio, built on vscode-languageserver.
 * Markdown documents are checked on open and on each change (debounced), from their unsaved
 * text, with the config the command line would use for the same file. The engine stays loaded
 * between checks. Nothing that goes wrong while checking one document stops the server.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinRules } from '../../rules/index.js';
import { presetNames } from '../../rules/presets/index.js';
import { codeActions } from './actions.js';
import { DraftChecker, type CheckResult } from './check.js';
import { hoverFor, toDiagnostics } from './convert.js';
import { ConfigWatcher } from './watch.js';

/** The editor's own settings for plainlint (section "plainlint"). */
export interface EditorSettings {
  /** House style to follow instead of the config's `extends`: nhs, govuk or recommended. */
  preset?: string;
  /** Rules to turn off, on top of the config. */
  disabledRules?: string[];
}

export interface ServerOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** plainlint's version, for the client's logs. */
  version?: string;
}

/** Sent after each check: the figures a status bar shows. */
export const STATUS_NOTIFICATION = 'plainlint/status';
export interface StatusParams {
  uri: string;
  version: number;
  words: number;
  /** Reading age (SMOG, UK scale), when there is enough text to work it out. */
  readingAge?: number;
  readingBand?: string;
  /** True when there are too few sentences for the reading age to be reliable. */
  tooShort?: boolean;
  /** True when the project's .plainlintignore leaves the document out. */
  ignored?: boolean;
}

const DEFAULT_DEBOUNCE_MS = 200;
const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd)$/i;
const builtinIds = new Set(builtinRules.map((r) => r.meta.id));

interface Checked {
  version: number;
  result: CheckResult;
}

export function startServer(options: ServerOptions = {}): Connection {
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(options.input ?? process.stdin),
    new StreamMessageWriter(options.output ?? process.stdout),
  );
  // Output on stdout would break the protocol: anything a custom rule prints goes to the log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  // An error outside any one check (a custom rule's timer, say) is logged; the server keeps going.
  process.removeAllListeners('uncaughtException');
  process.on('uncaughtException', (error) => connection.console.error(`plainlint: unexpected error: ${String((error as Error)?.message ?? error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`plainlint: unexpected error: ${String((error as Error)?.message ?? error)}`));

  const documents = new TextDocuments(TextDocument);
  const checker = new DraftChecker();
  const checked = new Map<string, Checked>();
  const pending = new Map<string, { version: number; generation: number; promise: Promise<CheckResult | undefined> }>();
  /** Goes up with each config or settings change, so results from before it are not used. */
  let generation = 0;
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsCache = new Map<string, Promise<EditorSettings>>();
  const shownProblems = new Set<string>();
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let canPullSettings = false;
  let canWatchFiles = false;
  let canCreateFiles = false;
  let pushedSettings: EditorSettings = {};
  let workspaceFolders: string[] = [];
  const fallbackWatcher = new ConfigWatcher(() => configChanged());

  const isMarkdown = (doc: TextDocument) => doc.languageId === 'markdown' || MARKDOWN_FILE.test(doc.uri);

  const filePathOf = (uri: string): string => {
    if (uri.startsWith('file:')) {
      try {
        return fileURLToPath(uri);
      } catch {
        // fall through
      }
    }
    return join(workspaceFolders[0] ?? process.cwd(), 'untitled.md');
  };

  const folderOf = (path: string): string | undefined =>
    workspaceFolders.filter((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0];

  connection.onInitialize((params: InitializeParams) => {
    const caps = params.capabilities;
    canPullSettings = Boolean(caps.workspace?.configuration);
    canWatchFiles = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    canCreateFiles = Boolean(caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'));
    // Settings may also come with the start-up options ({ settings }, { plainlint } or the
    // settings themselves, as Helix sends its `config`), for editors that are not asked for them.
    const init = (params.initializationOptions ?? {}) as { debounceMs?: unknown; settings?: unknown; plainlint?: unknown };
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    pushedSettings = cleanSettings(init.settings ?? init.plainlint ?? init);
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'plainlint', ...(options.version ? { version: options.version } : {}) },
    };
  });

  connection.onInitialized(() => {
    // Warm the engine (parser, word lists, the workspace's config) before the first draft opens,
    // so the first check is nearly as quick as the rest.
    setTimeout(() => {
      if (checked.size || pending.size) return;
      const sample = '# Warm-up\n\nThis short text loads the parser and the word lists. We will utilise it going forward.\n';
      void checker.check(sample, { filePath: join(workspaceFolders[0] ?? process.cwd(), 'plainlint-warm-up.md') }).catch(() => undefined);
    }, 0);
    if (canPullSettings) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'plainlint' }).catch(() => undefined);
    }
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: '**/.plainlintrc*' },
            { globPattern: '**/plainlint.config.{js,mjs,cjs}' },
            { globPattern: '**/package.json' },
            { globPattern: '**/.plainlintignore' },
          ],
        })
        .catch(() => {
          canWatchFiles = false;
        });
    }
  });

  async function settingsFor(uri: string): Promise<EditorSettings> {
    if (!canPullSettings) return pushedSettings;
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'plainlint' })
        .then((s: unknown) => ({ ...pushedSettings, ...cleanSettings(s) }))
        .catch(() => pushedSettings);
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  /** Check a document now (joining a check of the same version already under way). */
  function check(doc: TextDocument): Promise<CheckResult | undefined> {
    const running = pending.get(doc.uri);
    // Join a check of the same text under the same settings; one begun before a config change is stale.
    if (running && running.version === doc.version && running.generation === generation) return running.promise;
    const version = doc.version;
    const atGeneration = generation;
    const text = doc.getText();
    const entry = { version, generation: atGeneration, promise: undefined as unknown as Promise<CheckResult | undefined> };
    entry.promise = (async () => {
      await Promise.resolve();
      try {
        const settings = await settingsFor(doc.uri);
        const filePath = filePathOf(doc.uri);
        if (!canWatchFiles && doc.uri.startsWith('file:')) fallbackWatcher.watchAbove(filePath);
        const started = performance.now();
        const result = await checker.check(text, {
          filePath,
          ...(settings.preset ? { preset: settings.preset } : {}),
          ...(settings.disabledRules?.length ? { rulesOff: settings.disabledRules } : {}),
        });
        lastDuration.set(doc.uri, performance.now() - started);
        const current = documents.get(doc.uri);
        // The text or the settings changed while checking: a newer check will publish.
        if (!current || current.version !== version || atGeneration !== generation) return result;
        checked.set(doc.uri, { version, result });
        publish(current, result);
        return result;
      } catch (error) {
        connection.console.error(`plainlint: could not check ${doc.uri}: ${String((error as Error)?.message ?? error)}`);
        return undefined;
      } finally {
        if (pending.get(doc.uri) === entry) pending.delete(doc.uri);
      }
    })();
    pending.set(doc.uri, entry);
    return entry.promise;
  }

  function publish(doc: TextDocument, result: CheckResult): void {
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(doc, result, builtinIds) });
    const age = result.stats?.readingAge;
    const status: StatusParams = {
      uri: doc.uri,
      version: doc.version,
      words: result.stats?.words ?? 0,
      ...(result.ignored ? { ignored: true } : {}),
      ...(age ? { readingAge: age.smogAge, readingBand: age.smogBand, tooShort: age.tooShort } : {}),
    };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
    const p = result.problem;
    if (p?.kind === 'config') {
      const key = `${p.file}\0${p.message}`;
      if (!shownProblems.has(key)) {
        shownProblems.add(key);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `plainlint could not use the settings in ${p.file}: ${p.message}` });
      }
    }
  }

  /** The result for the document as it is now: the last one if it is up to date, or a new check. */
  async function current(doc: TextDocument): Promise<CheckResult | undefined> {
    const last = checked.get(doc.uri);
    if (last && last.version === doc.version) return last.result;
    return check(doc);
  }

  /** How long the last check of each document took: a slow document waits longer between checks. */
  const lastDuration = new Map<string, number>();

  function schedule(doc: TextDocument, delay = debounceMs): void {
    if (!isMarkdown(doc)) return;
    const took = lastDuration.get(doc.uri) ?? 0;
    if (took > 500 && delay > 0) delay = Math.max(delay, Math.min(took, 5000));
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const latest = documents.get(doc.uri);
        if (latest) void check(latest);
      }, delay),
    );
  }

  /** Config files are often written in more than one step: wait a moment, then check again once. */
  const CONFIG_SETTLE_MS = 50;

  function recheckAll(): void {
    for (const doc of documents.all()) schedule(doc, CONFIG_SETTLE_MS);
  }

  function configChanged(): void {
    generation++;
    checker.reset();
    shownProblems.clear();
    checked.clear();
    recheckAll();
  }

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    checked.delete(e.document.uri);
    lastDuration.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { plainlint?: unknown } | undefined)?.plainlint;
    if (pushed) pushedSettings = cleanSettings(pushed);
    settingsCache.clear();
    configChanged();
  });

  connection.onDidChangeWatchedFiles(() => configChanged());

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isMarkdown(doc)) return null;
    const result = await current(doc);
    return result ? hoverFor(doc, result, params.position) : null;
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isMarkdown(doc)) return [];
    const result = await current(doc);
    if (!result) return [];
    try {
      const path = doc.uri.startsWith('file:') ? filePathOf(doc.uri) : undefined;
      const folder = path ? folderOf(path) : workspaceFolders[0];
      return await codeActions({
        doc,
        result,
        range: params.range,
        diagnostics: params.context.diagnostics,
        ...(params.context.only ? { only: params.context.only } : {}),
        ...(folder ? { newConfigFolder: folder } : {}),
        canCreateFiles,
      });
    } catch (error) {
      connection.console.error(`plainlint: code actions failed: ${String((error as Error)?.message ?? error)}`);
      return [];
    }
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    fallbackWatcher.close();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** Only the settings plainlint knows, in the shapes it expects; anything else is left out. */
function cleanSettings(raw: unknown): EditorSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: EditorSettings = {};
  if (typeof s.preset === 'string' && presetNames.includes(s.preset)) out.preset = s.preset;
  if (Array.isArray(s.disabledRules)) out.disabledRules = s.disabledRules.filter((r): r is string => typeof r === 'string');
  return out;
}

/**
 * The language server on its own, without the command line around it: the entry that editor
 * extensions bundle (editors/vscode/build.mjs). `plainlint lsp` starts the same server.
 */
import { startServer } from './server.js';

declare const PLAINLINT_VERSION: string | undefined;

startServer(typeof PLAINLINT_VERSION === 'string' ? { version: PLAINLINT_VERSION } : {});

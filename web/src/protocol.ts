/** The messages between the checker page and its Web Worker (web/src/worker.ts). */
import type { BrowserResult } from '../../src/browser.js';
import type { Finding } from '../../src/types.js';

export type Request =
  | { id: number; type: 'check'; name: string; preset: string; bytes: Uint8Array }
  | { id: number; type: 'check'; name: string; preset: string; text: string }
  | { id: number; type: 'annotate'; name: string; bytes: Uint8Array; findings: Finding[]; text: string };

export type Stage = 'reading' | 'checking' | 'placing';

export type Reply =
  | { id: number; type: 'stage'; stage: Stage }
  | { id: number; type: 'checked'; result: BrowserResult; principles: Record<string, string> }
  | { id: number; type: 'annotated'; bytes: Uint8Array; comments: number; unlocated: number }
  | { id: number; type: 'failed'; message: string; file?: string };

/**
 * The checker page's Web Worker: reads and checks the draft away from the page, so the page
 * stays responsive, and makes the Word copy with comments. The same functions as the
 * command line's engine (src/browser.ts, src/annotate/browser.ts); nothing is sent anywhere.
 */
import * as xmldom from '@xmldom/xmldom';
import { builtinRules, InputError, lintFileBytes, lintMarkdownText, checkDraftSize } from '../../src/browser.js';
import { annotateDocxBytes } from '../../src/annotate/browser.js';
import { provideXmlDom } from '../../src/docx/xml.js';
import type { Reply, Request } from './protocol.js';

// A worker has no DOMParser: Word's own places and the comments use xmldom, as in Node.
provideXmlDom(xmldom);

const scope = self as unknown as { postMessage(reply: Reply, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<Request>) => void) | null };
const post = (reply: Reply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

scope.onmessage = (event) => {
  void handle(event.data);
};

async function handle(request: Request): Promise<void> {
  const { id } = request;
  try {
    if (request.type === 'annotate') {
      const done = await annotateDocxBytes(request.bytes, { findings: request.findings, text: request.text, path: request.name });
      post({ id, type: 'annotated', bytes: done.buffer, comments: done.comments, unlocated: done.unlocated }, [done.buffer.buffer]);
      return;
    }
    post({ id, type: 'stage', stage: 'checking' });
    let result;
    if ('text' in request) {
      checkDraftSize(request.name, new TextEncoder().encode(request.text).length, 'markdown');
      result = await lintMarkdownText(request.text, request.preset, request.name);
    } else {
      result = await lintFileBytes(request.bytes, request.preset, request.name);
    }
    // The principle each rule serves, for the explanation panel (the page itself has no rules).
    const principles: Record<string, string> = {};
    for (const rule of builtinRules) if (result.findings.some((f) => f.ruleId === rule.meta.id)) principles[rule.meta.id] = rule.meta.principle;
    post({ id, type: 'checked', result, principles });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    post({ id, type: 'failed', message, ...(error instanceof InputError ? { file: error.file } : {}) });
  }
}

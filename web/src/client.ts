/**
 * The page's side of the Web Worker: one request at a time, and Cancel stops the worker at
 * once (a check cannot be paused halfway), so the next check starts a fresh one.
 *
 * The worker's code is inside the page's own script (Vite's `?worker&inline`) and starts from
 * a Blob URL, so it works from a single HTML file opened from disk (file://), where a worker
 * script file could not be loaded. The page's policy allows exactly that: `worker-src blob:`.
 */
import CheckWorker from './worker.ts?worker&inline';
import type { BrowserResult } from '../../src/browser.js';
import type { Finding } from '../../src/types.js';
import type { Reply, Request } from './protocol.js';

export class Cancelled extends Error {}

type Pending = { resolve: (reply: Reply) => void; reject: (error: Error) => void };

export class CheckClient {
  private worker: Worker | undefined;
  private pending = new Map<number, Pending>();
  private next = 1;

  /** Start the worker now, so it has read its code before the writer chooses a file. */
  warm(): void {
    try {
      this.start();
    } catch {
      // Said when a check is asked for.
    }
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new CheckWorker();
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (!waiting || reply.type === 'stage') return;
      this.pending.delete(reply.id);
      waiting.resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.stop(new Error(`could not be checked: the checker stopped (${event.message || 'an error in the browser'})`));
    };
    this.worker = worker;
    return worker;
  }

  private stop(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }

  /** Stop whatever is running. Its promise rejects with Cancelled. */
  cancel(): void {
    this.stop(new Cancelled('cancelled'));
    // Ready for the next check at once.
    this.warm();
  }

  private send(request: Omit<Request, 'id'>): Promise<Reply> {
    // One check at a time: a new one replaces the last.
    if (this.pending.size) this.cancel();
    const id = this.next++;
    let worker: Worker;
    try {
      worker = this.start();
    } catch (error) {
      return Promise.reject(new Error(`could not be checked: this browser would not start the checker (${(error as Error).message})`));
    }
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as Request);
    });
  }

  async check(request: { name: string; preset: string } & ({ bytes: Uint8Array } | { text: string })): Promise<BrowserResult & { principles: Record<string, string> }> {
    const reply = await this.send({ type: 'check', ...request } as Omit<Request, 'id'>);
    if (reply.type === 'failed') throw new Error(reply.message);
    if (reply.type !== 'checked') throw new Error('could not be checked: the checker gave an unexpected answer');
    return { ...reply.result, principles: reply.principles };
  }

  async annotate(request: { name: string; bytes: Uint8Array; findings: Finding[]; text: string }): Promise<{ bytes: Uint8Array; comments: number; unlocated: number }> {
    const reply = await this.send({ type: 'annotate', ...request });
    if (reply.type === 'failed') throw new Error(reply.message);
    if (reply.type !== 'annotated') throw new Error('the checker gave an unexpected answer');
    return reply;
  }
}

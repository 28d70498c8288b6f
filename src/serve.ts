/**
 * `plainlint serve`: serve the checker page (web/dist) on this computer only, at
 * http://127.0.0.1:4173 by default. The page checks drafts in the browser; this server only
 * hands out the page's own files, and never receives a draft.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVE_CSP } from './page-policy.js';

export { SERVE_CSP };

export const DEFAULT_PORT = 4173;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface ServeOptions {
  /** The folder to serve (default: web/dist in the plainlint package). */
  root?: string;
  port?: number;
  host?: string;
  /** The Content-Security-Policy header (default SERVE_CSP; an empty string sends none). */
  csp?: string;
}

export interface Serving {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** web/dist, found from src/ (tests), dist/src/ (tsc) or dist/bundle/ (the bundled CLI). */
export function webDist(): string | undefined {
  for (const candidate of ['../web/dist/', '../../web/dist/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return undefined;
}

export async function serve(options: ServeOptions = {}): Promise<Serving> {
  const root = options.root ?? webDist();
  if (!root || !existsSync(join(root, 'index.html'))) {
    throw new Error('the checker page has not been built yet. Run "npm run web" in the plainlint folder first');
  }
  const base = await realpath(resolve(root));
  const csp = options.csp ?? SERVE_CSP;
  const host = options.host ?? '127.0.0.1';

  const server = createServer((req, res) => {
    const send = (code: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(code, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(405, 'Only GET and HEAD are allowed.\n');
      return;
    }
    void (async () => {
      const file = await resolveFile(base, req.url ?? '/');
      if (!file) {
        send(404, 'Not found.\n');
        return;
      }
      const body = await readFile(file);
      const headers: Record<string, string | number> = {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
      };
      if (csp) headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch(() => send(500, 'The file could not be read.\n'));
  });

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', fail);
      ready();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? DEFAULT_PORT);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The file a URL path names, or undefined when it is missing or outside the root. */
export async function resolveFile(base: string, url: string): Promise<string | undefined> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path.endsWith('/')) path += 'index.html';
  const candidate = resolve(base, `.${path}`);
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
  try {
    // Follow links, then check again: a link must not lead out of the folder.
    const real = await realpath(candidate);
    if (!real.startsWith(base + sep)) return undefined;
    const info = await stat(real);
    if (info.isDirectory()) return resolveFile(base, `${path}/`);
    return info.isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

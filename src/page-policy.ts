/**
 * The checker page's Content-Security-Policy: its own files only, and no connections at all, so
 * a draft can never leave the computer. The built page carries it in a meta tag (web/vite.config.ts);
 * `plainlint serve` sends it as a header, with frame-ancestors, which only a header can set.
 *
 * The check runs in a Web Worker whose code is inside the page's script and starts from a Blob
 * URL (`worker-src blob:`): a blob is made by the page itself from its own code, never fetched.
 * The worker keeps this policy, so it cannot connect anywhere either.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "font-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "object-src 'none'",
];

/** For the page's own meta tag. */
export const PAGE_CSP = DIRECTIVES.join('; ');

/** For the header `plainlint serve` sends. */
export const SERVE_CSP = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * For the single-file checker (web/dist/plainlint-checker.html), which works opened from disk:
 * there is no 'self' on file://, so its one inline script is allowed by its hash, and its styles
 * are inline. Nothing else may load, and nothing may connect.
 */
export function singleFileCsp(scriptHash: string): string {
  return DIRECTIVES.map((d) =>
    d.startsWith('script-src') ? `script-src '${scriptHash}'` : d.startsWith('style-src') ? "style-src 'unsafe-inline'" : d.startsWith('img-src') ? 'img-src data:' : d,
  ).join('; ');
}

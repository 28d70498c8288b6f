/**
 * The checker page's Content-Security-Policy: its own files only, and no connections at all, so
 * a draft can never leave the computer. The built page carries it in a meta tag (web/vite.config.ts);
 * `plainlint serve` sends it as a header, with frame-ancestors, which only a header can set.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
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

/** Reporters are loaded only when asked for, to keep start-up fast. */
import type { Reporter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html', 'rdjson'] as const;
export type Format = (typeof FORMATS)[number];

export async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
    case 'html':
      return (await import('./html.js')).html;
    case 'rdjson':
      return (await import('./rdjson.js')).rdjson;
    default:
      return (await import('./stylish.js')).stylish;
  }
}
